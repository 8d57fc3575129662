"""From a ParsedDocument to a draft (or published) page in the archive.

Only what the parser found is written: a missing field stays empty. A text without
the two facts every archive entry needs (its subject and its date of issue) is still
kept, as a draft titled from its best line and flagged for review with the missing
fields named (OfficialDocumentPage.needs_review), so no text is lost and nothing is
invented; such a draft cannot be published until an editor fills them in.
"""

import datetime
import html

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.rich_text import RichText

from documents.choices import TYPE_CODES, DocumentType, SignerCapacity
from documents.importer.issuers import match_issuing_body
from documents.models import DirectivePage, OfficialDocumentPage, PlanPage
from search.text import fold

CODE_TO_TYPE = {code.upper(): doc_type for doc_type, code in TYPE_CODES.items()}
PAGE_MODELS = {DocumentType.PLAN: PlanPage, DocumentType.DIRECTIVE: DirectivePage}
TITLE_MAX = 255


class ImportRefused(Exception):
    """Nothing of an official text was found: there is nothing to keep."""


# The fields a published document cannot do without, as the parser names them and
# as the page names them.
REQUIRED_FIELDS = (("title", "subject"), ("issued_on", "issued_on"))


def document_type(parsed):
    if parsed.document_type_code:
        found = CODE_TO_TYPE.get(parsed.document_type_code.upper())
        if found:
            return found
    return None


def _issuing_body(parsed, warnings):
    """The catalogue's body with the printed name (see documents.importer.issuers)."""
    if not parsed.issuing_body:
        return None
    body = match_issuing_body(parsed.issuing_body)
    if body is None:
        warnings.append(
            _("Cơ quan ban hành “%(name)s” chưa có trong danh mục; hãy chọn khi duyệt bản nháp.")
            % {"name": parsed.issuing_body}
        )
    return body


def _paragraph(text):
    return ("paragraph", RichText(f"<p>{html.escape(text)}</p>"))


def _printed_marker(section):
    """The marker as the outline prints it: "a)" for letters, "1." and "I." else."""
    if not section.marker:
        return ""
    return (
        f"{section.marker})"
        if section.marker.isalpha() and section.marker.islower()
        else (f"{section.marker}.")
    )


def _body_blocks(sections):
    """Headings only for the outline's headings; a numbered paragraph (a section
    without a heading) stays a paragraph that starts with its printed number."""
    blocks = []
    for section in sections:
        paragraphs = [text for text in section.paragraphs if text.strip()]
        marker = _printed_marker(section)
        if section.heading:
            heading = f"{marker} {section.heading}" if marker else section.heading
            level = "h2" if section.level <= 1 else "h3"
            blocks.append(("heading", {"text": heading[:255], "level": level}))
        elif marker and paragraphs:
            paragraphs[0] = f"{marker} {paragraphs[0]}"
        blocks += [_paragraph(text) for text in paragraphs]
        blocks += _body_blocks(section.children)
    return blocks


def _deadline(text):
    try:
        return datetime.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _task_schedule(groups):
    return [
        (
            "group",
            {
                "title": (group.period or _("Nhiệm vụ"))[:120],
                "tasks": [
                    {
                        "text": task.text,
                        "units": [unit[:255] for unit in task.responsible_units],
                        "deadline": _deadline(task.deadline),
                    }
                    for task in group.tasks
                ],
            },
        )
        for group in groups
        if group.tasks
    ]


def _directive_items(sections):
    return [
        (
            "item",
            {
                "heading": section.heading[:255],
                "text": RichText(
                    "".join(f"<p>{html.escape(text)}</p>" for text in section.paragraphs)
                    or "<p></p>"
                ),
            },
        )
        for section in sections
        if section.marker
    ]


def _title(doc_type, subject):
    name = str(doc_type.label)
    if fold(subject).startswith(fold(name)):
        return subject[:TITLE_MAX]
    return f"{name} {subject[0].lower()}{subject[1:]}"[:TITLE_MAX]


def _best_line(parsed):
    """A title for a text whose subject was not found: its first body heading or
    paragraph, else its number, else the issuer's name."""
    for section in parsed.sections:
        for text in (section.heading, *section.paragraphs):
            if text and text.strip():
                return " ".join(text.split())
    return parsed.number or parsed.issuing_body or _("Văn bản chưa có trích yếu")


def missing_fields(parsed):
    """The page's names of the required fields `parsed` lacks."""
    return [field for attribute, field in REQUIRED_FIELDS if not getattr(parsed, attribute)]


def found_anything(parsed):
    return any((parsed.number, parsed.title, parsed.issued_on, parsed.issuing_body))


def build_page(parsed):
    """An unsaved page for `parsed` and the warnings about it. A missing subject or
    date flags the page for review; only a text with none of the header's fields
    (an unreadable file, a page of something else) raises ImportRefused."""
    if not found_anything(parsed):
        raise ImportRefused(
            _("Không tìm thấy số, ngày, cơ quan hay trích yếu nào: không tạo trang.")
        )
    warnings = []
    missing = missing_fields(parsed)
    doc_type = document_type(parsed)
    if doc_type is None:
        doc_type = DocumentType.DECISION
        warnings.append(_("Không xác định được loại văn bản; tạm để là Quyết định."))
    model = PAGE_MODELS.get(doc_type, OfficialDocumentPage)
    capacity = parsed.signer_capacity or ""
    if capacity and capacity not in SignerCapacity.values:
        warnings.append(
            _("Thẩm quyền ký “%(capacity)s” không có trong danh mục.") % {"capacity": capacity}
        )
        capacity = ""
    signer_lines = [line for line in (parsed.signer_title or "").splitlines() if line.strip()]
    page = model(
        title=_title(doc_type, parsed.title) if parsed.title else _best_line(parsed)[:TITLE_MAX],
        number=(parsed.number or "")[:64],
        document_type=doc_type,
        subject=parsed.title or "",
        issuing_body=_issuing_body(parsed, warnings),
        place_of_issue=(parsed.issuing_place or "")[:120],
        issued_on=parsed.issued_on,
        signer_capacity=capacity,
        # The last line under the capacity is the signer's own title.
        signer_title=(signer_lines[-1] if signer_lines else "")[:255],
        signer_name=(parsed.signer_name or "")[:120],
        legal_bases="\n".join(parsed.legal_bases),
        recipients="\n".join(parsed.recipients),
        needs_review=",".join(missing),
    )
    if model is PlanPage:
        page.task_schedule = _task_schedule(parsed.tasks)
        page.body = _body_blocks(parsed.sections)
    elif model is DirectivePage:
        page.items = _directive_items(parsed.sections)
        page.body = _body_blocks([s for s in parsed.sections if not s.marker])
    else:
        page.body = _body_blocks(parsed.sections)
    if missing:
        warnings.append(
            _("Văn bản thiếu %(fields)s: bản nháp được đánh dấu cần kiểm tra.")
            % {"fields": ", ".join(page.missing_field_labels)}
        )
    return page, warnings


def save_page(page, parent, *, publish=False, user=None):
    """Add `page` under `parent` as a draft, or published, in one transaction. A page
    flagged for review stays a draft even when `publish` is asked for; the result
    says whether it was published."""
    with transaction.atomic():
        base = slugify(fold(page.title))[:70] or "van-ban"
        page.slug = find_available_slug(parent, base)
        page.live = False
        parent.add_child(instance=page)
        # Drafts skip the required-field checks, as Wagtail's own editor does.
        revision = page.save_revision(user=user, log_action=True, clean=False)
        if publish and not page.needs_review:
            revision.publish(user=user)
            return True
    return False

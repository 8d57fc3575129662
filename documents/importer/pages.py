"""From a ParsedDocument to a draft (or published) page in the archive.

Only what the parser found is written: a missing field stays empty, and a document
without the two facts every archive entry needs (its subject and its date of issue)
is reported instead of being saved with invented values.
"""

import datetime
import html
import re

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.rich_text import RichText

from documents.choices import TYPE_CODES, DocumentType, SignerCapacity
from documents.models import DirectivePage, IssuingBody, OfficialDocumentPage, PlanPage
from search.text import fold

CODE_TO_TYPE = {code.upper(): doc_type for doc_type, code in TYPE_CODES.items()}
PAGE_MODELS = {DocumentType.PLAN: PlanPage, DocumentType.DIRECTIVE: DirectivePage}
TITLE_MAX = 255


class ImportRefused(Exception):
    """The text lacks what an archive entry cannot do without."""


def document_type(parsed):
    if parsed.document_type_code:
        found = CODE_TO_TYPE.get(parsed.document_type_code.upper())
        if found:
            return found
    return None


def _name_key(name):
    """Names compare without case, marks or the dash style ("-" / "–")."""
    return " ".join(re.sub(r"[-–—]", " ", fold(name)).split())


def _issuing_body(parsed, warnings):
    """The catalogue's body with this name; a printed name without the province
    ("SỞ NỘI VỤ") matches the one catalogue entry that starts with it."""
    if not parsed.issuing_body:
        return None
    wanted = _name_key(parsed.issuing_body)
    bodies = list(IssuingBody.objects.all())
    for body in bodies:
        if _name_key(body.name) == wanted:
            return body
    starting = [body for body in bodies if _name_key(body.name).startswith(wanted + " ")]
    if len(starting) == 1:
        return starting[0]
    warnings.append(
        _("Cơ quan ban hành “%(name)s” chưa có trong danh mục; hãy chọn khi duyệt bản nháp.")
        % {"name": parsed.issuing_body}
    )
    return None


def _paragraph(text):
    return ("paragraph", RichText(f"<p>{html.escape(text)}</p>"))


def _body_blocks(sections):
    blocks = []
    for section in sections:
        if section.heading:
            heading = f"{section.marker}. {section.heading}" if section.marker else section.heading
            level = "h2" if section.level <= 1 else "h3"
            blocks.append(("heading", {"text": heading[:255], "level": level}))
        blocks += [_paragraph(text) for text in section.paragraphs if text.strip()]
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


def build_page(parsed):
    """An unsaved page for `parsed` and the warnings about it; raises ImportRefused."""
    warnings = []
    missing = []
    if not parsed.title:
        missing.append(_("trích yếu"))
    if not parsed.issued_on:
        missing.append(_("ngày ban hành"))
    if missing:
        raise ImportRefused(
            _("Không tạo trang vì văn bản thiếu: %(fields)s.") % {"fields": ", ".join(missing)}
        )
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
        title=_title(doc_type, parsed.title),
        number=(parsed.number or "")[:64],
        document_type=doc_type,
        subject=parsed.title,
        issuing_body=_issuing_body(parsed, warnings),
        place_of_issue=(parsed.issuing_place or "")[:120],
        issued_on=parsed.issued_on,
        signer_capacity=capacity,
        # The last line under the capacity is the signer's own title.
        signer_title=(signer_lines[-1] if signer_lines else "")[:255],
        signer_name=(parsed.signer_name or "")[:120],
        legal_bases="\n".join(parsed.legal_bases),
        recipients="\n".join(parsed.recipients),
    )
    if model is PlanPage:
        page.task_schedule = _task_schedule(parsed.tasks)
        page.body = _body_blocks(parsed.sections)
    elif model is DirectivePage:
        page.items = _directive_items(parsed.sections)
        page.body = _body_blocks([s for s in parsed.sections if not s.marker])
    else:
        page.body = _body_blocks(parsed.sections)
    return page, warnings


def save_page(page, parent, *, publish=False, user=None):
    """Add `page` under `parent` as a draft, or published, in one transaction."""
    with transaction.atomic():
        base = slugify(fold(page.title))[:70] or "van-ban"
        page.slug = find_available_slug(parent, base)
        page.live = False
        parent.add_child(instance=page)
        revision = page.save_revision(user=user, log_action=True)
        if publish:
            revision.publish(user=user)
    return page

"""From a parsed list to rows on a decision page: the existing decision with that
number (a plain Quyết định already in the archive becomes an award decision), or a
new draft under the archive built by the document importer's own page builder."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Revision
from wagtail.search import index

from documents.choices import DocumentType
from documents.importer.pages import build_page, save_page
from documents.models import DocumentArchivePage, OfficialDocumentPage
from home.awards.models import AwardDecisionPage, AwardRow
from home.awards.names import folded_key
from home.models.snippets import Award
from portal.page_cache import purge
from search.text import normalise_number

# The fields an award decision takes over from the page the document importer builds.
COPIED_FIELDS = (
    "title",
    "number",
    "subject",
    "issuing_body",
    "place_of_issue",
    "issued_on",
    "signer_capacity",
    "signer_title",
    "signer_name",
    "legal_bases",
    "recipients",
)


class Refused(Exception):
    """The file cannot become rows on a decision; the message says why."""


def existing_decision(number):
    """The award decision with this number in the default language, making a plain
    Quyết định with that number into one; None when there is none."""
    key = normalise_number(number)
    if not key:
        return None
    document = (
        OfficialDocumentPage.objects.filter(
            number_normalised=key,
            document_type=DocumentType.DECISION,
            locale=Locale.get_default(),
        )
        .order_by("pk")
        .first()
    )
    if document is None:
        return None
    if document.specific_class is AwardDecisionPage:
        return document.specific
    return promote(document)


def promote(document):
    """Make the plain Quyết định `document` an award decision in place: its page,
    its address, its revisions and its history stay; only the row of the
    AwardDecisionPage table is added and the content type changed, which is what
    Django's multi-table inheritance stores for a subclass."""
    decision = AwardDecisionPage(officialdocumentpage_ptr=document)
    decision.__dict__.update(
        {name: value for name, value in document.__dict__.items() if not name.startswith("_")}
    )
    # raw: insert only the subclass's own table, the parents' rows already exist.
    decision.save_base(raw=True)
    content_type = ContentType.objects.get_for_model(AwardDecisionPage)
    Page.objects.filter(pk=document.pk).update(content_type=content_type)
    Revision.page_revisions.filter(object_id=str(document.pk)).update(content_type=content_type)
    return AwardDecisionPage.objects.get(pk=document.pk)


def archive_parent(parent_id):
    if parent_id:
        parent = Page.objects.filter(pk=parent_id).first()
        if parent is None:
            raise Refused(_("Không có trang cha mã %(id)s.") % {"id": parent_id})
        return parent
    parent = DocumentArchivePage.objects.filter(locale=Locale.get_default()).first()
    if parent is None:
        raise Refused(_("Chưa có trang kho văn bản để đặt quyết định: dùng --parent."))
    return parent


class AwardCatalogue:
    """The Award snippets, matched by folded name; an award the catalogue lacks is
    kept as printed, with a warning, never a refusal."""

    def __init__(self, warnings):
        # The Vietnamese originals only: an English copy of an award never matches a
        # printed list, nor makes a match ambiguous.
        originals = Award.objects.filter(locale=Locale.get_default())
        self.awards = [(folded_key(award.name), award) for award in originals]
        self.warnings = warnings
        self.found = {}

    def match(self, text):
        if not text:
            return None
        if text in self.found:
            return self.found[text]
        wanted = folded_key(text)
        exact = [award for name, award in self.awards if name == wanted]
        near = [award for name, award in self.awards if name in wanted or wanted in name]
        award = exact[0] if exact else (near[0] if len(near) == 1 else None)
        if award is None:
            self.warnings.append(
                _("Hình thức khen thưởng “%(name)s” chưa có trong danh mục: giữ nguyên chữ.")
                % {"name": text}
            )
        self.found[text] = award
        return award


def new_decision(parsed, warnings):
    """An unsaved award decision for `parsed`, built by the document importer."""
    page, page_warnings = build_page(parsed)
    warnings.extend(page_warnings)
    decision = AwardDecisionPage(**{name: getattr(page, name) for name in COPIED_FIELDS})
    decision.document_type = DocumentType.DECISION
    return decision


def make_rows(decision, listed, default_award, catalogue, source):
    rows = []
    last = None
    if decision.pk is not None:
        last = decision.rows.order_by("-order").values_list("order", flat=True).first()
    first = (last or 0) + 1
    for offset, item in enumerate(listed):
        text = item.award_text or default_award
        rows.append(
            AwardRow(
                decision=decision,
                kind=item.kind,
                name=item.name[:255],
                detail=item.detail[:500],
                award=catalogue.match(text),
                award_text=text[:255],
                year=item.year,
                period=item.period,
                achievement=item.achievement,
                section=item.section,
                order=first + offset,
                source=source[:255],
            ).fill_keys()
        )
    return rows


def save_rows(decision, rows, source, *, parent=None, publish=False, user=None):
    """Save a new decision (with `parent`) or replace the rows this source gave an
    existing one before, in one transaction; a live page's cached copies go."""
    with transaction.atomic():
        if decision.pk is None:
            save_page(decision, parent, publish=publish, user=user)
        else:
            decision.rows.filter(source=source).delete()
            if publish and not decision.live:
                decision.save_revision(user=user, log_action=True).publish(user=user)
        for row in rows:
            row.decision = decision
        AwardRow.objects.bulk_create(rows, batch_size=500)
        # The page was indexed when it was saved, before its rows existed; the site
        # search finds awardees by the names in its search text.
        transaction.on_commit(lambda: index.insert_or_update_object(decision))
        if decision.live:
            transaction.on_commit(purge)
    return decision

"""The "Văn bản – tài liệu" box, for the home page and sidebars."""

from django import template
from django.conf import settings
from wagtail.models import Locale, Page

from documents.models import DocumentArchivePage, OfficialDocumentPage
from portal.dates import day_texts
from portal.id_lists import pk_in_any
from portal.page_addresses import page_urls
from portal.prepared_queries import PreparedQuery
from portal.view_restrictions import public_pages, restricted_paths

register = template.Library()


def _box_queryset(locale_id, limit, restricted):
    """The newest live official documents of a language, its archive and the
    Vietnamese archive (where a language without documents of its own links), as
    values: one query whatever the archive holds."""
    documents = (
        public_pages(OfficialDocumentPage.objects, restricted)
        .filter(locale_id=locale_id)
        .order_by("-issued_on", "-pk")
        .values("pk")[:limit]
    )
    archives = public_pages(DocumentArchivePage.objects, restricted).order_by("path")
    own_archive = archives.filter(locale_id=locale_id).values("pk")[:1]
    vietnamese_archive = archives.filter(
        locale__language_code=settings.LANGUAGE_CODE
    ).values("pk")[:1]
    picked = pk_in_any([documents, own_archive, vietnamese_archive])
    return Page.objects.filter(picked).values(
        "pk",
        "title",
        "url_path",
        "locale_id",
        "officialdocumentpage__number",
        "officialdocumentpage__issued_on",
    )


_BOX = PreparedQuery(_box_queryset)


@register.inclusion_tag("components/latest_documents.html", takes_context=True)
def latest_documents(context, limit=5):
    """The newest live official documents of the current language and a link to the
    archive, from one query of values compiled once per process. A language without
    documents of its own (English) links to the Vietnamese archive, where they are
    published."""
    page = context.get("page")
    # On a page its own locale is known; asking Locale.get_active() costs a query.
    locale_id = page.locale_id if isinstance(page, Page) else Locale.get_active().pk
    limit = max(1, min(int(limit), 20))
    rows = _BOX.rows((locale_id, limit, restricted_paths()))
    urls = page_urls([row["url_path"] for row in rows], context.get("request"))
    for row, url in zip(rows, urls, strict=True):
        row["url"] = url
    documents = sorted(
        (row for row in rows if row["officialdocumentpage__issued_on"] is not None),
        key=lambda row: (row["officialdocumentpage__issued_on"], row["pk"]),
        reverse=True,
    )
    archives = [row for row in rows if row["officialdocumentpage__issued_on"] is None]
    own = [row for row in archives if row["locale_id"] == locale_id]
    archive = own[0] if own else (archives[0] if archives else None)
    return {
        "documents": [
            {
                "title": row["title"],
                "url": row["url"],
                "number": row["officialdocumentpage__number"],
                "issued_on": row["officialdocumentpage__issued_on"],
                # Five rows on every cold home page: dates written here, not by `|date`.
                "issued_on_texts": day_texts(row["officialdocumentpage__issued_on"]),
            }
            for row in documents
        ],
        "archive": archive,
        "archive_in_vietnamese": archive is not None and not own,
    }

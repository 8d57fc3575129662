"""The "Văn bản – tài liệu" box, for the home page and sidebars."""

from django import template
from django.conf import settings
from wagtail.models import Locale, Page

from documents.models import DocumentArchivePage, OfficialDocumentPage
from portal.view_restrictions import public_pages

register = template.Library()


@register.inclusion_tag("components/latest_documents.html", takes_context=True)
def latest_documents(context, limit=5):
    """The newest live official documents of the current language and a link to the
    archive: two queries whatever the archive holds. A language without documents of
    its own (English) links to the Vietnamese archive, where they are published."""
    page = context.get("page")
    # On a page its own locale is known; asking Locale.get_active() costs a query.
    locale_id = page.locale_id if isinstance(page, Page) else Locale.get_active().pk
    documents = (
        public_pages(OfficialDocumentPage.objects)
        .filter(locale_id=locale_id)
        .order_by("-issued_on", "-pk")[: max(1, min(int(limit), 20))]
    )
    archive = public_pages(DocumentArchivePage.objects).filter(locale_id=locale_id).first()
    archive_in_vietnamese = False
    if archive is None:
        archive = (
            public_pages(DocumentArchivePage.objects)
            .filter(locale__language_code=settings.LANGUAGE_CODE)
            .first()
        )
        archive_in_vietnamese = archive is not None
    return {
        "request": context.get("request"),
        "documents": documents,
        "archive": archive,
        "archive_in_vietnamese": archive_in_vietnamese,
    }

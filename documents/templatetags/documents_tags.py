"""The "Văn bản – tài liệu" box, for the home page and sidebars."""

from django import template
from wagtail.models import Locale, Page

from documents.models import DocumentArchivePage, OfficialDocumentPage
from portal.view_restrictions import public_pages

register = template.Library()


@register.inclusion_tag("components/latest_documents.html", takes_context=True)
def latest_documents(context, limit=5):
    """The newest live official documents of the current language and a link to the
    archive: two queries whatever the archive holds."""
    page = context.get("page")
    # On a page its own locale is known; asking Locale.get_active() costs a query.
    locale_id = page.locale_id if isinstance(page, Page) else Locale.get_active().pk
    documents = (
        public_pages(OfficialDocumentPage.objects)
        .filter(locale_id=locale_id)
        .order_by("-issued_on", "-pk")[: max(1, min(int(limit), 20))]
    )
    return {
        "request": context.get("request"),
        "documents": documents,
        "archive": public_pages(DocumentArchivePage.objects).filter(locale_id=locale_id).first(),
    }

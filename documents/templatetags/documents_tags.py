"""The "Văn bản – tài liệu" box, for the home page and sidebars."""

from django import template
from wagtail.models import Locale

from documents.models import DocumentArchivePage, OfficialDocumentPage

register = template.Library()


@register.inclusion_tag("components/latest_documents.html", takes_context=True)
def latest_documents(context, limit=5):
    """The newest live official documents of the current language and a link to the
    archive: two queries whatever the archive holds."""
    locale = Locale.get_active()
    documents = (
        OfficialDocumentPage.objects.live()
        .filter(locale=locale)
        .order_by("-issued_on", "-pk")[: max(1, min(int(limit), 20))]
    )
    return {
        "request": context.get("request"),
        "documents": documents,
        "archive": DocumentArchivePage.objects.live().filter(locale=locale).first(),
    }

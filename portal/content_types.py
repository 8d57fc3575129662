"""Which page types are content (a document, an article, a profile, an event) rather
than furniture (the home page, section indexes, the archive, "Xem nhiều nhất", the
"Giới thiệu" and "Liên hệ" pages). Lists readers browse by popularity or narrow by
type (most viewed, the search page's type facet) name content only.

Labels rather than imports, so any app may ask without an import cycle; a page type
that inherits from a content type (a plan is an official document) is content too.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.models import get_page_models

CONTENT_PAGE_TYPES = (
    "documents.OfficialDocumentPage",
    "home.NewsPage",
    "home.ModelProfilePage",
    "home.CongressEventPage",
)


def content_page_models():
    """Every page model that is, or inherits from, one of CONTENT_PAGE_TYPES."""
    bases = tuple(apps.get_model(label) for label in CONTENT_PAGE_TYPES)
    return [model for model in get_page_models() if issubclass(model, bases)]


def is_content_page_model(model):
    return model in content_page_models()


def content_type_ids():
    """The content type ids of the content page models (Django caches the lookups,
    so after the first call this costs no query)."""
    found = ContentType.objects.get_for_models(*content_page_models(), for_concrete_models=False)
    return sorted(content_type.pk for content_type in found.values())

"""Wagtail API v2 at /api/v2/: pages (with document metadata through `fields=`),
images and documents."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from documents.models import OfficialDocumentPage


class PortalPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint; listings of official documents fetch the issuing
    body, fields and attachments in a fixed number of queries."""

    def get_queryset(self):
        queryset = super().get_queryset()
        if issubclass(queryset.model, OfficialDocumentPage):
            queryset = queryset.select_related("issuing_body", "locale").prefetch_related(
                "area_items__tag", "attachments__document"
            )
        return queryset


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)

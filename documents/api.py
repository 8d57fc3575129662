"""Wagtail API v2 at /api/v2/: pages (with document metadata through `fields=`),
images and documents, each with its query parameters checked (portal/api_params.py)."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from documents.models import OfficialDocumentPage
from portal.api_params import CheckedParamsMixin, checked_filters


class PortalPagesAPIViewSet(CheckedParamsMixin, PagesAPIViewSet):
    """Wagtail's pages endpoint; listings of official documents fetch the issuing
    body, fields and attachments in a fixed number of queries."""

    filter_backends = checked_filters(PagesAPIViewSet.filter_backends)

    def get_queryset(self):
        queryset = super().get_queryset()
        if issubclass(queryset.model, OfficialDocumentPage):
            queryset = queryset.select_related("issuing_body", "locale").prefetch_related(
                "area_items__tag", "attachments__document"
            )
        return queryset


class PortalImagesAPIViewSet(CheckedParamsMixin, ImagesAPIViewSet):
    filter_backends = checked_filters(ImagesAPIViewSet.filter_backends)


class PortalDocumentsAPIViewSet(CheckedParamsMixin, DocumentsAPIViewSet):
    filter_backends = checked_filters(DocumentsAPIViewSet.filter_backends)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)

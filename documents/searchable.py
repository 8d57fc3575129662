"""What the search service needs to know of official documents (search.registry):
registered from DocumentsConfig.ready(), since search imports no content app."""

from django.db.models import Prefetch

from documents.models import DocumentAttachment, OfficialDocumentPage
from search import registry


def register():
    registry.register(
        OfficialDocumentPage,
        # "Kế hoạch", "Quyết định": the document's own type, not the page model's.
        label=lambda page: page.document_type_name,
        related=("issuing_body",),
        # The attachments' extracted text is a part of the page's search text.
        text_prefetch=(
            Prefetch("attachments", queryset=DocumentAttachment.objects.select_related("document")),
        ),
        number_field="number_normalised",
    )
    # Options named by the issuing bodies (IssuingBody.__str__ is the name).
    registry.register_facet("issuer", field="issuing_body_id")

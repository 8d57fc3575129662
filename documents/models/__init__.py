from .archive import DocumentArchivePage
from .directives import DirectivePage
from .files import DocumentFile
from .issuing_bodies import IssuingBody
from .official_documents import (
    DocumentAreaTag,
    DocumentAttachment,
    OfficialDocumentPage,
    RelatedDocument,
)
from .plans import PlanPage

__all__ = [
    "DirectivePage",
    "DocumentArchivePage",
    "DocumentAreaTag",
    "DocumentAttachment",
    "DocumentFile",
    "IssuingBody",
    "OfficialDocumentPage",
    "PlanPage",
    "RelatedDocument",
]

from .archive import DocumentArchivePage
from .directives import DirectivePage
from .files import DocumentFile
from .issuing_bodies import IssuingBody
from .official_documents import OfficialDocumentPage
from .plans import PlanPage
from .relations import DocumentAreaTag, DocumentAttachment, RelatedDocument
from .scan_imports import ScanImport

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
    "ScanImport",
]

"""Text out of files, one module for every reader of them: attachments (for
search) and the importers (for the parser).

- `read.extract_bytes` / `read.read_path`: sniff the format from the content and
  dispatch to the readers `txt`, `pdf`, `docx`, `xlsx`;
- `attachments.extract_text`: the same for an uploaded file object, limited to the
  extensions read for search;
- `limits`: the one set of size, length and time limits, settings-overridable;
- `ocr`: recognition (Tesseract) of scanned PDF pages and images, for background
  jobs only; the readers above never run it.
"""

from .attachments import SUPPORTED_EXTENSIONS, extract_text
from .limits import (
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    TIME_LIMIT_SECONDS,
    Budget,
    Limits,
    limits,
)
from .read import extract_bytes, read_path
from .result import Extraction

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_TEXT_CHARS",
    "SUPPORTED_EXTENSIONS",
    "TIME_LIMIT_SECONDS",
    "Budget",
    "Extraction",
    "Limits",
    "extract_bytes",
    "extract_text",
    "limits",
    "read_path",
]

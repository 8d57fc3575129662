"""Recognition (OCR) of scanned PDFs and images with Tesseract's Vietnamese model,
for background jobs; nothing here runs inside a request except the cheap
`needs_recognition`.

- `available()`: Tesseract and its `vie` model are installed;
- `needs_recognition(data, name)`: an image, or a PDF with a page whose text layer
  is missing or garbage (`quality.usable`);
- `recognise(data, name, on_page=None)`: the file's text, usable text layers kept,
  the other pages rendered (`pages`), cleaned (`preprocess`) and read (`engine`).

Why not OCRmyPDF: it writes a whole new PDF (rasterising every page with
Ghostscript, then PDF/A conversion) when only the text is wanted, decides by itself
which pages already have text (any text, garbage included), allows one run per
process through global plugin state, and reports progress only through a progress
bar plugin. Rendering with pypdfium2 and calling Tesseract per page gives the page
choice, the per-page time limit and progress directly, at the cost of the
pre-processing in `preprocess`.
"""

from .engine import available
from .recognise import needs_recognition, recognise

__all__ = ["available", "needs_recognition", "recognise"]

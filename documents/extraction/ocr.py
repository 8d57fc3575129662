"""Where OCR plugs in: the text of a page that has no text layer (a scan).

No OCR engine is wired in yet, so such a page gives no text and the PDF reader
warns that the file has no text layer. An engine (Tesseract on the page's images)
replaces `page_text`: the PDF reader already calls it for every page whose text
layer is empty, inside the same page, time and character budget.
"""

from __future__ import annotations

from .limits import Budget


def page_text(page, budget: Budget) -> str:
    """The text of an image-only PDF page (a pypdf PageObject); "" for now."""
    return ""

"""Normalising official document numbers, so `12/KH-UBND`, `12/kh-ubnd` and
`12 KH UBND` match one stored value. The archive filter and the search app share it.
"""

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s/\\\-–—_.,:;]+")


def fold_vietnamese(text):
    """Remove diacritics and fold đ/Đ to d/D (Unicode decomposition leaves them alone)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def normalise_number(number):
    """Return the matching key of a document number: no accents, upper case, every
    separator removed. `12/QĐ-UBND` and `12 qd ubnd` both give `12QDUBND`."""
    if not number:
        return ""
    return _SEPARATORS.sub("", fold_vietnamese(number)).upper()

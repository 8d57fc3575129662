"""Whether a PDF page's text layer is worth keeping, or the page should be
recognised as an image instead.

Two kinds of page fail: a scan, whose layer is empty or holds only a page number or
a stamp's few characters; and a layer written with an old Vietnamese font encoding
(TCVN3, VNI) without a Unicode map, which extracts as letters of other languages
("Céng hßa x· héi chñ nghÜa") or as symbols and replacement characters. Such text is
never found by a search, so the page image is the better source.
"""

from __future__ import annotations

import unicodedata

# Fewer visible characters than this is a blank page, a page number or a stamp.
MIN_CHARS = 40
# Letters and digits make up most of any real text; mojibake is full of symbols.
MIN_WORD_CHAR_SHARE = 0.7
# Latin letters that Vietnamese never uses: TCVN3/VNI text read without its font
# comes out as these (ß, Ü, ñ, ·…). A few may appear in foreign names.
MAX_FOREIGN_LETTER_SHARE = 0.03
MAX_BROKEN_SHARE = 0.01

_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


def usable(text: str) -> bool:
    """True when the text layer is long enough and reads as Vietnamese or English."""
    visible = [char for char in text if not char.isspace()]
    if len(visible) < MIN_CHARS:
        return False
    word_chars = letters = foreign = broken = 0
    for char in visible:
        if char.isalnum():
            word_chars += 1
        if char.isalpha():
            letters += 1
            if not _vietnamese_letter(char):
                foreign += 1
        elif char == "\ufffd" or unicodedata.category(char) in ("Co", "Cc", "Cn"):
            broken += 1
    total = len(visible)
    return (
        word_chars >= MIN_WORD_CHAR_SHARE * total
        and foreign <= MAX_FOREIGN_LETTER_SHARE * max(letters, 1)
        and broken <= MAX_BROKEN_SHARE * total
    )


def _vietnamese_letter(char: str) -> bool:
    if char.isascii() or char in _VIETNAMESE_LATIN1 or char in "đĐăĂĩĨũŨơƠưƯ":
        return True
    # Vietnamese letters with two marks live in Latin Extended Additional.
    return "\u1ea0" <= char <= "\u1ef9"

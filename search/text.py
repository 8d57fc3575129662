"""Vietnamese text folding, the one rule every search backend shares.

"Kế hoạch thi đua" and "ke hoach thi dua" must find the same pages. Unicode
decomposition strips the tone and vowel marks but leaves đ alone (it is a letter of
its own, not d plus a mark), so đ/Đ are mapped explicitly. Old and new spellings of
a syllable-final i/y ("sĩ"/"sỹ", "kĩ"/"kỹ", "lí"/"lý", "mĩ"/"mỹ") are made equal too.
"""

import re
import unicodedata

# A syllable made of an initial consonant (cluster) and a lone final y/i: only
# there are the two letters interchangeable ("ly"/"li", "quy"/"qui"), unlike in
# "huy", "tuy" or "ngay", where the y belongs to a vowel group.
_FINAL_Y = re.compile(
    r"\b(b|c|ch|d|g|gh|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)y\b",
    re.IGNORECASE,
)
# The same rule for text already in lower case, as `fold` makes it: matching without
# IGNORECASE and replacing with a template instead of a function halves the cost of
# folding a long body, which the search service does for each candidate.
_FINAL_Y_LOWER = re.compile(_FINAL_Y.pattern)


def normalize(text):
    """NFC, so text typed in decomposed form (NFD) compares equal to composed text."""
    return unicodedata.normalize("NFC", text or "")


# The combining marks of Latin text (U+0300–U+036F except the grapheme joiner,
# whose combining class is 0), removed in one regular expression pass: testing each
# character in Python costs more than the rest of indexing a whole document.
_LATIN_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def strip_marks(text):
    """Remove every tone and vowel mark and map đ to d, keeping letter case."""
    text = text or ""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = _LATIN_MARKS.sub("", decomposed)
    if stripped.isascii():
        return stripped
    # Marks of other scripts: few distinct characters remain, so test those only.
    marks = {char for char in set(_NON_ASCII.findall(stripped)) if unicodedata.combining(char)}
    if marks:
        stripped = "".join(char for char in stripped if char not in marks)
    return unicodedata.normalize("NFC", stripped)


def fold(text):
    """The search key of a text: lower case, without marks, i/y spellings unified."""
    return _FINAL_Y_LOWER.sub(r"\1i", strip_marks(text).lower())


# Everything a person may type between the parts of a document number.
_NUMBER_SEPARATORS = re.compile(r"[\s/\\\-–—_.,:;]+")
_LEADING_ZEROS = re.compile(r"^0+(?=\d)")


def normalise_number(number):
    """The matching key of an official document number: no marks, upper case, every
    separator removed, so `12/QĐ-UBND`, `12 qd ubnd` and `12-QĐ-UBND` all give
    `12QDUBND`. Compatibility forms (full-width digits, ligatures) count as their
    plain letters, as they always have in the stored keys. Leading zeros of the
    number are dropped: boards print `05/CT-UBND` and readers type `5/CT-UBND`."""
    if not number:
        return ""
    key = _NUMBER_SEPARATORS.sub("", strip_marks(unicodedata.normalize("NFKC", number))).upper()
    return _LEADING_ZEROS.sub("", key)

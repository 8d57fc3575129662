"""Snippets with the matched words marked, whatever accents the reader typed.

The text and the query are folded alike; matches found in the folded text are mapped
back to positions in the original, so "ke hoach" marks "Kế hoạch".
"""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.text import _FINAL_Y, normalize, strip_marks

SNIPPET_RADIUS = 90


@lru_cache(maxsize=4096)
def _fold_char(char):
    # A text has few distinct characters: each is folded once, not at every place.
    return strip_marks(char).lower()


class _FoldTable(dict):
    """str.translate's table folding each character as _fold_char does, filled as
    characters are met; `irregular` holds those folding to none or several."""

    # Distinct characters kept at most: a text of every script cannot grow it without end.
    LIMIT = 20_000

    def __init__(self):
        super().__init__()
        self.irregular = set()

    def __missing__(self, code):
        if len(self) >= self.LIMIT:
            self.clear()
        folded = _fold_char(chr(code))
        if len(folded) != 1:
            self.irregular.add(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold_with_positions(text):
    """The folded text and, for each of its characters, the index of the original
    character it came from (folding one character may give none or several); None
    for the indexes when each character folds to one, the same place in both."""
    folded = text.translate(_FOLD_TABLE)
    if _FOLD_TABLE.irregular.isdisjoint(text):
        # Folded in C, a character for a character: a long body costs a tenth of
        # the character-by-character walk below.
        return _FINAL_Y.sub(r"\1i", folded), None
    chars = []
    origins = []
    for position, char in enumerate(text):
        for folded_char in _fold_char(char):
            chars.append(folded_char)
            origins.append(position)
    folded = _FINAL_Y.sub(lambda match: match.group(1) + "i", "".join(chars))
    return folded, origins


def match_spans(text, terms):
    """(start, end) spans of `text` (NFC) where a folded query term occurs as a word."""
    if not terms:
        return []
    folded, origins = fold_with_positions(text)
    alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    spans = []
    for match in pattern.finditer(folded):
        if origins is None:
            start, end = match.span()
        else:
            start = origins[match.start()]
            end = origins[match.end() - 1] + 1
        # Words next to each other make one mark: "<mark>Phát động</mark>".
        if spans and (start <= spans[-1][1] or not text[spans[-1][1] : start].strip()):
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans


def snippet(text, terms, radius=SNIPPET_RADIUS):
    """An HTML-safe excerpt around the first match with every match in it marked,
    or the start of the text when nothing matches."""
    text = " ".join(normalize(text).split())
    spans = match_spans(text, terms)
    if not spans:
        cut = text[: radius * 2]
        return mark_safe(escape(cut) + ("…" if len(text) > len(cut) else ""))
    start = max(0, spans[0][0] - radius)
    end = min(len(text), spans[0][1] + radius)
    # Whole words only at the window's edges.
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < spans[0][0] else start
    if end < len(text):
        space = text.rfind(" ", spans[0][1], end)
        end = space if space > 0 else end
    pieces = ["…" if start > 0 else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        pieces.append(escape(text[cursor:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    pieces.append("…" if end < len(text) else "")
    return mark_safe("".join(pieces))

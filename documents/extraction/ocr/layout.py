"""Tesseract's words (its TSV output: every word with its box) back into the text
of the page, with repairs its plain text output cannot make:

- Rows. Tesseract's blocks do not always follow the page: a short last line of a
  paragraph ("2015;") may come out as a block of its own before its paragraph.
  Lines of every block are put back in the order of the page, and lines side by
  side (the two columns of a header) form one row.
- The two-column header of an official document (issuer and number on the left,
  national motto and place-date on the right). Where consecutive rows are split by
  a wide gap at the same place, the left column is given first, then the right, as
  the document reads and as the importer expects.
- Paragraphs. A line wrapped at the margin is joined to the next, one line per
  paragraph as in a Word file; a wider space between lines gives a blank line.
- Scanner speckle on a blank part of a page comes out as blocks of one-character
  "words" („ * L š …). A block where such tokens outnumber real words is dropped,
  and stray symbols inside a line are removed.
"""

from __future__ import annotations

import csv
import io
import re
import statistics
from dataclasses import dataclass

# A gap wider than this many line heights between two words separates columns.
COLUMN_GAP = 2.5
# Lines whose middles are closer than this many line heights are one row.
SAME_ROW = 0.6
# A space between rows of more than this many usual line spacings ends a paragraph.
PARAGRAPH_GAP = 1.6
# Symbols that speckle turns into and that no official text uses on their own.
_JUNK_TOKEN = re.compile(r"^[„‚ˆ`´¬«»‹›°§‡†¤~_|®©*#^=+<>\\¦¨·•'\"“”‘’.,:;!?()\[\]{}-]+$")
# Tokens that keep their meaning alone although they are punctuation.
_KEPT_PUNCTUATION = {"-", "–", "+", "*", "/.", "./.", "…"}
_NUMBER = re.compile(r"^\d[\d/.,:-]*$")
_BULLETS = {"-", "–", "—", "+", "•", "*"}
_EDGE_PUNCTUATION = "\"'“”‘’()[].,;:!?„"


@dataclass
class Word:
    left: int
    top: int
    width: int
    height: int
    text: str

    @property
    def right(self) -> int:
        return self.left + self.width


@dataclass
class Row:
    """Words side by side on the page, left to right."""

    words: list[Word]

    @property
    def middle(self) -> float:
        return statistics.median(word.top + word.height / 2 for word in self.words)


def text_from_tsv(tsv: str) -> str:
    """The page's text: one line per paragraph, a blank line between paragraphs set
    apart on the page."""
    blocks: dict[int, dict[tuple[int, int], list[Word]]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5" or not (row.get("text") or "").strip():
            continue
        word = Word(
            int(row["left"]), int(row["top"]), int(row["width"]), int(row["height"]), row["text"]
        )
        line_key = (int(row["par_num"]), int(row["line_num"]))
        blocks.setdefault(int(row["block_num"]), {}).setdefault(line_key, []).append(word)
    lines = [
        words
        for block in blocks.values()
        if _looks_like_text([word for words in block.values() for word in words])
        for words in block.values()
    ]
    if not lines:
        return ""
    height = statistics.median(word.height for line in lines for word in line)
    rows = _rows(lines, height)
    paragraphs = _reading_order(rows, height)
    return "\n".join(" ".join(tokens) for tokens in paragraphs).strip("\n")


def _rows(lines: list[list[Word]], height: float) -> list[Row]:
    rows: list[Row] = []
    for line in sorted((Row(line) for line in lines), key=lambda row: row.middle):
        if rows and line.middle - rows[-1].middle < SAME_ROW * height:
            rows[-1] = Row(rows[-1].words + line.words)
        else:
            rows.append(line)
    for row in rows:
        row.words.sort(key=lambda word: word.left)
    return rows


def _looks_like_text(words: list[Word]) -> bool:
    real = sum(1 for word in words if _real(word.text))
    junk = sum(1 for word in words if not _real(word.text) and not _JUNK_TOKEN.match(word.text))
    return real > 0 and real >= junk


def _real(token: str) -> bool:
    """A number, or a word of two letters or more written lower, Title or UPPER case
    (codes such as QĐ-UBND count part by part)."""
    core = token.strip(_EDGE_PUNCTUATION)
    if _NUMBER.match(core):
        return True
    parts = re.split(r"[-/]", core)
    return all(len(part) > 1 and part.isalpha() and _cased(part) for part in parts)


def _cased(part: str) -> bool:
    return part.islower() or part.isupper() or (part[0].isupper() and part[1:].islower())


def _clean(words: list[Word]) -> list[str]:
    return [
        word.text
        for word in words
        if word.text in _KEPT_PUNCTUATION or not _JUNK_TOKEN.match(word.text)
    ]


def _reading_order(rows: list[Row], height: float) -> list[list[str]]:
    """The page as paragraphs of tokens ([] for a blank line)."""
    splits = [_split_at(row.words, COLUMN_GAP * height) for row in rows]
    words = [word for row in rows for word in row.words]
    margins = (min(word.left for word in words), max(word.right for word in words))
    pitches = [b.middle - a.middle for a, b in zip(rows, rows[1:], strict=False)]
    pitch = statistics.median(pitches) if pitches else height
    out: list[list[str]] = []
    previous: Row | None = None
    index = 0
    while index < len(rows):
        row = rows[index]
        if previous is not None and row.middle - previous.middle > PARAGRAPH_GAP * pitch:
            out.append([])
            previous = None
        if splits[index] is None:
            if previous is not None and (
                _wrapped(previous.words, row.words, margins, height)
                or _centred_continuation(previous.words, row.words, margins, height)
            ):
                out[-1] += _clean(row.words)
            else:
                out.append(_clean(row.words))
            previous = row
            index += 1
            continue
        boundary = splits[index]
        end = index
        while end + 1 < len(rows) and _in_run(rows, splits, end + 1, boundary):
            end += 1
        run = [row.words for row in rows[index : end + 1]]
        out += [_clean([w for w in line if w.left < boundary]) for line in run]
        out += [_clean([w for w in line if w.left >= boundary]) for line in run]
        previous = None
        index = end + 1
    return _blank_once(out)


def _blank_once(paragraphs: list[list[str]]) -> list[list[str]]:
    """Empty token lists kept as single blank lines, none at the start."""
    kept: list[list[str]] = []
    for tokens in paragraphs:
        if tokens or (kept and kept[-1]):
            kept.append(tokens)
    return kept


def _wrapped(
    previous: list[Word], line: list[Word], margins: tuple[int, int], height: float
) -> bool:
    """The line continues the previous one: its first word would not have fitted at
    the end of the previous line, and it starts at the left margin, not indented
    and not a bullet (an indented or bulleted line starts a paragraph)."""
    if not previous or not line or line[0].text in _BULLETS:
        return False
    left, right = margins
    room = right - previous[-1].right
    return line[0].left <= left + height and line[0].width + 0.5 * height > room


def _centred_continuation(
    previous: list[Word], line: list[Word], margins: tuple[int, int], height: float
) -> bool:
    """A centred title in capitals wrapped over several lines: both lines centred and
    in capitals, the previous one wide (a short one, like "QUYẾT ĐỊNH", is a line of
    its own)."""
    left, right = margins
    middle = (left + right) / 2

    def centred(words: list[Word]) -> bool:
        return abs((words[0].left + words[-1].right) / 2 - middle) < 1.5 * height

    def capitals(words: list[Word]) -> bool:
        letters = "".join(word.text for word in words if any(c.isalpha() for c in word.text))
        return bool(letters) and letters.upper() == letters

    wide = previous[-1].right - previous[0].left >= 0.6 * (right - left)
    return wide and centred(previous) and centred(line) and capitals(previous) and capitals(line)


def _split_at(line: list[Word], gap: float) -> int | None:
    """Where a row is split by a column gap (the right column's left edge), if it is."""
    for before, after in zip(line, line[1:], strict=False):
        if gap and after.left - before.right > gap:
            return after.left
    return None


def _in_run(rows: list[Row], splits: list, index: int, boundary: int) -> bool:
    """Whether a row continues a two-column run: split itself, wholly in the right
    column (a wrapped place-date), or wholly in one column with a split row right
    after it (a row where the other column is empty)."""
    line = rows[index].words
    if splits[index] is not None:
        return True
    if not line:
        return False
    if line[0].left >= boundary:
        return True
    return line[-1].right < boundary and any(
        split is not None for split in splits[index + 1 : index + 3]
    )

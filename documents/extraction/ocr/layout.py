"""Tesseract's words (its TSV output: every word with its box) back into lines of
text, with two repairs its plain text output cannot make:

- The two-column header of an official document (issuer and number on the left,
  national motto and place-date on the right) comes out of Tesseract as rows
  ("ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI…"), mixing the columns. Where consecutive
  lines are split by a wide gap at the same place, the left column is given first,
  then the right, as the text of the document reads and as the importer expects.
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
# Symbols that speckle turns into and that no official text uses on their own.
_JUNK_TOKEN = re.compile(r"^[„‚ˆ`´¬«»‹›°§‡†¤~_|®©*#^=+<>\\¦¨·•'\"“”‘’.,:;!?()\[\]{}-]+$")
# Tokens that keep their meaning alone although they are punctuation.
_KEPT_PUNCTUATION = {"-", "–", "+", "*", "/.", "./.", "…"}
_NUMBER = re.compile(r"^\d[\d/.,:-]*$")
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


def text_from_tsv(tsv: str) -> str:
    """The page's text: blocks separated by a blank line, one line per printed line."""
    blocks: dict[int, dict[tuple[int, int], list[Word]]] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5" or not (row.get("text") or "").strip():
            continue
        word = Word(
            int(row["left"]), int(row["top"]), int(row["width"]), int(row["height"]), row["text"]
        )
        line_key = (int(row["par_num"]), int(row["line_num"]))
        blocks.setdefault(int(row["block_num"]), {}).setdefault(line_key, []).append(word)
    texts = []
    for block_num in sorted(blocks):
        lines = [
            sorted(words, key=lambda w: w.left) for _, words in sorted(blocks[block_num].items())
        ]
        if not _looks_like_text([word for line in lines for word in line]):
            continue
        block_lines = [" ".join(part) for part in _reading_order(lines) if part]
        if block_lines:
            texts.append("\n".join(block_lines))
    return "\n\n".join(texts)


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


def _reading_order(lines: list[list[Word]]) -> list[list[str]]:
    """The block's lines as lists of tokens; a run of lines split into two columns
    at the same place gives its left parts first, then its right parts."""
    heights = [word.height for line in lines for word in line]
    gap = COLUMN_GAP * (statistics.median(heights) if heights else 0)
    splits = [_split_at(line, gap) for line in lines]
    out: list[list[str]] = []
    index = 0
    while index < len(lines):
        if splits[index] is None:
            out.append(_clean(lines[index]))
            index += 1
            continue
        boundary = splits[index]
        end = index
        while end + 1 < len(lines) and _in_run(lines, splits, end + 1, boundary):
            end += 1
        left = [_clean([w for w in line if w.left < boundary]) for line in lines[index : end + 1]]
        right = [_clean([w for w in line if w.left >= boundary]) for line in lines[index : end + 1]]
        out += left + right
        index = end + 1
    return out


def _split_at(line: list[Word], gap: float) -> int | None:
    """Where a line is split by a column gap (the right column's left edge), if it is."""
    for before, after in zip(line, line[1:], strict=False):
        if gap and after.left - before.right > gap:
            return after.left
    return None


def _in_run(lines: list[list[Word]], splits: list, index: int, boundary: int) -> bool:
    """Whether a line continues a two-column run: split itself, wholly in the right
    column (a wrapped place-date), or wholly in one column with a split line right
    after it (a row where the other column is empty)."""
    line = lines[index]
    if splits[index] is not None:
        return True
    if not line:
        return False
    if line[0].left >= boundary:
        return True
    return line[-1].right < boundary and any(
        split is not None for split in splits[index + 1 : index + 3]
    )

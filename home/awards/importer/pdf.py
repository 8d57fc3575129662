"""An award list printed to PDF, read back as a table from the positions of its words.

A PDF keeps no table, only characters at positions (pypdfium2, which the portal
already uses for scans). The characters become lines (same baseline) and, within a
line, phrases (runs of words with no wide gap). The header row is the first line
whose phrases read as a list header (home.awards.importer.columns); the columns are
the blocks of x positions that the header and the table's phrases cover, so a
centred header over a left-aligned column still finds its column. Below the header,
a line with something in the order column (1, 2 … or I, II) starts a row and the
lines under it without one continue its cells, as text wraps inside a cell. A line
of one phrase in capitals is a section row; the closing count line ends the table.
The lines above the header ("(Kèm theo Quyết định số …)", the title) are returned
for the decision's facts.

A page without a text layer (a scan) is refused with a message that says so: the
list would have to be recognised first, which is not done here.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from documents.extraction.limits import limits
from home.awards.importer import columns as col
from home.awards.names import folded_key
from search.text import normalize

# Gaps between characters, as a share of the font size: wider than WORD_GAP is a
# space, wider than PHRASE_GAP separates two cells (a cell's padding on each side).
WORD_GAP = 0.15
PHRASE_GAP = 0.6
# Baselines closer than this share of the font size are one line.
SAME_LINE = 0.4
# A line wrapped inside a cell sits at most this many font sizes under the one above.
WRAP_DISTANCE = 2.0
_ORDER_TOKEN = re.compile(r"^(?:\d{1,5}\.?|[IVX]{1,4}\.?|[A-Đ][.)])$")
_PAGE_NUMBER = re.compile(r"^(?:-\s*)?\d{1,3}(?:\s*-)?$")
_COUNT_START = re.compile(r"^\(?\s*(?:danh sach|tong cong|tong so|tong|cong|co|gom)\b")


@dataclass
class Word:
    text: str
    x0: float
    x1: float


@dataclass
class Phrase:
    words: list[Word]

    @property
    def text(self):
        return " ".join(word.text for word in self.words)

    @property
    def x0(self):
        return self.words[0].x0

    @property
    def x1(self):
        return self.words[-1].x1

    @property
    def centre(self):
        return (self.x0 + self.x1) / 2


@dataclass
class Line:
    phrases: list[Phrase] = field(default_factory=list)
    page: int = 0
    y: float = 0.0
    size: float = 10.0

    @property
    def text(self):
        return " ".join(phrase.text for phrase in self.phrases)


@dataclass
class _Char:
    text: str
    x0: float
    x1: float
    y: float
    size: float


def _page_chars(page):
    """The visible characters of one page with their box and baseline."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        chars = []
        x, y = ctypes.c_double(), ctypes.c_double()
        for index in range(textpage.count_chars()):
            text = chr(raw.FPDFText_GetUnicode(textpage.raw, index))
            if not text.strip() or not text.isprintable():
                continue
            left, bottom, right, top = textpage.get_charbox(index, loose=True)
            raw.FPDFText_GetCharOrigin(textpage.raw, index, ctypes.byref(x), ctypes.byref(y))
            size = raw.FPDFText_GetFontSize(textpage.raw, index) or (top - bottom) or 10.0
            chars.append(_Char(text, left, right, y.value, size))
        return chars
    finally:
        textpage.close()


def _lines(chars):
    """Characters grouped into lines, top to bottom, each split into phrases."""
    chars = sorted(chars, key=lambda char: (-char.y, char.x0))
    grouped = []
    for char in chars:
        if grouped and abs(grouped[-1][0].y - char.y) <= SAME_LINE * char.size:
            grouped[-1].append(char)
        else:
            grouped.append([char])
    return [_phrases(sorted(line, key=lambda char: char.x0)) for line in grouped]


def _phrases(chars):
    line = Line(y=chars[0].y, size=max(char.size for char in chars))
    words, word = [], []

    def close_word():
        if word:
            text = normalize("".join(char.text for char in word))
            words.append(Word(text, word[0].x0, word[-1].x1))
            word.clear()

    for char in chars:
        gap = char.x0 - word[-1].x1 if word else 0.0
        if word and gap > WORD_GAP * char.size:
            close_word()
            if gap > PHRASE_GAP * char.size:
                line.phrases.append(Phrase(words))
                words = []
        word.append(char)
    close_word()
    line.phrases.append(Phrase(words))
    return line


def read_lines(data):
    """The lines of every page of the PDF; raises Unreadable."""
    import pypdfium2 as pdfium

    from home.awards.importer.tables import Unreadable

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise Unreadable(_("Không mở được tệp PDF (hỏng hoặc có mật khẩu).")) from error
    try:
        if len(document) > limits().max_pdf_pages:
            raise Unreadable(_("Tệp PDF có quá nhiều trang: không đọc."))
        lines = []
        for index in range(len(document)):
            page = document[index]
            try:
                page_lines = _lines(_page_chars(page))
            finally:
                page.close()
            for line in page_lines:
                line.page = index
            lines.extend(page_lines)
    finally:
        document.close()
    if not any(line.phrases for line in lines):
        raise Unreadable(
            _(
                "Tệp PDF không có lớp chữ (bản quét, ảnh chụp): chưa đọc được danh sách từ "
                "ảnh. Hãy dùng tệp DOCX, XLSX, CSV hoặc PDF xuất từ Word, Excel."
            )
        )
    return lines


def _is_header(line):
    return col.find_header([[phrase.text for phrase in line.phrases]]) is not None


def _column_edges(header, body):
    """The x position where each column after the first starts.

    Blocks are the x ranges covered by the header's and the rows' phrases, merged
    where they overlap. A column's text starts at the left of its cell, so before a
    header centred above it: the column after a header phrase starts at the first
    block to the right of that phrase's block. Two header phrases in one block (text
    running into the next column) are parted halfway between them."""
    spans = sorted(
        [(phrase.x0, phrase.x1) for phrase in header.phrases]
        + [(p.x0, p.x1) for line in body if len(line.phrases) > 1 for p in line.phrases]
    )
    blocks = []
    for x0, x1 in spans:
        if blocks and x0 <= blocks[-1][1]:
            blocks[-1][1] = max(blocks[-1][1], x1)
        else:
            blocks.append([x0, x1])

    def block_of(phrase):
        return next(i for i, (x0, x1) in enumerate(blocks) if x0 <= phrase.centre <= x1)

    edges = []
    for before, after in zip(header.phrases, header.phrases[1:], strict=False):
        left, right = block_of(before), block_of(after)
        if left == right:
            edges.append((before.x1 + after.x0) / 2)
        else:
            edges.append(blocks[left + 1][0])
    return edges


def _cells(edges, line, width):
    """The line's words put in the columns where they start: a phrase that runs over
    a column's edge (cells printed close together) is parted there."""
    cells = [""] * width
    for phrase in line.phrases:
        for word in phrase.words:
            index = min(sum(1 for edge in edges if word.x0 >= edge - 1), width - 1)
            cells[index] = f"{cells[index]} {word.text}".strip()
    return cells


def _continues(previous, line):
    """Whether `line` is close enough under `previous` to be text wrapped in the
    same row, not a block printed after the table (a signature, a note)."""
    return line.page == previous.page and previous.y - line.y <= WRAP_DISTANCE * line.size


def _joined(lines):
    """Text lines above the table: first a wrapped parenthesis or title in capitals
    put back on one line, so that the decision's facts are found whole, then the
    lines as printed."""
    joined = []
    for line in lines:
        text = line.text
        if joined and (
            joined[-1].count("(") > joined[-1].count(")")
            or (joined[-1].isupper() and text.isupper())
        ):
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    printed = [line.text for line in lines]
    return [text for text in joined if text not in printed] + printed


def _is_count_line(text):
    folded = folded_key(text)
    return bool(_COUNT_START.match(folded)) and ("tap the" in folded or "ca nhan" in folded)


def pdf_table(lines):
    """(table rows as cell texts, lines above the table) from the lines of a PDF."""
    start = next((index for index, line in enumerate(lines) if _is_header(line)), None)
    if start is None:
        return [], [line.text for line in lines]
    header = lines[start]
    width = len(header.phrases)
    end = next(
        (i for i in range(start + 1, len(lines)) if _is_count_line(lines[i].text)), len(lines)
    )
    edges = _column_edges(header, lines[start + 1 : end])
    order_column = col.find_header([[phrase.text for phrase in header.phrases]]).columns.get(
        col.ORDER, 0
    )
    table = [[phrase.text for phrase in header.phrases]]
    row = None
    previous = header
    for line in lines[start + 1 : end]:
        if _is_header(line):
            continue  # the header printed again at the top of a page
        cells = _cells(edges, line, width)
        order = cells[order_column]
        if len(line.phrases) == 1 and _PAGE_NUMBER.match(line.text) and not order:
            continue
        if order and _ORDER_TOKEN.match(order.split()[0]):
            row = cells
            table.append(row)
        elif len(line.phrases) == 1 and line.text.isupper():
            row = None
            table.append(cells)
        elif row is not None and _continues(previous, line):
            for index, text in enumerate(cells):
                if text:
                    row[index] = f"{row[index]} {text}".strip()
        else:
            row = None
        previous = line
    table.extend([line.text] for line in lines[end:])
    return table, _joined(lines[:start])

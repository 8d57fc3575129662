"""Scanned pages made from text, as an office scanner gives them: A4 at 200-300
dpi, a serif face with Vietnamese glyphs, the two-column header of an official
document (issuer and number on the left, national motto and place-date on the
right), a slight skew, blur and speckle. Seeded, so the same text always gives the
same pixels; nothing is stored, the tests and the benchmark draw what they need.
"""

from __future__ import annotations

import io
import random
import re
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SERIF = FONT_DIR / "DejaVuSerif.ttf"
SERIF_BOLD = FONT_DIR / "DejaVuSerif-Bold.ttf"
A4_INCHES = (8.27, 11.69)
BODY_POINTS = 12
# A line of dashes in a web copy stands for the rule printed under a header line.
RULE = re.compile(r"^[-_=.]{3,}$")


def font_available() -> bool:
    return SERIF.exists() and SERIF_BOLD.exists()


def render_pages(
    body: list[str],
    *,
    left: list[str] = (),
    right: list[str] = (),
    preamble: list[str] = (),
    dpi: int = 200,
    seed: int = 0,
    skew: float = 0.7,
    blur: float = 0.5,
    speckle: float = 0.0004,
) -> list[Image.Image]:
    """The text as scanned A4 pages: a preamble (what a web copy puts above the
    document), the header columns on the first page, the body wrapped to the margins
    and continued on as many pages as it needs; an empty body line is a line of
    space, as an empty paragraph of a Word file prints."""
    rng = random.Random(seed)
    width, height = round(A4_INCHES[0] * dpi), round(A4_INCHES[1] * dpi)
    size = round(BODY_POINTS * dpi / 72)
    regular = ImageFont.truetype(str(SERIF), size)
    bold = ImageFont.truetype(str(SERIF_BOLD), size)
    margin, line_height = round(0.9 * dpi), round(size * 1.45)
    pages: list[Image.Image] = []
    page, draw, y = _new_page(width, height, margin)
    for line in preamble:
        for piece in _wrap(line, regular, width - 2 * margin):
            draw.text((margin, y), piece, font=regular, fill=0)
            y += line_height
    if left or right:
        # Each column keeps to its half of the page, as in print.
        column_room = (width - 2 * margin) / 2 - size
        bottom = y
        for lines, centre in ((left, 0.27), (right, 0.67)):
            column_y = y
            for line in lines:
                face = bold if line.isupper() else regular
                if RULE.match(line):
                    # Printed as a short rule under the issuer and the motto.
                    half = width * 0.06
                    draw.line(
                        (
                            width * centre - half,
                            column_y + size // 3,
                            width * centre + half,
                            column_y + size // 3,
                        ),
                        fill=0,
                        width=2,
                    )
                    column_y += line_height // 2
                    continue
                for piece in _wrap(line, face, column_room):
                    draw.text((width * centre, column_y), piece, font=face, fill=0, anchor="ma")
                    column_y += line_height
            bottom = max(bottom, column_y)
        y = bottom + line_height
    # Body paragraphs start with a 1 cm indent, as the rules for official documents
    # ask; headings in capitals are centred.
    indent = round(dpi / 2.54)
    for paragraph in body:
        if not paragraph.strip():
            y += line_height
            continue
        heading = paragraph.isupper()
        face = bold if heading else regular
        first = True
        for line in _wrap(paragraph, face, width - 2 * margin - indent) or [""]:
            if y + line_height > height - margin:
                pages.append(_scanned(page, rng, skew, blur, speckle))
                page, draw, y = _new_page(width, height, margin)
            if heading:
                draw.text((width / 2, y), line, font=face, fill=0, anchor="ma")
            else:
                draw.text((margin + (indent if first else 0), y), line, font=face, fill=0)
            first = False
            y += line_height
    pages.append(_scanned(page, rng, skew, blur, speckle))
    return pages


def _new_page(width: int, height: int, margin: int):
    page = Image.new("L", (width, height), 255)
    return page, ImageDraw.Draw(page), margin


def _wrap(text: str, face, room: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and face.getlength(candidate) > room:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def _scanned(page: Image.Image, rng: random.Random, skew: float, blur: float, speckle: float):
    angle = rng.uniform(-skew, skew)
    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    if blur:
        page = page.filter(ImageFilter.GaussianBlur(blur))
    draw = ImageDraw.Draw(page)
    for _ in range(round(speckle * page.width * page.height)):
        x, y = rng.randrange(page.width), rng.randrange(page.height)
        radius = rng.choice((0, 0, 1))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=rng.randrange(0, 90))
    return page


def png_bytes(page: Image.Image, dpi: int = 200) -> bytes:
    buffer = io.BytesIO()
    page.save(buffer, format="PNG", dpi=(dpi, dpi))
    return buffer.getvalue()


def tiff_bytes(pages: list[Image.Image], dpi: int = 200) -> bytes:
    buffer = io.BytesIO()
    pages[0].save(
        buffer,
        format="TIFF",
        save_all=True,
        append_images=pages[1:],
        dpi=(dpi, dpi),
        compression="tiff_deflate",
    )
    return buffer.getvalue()


def pdf_bytes(pages: list[Image.Image], dpi: int = 200) -> bytes:
    """An image-only PDF, one scanned page per page, as a scanner saves it."""
    buffer = io.BytesIO()
    pages[0].save(buffer, format="PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return buffer.getvalue()

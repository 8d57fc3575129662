"""Award lists printed to PDF as an office suite prints them: the title lines centred
above a ruled table whose cells wrap long text, the header centred in its cells, the
closing count line under the table. Drawn with reportlab (a test dependency) in
DejaVu Sans from Debian's fonts-dejavu, which covers Vietnamese."""

import io
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = "DejaVuSans"


def _styles():
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / f"{FONT}.ttf")))
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=12)
    centred = ParagraphStyle("centred", parent=body, alignment=1)
    return body, centred


def _cell(value, style):
    from reportlab.platypus import Paragraph

    return Paragraph("" if value is None else str(value), style)


def list_pdf(title_lines, header, rows, closing_lines=(), widths=None, repeat_header=True):
    """A PDF of the list: `rows` are lists of cell values; a row of one value is a
    section row spanning the table."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

    body, centred = _styles()
    columns = len(header)
    widths = widths or [760 / columns] * columns
    data = [[_cell(text, centred) for text in header]]
    spans = []
    for row in rows:
        if len(row) == 1:
            spans.append(("SPAN", (0, len(data)), (-1, len(data))))
            data.append([_cell(row[0], body)] + [""] * (columns - 1))
        else:
            data.append([_cell(text, body) for text in row])
    table = Table(data, colWidths=widths, repeatRows=1 if repeat_header else 0)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *spans,
            ]
        )
    )
    story = [_cell(line, centred) for line in title_lines]
    story += [Spacer(1, 8), table, Spacer(1, 8)]
    story += [_cell(line, body) for line in closing_lines]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=40, rightMargin=40).build(story)
    return buffer.getvalue()


def scanned_pdf():
    """A PDF whose only page is a picture of a list: no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(image).text((20, 20), "DANH SACH KHEN THUONG", fill="black")
    picture = io.BytesIO()
    image.save(picture, format="PNG")
    picture.seek(0)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawImage(ImageReader(picture), 50, 500, width=500, height=160)
    pdf.save()
    return buffer.getvalue()


def award_list_pdf(rows=None, closing=None):
    """The Lạng Sơn 1034 list of files.LIST_ROWS (title rows, "Kèm theo" line,
    personal columns, sections, closing count line) printed to PDF."""
    from tests.home.awards import files

    rows = rows or files.LIST_ROWS
    title = [" ".join(str(cell) for cell in row if cell) for row in rows[:4]]
    body = [list(row) for row in rows[6:-1]]
    closing = closing or rows[-1][0]
    return list_pdf(title, rows[5], body, [closing], widths=[40, 170, 80, 100, 280, 90])

"""Downloads built from page data: the plan task table as CSV and XLSX, and any
official document as a DOCX file laid out as issued (Nghị định 30/2020/NĐ-CP)."""

import csv
import html
import io

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

# Units of one task share a cell, one per line, as in the printed table.
UNIT_SEPARATOR = "\n"


def _task_header():
    return [_("Giai đoạn"), _("TT"), _("Nội dung nhiệm vụ"), _("Đơn vị thực hiện"), _("Thời hạn")]


def task_rows(plan):
    for group_title, tasks in plan.task_groups():
        for number, text, units, deadline in tasks:
            yield [
                group_title,
                number,
                text,
                UNIT_SEPARATOR.join(units),
                deadline.isoformat() if deadline else "",
            ]


def task_schedule_csv(plan):
    buffer = io.StringIO()
    # The byte-order mark makes Excel open the UTF-8 file with Vietnamese intact.
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(_task_header())
    writer.writerows(task_rows(plan))
    return buffer.getvalue().encode("utf-8")


def task_schedule_xlsx(plan):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Nhiệm vụ")
    sheet.append(_task_header())
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in task_rows(plan):
        sheet.append(row)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDE", (16, 6, 70, 40, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


# Nghị định 30/2020/NĐ-CP, Phụ lục I: Times New Roman, 13–14 pt text, A4 with margins
# of 20–25 mm top and bottom, 30–35 mm left and 15–20 mm right.
FONT = "Times New Roman"
TEXT_PT = 14
HEADER_PT = 13
RECIPIENTS_PT = 11
TABLE_PT = 12
PAGE_MM = (210, 297)
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
# The header's two columns share the 165 mm between the margins as the decree's
# samples do: the issuing body narrower, the national title wider.
HEADER_COLUMNS_MM = (68, 97)
CLOSING_COLUMNS_MM = (75, 90)


def body_pieces(page):
    """The body as (kind, value) pieces: headings, paragraphs of plain text, and
    tables as lists of rows; images are left out of the printed text."""
    pieces = []
    for block in page.body:
        if block.block_type == "heading":
            pieces.append(("heading", block.value["text"]))
        elif block.block_type == "paragraph":
            source = block.value.source
            for tag in ("</p>", "<br/>", "<br>", "</li>"):
                source = source.replace(tag, "\n")
            text = html.unescape(strip_tags(source))
            pieces.extend(("paragraph", line.strip()) for line in text.splitlines() if line.strip())
        elif block.block_type == "table":
            pieces.append(("table", block.value.get("data") or []))
    return pieces


class _Writer:
    """Adds paragraphs and tables to a python-docx document in the decree's type."""

    def __init__(self):
        import docx
        from docx.oxml.ns import qn
        from docx.shared import Mm, Pt

        self.Mm, self.Pt = Mm, Pt
        self.document = docx.Document()
        section = self.document.sections[0]
        section.page_width, section.page_height = (Mm(size) for size in PAGE_MM)
        for side, size in MARGINS_MM.items():
            setattr(section, f"{side}_margin", Mm(size))
        normal = self.document.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(TEXT_PT)
        # Word picks the face per script: every slot names the same font.
        fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(slot), FONT)
        normal.paragraph_format.space_before = Pt(0)
        normal.paragraph_format.space_after = Pt(0)

    def paragraph(
        self,
        text="",
        container=None,
        *,
        size=None,
        bold=False,
        italic=False,
        align="center",
        indent=False,
        after=0,
        rule=False,
    ):
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        container = container or self.document
        paragraph = container.add_paragraph()
        if rule:
            self._bottom_rule(paragraph)
        paragraph.alignment = {
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
            "left": WD_ALIGN_PARAGRAPH.LEFT,
        }[align]
        paragraph.paragraph_format.space_after = self.Pt(after)
        if indent:
            paragraph.paragraph_format.first_line_indent = self.Mm(10)
        if text:
            run = paragraph.add_run(text)
            run.bold, run.italic = bold, italic
            if size:
                run.font.size = self.Pt(size)
        return paragraph

    def short_rule(self, container, width_mm, rule_mm):
        """A centred line `rule_mm` long under a text, as the decree draws under the
        issuing body, the motto and the subject."""
        paragraph = self.paragraph(container=container, rule=True)
        side = self.Mm(max(0, (width_mm - rule_mm) / 2))
        paragraph.paragraph_format.left_indent = side
        paragraph.paragraph_format.right_indent = side
        paragraph.paragraph_format.line_spacing = self.Pt(3)
        paragraph.paragraph_format.space_after = self.Pt(6)
        return paragraph

    @staticmethod
    def _bottom_rule(paragraph):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1")):
            bottom.set(qn(key), value)
        borders.append(bottom)
        paragraph._p.get_or_add_pPr().append(borders)

    def columns(self, widths_mm):
        """A borderless two-column table: the header and the closing."""
        table = self.document.add_table(rows=1, cols=len(widths_mm))
        table.autofit = False
        for cell, width in zip(table.rows[0].cells, widths_mm, strict=True):
            cell.width = self.Mm(width)
            # A new cell holds one empty paragraph; the layout adds its own.
            cell._tc.remove(cell.paragraphs[0]._p)
        return table.rows[0].cells

    def grid(self, rows, columns):
        table = self.document.add_table(rows=0, cols=columns)
        table.style = "Table Grid"
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=False):
                cell.text = str(text or "")
                for run in (run for paragraph in cell.paragraphs for run in paragraph.runs):
                    run.font.size = self.Pt(TABLE_PT)
        return table


def _write_header(writer, head):
    left, right = writer.columns(HEADER_COLUMNS_MM)
    if head.issuer.parent:
        writer.paragraph(head.issuer.parent, left, size=HEADER_PT)
    for line in head.issuer.lines:
        writer.paragraph(line, left, size=HEADER_PT, bold=True)
    if head.issuer.lines:
        writer.short_rule(left, HEADER_COLUMNS_MM[0], 22)
    if head.number_line:
        writer.paragraph(head.number_line, left, size=HEADER_PT)
    if head.letter_subject:
        writer.paragraph(head.letter_subject, left, size=12)
    writer.paragraph(head.national_title, right, size=HEADER_PT, bold=True)
    writer.paragraph(head.motto, right, size=TEXT_PT, bold=True)
    writer.short_rule(right, HEADER_COLUMNS_MM[1], 58)
    if head.date_line:
        writer.paragraph(head.date_line, right, size=TEXT_PT, italic=True)


def _write_parts(writer, page):
    """Directive items and a plan's task table, after the body."""
    for position, block in enumerate(getattr(page, "items", None) or [], start=1):
        heading = block.value["heading"]
        text = html.unescape(strip_tags(block.value["text"].source))
        writer.paragraph(
            f"{position}. " + (f"{heading}: " if heading else "") + text,
            align="justify",
            indent=True,
            after=6,
        )
    groups = page.task_groups() if hasattr(page, "task_groups") else []
    if groups:
        rows = [(_("TT"), _("Nội dung nhiệm vụ"), _("Đơn vị thực hiện"))]
        merged = []
        for title, tasks in groups:
            merged.append(len(rows))
            rows.append((title, "", ""))
            rows.extend((number, text, "\n".join(units)) for number, text, units, _d in tasks)
        table = writer.grid(rows, 3)
        for index in merged:
            cells = table.rows[index].cells
            cells[0].merge(cells[2])


def _write_closing(writer, page):
    """The recipients ("Nơi nhận") at the bottom left, the signature on the right."""
    recipients, signature_cell = writer.columns(CLOSING_COLUMNS_MM)
    if page.recipient_list:
        writer.paragraph(_("Nơi nhận:"), recipients, size=12, bold=True, italic=True, align="left")
        for recipient in page.recipient_list:
            writer.paragraph(f"- {recipient}", recipients, size=RECIPIENTS_PT, align="left")
    else:
        writer.paragraph(container=recipients)
    signature = page.signature
    for line in signature.capacity_lines:
        writer.paragraph(line, signature_cell, bold=True)
    if signature.name:
        # The room where the signature and the seal go.
        for _blank in range(4):
            writer.paragraph(container=signature_cell)
        writer.paragraph(signature.name, signature_cell, bold=True)


def document_docx(page):
    """The page as a Word file laid out as issued: header, type and subject, legal
    bases, text, directive items or plan tasks, recipients and signature."""
    writer = _Writer()
    head = page.letterhead
    _write_header(writer, head)
    if head.type_heading:
        heading = writer.paragraph(head.type_heading, bold=True)
        heading.paragraph_format.space_before = writer.Pt(12)
        writer.paragraph(head.subject, bold=True)
        writer.short_rule(None, sum(HEADER_COLUMNS_MM), 40)
    else:
        writer.paragraph(after=12)
    for basis in page.legal_basis_list:
        writer.paragraph(basis, align="justify", italic=True, indent=True, after=6)
    for kind, value in body_pieces(page):
        if kind == "heading":
            writer.paragraph(value, bold=True, after=6)
        elif kind == "paragraph":
            writer.paragraph(value, align="justify", indent=True, after=6)
        elif value:
            writer.grid(value, max(len(row) for row in value))
    _write_parts(writer, page)
    writer.paragraph(after=6)
    _write_closing(writer, page)
    buffer = io.BytesIO()
    writer.document.save(buffer)
    return buffer.getvalue()

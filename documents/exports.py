"""Downloads built from page data: the plan task table as CSV and XLSX, and any
official document as a DOCX file."""

import csv
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


def document_docx(page):
    """The page as a Word file: heading, metadata, text, plan tasks or directive items,
    signature and recipients."""
    import docx

    plan_groups = page.task_groups() if hasattr(page, "task_groups") else []
    items = list(getattr(page, "items", []) or [])

    document = docx.Document()
    if page.issuing_body_id:
        document.add_paragraph(page.issuing_body.name.upper())
    if page.number:
        document.add_paragraph(_("Số: %(number)s") % {"number": page.number})
    if page.place_of_issue:
        document.add_paragraph(
            _("%(place)s, ngày %(day)02d tháng %(month)02d năm %(year)d")
            % {
                "place": page.place_of_issue,
                "day": page.issued_on.day,
                "month": page.issued_on.month,
                "year": page.issued_on.year,
            }
        )
    document.add_heading(page.document_type_name.upper(), level=1)
    document.add_paragraph(page.subject)
    for basis in page.legal_basis_list:
        document.add_paragraph(basis, style="List Bullet")
    for kind, value in page.plain_body():
        if kind == "heading":
            document.add_heading(value, level=2)
        elif kind == "paragraph":
            document.add_paragraph(value)
        elif value:
            width = max(len(row) for row in value)
            table = document.add_table(rows=0, cols=width)
            table.style = "Table Grid"
            for row in value:
                cells = table.add_row().cells
                for index, text in enumerate(row):
                    cells[index].text = str(text or "")
    for position, block in enumerate(items, start=1):
        heading = block.value["heading"]
        text = block.value["text"].source
        document.add_paragraph(
            f"{position}. " + (f"{heading}: " if heading else "") + strip_tags(text)
        )
    if plan_groups:
        table = document.add_table(rows=1, cols=3)
        table.style = "Table Grid"
        header = table.rows[0].cells
        header[0].text, header[1].text, header[2].text = (
            _("TT"),
            _("Nội dung nhiệm vụ"),
            _("Đơn vị thực hiện"),
        )
        for title, tasks in plan_groups:
            group_row = table.add_row().cells
            group_row[0].merge(group_row[2]).text = title
            for number, text, units, _deadline in tasks:
                cells = table.add_row().cells
                cells[0].text = str(number)
                cells[1].text = text
                cells[2].text = "\n".join(units)
    for line in page.signature_lines():
        document.add_paragraph(line)
    if page.recipient_list:
        document.add_paragraph(_("Nơi nhận:"))
        for recipient in page.recipient_list:
            document.add_paragraph(recipient, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()

"""A decision's list as CSV (streamed, so 2,000 rows or 20,000 never sit in memory as
one string) and XLSX (openpyxl's write-only mode, which writes rows as they come)."""

import csv
import io

from django.utils.translation import gettext as _

from home.profiles.models import ProfileKind

CHUNK = 500


def header():
    return [
        _("STT"),
        _("Đối tượng"),
        _("Tên tập thể, họ và tên"),
        _("Chức vụ, đơn vị"),
        _("Hình thức khen thưởng"),
        _("Năm hoặc giai đoạn"),
        _("Thành tích"),
        _("Phần"),
    ]


def rows(decision):
    """The export rows in list order, read in chunks with their awards."""
    kinds = dict(ProfileKind.choices)
    queryset = decision.rows.select_related("award").order_by("order")
    for number, row in enumerate(queryset.iterator(chunk_size=CHUNK), start=1):
        yield [
            number,
            str(kinds.get(row.kind, row.kind)),
            row.name,
            row.detail,
            row.award_name,
            row.period or (str(row.year) if row.year else ""),
            row.achievement,
            row.section,
        ]


class _Line:
    """A file-like object whose write returns the line, for csv.writer."""

    def write(self, value):
        return value


def csv_lines(decision):
    """The CSV as a stream of lines, the first starting with the byte-order mark that
    makes Excel read UTF-8 Vietnamese correctly."""
    writer = csv.writer(_Line())
    yield "\ufeff" + writer.writerow(header())
    for row in rows(decision):
        yield writer.writerow(row)


def xlsx_bytes(decision):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Danh sách"))
    sheet.append(header())
    for row in rows(decision):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()

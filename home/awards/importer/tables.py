"""An award list file as tables of cell texts, plus the lines of text around them
(title rows, "Kèm theo Quyết định số …", the decision's own text in a Word file).

XLSX through openpyxl (read-only), DOCX through python-docx, CSV through the csv
module, PDF with a text layer from its words' positions (home.awards.importer.pdf).
The size limits are those every importer of the portal shares
(documents.extraction.limits), so a zip bomb or a huge file is refused here too.
"""

from __future__ import annotations

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from documents.extraction.limits import limits
from search.text import normalize


class Unreadable(Exception):
    """The file cannot be read as an award list; the message says why."""


@dataclass
class Source:
    tables: list[list[list[str]]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    # The whole text of a Word file, for the decision's own header and signature.
    document_bytes: bytes | None = None


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime | datetime.date):
        return value.strftime("%d/%m/%Y")
    return " ".join(normalize(str(value)).split())


def _check_zip(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise Unreadable(_("Tệp không phải là tệp Office hợp lệ.")) from error
    if unpacked > limits().max_unpacked_bytes:
        raise Unreadable(_("Tệp quá lớn sau khi giải nén: không đọc."))


def read_xlsx(data):
    from openpyxl import load_workbook

    _check_zip(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        tables = [
            [[_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
            for sheet in workbook.worksheets
        ]
        workbook.close()
    except Exception as error:  # openpyxl raises many kinds on a damaged workbook
        raise Unreadable(_("Không đọc được tệp XLSX.")) from error
    return Source(tables=tables)


def read_docx(data):
    import docx

    _check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
        lines = [_text(paragraph.text) for paragraph in document.paragraphs]
        tables = [
            [[_text(cell.text) for cell in row.cells] for row in table.rows]
            for table in document.tables
        ]
    except Exception as error:  # python-docx raises many kinds on a damaged file
        raise Unreadable(_("Không đọc được tệp DOCX.")) from error
    return Source(tables=tables, lines=[line for line in lines if line], document_bytes=data)


def read_csv(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Unreadable(_("Tệp CSV không ở mã UTF-8.")) from error
    # csv.Sniffer gives up on a list whose title rows hold commas and whose rows are
    # separated by semicolons; the delimiter that splits the most cells is the one.
    candidates = [list(csv.reader(io.StringIO(text), delimiter=sep)) for sep in ",;\t"]
    rows = max(candidates, key=lambda parsed: sum(len(row) for row in parsed if len(row) > 1))
    return Source(tables=[[[_text(cell) for cell in row] for row in rows]])


def read_pdf(data):
    from home.awards.importer.pdf import pdf_table, read_lines

    table, lines = pdf_table(read_lines(data))
    # As with a Word file, the PDF may be the decision itself with its list after it.
    return Source(tables=[table] if table else [], lines=lines, document_bytes=data)


READERS = {".xlsx": read_xlsx, ".docx": read_docx, ".csv": read_csv, ".pdf": read_pdf}


def read_source(data, filename):
    """The tables and lines of `data`; raises Unreadable."""
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    reader = READERS.get(suffix)
    if reader is None:
        raise Unreadable(
            _("Định dạng %(suffix)s chưa được hỗ trợ: dùng XLSX, DOCX, CSV hoặc PDF có lớp chữ.")
            % {"suffix": suffix or filename}
        )
    if len(data) > limits().max_file_bytes:
        raise Unreadable(_("Tệp quá lớn: không đọc."))
    return reader(data)

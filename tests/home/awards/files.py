"""Award list files built in the tests, as boards send them: an XLSX with title rows
and merged cells above the header, a Word file with the decision and its list table,
a CSV from a spreadsheet export.

The layouts follow published award decisions (their metadata is public; the people
are fictional, as personal names in tests must be):
- Lạng Sơn, QĐ 1034/QĐ-UBND, Bằng khen of the Chairman for 06 collectives and 06
  individuals (http://thiduakhenthuong.langson.gov.vn/vi/quyetdinhkhen/
  quyet-dinh-so-1034qd-ubnd-cua-chu-tich-ubnd-tinh-tang-bang-khen-cho-06-tap-06-ca-nhan);
- Lạng Sơn, QĐ 163/QĐ-UBND, Bằng khen for 32 collectives, "thành tích xuất sắc năm
  2023" (…/quyet-dinh-so-163qd-ubnd-cua-chu-tich-ubnd-tinh-tang-bang-khen-cho-32-tap-vi-da-co);
- Quảng Nam, QĐ 1436/QĐ-UBND, Bằng khen for 23 collectives and 23 individuals
  (https://baoquangnam.vn/…/tang-bang-khen-cho-46-tap-the-va-ca-nhan-thuc-hien-tot-chi-chi-03-19087.html).
"""

import csv
import io

import docx
import openpyxl

CITIZEN_ID = "001080012345"
PHONE = "0912 345 678"
BIRTH_DATE = "12/03/1980"


def xlsx_bytes(rows, merge=()):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    for cells in merge:
        sheet.merge_cells(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def docx_bytes(paragraphs, table_rows, merged_rows=(), after=()):
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    width = max(len(row) for row in table_rows)
    table = document.add_table(rows=0, cols=width)
    for index, row in enumerate(table_rows):
        cells = table.add_row().cells
        if index in merged_rows:
            merged = cells[0].merge(cells[-1])
            merged.text = row[0]
            continue
        for cell, text in zip(cells, row, strict=False):
            cell.text = str(text)
    for text in after:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def csv_bytes(rows, delimiter=","):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


# Lạng Sơn 1034 in layout: title rows, "Kèm theo" line, personal columns, sections,
# closing count line; 2 collectives and 3 individuals (06 + 06 in the real list).
LIST_ROWS = [
    ["ỦY BAN NHÂN DÂN", None, None, None, None, None],
    ["TỈNH SÔNG XANH", None, None, None, None, None],
    ["DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH NĂM 2023"],
    ["(Kèm theo Quyết định số 1034/QĐ-UBND ngày 12 tháng 3 năm 2024 của Chủ tịch UBND tỉnh)"],
    [],
    ["STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Chức vụ, đơn vị công tác", "Điện thoại"],
    ["I", "TẬP THỂ", None, None, None, None],
    [1, "Phòng Giáo dục và Đào tạo xã Hòa An", None, None, None, None],
    [2, "Trường Trung học cơ sở Lê Lợi, phường Bắc Sơn", None, None, None, None],
    ["II", "CÁ NHÂN", None, None, None, None],
    [1, "Ông Nguyễn Văn Bình", BIRTH_DATE, CITIZEN_ID, "Trưởng phòng Tổ chức, Sở Nội vụ", PHONE],
    [2, "Bà Nguyễn Thị Thu Hường", "1985", "001185054321", "Giáo viên Trường THCS Lê Lợi", ""],
    [3, "Đồng chí Lò Văn Páo", "1979", "014079000111", "Chủ tịch UBND xã Hòa An", ""],
    ["Danh sách có 02 tập thể và 03 cá nhân./."],
]
LIST_MERGES = ["A3:F3", "A4:F4"]


def award_list_xlsx():
    return xlsx_bytes(LIST_ROWS, merge=LIST_MERGES)

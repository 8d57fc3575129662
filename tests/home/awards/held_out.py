"""Held-out award lists: laid out as two published decisions are (metadata public,
people fictional), written before the importer was run on them and never used to
tune it. `python -m tests.home.awards.held_out` (with DJANGO_SETTINGS_MODULE set)
prints the rows found against the rows in each file; README "Khen thưởng" records
the figures.

- Quảng Nam, QĐ 1436/QĐ-UBND (12.5.2014): Bằng khen of the Chairman for 23 collectives
  and 23 individuals on Chỉ thị 03-CT/TW, a Word decision with its list table
  (https://baoquangnam.vn/…/tang-bang-khen-cho-46-tap-the-va-ca-nhan-thuc-hien-tot-chi-chi-03-19087.html);
- Thanh Hóa, a Bằng khen decision for 13 collectives and 12 individuals, 2015 - 2020
  (https://baomoi.net.vn/tang-bang-khen-cho-25-tap-the-va-ca-nhan-trong-cac-phong-trao-thi-dua-yeu-nuoc-c35267390.epi),
  here as a CSV export with personal columns.
"""

from tests.home.awards import files

QUANG_NAM_ROWS = [
    ["TT", "Tên tập thể, cá nhân", "Thành tích"],
    ["1", "Ban Tuyên giáo Huyện ủy Đại Lộc", "Đã có thành tích xuất sắc trong 03 năm thực hiện"],
    ["2", "Đảng ủy xã Tam Xuân 1", "Đã có thành tích xuất sắc trong 03 năm thực hiện"],
    ["3", "Chi bộ thôn Phú Trung", "Đã có thành tích xuất sắc trong 03 năm thực hiện"],
    ["4", "Ông Phan Văn Tấn, Bí thư Chi bộ thôn Phú Trung", "Đã có thành tích xuất sắc"],
    ["5", "Bà Trương Thị Mỹ Lệ, Phó Trưởng ban Tuyên giáo Huyện ủy Đại Lộc", "Đã có thành tích"],
    ["6", "Đồng chí Hồ Văn Lợi, Chủ tịch Hội Cựu chiến binh xã Tam Xuân 1", "Đã có thành tích"],
    ["(Danh sách gồm 03 tập thể và 03 cá nhân)"],
]
QUANG_NAM_PARAGRAPHS = [
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số: 1436/QĐ-UBND",
    "Quảng Nam, ngày 12 tháng 5 năm 2014",
    "QUYẾT ĐỊNH",
    "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
    "Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;",
    "Xét đề nghị của Trưởng Ban Thi đua - Khen thưởng tỉnh,",
    "QUYẾT ĐỊNH:",
    "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 03 tập thể và 03 cá nhân "
    "(có danh sách kèm theo).",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Lê Phước Thanh",
    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH",
]

THANH_HOA_ROWS = [
    ["ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "", "", "", "", "", "", ""],
    [
        "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN GIAI ĐOẠN 2015 - 2020",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ],
    ["(Kèm theo Quyết định số 4120/QĐ-UBND ngày 05/10/2020 của Chủ tịch UBND tỉnh Thanh Hóa)"],
    ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Dân tộc", "Chức vụ", "Đơn vị", "Hình thức"],
    ["A", "TẬP THỂ", "", "", "", "", "", ""],
    ["1", "Hội Nông dân xã Quảng Văn", "", "", "", "", "", "Bằng khen"],
    ["2", "Trường Mầm non Hoằng Phụ", "", "", "", "", "", "Bằng khen"],
    ["B", "CÁ NHÂN", "", "", "", "", "", ""],
    [
        "1",
        "Lê Thị Thu Trang",
        "1982",
        "Nữ",
        "Kinh",
        "Hiệu trưởng",
        "Trường Mầm non Hoằng Phụ",
        "Bằng khen",
    ],
    [
        "2",
        "Hà Văn Thắm",
        "1975",
        "Nam",
        "Thái",
        "Chủ tịch Hội Nông dân",
        "Xã Quảng Văn",
        "Bằng khen",
    ],
    [
        "3",
        "Cầm Bá Tuấn",
        "1990",
        "Nam",
        "Mường",
        "Công chức Văn hóa - Xã hội",
        "Xã Quảng Văn",
        "Bằng khen",
    ],
    ["Tổng cộng: 02 tập thể và 03 cá nhân"],
]

HELD_OUT = {
    "quang-nam-1436.docx": (
        lambda: files.docx_bytes(QUANG_NAM_PARAGRAPHS, QUANG_NAM_ROWS, merged_rows={7}),
        (3, 3),
    ),
    "thanh-hoa-4120.csv": (lambda: files.csv_bytes(THANH_HOA_ROWS, delimiter=";"), (2, 3)),
}


def evaluate():
    from home.awards.importer.listing import parse_tables
    from home.awards.importer.metadata import read_facts
    from home.awards.importer.tables import read_source

    for name, (build, expected) in HELD_OUT.items():
        source = read_source(build(), name)
        listed = parse_tables(source.tables)
        facts = read_facts([*source.lines, *listed.lines], source.document_bytes, name)
        print(
            name,
            "rows found (collective, individual):",
            listed.counts(),
            "in the file:",
            expected,
            "decision:",
            facts.parsed.number,
            facts.parsed.issued_on,
            "award:",
            facts.award_text or "-",
            "dropped:",
            listed.dropped,
            "warnings:",
            listed.warnings,
        )
        for row in listed.rows:
            print("   ", row.kind, "|", row.name, "|", row.detail, "|", row.award_text)


if __name__ == "__main__":
    import django

    django.setup()
    evaluate()

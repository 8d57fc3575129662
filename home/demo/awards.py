"""Three award decisions of the demo archive with their lists, imported through the
real importer (home.awards.importer) from list files built here in memory: a
spreadsheet and a Word table, as boards send them.

The province is the fictional Sông Xanh as after 1 July 2025: units are the tỉnh and
its xã and phường, with no huyện. One person (Trần Thị Thu Hà) is honoured by two of
the decisions, another (Nguyễn Văn Hùng) too, so the look-up shows a person once per
decision. The decision pages are created first with their metadata; the lists then
attach to them by number, as an import for an existing Quyết định does. Running it
again changes nothing: a decision whose list from that file is already there is
left alone.
"""

import datetime
import io

from wagtail.rich_text import RichText

from documents.choices import DocumentStatus, DocumentType
from home.awards.importer import Options, import_file
from home.awards.models import AwardDecisionPage
from home.demo.archive import _common, ensure_bodies, ensure_document
from home.demo.archive_texts import CHAIRMAN, DECREE, LAW

YEAR_END_SLUG = "quyet-dinh-36-qd-ubnd-tang-bang-khen-nam-2025"
TWO_TIER_SLUG = "quyet-dinh-1862-qd-ubnd-tang-bang-khen-chinh-quyen-hai-cap"
EMULATION_SLUG = "quyet-dinh-2950-qd-ubnd-chien-si-thi-dua-cap-tinh-nam-2025"
AWARD_DECISION_SLUGS = (YEAR_END_SLUG, TWO_TIER_SLUG, EMULATION_SLUG)

# The two people on two lists, with the same unit on both, as the look-up matches them.
THU_HA = ("Bà Trần Thị Thu Hà", "Chủ tịch UBND phường Bắc Sông")
VAN_HUNG = ("Ông Nguyễn Văn Hùng", "Trưởng phòng Kinh tế, UBND xã Đồng Lâm")

YEAR_END_COLLECTIVES = [
    "Phòng Văn hóa – Xã hội, UBND phường Sông Xanh",
    "Trường Tiểu học Hòa An, xã Hòa An",
    "Trạm Y tế xã Tân Lập",
    "Công an phường Phú An",
    "Hợp tác xã Nông nghiệp Yên Định, xã Yên Định",
    "Văn phòng Sở Nội vụ tỉnh Sông Xanh",
    "Trường Trung học phổ thông Bắc Hà, xã Bắc Hà",
    "Hội Liên hiệp Phụ nữ phường Tây Sơn",
]
YEAR_END_PEOPLE = [
    VAN_HUNG,
    ("Ông Lê Quang Vinh", "Phó Giám đốc Sở Tài chính tỉnh Sông Xanh"),
    ("Bà Phạm Thị Ngọc Lan", "Giáo viên Trường Tiểu học Hòa An, xã Hòa An"),
    ("Ông Hoàng Đức Nam", "Trưởng Công an phường Phú An"),
    ("Bà Vũ Thị Hạnh", "Trưởng trạm Y tế xã Tân Lập"),
    ("Ông Đặng Minh Tuấn", "Giám đốc Hợp tác xã Nông nghiệp Yên Định"),
    ("Bà Bùi Thị Thảo", "Chuyên viên Văn phòng Sở Nội vụ tỉnh Sông Xanh"),
    ("Ông Đỗ Văn Phúc", "Tổ trưởng tổ dân phố số 3, phường Sông Xanh"),
    ("Bà Ngô Thị Thủy", "Hiệu trưởng Trường Trung học phổ thông Bắc Hà"),
    ("Ông Dương Quốc Khánh", "Phó Chủ tịch UBND xã Nam Giang"),
    ("Bà Lý Thị Yến", "Điều dưỡng Bệnh viện Đa khoa tỉnh Sông Xanh"),
    ("Ông Đinh Văn Long", "Thôn trưởng thôn Đồng Tâm, xã Hòa An"),
    ("Bà Trịnh Thị Mai", "Kế toán Hội Liên hiệp Phụ nữ phường Tây Sơn"),
    ("Ông Lương Văn Sơn", "Nông dân, xã Yên Định"),
    ("Bà Mai Thị Kim Oanh", "Chủ hộ kinh doanh, phường Phú An"),
    ("Ông Phan Thanh Bình", "Kỹ sư Công ty Cổ phần Cấp nước Sông Xanh"),
]
TWO_TIER_COLLECTIVES = [
    "Sở Nội vụ tỉnh Sông Xanh",
    "UBND phường Bắc Sông",
    "UBND xã Đồng Lâm",
    "UBND xã Tân Lập",
    "Trung tâm Phục vụ hành chính công phường Sông Xanh",
    "Phòng Kinh tế, UBND xã Nam Giang",
]
TWO_TIER_PEOPLE = [
    THU_HA,
    VAN_HUNG,
    ("Ông Trần Quốc Hưng", "Giám đốc Sở Nội vụ tỉnh Sông Xanh"),
    ("Bà Nguyễn Thị Hương", "Trưởng phòng Tổ chức – Biên chế, Sở Nội vụ"),
    ("Ông Võ Văn Dũng", "Chủ tịch UBND xã Tân Lập"),
    ("Bà Huỳnh Thị Trang", "Chuyên viên Văn phòng HĐND và UBND xã Đồng Lâm"),
    ("Ông Hồ Minh Quang", "Phó Chủ tịch UBND phường Tây Sơn"),
    ("Bà Lê Thị Uyên", "Chuyên viên Trung tâm Phục vụ hành chính công phường Sông Xanh"),
    ("Ông Phạm Hữu Nghĩa", "Trưởng phòng Văn hóa – Xã hội, UBND xã Bắc Hà"),
    ("Bà Đặng Thị Giang", "Công chức Tư pháp – Hộ tịch, UBND xã Hòa An"),
    ("Ông Bùi Xuân Thắng", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã Yên Định"),
    ("Bà Trương Thị Nga", "Chuyên viên Phòng Kinh tế, UBND xã Nam Giang"),
]
EMULATION_PEOPLE = [
    (
        *THU_HA,
        "Chỉ đạo phường hoàn thành 100% thủ tục hành chính trực tuyến toàn trình sau sắp xếp",
    ),
    (
        "Bà Nguyễn Thị Thu Hường",
        "Giáo viên Trường Trung học cơ sở Phú An, phường Phú An",
        "Sáng kiến “Dạy học tích hợp STEM ở cấp trung học cơ sở” được công nhận cấp tỉnh",
    ),
    (
        "Ông Hoàng Văn Việt",
        "Bác sĩ Bệnh viện Đa khoa tỉnh Sông Xanh",
        "Đề tài “Nâng cao chất lượng cấp cứu đột quỵ tuyến tỉnh” nghiệm thu xuất sắc",
    ),
    (
        "Bà Phan Thị Linh",
        "Trưởng phòng Tổ chức – Biên chế, Sở Nội vụ",
        "Chủ trì xây dựng đề án vị trí việc làm của xã, phường sau sắp xếp",
    ),
    (
        "Ông Vũ Đức Tùng",
        "Kỹ sư Công ty Cổ phần Cấp nước Sông Xanh",
        "Giải pháp giảm thất thoát nước sạch từ 22% xuống 14%",
    ),
    (
        "Bà Đỗ Thị Hà",
        "Chủ tịch Hội Nông dân xã Yên Định",
        "Vận động thành lập 3 tổ hợp tác trồng lúa hữu cơ",
    ),
    (
        "Ông Lê Văn Cường",
        "Trưởng Công an xã Tân Lập",
        "Xã không có tội phạm nghiêm trọng ba năm liền",
    ),
    (
        "Bà Ngô Thị Khánh Linh",
        "Hiệu trưởng Trường Mầm non Hòa An",
        "Trường đạt chuẩn quốc gia mức độ 2",
    ),
    (
        "Ông Trịnh Văn Hải",
        "Phó Giám đốc Sở Tài chính tỉnh Sông Xanh",
        "Sáng kiến rút ngắn thời gian thẩm định dự toán của các xã, phường",
    ),
    (
        "Bà Đinh Thị Phương",
        "Điều dưỡng trưởng Trạm Y tế phường Sông Xanh",
        "Mô hình quản lý bệnh không lây nhiễm tại trạm y tế",
    ),
]


def _numbered(names):
    return [[number, *row] for number, row in enumerate(names, start=1)]


def _counts(collectives, people):
    parts = [f"{len(collectives):02d} tập thể"] if collectives else []
    return "Danh sách có " + " và ".join([*parts, f"{len(people):02d} cá nhân"]) + "./."


def _year_end_xlsx():
    from openpyxl import Workbook

    rows = [
        ["ỦY BAN NHÂN DÂN TỈNH SÔNG XANH"],
        ["DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH NĂM 2025"],
        ["(Kèm theo Quyết định số 36/QĐ-UBND ngày 15 tháng 01 năm 2026 của Chủ tịch UBND tỉnh)"],
        [],
        ["STT", "Tên tập thể, họ và tên", "Chức vụ, đơn vị công tác"],
        ["I", "TẬP THỂ", None],
        *_numbered([(name, None) for name in YEAR_END_COLLECTIVES]),
        ["II", "CÁ NHÂN", None],
        *_numbered(YEAR_END_PEOPLE),
        [_counts(YEAR_END_COLLECTIVES, YEAR_END_PEOPLE)],
    ]
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for line in (1, 2, 3):
        sheet.merge_cells(f"A{line}:C{line}")
    return _saved(workbook)


def _two_tier_docx():
    import docx

    document = docx.Document()
    for text in (
        "ỦY BAN NHÂN DÂN TỈNH SÔNG XANH",
        "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH NĂM 2025",
        "(Kèm theo Quyết định số 1862/QĐ-UBND ngày 20 tháng 8 năm 2025 của Chủ tịch UBND tỉnh)",
    ):
        document.add_paragraph(text)
    rows = [
        ["TT", "Họ và tên", "Chức vụ, đơn vị"],
        ["I", "TẬP THỂ", ""],
        *_numbered([(name, "") for name in TWO_TIER_COLLECTIVES]),
        ["II", "CÁ NHÂN", ""],
        *_numbered(TWO_TIER_PEOPLE),
    ]
    table = document.add_table(rows=0, cols=3)
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = str(text)
    document.add_paragraph(_counts(TWO_TIER_COLLECTIVES, TWO_TIER_PEOPLE))
    return _saved(document)


def _emulation_xlsx():
    from openpyxl import Workbook

    rows = [
        ["ỦY BAN NHÂN DÂN TỈNH SÔNG XANH"],
        ["DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CẤP TỈNH NĂM 2025"],
        ["(Kèm theo Quyết định số 2950/QĐ-UBND ngày 10 tháng 12 năm 2025 của Chủ tịch UBND tỉnh)"],
        ["STT", "Họ và tên", "Chức vụ, đơn vị công tác", "Thành tích"],
        *_numbered(EMULATION_PEOPLE),
        [_counts([], EMULATION_PEOPLE)],
    ]
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    return _saved(workbook)


def _saved(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# slug, number, date, title, what Điều 1 grants, file name, file builder
DECISIONS = [
    (
        YEAR_END_SLUG,
        "36/QĐ-UBND",
        datetime.date(2026, 1, 15),
        "Quyết định tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân có thành "
        "tích xuất sắc trong phong trào thi đua yêu nước năm 2025",
        f"Tặng Bằng khen của Chủ tịch UBND tỉnh cho {len(YEAR_END_COLLECTIVES):02d} tập thể và "
        f"{len(YEAR_END_PEOPLE):02d} cá nhân đã có thành tích xuất sắc trong phong trào thi "
        "đua yêu nước năm 2025",
        "danh-sach-36-qd-ubnd.xlsx",
        _year_end_xlsx,
    ),
    (
        TWO_TIER_SLUG,
        "1862/QĐ-UBND",
        datetime.date(2025, 8, 20),
        "Quyết định tặng Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân có thành "
        "tích xuất sắc trong sắp xếp đơn vị hành chính, tổ chức chính quyền địa phương hai cấp",
        f"Tặng Bằng khen của Chủ tịch UBND tỉnh cho {len(TWO_TIER_COLLECTIVES):02d} tập thể và "
        f"{len(TWO_TIER_PEOPLE):02d} cá nhân đã có thành tích xuất sắc trong thực hiện sắp xếp "
        "đơn vị hành chính và tổ chức chính quyền địa phương hai cấp",
        "danh-sach-1862-qd-ubnd.docx",
        _two_tier_docx,
    ),
    (
        EMULATION_SLUG,
        "2950/QĐ-UBND",
        datetime.date(2025, 12, 10),
        "Quyết định tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2025",
        f"Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2025 cho {len(EMULATION_PEOPLE):02d} cá "
        "nhân có thành tích tiêu biểu, sáng kiến được công nhận cấp tỉnh",
        "danh-sach-2950-qd-ubnd.xlsx",
        _emulation_xlsx,
    ),
]


def build(archive):
    """The three decisions under `archive` with their lists; returns them."""
    bodies = ensure_bodies()
    decisions = []
    for slug, number, issued_on, title, granted, filename, builder in DECISIONS:
        decision = ensure_document(
            archive,
            AwardDecisionPage,
            slug,
            areas=["khen thưởng"],
            title=title,
            subject=granted[:1].lower() + granted[1:],
            document_type=DocumentType.DECISION,
            status=DocumentStatus.IN_FORCE,
            effective_on=issued_on,
            legal_bases="\n".join([LAW, DECREE, "Theo đề nghị của Giám đốc Sở Nội vụ."]),
            body=[
                (
                    "paragraph",
                    RichText(
                        f"<p>Điều 1. {granted} (có danh sách kèm theo).</p>"
                        "<p>Điều 2. Quyết định có hiệu lực kể từ ngày ký.</p>"
                        "<p>Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ "
                        "trưởng các cơ quan, đơn vị liên quan và các tập thể, cá nhân có tên "
                        "tại Điều 1 chịu trách nhiệm thi hành Quyết định này.</p>"
                    ),
                )
            ],
            **_common(bodies, "UBND", number, issued_on, signer=CHAIRMAN),
        )
        if not decision.rows.filter(source=filename).exists():
            report = import_file(builder(), filename, Options(parent=archive.pk))
            if not report.ok:
                raise RuntimeError(f"{filename}: {report.warnings}")
        decisions.append(decision)
    return decisions

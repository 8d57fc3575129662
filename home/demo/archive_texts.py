"""The texts of the demo archive: issuing bodies, the legal bases and recipients every
document cites, the 2026 plan's task table, the directive's items and the shorter
documents. Written for this project for the fictional tỉnh Sông Xanh."""

import datetime

from wagtail.rich_text import RichText

from documents.choices import BodyLevel, DocumentType, SignerCapacity
from home.demo.names import PROVINCE

PLACE = "Sông Xanh"
OLD_PLAN_SLUG = "ke-hoach-thi-dua-khen-thuong-nam-2025"
PLAN_SLUG = "ke-hoach-thi-dua-khen-thuong-nam-2026"
DIRECTIVE_SLUG = "chi-thi-doi-moi-phong-trao-thi-dua"
OLD_RULES_SLUG = "quy-che-thi-dua-khen-thuong-2019"
NEW_RULES_SLUG = "quy-che-thi-dua-khen-thuong-2024"
LAW = "Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022;"
DECREE = (
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định "
    "chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"
)
# Local government has two levels since this day (tỉnh; xã, phường, đặc khu): documents
# issued before it keep the districts and towns they were sent to.
TWO_LEVEL_GOVERNMENT_FROM = datetime.date(2025, 7, 1)


def recipients(issued_on):
    """The "Nơi nhận" list as it read on the day the document was issued."""
    local = (
        "UBND các xã, phường;"
        if issued_on >= TWO_LEVEL_GOVERNMENT_FROM
        else "UBND các huyện, thị xã, thành phố;"
    )
    return "\n".join(
        [
            "Ban Thi đua – Khen thưởng Trung ương;",
            "Thường trực Tỉnh ủy, HĐND tỉnh;",
            "Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
            "Các sở, ban, ngành, đoàn thể tỉnh;",
            local,
            "Lưu: VT, BTĐKT.",
        ]
    )

BODIES = [
    ("Ủy ban nhân dân " + PROVINCE, "UBND", BodyLevel.PROVINCE),
    ("Hội đồng nhân dân " + PROVINCE, "HĐND", BodyLevel.PROVINCE),
    ("Hội đồng Thi đua – Khen thưởng " + PROVINCE, "HĐTĐKT", BodyLevel.PROVINCE),
    ("Sở Nội vụ " + PROVINCE, "SNV", BodyLevel.DEPARTMENT),
    ("Ban Thi đua – Khen thưởng, Sở Nội vụ " + PROVINCE, "BTĐKT", BodyLevel.DEPARTMENT),
]


def _task(text, *units, deadline=None):
    return {"text": text, "units": list(units), "deadline": deadline}


PLAN_2026_SCHEDULE = [
    (
        "group",
        {
            "title": "Quý I",
            "tasks": [
                _task(
                    "Tổng kết công tác thi đua, khen thưởng năm 2025; ký giao ước thi đua "
                    "năm 2026 giữa các cụm, khối thi đua.",
                    "UBND tỉnh",
                    "Các cụm, khối thi đua",
                    deadline=datetime.date(2026, 2, 15),
                ),
                _task(
                    "Ban hành kế hoạch công tác thi đua, khen thưởng năm 2026.",
                    "Sở Nội vụ",
                    "Ban Thi đua – Khen thưởng",
                    deadline=datetime.date(2026, 1, 31),
                ),
                _task(
                    "Đăng ký danh hiệu thi đua và chỉ tiêu thi đua năm 2026.",
                    "Các sở, ban, ngành",
                    "UBND các xã, phường",
                ),
            ],
        },
    ),
    (
        "group",
        {
            "title": "Quý II",
            "tasks": [
                _task(
                    "Phát động đợt thi đua cao điểm chào mừng Ngày truyền thống ngành "
                    "Thi đua – Khen thưởng.",
                    "Hội đồng Thi đua – Khen thưởng tỉnh",
                    "Các cơ quan, đơn vị",
                ),
                _task(
                    "Sơ kết sáu tháng đầu năm phong trào thi đua yêu nước.",
                    "Các cụm, khối thi đua",
                    deadline=datetime.date(2026, 6, 30),
                ),
            ],
        },
    ),
    (
        "group",
        {
            "title": "Quý III",
            "tasks": [
                _task(
                    "Kiểm tra công tác thi đua, khen thưởng tại một số xã, phường và sở, ngành.",
                    "Ban Thi đua – Khen thưởng",
                    "Sở Nội vụ",
                ),
                _task(
                    "Phát hiện, bồi dưỡng và giới thiệu các điển hình tiên tiến trên địa bàn.",
                    "UBND các xã, phường",
                    "Báo Sông Xanh",
                    "Đài Phát thanh và Truyền hình tỉnh",
                ),
            ],
        },
    ),
    (
        "group",
        {
            "title": "Quý IV",
            "tasks": [
                _task(
                    "Chấm điểm, bình xét thi đua trong các cụm, khối thi đua.",
                    "Các cụm, khối thi đua",
                    deadline=datetime.date(2026, 12, 10),
                ),
                _task(
                    "Thẩm định hồ sơ đề nghị tặng Cờ thi đua, Bằng khen của UBND tỉnh.",
                    "Ban Thi đua – Khen thưởng",
                    deadline=datetime.date(2026, 12, 25),
                ),
                _task(
                    "Xây dựng kế hoạch công tác thi đua, khen thưởng năm 2027.",
                    "Sở Nội vụ",
                ),
            ],
        },
    ),
]

DIRECTIVE_ITEMS = [
    (
        "item",
        {
            "heading": "Các sở, ban, ngành, đoàn thể tỉnh",
            "text": RichText(
                "<p>Đưa nội dung thi đua vào chương trình công tác hằng năm; chọn một "
                "việc khó để tập trung thi đua và báo cáo kết quả mỗi quý.</p>"
            ),
        },
    ),
    (
        "item",
        {
            "heading": "UBND các xã, phường",
            "text": RichText(
                "<p>Phát động thi đua xây dựng nông thôn mới gắn với chuyển đổi số cấp "
                "xã; khen thưởng kịp thời người lao động trực tiếp.</p>"
            ),
        },
    ),
    (
        "item",
        {
            "heading": "Sở Nội vụ",
            "text": RichText(
                "<p>Theo dõi, đôn đốc việc thực hiện Chỉ thị này và tổng hợp kết quả, báo "
                "cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm.</p>"
            ),
        },
    ),
]

# (capacity, title, name) of the people who sign.
CHAIRMAN = (SignerCapacity.ON_BEHALF.value, "Chủ tịch", "Phạm Quốc Hưng")
BOARD_HEAD = ("", "Trưởng Ban", "Nguyễn Văn Minh")
DIRECTOR = ("", "Giám đốc", "Đỗ Thanh Tùng")

# (slug, type, issuer, number, issued on, title, subject, areas, signer)
SIMPLE_DOCUMENTS = [
    (
        "quyet-dinh-tang-bang-khen-dien-hinh-2025",
        DocumentType.DECISION,
        "UBND",
        "215/QĐ-UBND",
        datetime.date(2025, 12, 30),
        "Quyết định tặng Bằng khen cho các điển hình tiên tiến năm 2025",
        "Về việc tặng Bằng khen của Chủ tịch UBND tỉnh cho 25 tập thể và 48 cá nhân "
        "có thành tích xuất sắc trong phong trào thi đua năm 2025",
        ["khen thưởng"],
        CHAIRMAN,
    ),
    (
        "cong-van-dang-ky-thi-dua-2026",
        DocumentType.OFFICIAL_LETTER,
        "SNV",
        "120/SNV-BTĐKT",
        datetime.date(2026, 1, 10),
        "Công văn về việc đăng ký thi đua năm 2026",
        "Về việc đăng ký danh hiệu thi đua và ký giao ước thi đua năm 2026",
        ["thi đua"],
        DIRECTOR,
    ),
    (
        "cong-van-ho-so-khen-thuong-khang-chien",
        DocumentType.OFFICIAL_LETTER,
        "BTĐKT",
        "45/BTĐKT-NV",
        datetime.date(2025, 9, 3),
        "Công văn hướng dẫn hồ sơ khen thưởng tổng kết kháng chiến",
        "Về việc hồ sơ đề nghị khen thưởng tổng kết thành tích kháng chiến",
        ["khen thưởng"],
        BOARD_HEAD,
    ),
    (
        "huong-dan-cham-diem-cum-khoi-thi-dua",
        DocumentType.GUIDANCE,
        "HĐTĐKT",
        "02/HD-HĐTĐKT",
        datetime.date(2026, 3, 2),
        "Hướng dẫn chấm điểm, xếp hạng thi đua các cụm, khối",
        "Hướng dẫn tiêu chí chấm điểm, xếp hạng thi đua của các cụm, khối thi đua tỉnh",
        ["thi đua", "cụm, khối thi đua"],
        ("TM.", "Hội đồng – Chủ tịch", "Phạm Quốc Hưng"),
    ),
    (
        "huong-dan-xet-sang-kien-2025",
        DocumentType.GUIDANCE,
        "SNV",
        "310/HD-SNV",
        datetime.date(2025, 4, 18),
        "Hướng dẫn xét công nhận sáng kiến làm căn cứ khen thưởng",
        "Hướng dẫn xét, công nhận phạm vi ảnh hưởng của sáng kiến làm căn cứ đề nghị "
        "danh hiệu Chiến sĩ thi đua",
        ["sáng kiến", "khen thưởng"],
        DIRECTOR,
    ),
    (
        "thong-bao-phan-cum-khoi-thi-dua-2026",
        DocumentType.NOTICE,
        "HĐTĐKT",
        "05/TB-HĐTĐKT",
        datetime.date(2026, 1, 28),
        "Thông báo phân cụm, khối thi đua năm 2026",
        "Thông báo danh sách cụm, khối thi đua và đơn vị trưởng, phó cụm, khối năm 2026",
        ["cụm, khối thi đua"],
        ("TM.", "Hội đồng – Chủ tịch", "Phạm Quốc Hưng"),
    ),
    (
        "bao-cao-tong-ket-thi-dua-2025",
        DocumentType.REPORT,
        "UBND",
        "402/BC-UBND",
        datetime.date(2025, 12, 20),
        "Báo cáo tổng kết công tác thi đua, khen thưởng năm 2025",
        "Báo cáo kết quả công tác thi đua, khen thưởng năm 2025 và phương hướng, nhiệm vụ năm 2026",
        ["thi đua", "khen thưởng"],
        ("KT.", "Phó Chủ tịch", "Lê Thị Hồng"),
    ),
    (
        "nghi-quyet-kinh-phi-thi-dua-2026",
        DocumentType.RESOLUTION,
        "HĐND",
        "18/NQ-HĐND",
        datetime.date(2025, 12, 12),
        "Nghị quyết về kinh phí thi đua, khen thưởng năm 2026",
        "Về việc phân bổ dự toán kinh phí thi đua, khen thưởng năm 2026",
        ["kinh phí"],
        ("TM.", "Hội đồng nhân dân – Chủ tịch", "Trần Văn Sơn"),
    ),
    (
        "to-trinh-tang-co-thi-dua-2025",
        DocumentType.SUBMISSION,
        "SNV",
        "88/TTr-SNV",
        datetime.date(2025, 12, 5),
        "Tờ trình đề nghị tặng Cờ thi đua của UBND tỉnh năm 2025",
        "Đề nghị tặng Cờ thi đua của UBND tỉnh cho các tập thể dẫn đầu cụm, khối thi đua năm 2025",
        ["khen thưởng", "cụm, khối thi đua"],
        DIRECTOR,
    ),
]

DOCUMENT_SLUGS = (
    OLD_PLAN_SLUG,
    PLAN_SLUG,
    DIRECTIVE_SLUG,
    OLD_RULES_SLUG,
    NEW_RULES_SLUG,
    *(row[0] for row in SIMPLE_DOCUMENTS),
)

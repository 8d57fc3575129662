"""Demo content for the documents app: issuing bodies and the archive (/van-ban/) with
plans, a directive and other official documents of the fictional province of
Sông Xanh. All text is written for this project.
"""

import datetime

from django.core.files.base import ContentFile
from wagtail.rich_text import RichText

from documents.choices import BodyLevel, DocumentStatus, DocumentType, SignerCapacity
from documents.exports import document_docx
from documents.models import (
    DirectivePage,
    DocumentArchivePage,
    DocumentAttachment,
    DocumentFile,
    IssuingBody,
    OfficialDocumentPage,
    PlanPage,
    RelatedDocument,
)
from home.demo import PROVINCE, ensure_child

PLACE = "Sông Xanh"
LAW = "Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022;"
DECREE = (
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định "
    "chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;"
)
RECIPIENTS = "\n".join(
    [
        "Ban Thi đua – Khen thưởng Trung ương;",
        "Thường trực Tỉnh ủy, HĐND tỉnh;",
        "Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
        "Các sở, ban, ngành, đoàn thể tỉnh;",
        "UBND các huyện, thị xã, thành phố;",
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


def _paragraphs(*texts):
    return [("paragraph", RichText("".join(f"<p>{text}</p>" for text in texts)))]


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
                    "UBND các huyện, thị xã, thành phố",
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
                    "Kiểm tra công tác thi đua, khen thưởng tại một số huyện và sở, ngành.",
                    "Ban Thi đua – Khen thưởng",
                    "Sở Nội vụ",
                ),
                _task(
                    "Phát hiện, bồi dưỡng và giới thiệu các điển hình tiên tiến trên địa bàn.",
                    "UBND các huyện, thị xã, thành phố",
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
            "heading": "UBND các huyện, thị xã, thành phố",
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


def ensure_bodies():
    bodies = {}
    for name, code, level in BODIES:
        body, _ = IssuingBody.objects.get_or_create(
            name=name, defaults={"short_code": code, "level": level}
        )
        bodies[code] = body
    return bodies


def ensure_document(archive, model, slug, areas=(), attach_docx=False, **fields):
    """Create and publish a document page under the archive unless its slug exists;
    optionally attach the page's own DOCX export as its signed file."""
    existing = archive.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    for area in areas:
        page.areas.add(area)
    archive.add_child(instance=page)
    if attach_docx:
        upload = DocumentFile(title=f"{page.number} – {page.title}")
        upload.file.save(f"{slug}.docx", ContentFile(document_docx(page)), save=False)
        upload.save()
        page.attachments.add(DocumentAttachment(document=upload, caption="Bản điện tử (DOCX)"))
    page.save_revision().publish()
    return page


def _common(bodies, code, number, issued_on, signer=("KT.", "Phó Chủ tịch", "Lê Thị Hồng")):
    capacity, title, name = signer
    return {
        "number": number,
        "issuing_body": bodies[code],
        "place_of_issue": PLACE,
        "issued_on": issued_on,
        "signer_capacity": capacity,
        "signer_title": title,
        "signer_name": name,
        "recipients": RECIPIENTS,
    }


def build(home):
    """Build the archive and its documents under `home`; returns the archive page."""
    bodies = ensure_bodies()
    archive = ensure_child(
        home,
        DocumentArchivePage,
        "van-ban",
        title="Văn bản – tài liệu",
        show_in_menus=True,
        introduction=(
            "Kế hoạch, chỉ thị, quyết định và các văn bản về thi đua, khen thưởng của "
            + PROVINCE
            + ". Lọc theo loại, cơ quan ban hành, năm, lĩnh vực hoặc tìm theo số ký hiệu."
        ),
    )
    chairman = (SignerCapacity.ON_BEHALF.value, "Chủ tịch", "Phạm Quốc Hưng")
    board_head = ("", "Trưởng Ban", "Nguyễn Văn Minh")
    director = ("", "Giám đốc", "Đỗ Thanh Tùng")

    old_plan = ensure_document(
        archive,
        PlanPage,
        "ke-hoach-thi-dua-khen-thuong-nam-2025",
        areas=["thi đua", "khen thưởng"],
        title="Kế hoạch công tác thi đua, khen thưởng năm 2025",
        subject="Kế hoạch công tác thi đua, khen thưởng năm 2025",
        plan_period="Năm 2025",
        status=DocumentStatus.EXPIRED,
        legal_bases="\n".join([LAW, DECREE]),
        body=_paragraphs("Kế hoạch đã được tổng kết tại Hội nghị tháng 01 năm 2026."),
        **_common(bodies, "UBND", "08/KH-UBND", datetime.date(2025, 1, 20)),
    )
    plan = ensure_document(
        archive,
        PlanPage,
        "ke-hoach-thi-dua-khen-thuong-nam-2026",
        areas=["thi đua", "khen thưởng"],
        attach_docx=True,
        title="Kế hoạch công tác thi đua, khen thưởng năm 2026",
        subject="Kế hoạch công tác thi đua, khen thưởng năm 2026",
        plan_period="Năm 2026",
        legal_bases="\n".join([LAW, DECREE]),
        body=[
            ("heading", {"text": "I. MỤC ĐÍCH, YÊU CẦU", "level": "h2"}),
            *_paragraphs(
                "Đẩy mạnh các phong trào thi đua yêu nước, góp phần hoàn thành các chỉ tiêu "
                "phát triển kinh tế – xã hội năm 2026 của tỉnh.",
                "Khen thưởng kịp thời, chính xác, công khai; chú trọng người lao động trực "
                "tiếp, tập thể nhỏ và đồng bào dân tộc thiểu số.",
            ),
            ("heading", {"text": "II. NỘI DUNG, THỜI GIAN VÀ PHÂN CÔNG THỰC HIỆN", "level": "h2"}),
            *_paragraphs("Các nhiệm vụ theo từng quý được nêu trong bảng dưới đây."),
        ],
        task_schedule=PLAN_2026_SCHEDULE,
        **_common(bodies, "UBND", "15/KH-UBND", datetime.date(2026, 1, 22)),
    )
    directive = ensure_document(
        archive,
        DirectivePage,
        "chi-thi-doi-moi-phong-trao-thi-dua",
        areas=["thi đua"],
        attach_docx=True,
        title="Chỉ thị về đổi mới, nâng cao chất lượng phong trào thi đua yêu nước",
        subject="Về việc đổi mới, nâng cao chất lượng các phong trào thi đua yêu nước "
        "giai đoạn 2026 – 2030",
        legal_bases=LAW,
        body=_paragraphs(
            "Thời gian qua, phong trào thi đua yêu nước trên địa bàn tỉnh đạt nhiều kết quả; "
            "tuy vậy một số phong trào còn hình thức. Chủ tịch UBND tỉnh chỉ thị:"
        ),
        items=DIRECTIVE_ITEMS,
        **_common(bodies, "UBND", "03/CT-UBND", datetime.date(2026, 2, 5), signer=chairman),
    )
    old_rules = ensure_document(
        archive,
        OfficialDocumentPage,
        "quy-che-thi-dua-khen-thuong-2019",
        areas=["khen thưởng"],
        title="Quy chế công tác thi đua, khen thưởng tỉnh (năm 2019)",
        subject="Ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh",
        document_type=DocumentType.DECISION,
        status=DocumentStatus.REPLACED,
        legal_bases=LAW,
        body=_paragraphs("Quy chế gồm 5 chương, 30 điều."),
        **_common(bodies, "UBND", "27/2019/QĐ-UBND", datetime.date(2019, 8, 12), signer=chairman),
    )
    new_rules = ensure_document(
        archive,
        OfficialDocumentPage,
        "quy-che-thi-dua-khen-thuong-2024",
        areas=["khen thưởng"],
        title="Quy chế công tác thi đua, khen thưởng tỉnh (năm 2024)",
        subject="Ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh, thay thế "
        "Quyết định số 27/2019/QĐ-UBND",
        document_type=DocumentType.DECISION,
        effective_on=datetime.date(2024, 7, 1),
        legal_bases="\n".join([LAW, DECREE]),
        body=_paragraphs(
            "Quy chế quy định đối tượng, nguyên tắc, hình thức, tiêu chuẩn thi đua, khen "
            "thưởng và quy trình xét khen thưởng trên địa bàn tỉnh."
        ),
        **_common(bodies, "UBND", "12/2024/QĐ-UBND", datetime.date(2024, 6, 14), signer=chairman),
    )
    if old_rules.replaced_by_id is None:
        old_rules.replaced_by = new_rules
        old_rules.save_revision().publish()

    simple_documents = [
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
            chairman,
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
            director,
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
            board_head,
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
            director,
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
            "Báo cáo kết quả công tác thi đua, khen thưởng năm 2025 và phương hướng, nhiệm "
            "vụ năm 2026",
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
            "Đề nghị tặng Cờ thi đua của UBND tỉnh cho các tập thể dẫn đầu cụm, khối thi đua "
            "năm 2025",
            ["khen thưởng", "cụm, khối thi đua"],
            director,
        ),
    ]
    for slug, doc_type, code, number, issued_on, title, subject, areas, signer in simple_documents:
        ensure_document(
            archive,
            OfficialDocumentPage,
            slug,
            areas=areas,
            title=title,
            subject=subject,
            document_type=doc_type,
            legal_bases=LAW,
            body=_paragraphs(subject + "."),
            **_common(bodies, code, number, issued_on, signer=signer),
        )

    if not plan.related_links.exists():
        plan.related_links.add(RelatedDocument(target=directive))
        plan.related_links.add(RelatedDocument(target=old_plan))
        plan.save_revision().publish()
    return archive

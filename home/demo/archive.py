"""The demo archive (/van-ban/): issuing bodies, plans, a directive and other official
documents of the fictional province of Sông Xanh (their texts: `archive_texts`).
"""

import datetime

from django.core.files.base import ContentFile
from wagtail.models import Locale
from wagtail.rich_text import RichText

from documents.choices import DocumentStatus, DocumentType
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
from home.demo import names
from home.demo.archive_texts import (
    BODIES,
    CHAIRMAN,
    DECREE,
    DIRECTIVE_ITEMS,
    DIRECTIVE_SLUG,
    LAW,
    NEW_RULES_SLUG,
    OLD_PLAN_SLUG,
    OLD_RULES_SLUG,
    PLACE,
    PLAN_2026_SCHEDULE,
    PLAN_SLUG,
    SIMPLE_DOCUMENTS,
    recipients,
)
from home.demo.names import PROVINCE
from home.demo.pages import ensure_child


def _paragraphs(*texts):
    return [("paragraph", RichText("".join(f"<p>{text}</p>" for text in texts)))]


# Whose letterhead each body prints under (by short code): the department under the
# provincial people's committee, the board under the department.
BODY_PARENTS = {"HĐTĐKT": "UBND", "SNV": "UBND", "BTĐKT": "SNV"}


def ensure_bodies():
    """The demo's issuing bodies, Vietnamese originals (translations: `translations`),
    each under its parent body; a database loaded before parents existed gets them."""
    bodies = {}
    vietnamese = Locale.get_default()
    for name, code, level in BODIES:
        body, _ = IssuingBody.objects.get_or_create(
            name=name, locale=vietnamese, defaults={"short_code": code, "level": level}
        )
        bodies[code] = body
    for code, parent_code in BODY_PARENTS.items():
        body = bodies[code]
        if body.parent_id is None:
            body.parent = bodies[parent_code]
            body.save(update_fields=["parent"])
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
        "recipients": recipients(issued_on),
    }


def build(home):
    """Build the archive and its documents under `home`; returns the archive page."""
    bodies = ensure_bodies()
    archive = ensure_child(
        home,
        DocumentArchivePage,
        names.ARCHIVE,
        title="Văn bản – tài liệu",
        show_in_menus=True,
        introduction=(
            "Kế hoạch, chỉ thị, quyết định và các văn bản về thi đua, khen thưởng của "
            + PROVINCE
            + ". Lọc theo loại, cơ quan ban hành, năm, lĩnh vực hoặc tìm theo số ký hiệu."
        ),
    )

    old_plan = ensure_document(
        archive,
        PlanPage,
        OLD_PLAN_SLUG,
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
        PLAN_SLUG,
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
        DIRECTIVE_SLUG,
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
        **_common(bodies, "UBND", "03/CT-UBND", datetime.date(2026, 2, 5), signer=CHAIRMAN),
    )
    old_rules = ensure_document(
        archive,
        OfficialDocumentPage,
        OLD_RULES_SLUG,
        areas=["khen thưởng"],
        title="Quy chế công tác thi đua, khen thưởng tỉnh (năm 2019)",
        subject="Ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh",
        document_type=DocumentType.DECISION,
        status=DocumentStatus.REPLACED,
        legal_bases=LAW,
        body=_paragraphs("Quy chế gồm 5 chương, 30 điều."),
        **_common(bodies, "UBND", "27/2019/QĐ-UBND", datetime.date(2019, 8, 12), signer=CHAIRMAN),
    )
    new_rules = ensure_document(
        archive,
        OfficialDocumentPage,
        NEW_RULES_SLUG,
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
        **_common(bodies, "UBND", "12/2024/QĐ-UBND", datetime.date(2024, 6, 14), signer=CHAIRMAN),
    )
    if old_rules.replaced_by_id is None:
        old_rules.replaced_by = new_rules
        old_rules.save_revision().publish()

    for slug, doc_type, code, number, issued_on, title, subject, areas, signer in SIMPLE_DOCUMENTS:
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

"""A small Vietnamese corpus the search tests build, and the relevance queries
written for it: each query with the key of the page that must come first."""

import datetime
import unicodedata

from django.core.files.base import ContentFile

from documents.choices import DocumentType
from documents.models import DocumentAttachment, DocumentFile
from tests.documents.factories import (
    DirectivePageFactory,
    DocumentArchivePageFactory,
    IssuingBodyFactory,
    OfficialDocumentPageFactory,
    PlanPageFactory,
)
from tests.documents.files import pdf_bytes
from tests.home.factories import (
    ModelProfileIndexPageFactory,
    ModelProfilePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)


def _attach(page, filename, content):
    upload = DocumentFile(title=filename)
    upload.file.save(filename, ContentFile(content), save=False)
    upload.save()
    page.attachments.add(DocumentAttachment(document=upload, caption=filename))
    page.save()


def build_corpus(home_page):
    """Pages keyed by a short name; every page is live and indexed on save."""
    archive = DocumentArchivePageFactory(parent=home_page)
    province = IssuingBodyFactory(name="Ủy ban nhân dân tỉnh Sông Xanh", short_code="UBND")
    department = IssuingBodyFactory(name="Sở Nội vụ tỉnh Sông Xanh", short_code="SNV")
    day = datetime.date
    pages = {
        "plan_movement": PlanPageFactory(
            parent=archive,
            title="Kế hoạch tổ chức phong trào thi đua yêu nước năm 2025",
            number="12/KH-UBND",
            subject="Phát động phong trào thi đua yêu nước trong toàn tỉnh",
            issuing_body=province,
            issued_on=day(2025, 2, 10),
            signer_name="Nguyễn Văn Bình",
        ),
        "plan_inspection": PlanPageFactory(
            parent=archive,
            title="Kế hoạch kiểm tra công tác thi đua tại xã Đông Hòa",
            number="21/KH-UBND",
            subject="Kiểm tra việc triển khai các phong trào ở cơ sở",
            issuing_body=province,
            issued_on=day(2024, 5, 3),
            signer_name="Đỗ Thanh Tâm",
        ),
        "decision_collectives": OfficialDocumentPageFactory(
            parent=archive,
            title="Quyết định tặng Bằng khen cho tập thể có thành tích xuất sắc",
            number="45/QĐ-UBND",
            subject="Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
            issuing_body=province,
            issued_on=day(2025, 1, 20),
            signer_name="Trần Thị Hoa",
        ),
        "directive": DirectivePageFactory(
            parent=archive,
            title="Chỉ thị về tăng cường công tác khen thưởng",
            number="03/CT-UBND",
            subject="Nâng cao chất lượng xét khen thưởng",
            issuing_body=province,
            issued_on=day(2023, 9, 1),
            signer_name="Lê Minh Đức",
        ),
        "guidance_title": OfficialDocumentPageFactory(
            parent=archive,
            title="Hướng dẫn xét tặng danh hiệu Chiến sĩ thi đua cơ sở",
            number="77/HD-SNV",
            document_type=DocumentType.GUIDANCE,
            subject="Tiêu chuẩn và hồ sơ đề nghị",
            issuing_body=department,
            issued_on=day(2024, 11, 2),
            signer_name="Phạm Quốc Dũng",
        ),
        "decision_workers": OfficialDocumentPageFactory(
            parent=archive,
            title="Quyết định công nhận danh hiệu Lao động tiên tiến",
            number="88/QĐ-SNV",
            subject="Công nhận cho cá nhân hoàn thành tốt nhiệm vụ",
            issuing_body=department,
            issued_on=day(2024, 12, 28),
            signer_name="Phạm Quốc Dũng",
        ),
        "rules": OfficialDocumentPageFactory(
            parent=archive,
            title="Quy chế thi đua khen thưởng của tỉnh",
            number="27/2024/QĐ-UBND",
            subject="Ban hành quy chế",
            issuing_body=province,
            issued_on=day(2024, 6, 14),
            signer_name="Nguyễn Hữu Phước",
        ),
        "rowing": OfficialDocumentPageFactory(
            parent=archive,
            title="Khen thưởng đột xuất vận động viên thi đấu đua thuyền",
            number="51/QĐ-UBND",
            subject="Thành tích tại giải đua thuyền truyền thống",
            issuing_body=province,
            issued_on=day(2025, 4, 30),
            signer_name="Trần Thị Hoa",
        ),
        "storm": OfficialDocumentPageFactory(
            parent=archive,
            title="Khen thưởng tập thể trong phòng chống bão lũ",
            number="60/QĐ-UBND",
            subject="Các đơn vị cứu hộ xuất sắc",
            issuing_body=province,
            issued_on=day(2023, 10, 15),
            signer_name="Lê Minh Đức",
        ),
        "newspaper": OfficialDocumentPageFactory(
            parent=archive,
            title="Khen thưởng tập thể Báo Sông Xanh",
            number="61/QĐ-UBND",
            subject="Thành tích tuyên truyền",
            issuing_body=province,
            issued_on=day(2023, 10, 16),
            signer_name="Lê Minh Đức",
        ),
        "veterans": PlanPageFactory(
            parent=archive,
            title="Kế hoạch chăm lo thương binh, gia đình liệt sĩ",
            number="30/KH-SNV",
            subject="Thăm hỏi nhân dịp 27 tháng 7",
            issuing_body=department,
            issued_on=day(2025, 7, 1),
            signer_name="Đỗ Thanh Tâm",
        ),
        "pdf_list": OfficialDocumentPageFactory(
            parent=archive,
            title="Quyết định phê duyệt danh sách đề nghị",
            number="70/QĐ-UBND",
            subject="Danh sách kèm theo",
            issuing_body=province,
            issued_on=day(2025, 3, 3),
            signer_name="Nguyễn Hữu Phước",
        ),
        "txt_list": OfficialDocumentPageFactory(
            parent=archive,
            title="Thông báo kết quả bình xét",
            number="71/TB-UBND",
            document_type=DocumentType.NOTICE,
            subject="Kết quả kèm theo",
            issuing_body=province,
            issued_on=day(2025, 3, 4),
            signer_name="Nguyễn Hữu Phước",
        ),
    }
    _attach(pages["pdf_list"], "phu-luc.pdf", pdf_bytes("Phu luc", "Hop tac xa Vuon Uom"))
    _attach(pages["txt_list"], "ket-qua.txt", "Tổ dân phố Cầu Mây được công nhận.".encode())
    news_index = NewsIndexPageFactory(parent=home_page)
    pages["news"] = NewsPageFactory(
        parent=news_index,
        title="Tổng kết phong trào Dân vận khéo",
        lead="Nhiều mô hình hay ở cơ sở.",
    )
    profiles = ModelProfileIndexPageFactory(parent=home_page)
    pages["doctor"] = ModelProfilePageFactory(
        parent=profiles, title="Bác sĩ Nguyễn Văn Lý", unit="Bệnh viện tỉnh Sông Xanh"
    )
    return pages


def nfd(text):
    return unicodedata.normalize("NFD", text)


RELEVANCE_QUERIES = [
    ("12/KH-UBND", "plan_movement"),
    ("12/kh-ubnd", "plan_movement"),
    ("12 KH UBND", "plan_movement"),
    ("12-KH-UBND", "plan_movement"),
    ("45/QĐ-UBND", "decision_collectives"),
    ("45 qd ubnd", "decision_collectives"),
    ("03/CT-UBND", "directive"),
    ("77/HD-SNV", "guidance_title"),
    ("27/2024/QĐ-UBND", "rules"),
    ("Nguyễn Văn Bình", "plan_movement"),
    ("tran thi hoa bang khen", "decision_collectives"),
    ("Đỗ Thanh Tâm kiểm tra", "plan_inspection"),
    ("pham quoc dung chien si", "guidance_title"),
    ("phong trào thi đua yêu nước", "plan_movement"),
    ("phong trao thi dua yeu nuoc", "plan_movement"),
    ("thi đua khen thưởng", "rules"),
    ("thi dua khen thuong", "rules"),
    ("đua thuyền", "rowing"),
    ("kế hoạch kiểm tra", "plan_inspection"),
    ("ke hoach kiem tra", "plan_inspection"),
    (nfd("kế hoạch kiểm tra"), "plan_inspection"),
    ("đông hòa", "plan_inspection"),
    ("DONG HOA", "plan_inspection"),
    ("chiến sỹ thi đua", "guidance_title"),
    ("chien si thi dua co so", "guidance_title"),
    ("lao động tiên tiến", "decision_workers"),
    ("lao dong tien tien", "decision_workers"),
    ("vuon uom", "pdf_list"),
    ("Vườn Ươm", "pdf_list"),
    ("cầu mây", "txt_list"),
    ("cau may", "txt_list"),
    ("bão lũ", "storm"),
    ("bão", "storm"),
    ("báo sông xanh", "newspaper"),
    ("thương binh", "veterans"),
    ("thuong binh liet si", "veterans"),
    ("dân vận khéo", "news"),
    ("dan van kheo", "news"),
    ("bác sỹ lý", "doctor"),
    ("bac si li", "doctor"),
]

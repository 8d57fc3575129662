"""More of the site a citizen searches (every document type, profiles with their
honours, news, a congress, the contact page) and the queries a citizen types over
it: with or without accents, with tone marks mistyped, numbers, honours, plan
names. Each query comes with the key of the page that must come first (or a tuple
of keys, any of which may). Written for the search, not taken from the parser's
corpus of real texts."""

import datetime

from django.utils import timezone

from documents.choices import DocumentType
from tests.documents.factories import (
    DirectivePageFactory,
    IssuingBodyFactory,
    OfficialDocumentPageFactory,
    PlanPageFactory,
)
from tests.factories import StandardPageFactory
from tests.home.factories import (
    AwardFactory,
    CongressEventIndexPageFactory,
    CongressEventPageFactory,
    ModelProfilePageFactory,
    NewsPageFactory,
    ProfileHonourFactory,
)

DAY = datetime.date


# key: factory, document type (the factory's own when None), number, title, subject,
# issuer, date of issue, signer.
DOCUMENTS = {
    "directive_digital": (
        DirectivePageFactory, None, "05/CT-UBND",
        "Về đẩy mạnh ứng dụng công nghệ thông tin trong công tác thi đua, khen thưởng",
        "Chuyển đổi số hồ sơ khen thưởng", "province", DAY(2025, 8, 12), "",
    ),
    "cluster_rules": (
        OfficialDocumentPageFactory, None, "112/QĐ-UBND",
        "Quy chế hoạt động Cụm thi đua các huyện phía Bắc",
        "Ban hành quy chế hoạt động của cụm", "province", DAY(2024, 3, 8), "",
    ),
    "labour_medal": (
        OfficialDocumentPageFactory, DocumentType.OFFICIAL_LETTER, "245/UBND-NC",
        "Đề nghị xét tặng Huân chương Lao động hạng Ba",
        "V/v đề nghị khen thưởng cấp Nhà nước", "province", DAY(2025, 5, 20), "",
    ),
    "report_2024": (
        OfficialDocumentPageFactory, DocumentType.REPORT, "18/BC-SNV",
        "Báo cáo tổng kết công tác thi đua, khen thưởng năm 2024",
        "Kết quả thực hiện và phương hướng năm 2025", "department", DAY(2024, 12, 20), "",
    ),
    "bloc_notice": (
        OfficialDocumentPageFactory, DocumentType.NOTICE, "09/TB-SNV",
        "Thông báo kết luận tại Hội nghị Khối thi đua các cơ quan Đảng",
        "Kết luận của Trưởng khối", "department", DAY(2025, 6, 2), "",
    ),
    "students_resolution": (
        OfficialDocumentPageFactory, DocumentType.RESOLUTION, "15/2024/NQ-HĐND",
        "Nghị quyết quy định mức thưởng cho học sinh giỏi đạt giải quốc gia",
        "Chính sách khuyến khích tài năng trẻ", "council", DAY(2024, 7, 10), "",
    ),
    "flag_submission": (
        OfficialDocumentPageFactory, DocumentType.SUBMISSION, "33/TTr-SNV",
        "Tờ trình đề nghị tặng Cờ thi đua của Chính phủ",
        "Đề nghị cho các tập thể dẫn đầu phong trào", "department", DAY(2025, 9, 15), "",
    ),
    "plan_new_rural": (
        PlanPageFactory, None, "40/KH-UBND",
        "Kế hoạch thi đua chung sức xây dựng nông thôn mới giai đoạn 2021–2025",
        "Phát động thi đua trong các xã", "province", DAY(2021, 4, 1), "Hoàng Văn Thái",
    ),
    "plan_congress": (
        PlanPageFactory, None, "55/KH-UBND",
        "Kế hoạch tổ chức Đại hội Thi đua yêu nước tỉnh lần thứ VI",
        "Chuẩn bị và tổ chức đại hội", "province", DAY(2025, 1, 5), "",
    ),
    "guidance_forms": (
        OfficialDocumentPageFactory, DocumentType.GUIDANCE, "02/HD-SNV",
        "Hướng dẫn quy trình, thủ tục, hồ sơ đề nghị khen thưởng",
        "Mẫu tờ trình và báo cáo thành tích", "department", DAY(2025, 2, 14), "",
    ),
}


def _documents(archive, issuers):
    pages = {}
    for key, row in DOCUMENTS.items():
        make, kind, number, title, subject, issuer, issued_on, signer = row
        pages[key] = make(
            parent=archive,
            title=title,
            number=number,
            subject=subject,
            issuing_body=issuers[issuer],
            issued_on=issued_on,
            signer_name=signer,
            **({"document_type": kind} if kind else {}),
        )
    return pages


def _profile(parent, title, unit, *honours):
    page = ModelProfilePageFactory(parent=parent, title=title, unit=unit)
    for award, year in honours:
        ProfileHonourFactory(profile=page, award=award, year=year)
    # Honours are written after the page: saving it again indexes them with it, as
    # publishing from the admin does.
    page.save()
    return page


def _people(profiles):
    provincial = AwardFactory(name="Chiến sĩ thi đua cấp tỉnh")
    return {
        "profile_farmer": _profile(
            profiles, "Ông Vàng A Páo", "Hợp tác xã chè Suối Giàng", (provincial, 2024)
        ),
        "profile_teacher": _profile(
            profiles,
            "Cô giáo Lò Thị Mai",
            "Trường Phổ thông Dân tộc bán trú Nậm Cang",
            (provincial, 2023),
        ),
        "profile_nurse": _profile(
            profiles,
            "Điều dưỡng Hà Thị Thu",
            "Trung tâm Y tế huyện Bắc Hà",
            (provincial, 2025),
            (AwardFactory(name="Bằng khen của Thủ tướng Chính phủ"), 2022),
        ),
        "profile_police": _profile(
            profiles,
            "Đại úy Vi Văn Khánh",
            "Công an xã Tân Lập",
            (AwardFactory(name="Huân chương Chiến công hạng Ba"), 2024),
        ),
    }


def build_citizen_corpus(home_page, pages):
    """Add the pages the citizen queries look for to `pages` (tests.search.corpus)."""
    archive = pages["plan_movement"].get_parent()
    province = pages["plan_movement"].issuing_body
    department = pages["guidance_title"].issuing_body
    council = IssuingBodyFactory(name="Hội đồng nhân dân tỉnh Sông Xanh", short_code="HĐND")
    issuers = {"province": province, "department": department, "council": council}
    pages.update(_documents(archive, issuers))
    pages.update(_people(pages["doctor"].get_parent()))
    news = pages["news"].get_parent()
    pages["news_conference"] = NewsPageFactory(
        parent=news,
        title="Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024",
        lead="Chủ tịch Ủy ban nhân dân tỉnh trao Cờ thi đua cho 12 tập thể.",
    )
    pages["news_red_address"] = NewsPageFactory(
        parent=news,
        title="Thăm địa chỉ đỏ Đồi Cọ",
        lead="Đoàn viên thi đua lập thành tích chào mừng ngày thành lập Đoàn.",
    )
    pages["news_teachers"] = NewsPageFactory(
        parent=news,
        title="Tuyên dương 50 nhà giáo tiêu biểu năm học 2024–2025",
        lead="Các thầy cô được tặng Bằng khen vì có nhiều sáng kiến.",
    )
    congresses = CongressEventIndexPageFactory(parent=home_page)
    pages["event_congress"] = CongressEventPageFactory(
        parent=congresses,
        title="Đại hội Thi đua yêu nước tỉnh Sông Xanh lần thứ VI",
        venue="Trung tâm Hội nghị tỉnh",
        starts_at=timezone.make_aware(datetime.datetime(2025, 10, 20, 8)),
    )
    pages["contact"] = StandardPageFactory(
        parent=home_page,
        title="Liên hệ",
        show_in_menus=True,
        introduction=(
            "Địa chỉ, điện thoại và thư điện tử của Ban Thi đua – Khen thưởng. "
            "Tiếp nhận hồ sơ thi đua, khen thưởng trong giờ hành chính."
        ),
    )
    pages["about"] = StandardPageFactory(
        parent=home_page,
        title="Chức năng, nhiệm vụ",
        show_in_menus=True,
        introduction="Tham mưu công tác thi đua, khen thưởng và chuyển đổi số của tỉnh.",
    )
    return pages


DIRECTIVES = ("directive", "directive_digital")
PROVINCIAL_FIGHTERS = ("profile_farmer", "profile_teacher", "profile_nurse")

CITIZEN_QUERIES = [
    # Numbers, typed as printed or loosely.
    ("05/CT-UBND", "directive_digital"),
    ("05 ct ubnd", "directive_digital"),
    ("112/QĐ-UBND", "cluster_rules"),
    ("112 qd ubnd", "cluster_rules"),
    ("245/UBND-NC", "labour_medal"),
    ("18/BC-SNV", "report_2024"),
    ("09/TB-SNV", "bloc_notice"),
    ("15/2024/NQ-HĐND", "students_resolution"),
    ("15/2024/nq-hdnd", "students_resolution"),
    ("33/TTr-SNV", "flag_submission"),
    ("33 ttr snv", "flag_submission"),
    ("40/KH-UBND", "plan_new_rural"),
    ("02/HD-SNV", "guidance_forms"),
    # The kind of text and what it is about.
    ("chi thi", DIRECTIVES),
    ("chỉ thị", DIRECTIVES),
    ("chỉ thị chuyển đổi số", "directive_digital"),
    ("chi thi ung dung cong nghe thong tin", "directive_digital"),
    ("bao cao tong ket thi dua 2024", "report_2024"),
    ("báo cáo tổng kết năm 2024", "report_2024"),
    ("phương hướng năm 2025", "report_2024"),
    ("nghị quyết thưởng học sinh giỏi", "students_resolution"),
    ("nghi quyet hoc sinh gioi", "students_resolution"),
    ("mức thưởng học sinh đạt giải quốc gia", "students_resolution"),
    ("to trinh co thi dua chinh phu", "flag_submission"),
    ("cờ thi đua của chính phủ", "flag_submission"),
    ("thông báo kết luận khối thi đua", "bloc_notice"),
    ("khoi thi dua co quan dang", "bloc_notice"),
    ("hướng dẫn hồ sơ đề nghị khen thưởng", "guidance_forms"),
    ("thu tuc ho so khen thuong", "guidance_forms"),
    ("mẫu tờ trình", "guidance_forms"),
    ("xét tặng huân chương lao động", "labour_medal"),
    ("cum thi dua cac huyen phia bac", "cluster_rules"),
    # Plans by their names, and their signer.
    ("kế hoạch nông thôn mới", "plan_new_rural"),
    ("chung suc xay dung nong thon moi", "plan_new_rural"),
    ("thi đua nông thôn mới 2021-2025", "plan_new_rural"),
    ("Hoàng Văn Thái", "plan_new_rural"),
    ("hoang van thai nong thon moi", "plan_new_rural"),
    ("kế hoạch đại hội thi đua yêu nước lần thứ VI", "plan_congress"),
    ("đại hội thi đua sông xanh lần thứ vi", "event_congress"),
    # People, by name, unit and the honours they hold.
    ("chien si thi dua cap tinh", PROVINCIAL_FIGHTERS),
    ("Vàng A Páo", "profile_farmer"),
    ("vang a pao", "profile_farmer"),
    ("hợp tác xã chè suối giàng", "profile_farmer"),
    ("co giao lo thi mai", "profile_teacher"),
    ("trường dân tộc bán trú nậm cang", "profile_teacher"),
    ("điều dưỡng hà thị thu", "profile_nurse"),
    ("bằng khen thủ tướng chính phủ", "profile_nurse"),
    ("huân chương chiến công", "profile_police"),
    ("dai uy vi van khanh", "profile_police"),
    ("công an xã tân lập", "profile_police"),
    # News.
    ("địa chỉ đỏ", "news_red_address"),
    ("dia chi do doi co", "news_red_address"),
    ("hoi nghi tong ket thi dua khen thuong 2024", "news_conference"),
    ("tuyên dương nhà giáo tiêu biểu", "news_teachers"),
    ("nha giao tieu bieu nam hoc 2024-2025", "news_teachers"),
    # The contact page, by its name and what it holds.
    ("liên hệ", "contact"),
    ("lien he", "contact"),
    ("điện thoại ban thi đua khen thưởng", "contact"),
    # Tone marks mistyped.
    ("khen thưỡng đột xuất đua thuyền", "rowing"),
    ("kê hoạch nông thôn mơi", "plan_new_rural"),
    ("huân chuong lao đông hạng ba", "labour_medal"),
    ("quy chê cụm thi đua phía bắc", "cluster_rules"),
    ("chỉ thi chuyển đổi sô", "directive_digital"),
    ("thi dua khen thuong cong nghe thong tin", "directive_digital"),
]

"""Demo news, exemplary profiles, congress events and emulation clusters for the
fictional tỉnh Sông Xanh. Written for this project; every name is invented.

Everything is looked up before it is created, so running it again adds nothing.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from django.utils import timezone
from wagtail.rich_text import RichText

from home.demo_images import ensure_image
from home.models import (
    Award,
    AwardLevel,
    CongressEventIndexPage,
    CongressEventPage,
    EmulationCluster,
    EmulationClusterIndexPage,
    EventKind,
    EventLevel,
    Locality,
    ModelProfileIndexPage,
    ModelProfilePage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    ProfileKind,
    Sector,
)

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")

CATEGORIES = (
    ("hoat-dong-cua-ban", "Hoạt động của Ban"),
    ("phong-trao-thi-dua", "Phong trào thi đua"),
    ("guong-dien-hinh", "Gương điển hình"),
    ("khen-thuong", "Khen thưởng"),
)
SECTORS = (
    ("giao-duc", "Giáo dục"),
    ("y-te", "Y tế"),
    ("nong-nghiep", "Nông nghiệp"),
    ("cong-nghiep", "Công nghiệp"),
    ("quoc-phong-an-ninh", "Quốc phòng, an ninh"),
)
LOCALITIES = (
    ("thanh-pho-song-xanh", "Thành phố Sông Xanh"),
    ("huyen-dong-lam", "Huyện Đồng Lâm"),
    ("huyen-bac-ha", "Huyện Bắc Hà"),
    ("thi-xa-phu-an", "Thị xã Phú An"),
)
AWARDS = (
    ("Chiến sĩ thi đua cơ sở", AwardLevel.GRASSROOTS),
    ("Chiến sĩ thi đua cấp tỉnh", AwardLevel.PROVINCE),
    ("Chiến sĩ thi đua toàn quốc", AwardLevel.NATIONAL),
    ("Lao động tiên tiến", AwardLevel.GRASSROOTS),
    ("Tập thể lao động xuất sắc", AwardLevel.PROVINCE),
    ("Cờ thi đua của UBND tỉnh", AwardLevel.PROVINCE),
    ("Bằng khen của Chủ tịch UBND tỉnh", AwardLevel.PROVINCE),
    ("Bằng khen của Thủ tướng Chính phủ", AwardLevel.STATE),
    ("Giấy khen của Chủ tịch UBND huyện", AwardLevel.DISTRICT),
    ("Huân chương Lao động hạng Ba", AwardLevel.STATE),
)

# (slug, title, categories, featured, lead, paragraphs)
NEWS = (
    (
        "phat-dong-thi-dua-nam-2026",
        "Phát động phong trào thi đua yêu nước năm 2026",
        ["phong-trao-thi-dua", "hoat-dong-cua-ban"],
        True,
        "UBND tỉnh Sông Xanh phát động phong trào thi đua yêu nước năm 2026 với chủ đề "
        "“Đoàn kết, sáng tạo, về đích sớm các mục tiêu phát triển”.",
        (
            "Tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh nhấn mạnh thi đua phải gắn với "
            "nhiệm vụ chính trị của từng cơ quan, đơn vị, tránh hình thức.",
            "Các cụm, khối thi đua đã ký giao ước thi đua, cam kết hoàn thành các chỉ tiêu "
            "kinh tế – xã hội được giao.",
        ),
    ),
    (
        "tong-ket-cong-tac-thi-dua-2025",
        "Tổng kết công tác thi đua, khen thưởng năm 2025",
        ["hoat-dong-cua-ban"],
        True,
        "Hội đồng Thi đua – Khen thưởng tỉnh tổng kết công tác năm 2025, biểu dương 45 tập "
        "thể và 120 cá nhân tiêu biểu.",
        (
            "Năm 2025, toàn tỉnh có 3 tập thể được đề nghị tặng Cờ thi đua của Chính phủ và "
            "18 cá nhân được công nhận Chiến sĩ thi đua cấp tỉnh.",
            "Hội nghị chỉ ra hạn chế: việc phát hiện điển hình ở cơ sở còn chậm, hồ sơ khen "
            "thưởng có nơi chưa đúng thời hạn.",
        ),
    ),
    (
        "tap-huan-nghiep-vu-thi-dua",
        "Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở",
        ["hoat-dong-cua-ban"],
        False,
        "Hơn 200 cán bộ làm công tác thi đua, khen thưởng cấp xã được tập huấn về Luật "
        "Thi đua, khen thưởng và các văn bản hướng dẫn mới.",
        (
            "Học viên được hướng dẫn lập hồ sơ đề nghị khen thưởng trên môi trường điện tử, "
            "rút ngắn thời gian thẩm định.",
        ),
    ),
    (
        "guong-co-giao-vung-cao",
        "Cô giáo vùng cao mười năm bám bản",
        ["guong-dien-hinh"],
        True,
        "Mười năm gắn bó với điểm trường Nà Khoang, cô Lò Thị Mai đã vận động hàng trăm "
        "học sinh trở lại lớp.",
        (
            "Mỗi sáng, cô Mai đi bộ hơn năm cây số tới điểm trường. Sáng kiến dạy học song ngữ "
            "của cô đã được nhân rộng ra toàn huyện Bắc Hà.",
        ),
    ),
    (
        "hop-tac-xa-dong-xanh",
        "Hợp tác xã Đồng Xanh: từ ruộng lúa đến thương hiệu gạo sạch",
        ["guong-dien-hinh", "phong-trao-thi-dua"],
        False,
        "Từ mười hộ nông dân, Hợp tác xã Đồng Xanh nay liên kết hơn ba trăm hộ, đưa gạo "
        "sạch Sông Xanh vào các siêu thị lớn.",
        (
            "Hợp tác xã áp dụng quy trình canh tác hữu cơ, giảm một nửa lượng phân bón hóa "
            "học và tăng thu nhập cho xã viên.",
        ),
    ),
    (
        "trao-huan-chuong-lao-dong",
        "Trao Huân chương Lao động cho các tập thể, cá nhân xuất sắc",
        ["khen-thuong"],
        False,
        "Thừa ủy quyền của Chủ tịch nước, lãnh đạo tỉnh trao Huân chương Lao động hạng Ba "
        "cho hai tập thể và ba cá nhân.",
        (
            "Các tập thể, cá nhân được khen đã có thành tích xuất sắc trong phong trào thi đua "
            "giai đoạn 2021–2025.",
        ),
    ),
    (
        "khoi-thi-dua-so-8-ky-giao-uoc",
        "Khối thi đua số 8 ký kết giao ước thi đua",
        ["phong-trao-thi-dua"],
        False,
        "Các sở thuộc Khối thi đua số 8 ký kết giao ước thi đua năm 2026, thống nhất năm "
        "nội dung trọng tâm.",
        (
            "Sở Nội vụ được bầu làm Trưởng khối, Sở Tư pháp làm Phó khối năm 2026.",
        ),
    ),
    (
        "dai-hoi-thi-dua-huyen-dong-lam",
        "Đại hội Thi đua yêu nước huyện Đồng Lâm lần thứ V thành công tốt đẹp",
        ["phong-trao-thi-dua"],
        False,
        "Đại hội biểu dương 30 tập thể, 52 cá nhân tiêu biểu và chọn đại biểu dự Đại hội "
        "Thi đua yêu nước tỉnh lần thứ VI.",
        (
            "Đại hội đã thông qua báo cáo tổng kết giai đoạn 2020–2025 và phương hướng phong "
            "trào thi đua giai đoạn 2025–2030.",
        ),
    ),
    (
        "phong-trao-chung-tay-vi-nguoi-ngheo",
        "Phong trào “Chung tay vì người nghèo” lan tỏa khắp các thôn bản",
        ["phong-trao-thi-dua"],
        False,
        "Sau ba năm, phong trào đã hỗ trợ xây mới 420 nhà đại đoàn kết cho hộ nghèo trên "
        "địa bàn tỉnh.",
        (
            "Nhiều doanh nghiệp, nhà hảo tâm đã đóng góp ngày công, vật liệu để cùng chính "
            "quyền xóa nhà tạm.",
        ),
    ),
    (
        "bac-si-tram-y-te-xa",
        "Người bác sĩ trạm y tế xã được phong Chiến sĩ thi đua toàn quốc",
        ["guong-dien-hinh", "khen-thuong"],
        False,
        "Bác sĩ Hoàng Văn Sơn, Trạm Y tế xã Tân Lập, là một trong năm cá nhân của tỉnh "
        "được công nhận Chiến sĩ thi đua toàn quốc.",
        (
            "Anh đã xây dựng mô hình khám sàng lọc tại nhà cho người cao tuổi, được Bộ Y tế "
            "đánh giá cao.",
        ),
    ),
    (
        "so-ket-thi-dua-6-thang",
        "Sơ kết phong trào thi đua sáu tháng đầu năm",
        ["hoat-dong-cua-ban"],
        False,
        "Ban Thi đua – Khen thưởng tổ chức sơ kết sáu tháng, đánh giá tiến độ các phong "
        "trào thi đua chuyên đề.",
        (
            "Các đơn vị được đề nghị đẩy nhanh việc phát hiện, bồi dưỡng điển hình để chuẩn "
            "bị cho Đại hội Thi đua yêu nước các cấp.",
        ),
    ),
    (
        "huong-dan-khen-thuong-dot-xuat",
        "Hướng dẫn khen thưởng đột xuất cho lực lượng phòng chống thiên tai",
        ["khen-thuong"],
        False,
        "Ban hướng dẫn quy trình khen thưởng nhanh cho tập thể, cá nhân có thành tích "
        "trong khắc phục hậu quả mưa lũ.",
        (
            "Hồ sơ khen thưởng đột xuất được giải quyết trong năm ngày làm việc kể từ khi "
            "nhận đủ hồ sơ.",
        ),
    ),
)

# (slug, title, kind, position, unit, sectors, locality, featured, summary,
#  achievements, initiatives, honours)
PROFILES = (
    (
        "lo-thi-mai",
        "Lò Thị Mai",
        ProfileKind.INDIVIDUAL,
        "Giáo viên",
        "Trường Tiểu học Nà Khoang, huyện Bắc Hà",
        ["giao-duc"],
        "huyen-bac-ha",
        True,
        "Mười năm bám bản, vận động học sinh dân tộc thiểu số tới trường.",
        "<ul><li>Tỷ lệ học sinh chuyên cần của lớp đạt 100% trong năm năm liền.</li>"
        "<li>Biên soạn bộ tranh dạy tiếng Việt cho học sinh lớp 1.</li></ul>",
        [("Dạy học song ngữ Việt – Tày cho lớp 1", 2023, "tinh")],
        [
            ("Chiến sĩ thi đua cơ sở", 2023, "215/QĐ-UBND"),
            ("Chiến sĩ thi đua cấp tỉnh", 2025, "1024/QĐ-UBND"),
        ],
    ),
    (
        "hoang-van-son",
        "Hoàng Văn Sơn",
        ProfileKind.INDIVIDUAL,
        "Bác sĩ, Trưởng trạm",
        "Trạm Y tế xã Tân Lập, huyện Đồng Lâm",
        ["y-te"],
        "huyen-dong-lam",
        True,
        "Người bác sĩ đưa dịch vụ khám sàng lọc tới tận nhà người cao tuổi.",
        "<p>Trạm Y tế xã Tân Lập đạt chuẩn quốc gia về y tế xã ba năm liền dưới sự dẫn dắt "
        "của anh.</p>",
        [("Khám sàng lọc tại nhà cho người cao tuổi", 2022, "toan-quoc")],
        [
            ("Chiến sĩ thi đua cấp tỉnh", 2022, "890/QĐ-UBND"),
            ("Chiến sĩ thi đua toàn quốc", 2025, "1502/QĐ-TTg"),
        ],
    ),
    (
        "hop-tac-xa-dong-xanh",
        "Hợp tác xã Nông nghiệp Đồng Xanh",
        ProfileKind.COLLECTIVE,
        "",
        "Xã Phú Thịnh, thị xã Phú An",
        ["nong-nghiep"],
        "thi-xa-phu-an",
        True,
        "Liên kết hơn ba trăm hộ nông dân sản xuất gạo hữu cơ.",
        "<p>Doanh thu năm 2025 đạt 28 tỷ đồng, thu nhập bình quân xã viên tăng 35% so với "
        "năm 2020.</p>",
        [("Quy trình canh tác lúa hữu cơ tiết kiệm nước", 2024, "tinh")],
        [
            ("Tập thể lao động xuất sắc", 2024, "77/QĐ-UBND"),
            ("Cờ thi đua của UBND tỉnh", 2025, "1100/QĐ-UBND"),
        ],
    ),
    (
        "cong-an-xa-tan-lap",
        "Công an xã Tân Lập",
        ProfileKind.COLLECTIVE,
        "",
        "Công an huyện Đồng Lâm",
        ["quoc-phong-an-ninh"],
        "huyen-dong-lam",
        True,
        "Xây dựng mô hình “Thôn bản bình yên”, ba năm không có tội phạm nghiêm trọng.",
        "<p>Phối hợp với các đoàn thể vận động nhân dân giao nộp 120 vũ khí, vật liệu nổ.</p>",
        [],
        [("Bằng khen của Chủ tịch UBND tỉnh", 2024, "560/QĐ-UBND")],
    ),
    (
        "nguyen-thi-thu",
        "Nguyễn Thị Thu",
        ProfileKind.INDIVIDUAL,
        "Kỹ sư, Tổ trưởng tổ kỹ thuật",
        "Công ty Cổ phần Cơ khí Sông Xanh",
        ["cong-nghiep"],
        "thanh-pho-song-xanh",
        False,
        "Tác giả bốn sáng kiến cải tiến kỹ thuật, làm lợi cho công ty hơn hai tỷ đồng.",
        "<p>Chị là nữ kỹ sư đầu tiên của công ty được công nhận Chiến sĩ thi đua cấp tỉnh.</p>",
        [
            ("Cải tiến đồ gá hàn khung máy cày", 2021, "co-so"),
            ("Tự động hóa dây chuyền sơn tĩnh điện", 2024, "tinh"),
        ],
        [
            ("Lao động tiên tiến", 2023, "12/QĐ-CT"),
            ("Chiến sĩ thi đua cấp tỉnh", 2024, "980/QĐ-UBND"),
        ],
    ),
    (
        "truong-thpt-phu-an",
        "Trường Trung học phổ thông Phú An",
        ProfileKind.COLLECTIVE,
        "",
        "Sở Giáo dục và Đào tạo",
        ["giao-duc"],
        "thi-xa-phu-an",
        False,
        "Năm năm liền dẫn đầu tỉnh về tỷ lệ học sinh giỏi.",
        "<p>Có 18 học sinh đạt giải học sinh giỏi quốc gia giai đoạn 2021–2025.</p>",
        [],
        [
            ("Tập thể lao động xuất sắc", 2023, "45/QĐ-UBND"),
            ("Bằng khen của Thủ tướng Chính phủ", 2025, "812/QĐ-TTg"),
        ],
    ),
    (
        "vi-van-hung",
        "Vi Văn Hùng",
        ProfileKind.INDIVIDUAL,
        "Trưởng thôn",
        "Thôn Khuổi Nặm, xã Bắc Sơn, huyện Bắc Hà",
        ["nong-nghiep"],
        "huyen-bac-ha",
        False,
        "Vận động bà con hiến đất làm đường, trồng quế thoát nghèo.",
        "<p>Thôn Khuổi Nặm giảm tỷ lệ hộ nghèo từ 42% xuống 9% sau năm năm.</p>",
        [("Mô hình trồng quế xen cây ăn quả", 2022, "co-so")],
        [("Giấy khen của Chủ tịch UBND huyện", 2022, "301/QĐ-UBND")],
    ),
    (
        "benh-vien-da-khoa-tinh",
        "Khoa Hồi sức tích cực, Bệnh viện Đa khoa tỉnh",
        ProfileKind.COLLECTIVE,
        "",
        "Bệnh viện Đa khoa tỉnh Sông Xanh",
        ["y-te"],
        "thanh-pho-song-xanh",
        False,
        "Làm chủ kỹ thuật lọc máu liên tục, cứu sống nhiều ca bệnh nặng.",
        "<p>Khoa đã triển khai thành công 12 kỹ thuật mới thuộc tuyến trung ương.</p>",
        [("Quy trình lọc máu liên tục tại tuyến tỉnh", 2023, "bo-nganh")],
        [
            ("Tập thể lao động xuất sắc", 2024, "66/QĐ-UBND"),
            ("Huân chương Lao động hạng Ba", 2025, "1750/QĐ-CTN"),
        ],
    ),
)

CLUSTERS = (
    (
        "Khối thi đua số 8",
        "khoi",
        "Các cơ quan tham mưu tổng hợp của UBND tỉnh.",
        ["Sở Nội vụ", "Sở Tư pháp", "Văn phòng UBND tỉnh", "Thanh tra tỉnh"],
        [(2025, "Thanh tra tỉnh", "Sở Nội vụ"), (2026, "Sở Nội vụ", "Sở Tư pháp")],
    ),
    (
        "Khối thi đua các sở kinh tế",
        "khoi",
        "Các sở quản lý nhà nước về kinh tế.",
        ["Sở Tài chính", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng"],
        [(2025, "Sở Tài chính", "Sở Xây dựng"), (2026, "Sở Công Thương", "Sở Tài chính")],
    ),
    (
        "Cụm thi đua các huyện phía Bắc",
        "cum",
        "Các huyện miền núi phía Bắc tỉnh.",
        ["Huyện Bắc Hà", "Huyện Đồng Lâm", "Thị xã Phú An"],
        [(2025, "Huyện Đồng Lâm", "Huyện Bắc Hà"), (2026, "Huyện Bắc Hà", "Thị xã Phú An")],
    ),
)


def _body(paragraphs):
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs]


def _ensure_snippets():
    categories = {
        slug: NewsCategory.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in CATEGORIES
    }
    sectors = {
        slug: Sector.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in SECTORS
    }
    localities = {
        slug: Locality.objects.get_or_create(slug=slug, defaults={"name": name})[0]
        for slug, name in LOCALITIES
    }
    awards = {
        name: Award.objects.get_or_create(name=name, level=level)[0] for name, level in AWARDS
    }
    return categories, sectors, localities, awards


def _ensure_news(home, ensure_child, categories):
    index = ensure_child(
        home,
        NewsIndexPage,
        "tin-tuc",
        title="Tin tức",
        show_in_menus=True,
        introduction="Tin hoạt động thi đua, khen thưởng của tỉnh Sông Xanh.",
    )
    today = timezone.localdate()
    for number, (slug, title, category_slugs, featured, lead, paragraphs) in enumerate(NEWS):
        if index.get_children().filter(slug=slug).exists():
            continue
        image = ensure_image(f"Ảnh minh họa tin {number + 1}", title, number)
        page = NewsPage(
            slug=slug,
            title=title,
            date=today - dt.timedelta(days=3 * number),
            lead=lead,
            featured=featured,
            main_image=image,
            body=_body(paragraphs),
        )
        page.categories = [categories[category] for category in category_slugs]
        index.add_child(instance=page)
        page.save_revision().publish()
    return index


def _ensure_profiles(home, ensure_child, sectors, localities, awards):
    index = ensure_child(
        home,
        ModelProfileIndexPage,
        "dien-hinh-tien-tien",
        title="Điển hình tiên tiến",
        show_in_menus=True,
        introduction="Những cá nhân, tập thể tiêu biểu trong phong trào thi đua yêu nước.",
    )
    profiles = {}
    for number, row in enumerate(PROFILES):
        (slug, title, kind, position, unit, sector_slugs, locality, featured, summary,
         achievements, initiatives, honours) = row
        existing = index.get_children().filter(slug=slug).first()
        if existing is not None:
            profiles[slug] = existing.specific
            continue
        page = ModelProfilePage(
            slug=slug,
            title=title,
            kind=kind,
            position=position,
            unit=unit,
            locality=localities[locality],
            featured=featured,
            summary=summary,
            achievements=achievements,
            photo=ensure_image(f"Ảnh điển hình {number + 1}", title, number + 2, 800, 800),
        )
        page.sectors = [sectors[sector] for sector in sector_slugs]
        for initiative_title, year, level in initiatives:
            page.initiatives.add(
                page.initiatives.model(title=initiative_title, year=year, level=level)
            )
        for award, year, decision in honours:
            page.honours.add(
                page.honours.model(award=awards[award], year=year, decision_number=decision)
            )
        index.add_child(instance=page)
        page.save_revision().publish()
        profiles[slug] = page
    return index, profiles


def _at(day, hour, minute=0):
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=VIETNAM)


def _ensure_events(home, ensure_child, profiles, news_index):
    index = ensure_child(
        home,
        CongressEventIndexPage,
        "dai-hoi-thi-dua",
        title="Đại hội thi đua",
        show_in_menus=True,
        introduction="Đại hội Thi đua yêu nước và hội nghị điển hình tiên tiến các cấp.",
    )
    today = timezone.localdate()
    province_day = today + dt.timedelta(days=25)
    province = index.get_children().filter(slug="dai-hoi-tinh-lan-thu-vi").first()
    if province is None:
        province = CongressEventPage(
            slug="dai-hoi-tinh-lan-thu-vi",
            title="Đại hội Thi đua yêu nước tỉnh Sông Xanh lần thứ VI",
            kind=EventKind.CONGRESS,
            level=EventLevel.PROVINCE,
            ordinal=6,
            period_start=2025,
            period_end=2030,
            lead="Đại hội tổng kết phong trào thi đua yêu nước giai đoạn 2020–2025 và "
            "phát động thi đua giai đoạn 2025–2030.",
            starts_at=_at(province_day, 7, 30),
            ends_at=_at(province_day, 17, 0),
            venue="Trung tâm Hội nghị tỉnh, số 2 đường Lê Lợi, thành phố Sông Xanh",
            delegate_count=350,
            delegate_composition="Lãnh đạo tỉnh; đại diện các sở, ban, ngành, đoàn thể; "
            "các huyện, thị xã, thành phố và 150 điển hình tiên tiến.",
            main_image=ensure_image("Ảnh Đại hội tỉnh", "Hội trường Đại hội tỉnh", 10),
            agenda=[
                ("day", {"date": province_day, "title": "Phiên chính thức"}),
                ("item", {"time": dt.time(7, 30), "item": "Đón tiếp đại biểu",
                          "presenter": "Ban Tổ chức"}),
                ("item", {"time": dt.time(8, 0), "item": "Khai mạc Đại hội",
                          "presenter": "Chủ tịch UBND tỉnh"}),
                ("item", {"time": dt.time(8, 30), "item": "Báo cáo tổng kết giai đoạn "
                          "2020–2025", "presenter": "Trưởng Ban Thi đua – Khen thưởng"}),
                ("item", {"time": dt.time(14, 0), "item": "Tham luận của các điển hình",
                          "presenter": "Đại diện điển hình tiên tiến"}),
                ("item", {"time": dt.time(16, 30), "item": "Phát động thi đua, bế mạc",
                          "presenter": "Bí thư Tỉnh ủy"}),
            ],
        )
        index.add_child(instance=province)
        province.save_revision().publish()
    else:
        province = province.specific

    district = index.get_children().filter(slug="dai-hoi-huyen-dong-lam-lan-thu-v").first()
    if district is None:
        held_day = today - dt.timedelta(days=40)
        district = CongressEventPage(
            slug="dai-hoi-huyen-dong-lam-lan-thu-v",
            title="Đại hội Thi đua yêu nước huyện Đồng Lâm lần thứ V",
            kind=EventKind.CONGRESS,
            level=EventLevel.DISTRICT,
            ordinal=5,
            period_start=2020,
            period_end=2025,
            lead="Đại hội biểu dương các điển hình tiêu biểu của huyện, tiến tới Đại hội "
            "Thi đua yêu nước tỉnh lần thứ VI.",
            starts_at=_at(held_day, 7, 30),
            ends_at=_at(held_day, 11, 30),
            venue="Hội trường UBND huyện Đồng Lâm",
            delegate_count=180,
            delegate_composition="Lãnh đạo huyện, đại diện các xã, thị trấn và 82 điển hình "
            "tiên tiến.",
            next_level_event=province,
            agenda=[
                ("day", {"date": held_day, "title": ""}),
                ("item", {"time": dt.time(7, 30), "item": "Văn nghệ chào mừng",
                          "presenter": ""}),
                ("item", {"time": dt.time(8, 0), "item": "Khai mạc, báo cáo tổng kết",
                          "presenter": "Chủ tịch UBND huyện"}),
                ("item", {"time": dt.time(9, 30), "item": "Khen thưởng các điển hình",
                          "presenter": "Lãnh đạo tỉnh và huyện"}),
                ("item", {"time": dt.time(11, 0), "item": "Bế mạc",
                          "presenter": "Bí thư Huyện ủy"}),
            ],
        )
        for profile_slug, note in (
            ("hoang-van-son", "Tham luận về chăm sóc sức khỏe người cao tuổi"),
            ("cong-an-xa-tan-lap", "Được tặng Bằng khen của Chủ tịch UBND tỉnh"),
        ):
            district.honourees.add(
                district.honourees.model(profile=profiles[profile_slug], note=note)
            )
        report = news_index.get_children().filter(slug="dai-hoi-thi-dua-huyen-dong-lam").first()
        if report is not None:
            district.related_pages.add(district.related_pages.model(page=report))
        for number in range(3):
            district.gallery_images.add(
                district.gallery_images.model(
                    image=ensure_image(
                        f"Ảnh Đại hội huyện Đồng Lâm {number + 1}",
                        "Quang cảnh Đại hội huyện Đồng Lâm",
                        number + 3,
                    ),
                    caption=("Quang cảnh Đại hội", "Khen thưởng điển hình",
                             "Đại biểu chụp ảnh lưu niệm")[number],
                )
            )
        index.add_child(instance=district)
        district.save_revision().publish()
    else:
        district = district.specific

    if not index.get_children().filter(slug="dai-hoi-xa-tan-lap-lan-thu-iv").exists():
        commune_day = today - dt.timedelta(days=75)
        commune = CongressEventPage(
            slug="dai-hoi-xa-tan-lap-lan-thu-iv",
            title="Đại hội Thi đua yêu nước xã Tân Lập lần thứ IV",
            kind=EventKind.CONGRESS,
            level=EventLevel.COMMUNE,
            ordinal=4,
            period_start=2020,
            period_end=2025,
            lead="Đại hội thi đua cấp xã đầu tiên của huyện Đồng Lâm trong đợt Đại hội "
            "các cấp.",
            starts_at=_at(commune_day, 8, 0),
            ends_at=_at(commune_day, 11, 0),
            venue="Nhà văn hóa xã Tân Lập",
            delegate_count=90,
            next_level_event=district,
        )
        commune.honourees.add(
            commune.honourees.model(profile=profiles["hoang-van-son"], note="")
        )
        index.add_child(instance=commune)
        commune.save_revision().publish()
    return index


def _ensure_clusters(home, ensure_child):
    for name, kind, description, members, leaderships in CLUSTERS:
        if EmulationCluster.objects.filter(name=name).exists():
            continue
        cluster = EmulationCluster(name=name, kind=kind, description=description)
        for unit in members:
            cluster.members.add(cluster.members.model(unit=unit))
        for year, leader, deputy in leaderships:
            cluster.leaderships.add(
                cluster.leaderships.model(year=year, leader_unit=leader, deputy_unit=deputy)
            )
        cluster.save()
    return ensure_child(
        home,
        EmulationClusterIndexPage,
        "cum-khoi-thi-dua",
        title="Cụm, khối thi đua",
        introduction="Các cụm, khối thi đua của tỉnh Sông Xanh và đơn vị trưởng, phó "
        "khối qua từng năm.",
    )


def build(home, ensure_child):
    """Add the content sections under `home` (the Vietnamese home page)."""
    categories, sectors, localities, awards = _ensure_snippets()
    news_index = _ensure_news(home, ensure_child, categories)
    _profile_index, profiles = _ensure_profiles(home, ensure_child, sectors, localities, awards)
    _ensure_events(home, ensure_child, profiles, news_index)
    _ensure_clusters(home, ensure_child)

"""Demo content for the home app: the home page, the board's own pages and the site
settings, in Vietnamese with English translations of what a government portal must
publish in English (organisation, functions, contacts).

All text is written for this project and describes a fictional province.
"""

from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from home.demo import names, sections
from home.demo.names import PROVINCE
from home.models import HomePage, PortalSettings, StandardPage

ORGANISATION = "Sở Nội vụ " + PROVINCE


def _body(*parts):
    """Build a StreamField value from ("h", text) headings and ("p", html) paragraphs."""
    blocks = []
    for kind, value in parts:
        if kind == "h":
            blocks.append(("heading", {"text": value, "level": "h2"}))
        else:
            blocks.append(("paragraph", RichText(value)))
    return blocks


def ensure_child(parent, model, slug, **fields):
    """Return the child page of `parent` with `slug`, creating and publishing it if
    it does not exist. Existing pages are left as editors left them."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_translation(page, locale, **fields):
    """Return the page's translation into `locale`, creating and publishing it from
    `fields` if missing."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


def ensure_home_page():
    """Replace Wagtail's welcome page with the portal's home page and point the
    default site at it."""
    root = Page.get_first_root_node()
    home = root.get_children().type(HomePage).filter(locale=Locale.get_default()).first()
    if home is None:
        welcome = root.get_children().filter(slug=names.HOME).exact_type(Page).first()
        if welcome is not None:
            welcome.delete()
        home = HomePage(
            title="Ban Thi đua – Khen thưởng " + PROVINCE,
            slug=names.HOME,
            introduction=(
                "Cổng thông tin điện tử của Ban Thi đua – Khen thưởng "
                + PROVINCE
                + ": kế hoạch, chỉ thị, gương điển hình tiên tiến và tin tức "
                "phong trào thi đua yêu nước."
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    else:
        home = home.specific

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.site_name = "Ban Thi đua – Khen thưởng"
    site.save()
    return home, site


def ensure_settings(site):
    portal, _ = PortalSettings.objects.get_or_create(site=site)
    if portal.links:
        return portal
    portal.organisation_name = ORGANISATION
    portal.organisation_name_en = "Department of Home Affairs, Song Xanh Province"
    portal.board_name = "Ban Thi đua – Khen thưởng"
    portal.board_name_en = "Emulation and Commendation Board"
    portal.address = "Số 8 đường Hoàng Văn Thụ, phường Trung Tâm, tỉnh Sông Xanh"
    portal.address_en = "8 Hoang Van Thu Street, Trung Tam Ward, Song Xanh Province"
    portal.phone = "0205 3 812 345"
    portal.fax = "0205 3 812 346"
    portal.email = "bantdkt@songxanh.gov.vn"
    portal.editorial_head = "Nguyễn Văn Minh, Trưởng Ban Thi đua – Khen thưởng"
    portal.editorial_head_en = "Nguyen Van Minh, Head of the Emulation and Commendation Board"
    portal.links = [
        (
            "group",
            {
                "heading": "Sở, ban, ngành",
                "heading_en": "Departments and agencies",
                "links": [
                    {"title": "Văn phòng UBND tỉnh", "url": "https://vpubnd.songxanh.gov.vn/"},
                    {"title": "Sở Nội vụ", "url": "https://snv.songxanh.gov.vn/"},
                    {"title": "Sở Giáo dục và Đào tạo", "url": "https://sgddt.songxanh.gov.vn/"},
                    {"title": "Sở Y tế", "url": "https://syt.songxanh.gov.vn/"},
                ],
            },
        ),
        (
            "group",
            {
                "heading": "Xã, phường",
                "heading_en": "Communes and wards",
                "links": [
                    {"title": "Phường Trung Tâm", "url": "https://trungtam.songxanh.gov.vn/"},
                    {"title": "Xã Đồng Lâm", "url": "https://donglam.songxanh.gov.vn/"},
                    {"title": "Xã Bắc Hà", "url": "https://bacha.songxanh.gov.vn/"},
                    {"title": "Phường Phú An", "url": "https://phuan.songxanh.gov.vn/"},
                ],
            },
        ),
    ]
    portal.save()
    return portal


def build():
    """Build the home app's demo content; returns the Vietnamese home page."""
    en, _ = Locale.objects.get_or_create(language_code="en")
    home, site = ensure_home_page()
    ensure_settings(site)

    about = ensure_child(
        home,
        StandardPage,
        names.ABOUT,
        title="Giới thiệu",
        show_in_menus=True,
        introduction="Vị trí, chức năng và cơ cấu tổ chức của Ban Thi đua – Khen thưởng.",
        body=_body(
            ("h", "Vị trí"),
            (
                "p",
                "<p>Ban Thi đua – Khen thưởng là cơ quan trực thuộc Sở Nội vụ "
                + PROVINCE
                + ", có tư cách pháp nhân, con dấu và tài khoản riêng; chịu sự chỉ đạo "
                "về chuyên môn, nghiệp vụ của Ban Thi đua – Khen thưởng Trung ương.</p>",
            ),
        ),
    )
    functions = ensure_child(
        about,
        StandardPage,
        names.FUNCTIONS,
        title="Chức năng, nhiệm vụ",
        introduction="Những việc Ban tham mưu cho Hội đồng Thi đua – Khen thưởng tỉnh.",
        body=_body(
            ("h", "Chức năng"),
            (
                "p",
                "<p>Tham mưu, giúp Giám đốc Sở Nội vụ và Hội đồng Thi đua – Khen thưởng "
                "tỉnh quản lý nhà nước về công tác thi đua, khen thưởng trên địa bàn.</p>",
            ),
            ("h", "Nhiệm vụ"),
            (
                "p",
                "<ul><li>Xây dựng kế hoạch, hướng dẫn tổ chức các phong trào thi đua "
                "yêu nước.</li><li>Thẩm định hồ sơ đề nghị khen thưởng, trình cấp có "
                "thẩm quyền quyết định.</li><li>Phát hiện, bồi dưỡng, tổng kết và nhân "
                "rộng các điển hình tiên tiến.</li><li>Kiểm tra, sơ kết, tổng kết công "
                "tác thi đua, khen thưởng.</li></ul>",
            ),
        ),
    )
    contact = ensure_child(
        home,
        StandardPage,
        names.CONTACT,
        title="Liên hệ",
        show_in_menus=True,
        introduction="Địa chỉ, điện thoại và thư điện tử của Ban.",
        body=_body(
            (
                "p",
                "<p>Ban Thi đua – Khen thưởng, Sở Nội vụ " + PROVINCE + ".</p>"
                "<p>Địa chỉ: Số 8 đường Hoàng Văn Thụ, phường Trung Tâm, tỉnh Sông "
                "Xanh.</p><p>Điện thoại: 0205 3 812 345 – Fax: 0205 3 812 346.</p>"
                "<p>Thư điện tử: bantdkt@songxanh.gov.vn</p>",
            ),
        ),
    )

    sections.build(home, ensure_child)

    ensure_translation(
        home,
        en,
        title="Emulation and Commendation Board of Song Xanh Province",
        introduction=(
            "The portal of the Emulation and Commendation Board of Song Xanh Province: "
            "plans, directives, exemplary people and news of the patriotic emulation "
            "movement."
        ),
    )
    ensure_translation(
        about,
        en,
        title="About us",
        slug=names.ABOUT_EN,
        introduction="The Board's position, functions and organisation.",
        body=_body(
            ("h", "Position"),
            (
                "p",
                "<p>The Emulation and Commendation Board is an agency of the Department "
                "of Home Affairs of Song Xanh Province, with its own legal status, seal "
                "and account, under the professional guidance of the Central Emulation "
                "and Commendation Board.</p>",
            ),
        ),
    )
    ensure_translation(
        functions,
        en,
        title="Functions and duties",
        slug=names.FUNCTIONS_EN,
        introduction="What the Board does for the Provincial Emulation and Commendation "
        "Council.",
        body=_body(
            ("h", "Functions"),
            (
                "p",
                "<p>The Board advises the Director of the Department of Home Affairs and "
                "the Provincial Emulation and Commendation Council on the state "
                "management of emulation and commendation in the province.</p>",
            ),
            ("h", "Duties"),
            (
                "p",
                "<ul><li>Plan and guide the patriotic emulation movements.</li>"
                "<li>Review commendation proposals and submit them for decision.</li>"
                "<li>Find, support and spread exemplary examples.</li>"
                "<li>Inspect and review emulation and commendation work.</li></ul>",
            ),
        ),
    )
    ensure_translation(
        contact,
        en,
        title="Contact",
        slug=names.CONTACT_EN,
        introduction="The Board's address, telephone and e-mail.",
        body=_body(
            (
                "p",
                "<p>Emulation and Commendation Board, Department of Home Affairs, Song "
                "Xanh Province.</p><p>Address: 8 Hoang Van Thu Street, Trung Tam Ward, "
                "Song Xanh City.</p><p>Telephone: +84 205 3 812 345 – Fax: +84 205 3 812 "
                "346.</p><p>E-mail: bantdkt@songxanh.gov.vn</p>",
            ),
        ),
    )
    return home

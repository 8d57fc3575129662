import pytest

pytestmark = pytest.mark.django_db


def test_home_page_is_vietnamese(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    assert '<html lang="vi">' in response.content.decode()


def test_home_page_shows_organisation_from_site_settings(client, home_page):
    response = client.get("/")
    assert "Sở Nội vụ tỉnh Thử Nghiệm" in response.content.decode()


def test_footer_shows_contact_details(client, home_page):
    html = client.get("/").content.decode()
    for detail in (
        "Số 1 đường Thử Nghiệm",
        "0200 3 000 111",
        "0200 3 000 222",
        "banthidua@example.invalid",
        "Trần Thị Biên Tập",
    ):
        assert detail in html


def test_english_home_page_is_english(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Department of Home Affairs, Test Province" in html


def test_unknown_url_gives_vietnamese_404(client, home_page):
    response = client.get("/khong-ton-tai/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Không tìm thấy trang" in html


def test_unknown_english_url_gives_english_404(client, home_page):
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_language_switcher_links_to_translation(client, home_page, locales):
    from tests.factories import StandardPageFactory

    about = StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu")
    english = about.copy_for_translation(locales["en"])
    english.title = "About us"
    english.slug = "about"
    english.save_revision().publish()
    html = client.get("/gioi-thieu/").content.decode()
    assert 'href="/en/about/" hreflang="en"' in html


def test_language_switcher_falls_back_to_home_without_translation(client, home_page):
    from tests.factories import StandardPageFactory

    StandardPageFactory(parent=home_page, title="Chỉ tiếng Việt", slug="chi-tieng-viet")
    html = client.get("/chi-tieng-viet/").content.decode()
    assert 'href="/en/" hreflang="en"' in html


def test_main_menu_lists_pages_shown_in_menus(client, home_page):
    from tests.factories import StandardPageFactory

    StandardPageFactory(parent=home_page, title="Giới thiệu", show_in_menus=True)
    StandardPageFactory(parent=home_page, title="Trang ẩn", show_in_menus=False)
    html = client.get("/").content.decode()
    start = html.index('class="main-nav"')
    nav = html[start : html.index("</nav>", start)]
    assert "Giới thiệu" in nav
    assert "Trang ẩn" not in nav


def test_website_links_box_renders_from_settings(client, home_page):
    from home.models import PortalSettings

    portal = PortalSettings.objects.get()
    portal.links = [
        (
            "group",
            {
                "heading": "Sở, ban, ngành",
                "links": [{"title": "Sở Y tế", "url": "https://syt.example.invalid/"}],
            },
        )
    ]
    portal.save()
    html = client.get("/").content.decode()
    assert "Liên kết website" in html
    assert 'href="https://syt.example.invalid/"' in html

import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_sitemap_lists_pages_in_both_languages(client, home_page, locales):
    about = StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu")
    english = about.copy_for_translation(locales["en"])
    english.slug = "about"
    english.save_revision().publish()
    xml = client.get("/sitemap.xml").content.decode()
    assert "http://localhost/gioi-thieu/</loc>" in xml
    assert "http://localhost/en/about/</loc>" in xml


def test_sitemap_leaves_out_unpublished_pages(client, home_page):
    draft = StandardPageFactory(parent=home_page, title="Bản nháp", slug="ban-nhap")
    draft.unpublish()
    assert "ban-nhap" not in client.get("/sitemap.xml").content.decode()


def test_robots_txt_points_at_sitemap_and_hides_admin(client, home_page):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text

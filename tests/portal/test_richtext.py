import pytest

from portal.richtext import sanitise
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_sanitise_drops_scripts_and_handlers():
    html = '<p onclick="alert(1)">Thi đua<script>alert(2)</script></p>'
    assert sanitise(html) == "<p>Thi đua</p>"


def test_sanitise_drops_javascript_links():
    assert "javascript" not in sanitise('<a href="javascript:alert(1)">x</a>')


def test_sanitise_keeps_wagtail_page_links_and_image_embeds():
    html = (
        '<p><a linktype="page" id="3">Kế hoạch</a></p>'
        '<embed alt="Ảnh" embedtype="image" format="left" id="7"/>'
    )
    assert sanitise(html) == html


def test_rich_text_field_is_sanitised_on_save(home_page):
    from tests.home.factories import ModelProfileIndexPageFactory, ModelProfilePageFactory

    index = ModelProfileIndexPageFactory(parent=home_page)
    profile = ModelProfilePageFactory(
        parent=index, achievements="<p>Giỏi<img src=x onerror=alert(1)></p>"
    )
    profile.refresh_from_db()
    assert profile.achievements == "<p>Giỏi</p>"


def test_plain_pages_without_rich_text_fields_save_unchanged(home_page):
    page = StandardPageFactory(parent=home_page, introduction="<b>không phải HTML</b>")
    page.refresh_from_db()
    assert page.introduction == "<b>không phải HTML</b>"


def test_rich_text_field_in_a_revision_is_sanitised(home_page):
    from tests.home.factories import ModelProfileIndexPageFactory, ModelProfilePageFactory

    index = ModelProfileIndexPageFactory(parent=home_page)
    profile = ModelProfilePageFactory(parent=index)
    profile.achievements = "<p>Giỏi<img src=x onerror=alert(1)></p>"
    revision = profile.save_revision()
    revision.refresh_from_db()
    assert revision.content["achievements"] == "<p>Giỏi</p>"

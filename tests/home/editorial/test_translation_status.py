"""The "Tình trạng bản dịch" report and the English status of Vietnamese pages."""

import pytest
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import translate_object

from home.editorial.translations import TranslationStatus, source_pages, with_translation_status
from tests.factories import StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db
URL = "/admin/reports/translation-status/"


@pytest.fixture
def admin_client(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def _translate(page, locale):
    """What wagtail-localize's "Translate" action does."""
    translate_object(page, [locale])


def _sync(page):
    """What wagtail-localize's "Sync translated pages" action does first."""
    TranslationSource.objects.get(object_id=page.translation_key).update_from_db()


def _status(page):
    return with_translation_status(source_pages()).get(pk=page.pk).translation_status


@pytest.fixture
def missing(home_page):
    return StandardPageFactory(parent=home_page, title="Trang chưa có bản dịch")


@pytest.fixture
def current(home_page, locales):
    page = StandardPageFactory(parent=home_page, title="Trang bản dịch mới")
    page.save_revision().publish()
    _translate(page, locales["en"])
    return page


@pytest.fixture
def outdated(home_page, locales):
    page = StandardPageFactory(parent=home_page, title="Trang bản dịch cũ")
    page.save_revision().publish()
    _translate(page, locales["en"])
    page.introduction = "Nội dung đã sửa sau khi dịch."
    page.save_revision().publish()
    return page


def test_page_without_english_is_missing(missing):
    assert _status(missing) == TranslationStatus.MISSING


def test_page_translated_after_its_last_revision_is_up_to_date(current):
    assert _status(current) == TranslationStatus.UP_TO_DATE


def test_page_revised_after_the_translation_is_out_of_date(outdated):
    assert _status(outdated) == TranslationStatus.OUTDATED


def test_syncing_makes_an_outdated_page_up_to_date(outdated):
    _sync(outdated)
    assert _status(outdated) == TranslationStatus.UP_TO_DATE


def test_report_lists_every_vietnamese_page_with_its_status(admin_client, missing, current):
    html = admin_client.get(URL).content.decode()
    assert "Trang chưa có bản dịch" in html
    assert "Trang bản dịch mới" in html
    assert "Chưa có bản tiếng Anh" in html


@pytest.mark.parametrize(
    ("status", "shown"),
    [
        (TranslationStatus.MISSING, "Trang chưa có bản dịch"),
        (TranslationStatus.OUTDATED, "Trang bản dịch cũ"),
        (TranslationStatus.UP_TO_DATE, "Trang bản dịch mới"),
    ],
)
def test_report_filters_by_status(admin_client, missing, current, outdated, status, shown):
    html = admin_client.get(URL, {"status": status.value}).content.decode()
    titles = {"Trang chưa có bản dịch", "Trang bản dịch cũ", "Trang bản dịch mới"}
    assert [title for title in titles if title in html] == [shown]


def test_report_leaves_out_english_pages(admin_client, current, locales):
    html = admin_client.get(URL).content.decode()
    assert "Emulation and Commendation Board of Test Province" not in html


def test_report_is_in_the_reports_menu(admin_client):
    assert URL in admin_client.get("/admin/").content.decode()


def test_report_exports_csv(admin_client, missing):
    response = admin_client.get(URL, {"export": "csv"})
    content = b"".join(response.streaming_content).decode()
    assert "Trang chưa có bản dịch" in content

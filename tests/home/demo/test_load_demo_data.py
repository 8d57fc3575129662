import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from home.models import HomePage, PortalSettings

pytestmark = pytest.mark.django_db



def test_demo_data_twice_gives_same_pages(locales):
    call_command("load_demo_data")
    first = sorted(Page.objects.values_list("url_path", "locale__language_code"))
    call_command("load_demo_data")
    second = sorted(Page.objects.values_list("url_path", "locale__language_code"))
    assert second == first


def test_demo_site_root_is_the_vietnamese_home_page(demo_site):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.locale.language_code == "vi"


def test_demo_home_page_has_english_translation(demo_site, locales):
    home = Site.objects.get(is_default_site=True).root_page
    assert home.get_translation_or_none(locales["en"]).live


def test_demo_settings_fill_the_footer(demo_site, client):
    portal = PortalSettings.objects.get()
    html = client.get("/").content.decode()
    assert portal.email in html
    assert portal.phone in html


def test_demo_english_contact_page_answers(demo_site, client):
    assert client.get("/en/contact/").status_code == 200


def test_demo_has_news_with_images(demo_site):
    from home.models import NewsPage

    news = NewsPage.objects.live()
    assert news.count() >= 12
    assert not news.filter(main_image__isnull=True).exists()


def test_demo_has_individual_and_collective_profiles_with_honours(demo_site):
    from home.models import ModelProfilePage, ProfileKind

    profiles = ModelProfilePage.objects.live()
    assert profiles.count() == 8
    assert {profile.kind for profile in profiles} == set(ProfileKind.values)
    assert all(profile.honours.exists() for profile in profiles)


def test_demo_has_events_at_province_and_commune_levels(demo_site):
    from home.models import CongressEventPage, EventLevel, EventStatus

    events = list(CongressEventPage.objects.live())
    # No district congress after 1 July 2025: the districts were abolished.
    assert {event.level for event in events} == {EventLevel.PROVINCE, EventLevel.COMMUNE}
    assert any(event.status == EventStatus.UPCOMING for event in events)
    held = [event for event in events if event.status == EventStatus.HELD]
    assert any(event.agenda and event.honourees.exists() for event in held)


@pytest.mark.parametrize(
    "path", ["/tin-tuc/", "/dien-hinh-tien-tien/", "/dai-hoi-thi-dua/", "/cum-khoi-thi-dua/"]
)
def test_demo_sections_answer(demo_site, client, path):
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("path", ["/en/about/", "/en/about/functions-and-duties/", "/en/contact/"])
def test_demo_organisation_functions_and_contact_exist_in_english(demo_site, client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.context["page"].locale.language_code == "en"

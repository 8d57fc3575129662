"""load_demo_data fills only a database that is empty or holds its own demo: anything
else needs --force, and real view counts are never joined by invented ones."""

import pytest
from django.core.management import CommandError, call_command
from django.db.models import F
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page

from home.demo.management.commands.load_demo_data import REFUSED
from home.models import DailyPageViews, HomePage, NewsPage
from tests.factories import DailyPageViewsFactory, StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def foreign_page(locales):
    """A page somebody made, under the tree's root, before any demo was loaded."""
    return StandardPageFactory(parent=Page.get_first_root_node(), slug="bao-cao-rieng")


@pytest.fixture
def demo_site(locales):
    call_command("load_demo_data")


def _views():
    return sorted(DailyPageViews.objects.values_list("page_id", "day", "views"))


def test_refuses_a_database_holding_a_page_it_did_not_create(foreign_page):
    with pytest.raises(CommandError) as refusal:
        call_command("load_demo_data")
    assert refusal.value.returncode == REFUSED


def test_refusal_writes_nothing(foreign_page):
    pages = sorted(Page.objects.values_list("pk", flat=True))
    with pytest.raises(CommandError):
        call_command("load_demo_data")
    assert sorted(Page.objects.values_list("pk", flat=True)) == pages
    assert not get_image_model().objects.exists()
    assert not DailyPageViews.objects.exists()


def test_refusal_says_why_in_vietnamese_and_english(foreign_page):
    with pytest.raises(CommandError) as refusal:
        call_command("load_demo_data")
    assert "Dùng --force" in str(refusal.value)
    assert "Use --force" in str(refusal.value)


def test_refuses_a_demo_site_a_user_has_edited(demo_site):
    news = NewsPage.objects.first()
    news.save_revision(user=UserFactory())
    with pytest.raises(CommandError):
        call_command("load_demo_data")


def test_refuses_a_snippet_it_did_not_create(demo_site):
    from tests.home.factories import NewsCategoryFactory

    NewsCategoryFactory(slug="chuyen-muc-rieng")
    with pytest.raises(CommandError):
        call_command("load_demo_data")


def test_force_loads_the_demo_beside_foreign_content(foreign_page):
    call_command("load_demo_data", force=True)
    assert HomePage.objects.filter(slug="home").exists()
    assert Page.objects.filter(pk=foreign_page.pk).exists()


def test_second_run_on_its_own_demo_is_accepted_and_changes_nothing(demo_site):
    pages = sorted(Page.objects.values_list("url_path", "locale__language_code"))
    views = _views()
    call_command("load_demo_data")
    assert sorted(Page.objects.values_list("url_path", "locale__language_code")) == pages
    assert _views() == views


def test_accepts_its_own_generated_load_data(demo_site):
    call_command(
        "generate_load_data", documents=3, news=1, profiles=1, events=1, days=3, verbosity=0
    )
    call_command("load_demo_data")


def test_force_writes_no_views_where_real_ones_exist(foreign_page):
    DailyPageViewsFactory(page=foreign_page, views=3)
    before = _views()
    call_command("load_demo_data", force=True)
    assert _views() == before


def test_views_counted_on_a_demo_page_keep_invented_ones_out(demo_site):
    """A reader counted on one demo page; another demo page lost its rows (as a page a
    newer demo adds would have none): the rerun leaves both alone."""
    first, second = NewsPage.objects.order_by("pk")[:2]
    DailyPageViews.objects.filter(page=first, day=timezone.localdate()).update(
        views=F("views") + 1
    )
    DailyPageViews.objects.filter(page=second).delete()
    before = _views()
    call_command("load_demo_data")
    assert _views() == before

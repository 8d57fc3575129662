"""load_demo_data run again on its own demo: accepted and changing nothing unless a
user edited the demo, and real view counts are never joined by invented ones. Every
test starts from the demo loaded once for the module (tests/conftest.py)."""

import pytest
from django.core.management import CommandError, call_command
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from home.models import DailyPageViews, NewsPage
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _views():
    return sorted(DailyPageViews.objects.values_list("page_id", "day", "views"))



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

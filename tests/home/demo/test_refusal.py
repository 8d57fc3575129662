"""load_demo_data fills only a database that is empty or holds its own demo: anything
else needs --force, and real view counts are never joined by invented ones."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Page

from home.demo.management.commands.load_demo_data import REFUSED
from home.models import DailyPageViews, HomePage
from tests.factories import DailyPageViewsFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def foreign_page(locales):
    """A page somebody made, under the tree's root, before any demo was loaded."""
    return StandardPageFactory(parent=Page.get_first_root_node(), slug="bao-cao-rieng")


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


def test_force_loads_the_demo_beside_foreign_content(foreign_page):
    call_command("load_demo_data", force=True)
    assert HomePage.objects.filter(slug="home").exists()
    assert Page.objects.filter(pk=foreign_page.pk).exists()


def test_force_writes_no_views_where_real_ones_exist(foreign_page):
    DailyPageViewsFactory(page=foreign_page, views=3)
    before = _views()
    call_command("load_demo_data", force=True)
    assert _views() == before

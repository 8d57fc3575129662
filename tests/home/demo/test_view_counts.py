import pytest
from django.core.management import call_command

from home.models import DailyPageViews, MostViewedPage

pytestmark = pytest.mark.django_db


def test_demo_data_fills_a_year_of_view_counts_once(locales):
    call_command("load_demo_data")
    first = sorted(DailyPageViews.objects.values_list("page_id", "day", "views"))
    call_command("load_demo_data")
    second = sorted(DailyPageViews.objects.values_list("page_id", "day", "views"))
    assert first and second == first
    days = {day for _, day, _ in first}
    assert (max(days) - min(days)).days >= 300


def test_demo_has_the_most_viewed_page(demo_site, client):
    assert MostViewedPage.objects.filter(slug="xem-nhieu-nhat", live=True).exists()
    assert client.get("/xem-nhieu-nhat/").status_code == 200

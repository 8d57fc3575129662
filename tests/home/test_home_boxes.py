"""The home page's boxes read plain records (home/models/home_page.py): the cards
must still link to each page's own address and show its card renditions."""

import datetime as dt

import pytest
import wagtail_factories
from django.utils import timezone
from wagtail.images.models import ResponsiveImage
from wagtail.models import PageViewRestriction

from home.images import ResponsiveImageTag
from home.models.home_page import home_boxes
from portal import page_cache
from tests.date_support import count_date_filter_calls
from tests.home.factories import (
    CongressEventIndexPageFactory,
    CongressEventPageFactory,
    ModelProfileIndexPageFactory,
    ModelProfilePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db


def test_home_cards_link_to_each_page_address(client, home_page):
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), featured=True)
    start = timezone.now() + dt.timedelta(days=3)
    event = CongressEventPageFactory(
        parent=CongressEventIndexPageFactory(parent=home_page),
        starts_at=start,
        ends_at=start + dt.timedelta(hours=3),
    )
    profile = ModelProfilePageFactory(
        parent=ModelProfileIndexPageFactory(parent=home_page), featured=True
    )
    html = client.get("/").content.decode()
    for page in (news, event, profile):
        assert f'href="{page.url}"' in html


def test_english_home_cards_link_under_the_english_address(client, home_page, locales):
    english_home = home_page.get_translation(locales["en"])
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=english_home), title="English news")
    assert news.url.startswith("/en/")
    assert f'href="{news.url}"' in client.get("/en/").content.decode()


def test_home_news_card_shows_its_card_renditions(client, home_page):
    image = wagtail_factories.ImageFactory()
    NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), main_image=image)
    html = client.get("/").content.decode()
    small, large = image.get_renditions("fill-400x300", "fill-800x600").values()
    assert f'srcset="{small.url} {small.width}w, {large.url} {large.width}w"' in html


def test_home_news_card_follows_a_new_focal_point(client, home_page):
    image = wagtail_factories.ImageFactory(width=1200, height=400)
    NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), main_image=image)
    client.get("/")
    image.focal_point_x, image.focal_point_y = 1100, 200
    image.focal_point_width, image.focal_point_height = 50, 50
    image.save()
    page_cache.purge()
    html = client.get("/").content.decode()
    assert f'src="{image.get_rendition("fill-400x300").url}"' in html


def test_home_page_leaves_out_news_of_a_private_section(client, home_page):
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, title="Tin nội bộ", featured=True)
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    page_cache.purge()
    assert "Tin nội bộ" not in client.get("/").content.decode()


def test_card_image_writes_the_tag_wagtail_writes(home_page):
    image = wagtail_factories.ImageFactory(title='Ảnh "thi đua" & khen thưởng')
    renditions = image.get_renditions("fill-400x300", "fill-800x600")
    attrs = {"sizes": "(max-width: 600px) 100vw, 400px", "loading": "lazy"}
    expected = str(ResponsiveImage(renditions, dict(attrs)))
    assert str(ResponsiveImageTag(renditions, dict(attrs))) == expected


def _news_and_event(home_page):
    NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), date=dt.date(2026, 1, 5))
    start = dt.datetime(2026, 9, 23, 1, 0, tzinfo=dt.UTC)
    CongressEventPageFactory(
        parent=CongressEventIndexPageFactory(parent=home_page),
        starts_at=start,
        ends_at=start + dt.timedelta(hours=3),
    )


def test_home_cards_write_their_dates_without_the_date_filter(client, home_page, monkeypatch):
    _news_and_event(home_page)
    formatted = count_date_filter_calls(monkeypatch)
    page_cache.purge()
    client.get("/")
    assert formatted == []


def test_home_event_card_shows_its_start_in_vietnam_time(home_page):
    _news_and_event(home_page)
    now = dt.datetime(2026, 9, 1, tzinfo=dt.UTC)
    event = home_boxes(home_page, now)["upcoming_events"][0]
    assert (event.iso_start, event.shown_start) == ("2026-09-23T08:00:00+07:00", "08:00 23/09/2026")


def test_home_news_card_carries_its_date_as_the_filter_wrote_it(home_page):
    _news_and_event(home_page)
    news = home_boxes(home_page, timezone.now())["latest_news"][0]
    assert (news.iso_date, news.shown_date) == ("2026-01-05", "05/01/2026")

"""The cold route (portal/route_walk.py) finds what Wagtail's walk down the tree finds,
with two queries whatever the depth."""

import pytest
from django.http import Http404
from django.test import RequestFactory
from django.utils.translation import override
from wagtail.models import Page, PageViewRestriction, Site

from portal import sites
from portal.page_cache import purge
from portal.route_walk import find_route, specific_page
from tests.documents.factories import DocumentArchivePageFactory, OfficialDocumentPageFactory
from tests.fences_support import fence_off
from tests.home.factories import (
    ModelProfileIndexPageFactory,
    ModelProfilePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.home.queries import count_cold_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page, slug="tin-tuc")


@pytest.fixture
def news(news_index):
    return NewsPageFactory(parent=news_index, slug="tin-dinh-tuyen", title="Tin về định tuyến")


def _site():
    return Site.objects.select_related("root_page").get(is_default_site=True)


def _walked(path, language="vi"):
    """(ours, Wagtail's) routes for `path`, each as (page id, sub-route view name,
    sub-route args) or the exception class it raised."""
    site = _site()
    results = []
    with override(language):
        for route in (
            lambda request: find_route(request, site, path),
            lambda request: site.root_page.localized.specific.route(
                request, [part for part in path.split("/") if part]
            ),
        ):
            try:
                page, args, kwargs = route(RequestFactory().get("/"))
            except Http404:
                results.append(Http404)
                continue
            view = args[0].__name__ if args else None
            results.append((page.pk, view, tuple(args[1:]), kwargs))
    return tuple(results)


def test_finds_the_article_as_wagtail_does(news):
    ours, wagtails = _walked("tin-tuc/tin-dinh-tuyen/")
    assert ours == wagtails and ours[0] == news.pk


def test_finds_the_home_page(home_page):
    ours, wagtails = _walked("")
    assert ours == wagtails and ours[0] == home_page.pk


def test_finds_the_english_home_page(home_page):
    ours, wagtails = _walked("", language="en")
    assert ours == wagtails and ours[0] != home_page.pk


def test_finds_a_routable_page_sub_route(news_index, news):
    ours, wagtails = _walked("tin-tuc/rss/")
    assert ours == wagtails and ours[:2] == (news_index.pk, "feed_route")


def test_child_whose_slug_is_no_sub_route_is_the_child(news_index):
    child = NewsPageFactory(parent=news_index, slug="rss-la-khong")
    ours, wagtails = _walked("tin-tuc/rss-la-khong/")
    assert ours == wagtails and ours[0] == child.pk


def test_follows_a_slug_change(news):
    news.slug = "ten-moi"
    news.save_revision().publish()
    assert _walked("tin-tuc/ten-moi/")[0][0] == news.pk


def test_old_slug_is_left_to_wagtail(news):
    news.slug = "ten-moi"
    news.save_revision().publish()
    site = _site()
    with override("vi"):
        assert find_route(RequestFactory().get("/"), site, "tin-tuc/tin-dinh-tuyen/") is None


def test_follows_a_move(home_page, news):
    other = NewsIndexPageFactory(parent=home_page, slug="tin-dia-phuong")
    Page.objects.get(pk=news.pk).move(other, pos="last-child")
    ours, wagtails = _walked("tin-dia-phuong/tin-dinh-tuyen/")
    assert ours == wagtails and ours[0] == news.pk


def test_unpublished_page_is_not_found(news):
    Page.objects.get(pk=news.pk).unpublish()
    assert _walked("tin-tuc/tin-dinh-tuyen/") == (Http404, Http404)


def test_walks_through_an_unpublished_section_as_wagtail_does(news_index, news):
    Page.objects.get(pk=news_index.pk).unpublish()
    ours, wagtails = _walked("tin-tuc/tin-dinh-tuyen/")
    assert ours == wagtails and ours[0] == news.pk


def test_costs_two_queries_at_any_depth(news, django_assert_num_queries):
    site = _site()
    with override("vi"):
        # Wagtail's cached root paths and the content types, read once per process.
        find_route(RequestFactory().get("/"), site, "tin-tuc/")
        with django_assert_num_queries(2):
            find_route(RequestFactory().get("/"), site, "tin-tuc/tin-dinh-tuyen/")


def test_private_page_found_cold_still_asks_for_a_login(client, news):
    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    purge()
    response = client.get("/tin-tuc/tin-dinh-tuyen/")
    assert response.status_code == 302 and "login" in response["Location"]


def test_cold_article_request_skips_wagtails_walk(client, news, django_assert_max_num_queries):
    client.get("/tin-tuc/tin-dinh-tuyen/")
    purge()
    # Site, path, page; view restrictions, settings, frame, categories, other news.
    with django_assert_max_num_queries(9):
        assert client.get("/tin-tuc/tin-dinh-tuyen/").status_code == 200


@pytest.mark.parametrize(
    "host", ["localhost", "localhost:8000", "other.example", "cong.example", "cong.example:81"]
)
def test_site_lookup_agrees_with_wagtail(home_page, host, settings):
    settings.ALLOWED_HOSTS = ["*"]
    Site.objects.create(hostname="cong.example", port=81, root_page=home_page)
    Site.objects.create(hostname="cong.example", port=82, root_page=home_page)
    ours = sites.find_for_request(RequestFactory().get("/", HTTP_HOST=host))
    wagtails = Site.find_for_request(RequestFactory().get("/", HTTP_HOST=host))
    assert ours == wagtails


def test_site_lookup_takes_the_only_other_site_of_a_host(home_page, settings):
    settings.ALLOWED_HOSTS = ["*"]
    other = Site.objects.create(hostname="cong.example", port=81, root_page=home_page)
    request = RequestFactory().get("/", HTTP_HOST="cong.example:8080")
    assert sites.find_for_request(request) == other == Site.find_for_request(
        RequestFactory().get("/", HTTP_HOST="cong.example:8080")
    )


@pytest.mark.parametrize("kind", ["document", "profile"])
def test_cold_detail_page_costs_three_queries_less_than_wagtails_walk(
    client, settings, home_page, kind
):
    if kind == "document":
        archive = DocumentArchivePageFactory(parent=home_page)
        page = OfficialDocumentPageFactory(parent=archive)
    else:
        section = ModelProfileIndexPageFactory(parent=home_page)
        page = ModelProfilePageFactory(parent=section)
    ours = count_cold_queries(client, page.url)
    fence_off(settings, "wagtail_routes")
    # Wagtail: site, locale, home page, then the section and the page, each a child
    # look-up and a specific page; here the site, the path and the page.
    assert count_cold_queries(client, page.url) - ours >= 3


def test_specific_page_is_the_page_as_its_type(news):
    page = specific_page(news.content_type_id, news.pk)
    assert (type(page), page.pk, page.title) == (type(news), news.pk, news.title)


def test_specific_page_of_a_deleted_page_is_none(news):
    content_type_id, pk = news.content_type_id, news.pk
    news.delete()
    assert specific_page(content_type_id, pk) is None

"""Result cards (search.cards): the page of results is read in one query whatever
its pages' types, and each card says what its page says."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from search import service
from search.cards import load_cards
from search.results import SearchHit, page_date, type_label
from tests.search.corpus import build_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(home_page):
    return build_corpus(home_page)


def _vi():
    return Locale.objects.get(language_code="vi")


def _cards(pages):
    return load_cards({page.pk: page.content_type_id for page in pages})


def test_cards_of_every_type_are_read_in_one_query(corpus):
    pages = list(corpus.values())
    with CaptureQueriesContext(connection) as captured:
        cards = _cards(pages)
    assert len(captured.captured_queries) == 1
    assert {type(card) for card in cards.values()} == {type(page) for page in pages}


def test_a_card_says_what_its_page_says(corpus):
    request = RequestFactory().get("/tim-kiem/", HTTP_HOST="localhost")
    cards = _cards(corpus.values())
    for page in corpus.values():
        card, full = cards[page.pk], Page.objects.get(pk=page.pk).specific
        said = [
            (item.title, item.get_url(request), type_label(item), page_date(item),
             getattr(item, "number", ""))
            for item in (card, full)
        ]
        assert said[0] == said[1], page.title


def test_showing_a_card_reads_nothing_more(corpus):
    request = RequestFactory().get("/tim-kiem/", HTTP_HOST="localhost")
    cards = _cards(corpus.values())
    # The site's root paths are read once per request, whatever it links to.
    Page.objects.get(pk=corpus["news"].pk).get_url(request)
    with CaptureQueriesContext(connection) as captured:
        for card in cards.values():
            hit = SearchHit(card, 1.0)
            (hit.title, hit.type_key, hit.type_label, hit.number, hit.date,
             card.get_url(request))
    assert captured.captured_queries == []


def test_a_page_without_stored_parts_is_folded_for_its_snippet(corpus):
    from search.models import FoldedText

    plan = corpus["plan_movement"]
    FoldedText.objects.filter(page=plan).delete()
    hit = next(
        hit for hit in service.search("phát động", locale=_vi()).hits if hit.page.pk == plan.pk
    )
    assert "<mark>Phát động</mark>" in str(hit.snippet)


def test_a_search_reads_its_results_in_six_queries(client, corpus, django_assert_max_num_queries):
    # The locale, the ranking, the count with every facet, the issuers' names, the
    # cards of the page shown, whatever their types, and the sample of the matches
    # (under COUNT_LIMIT, one bounded query tells whether it held every match:
    # search.matching.Sample, on PostgreSQL and SQLite alike). The site and its
    # settings are cached by the first request.
    client.get("/api/search/", {"q": "khen thưởng"})
    with django_assert_max_num_queries(6):
        data = client.get("/api/search/", {"q": "thi đua"}).json()
    assert len({result["type"] for result in data["results"]}) >= 2


def test_the_search_page_reads_its_results_in_as_few_queries_as_the_api(
    client, corpus, django_assert_max_num_queries
):
    client.get("/tim-kiem/", {"q": "thi đua"})
    # The frame (menus, site settings) is cached after the first request.
    with django_assert_max_num_queries(7):
        html = client.get("/tim-kiem/", {"q": "thi đua"}).content.decode()
    assert html.count('class="search-result"') >= 3

"""Relevance: the queries of tests.search.corpus and the citizen queries of
tests.search.citizen_corpus, each with the page that must come first, reach a mean
reciprocal rank of at least 0.9 (issue #22, point 7), and the rules behind it."""

import pytest
from django.db import connection
from wagtail.models import Locale

from search.service import search
from tests.search.citizen_corpus import (
    CITIZEN_QUERIES,
    DIRECTIVES,
    PROVINCIAL_FIGHTERS,
    build_citizen_corpus,
)
from tests.search.corpus import RELEVANCE_QUERIES, build_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(home_page):
    return build_citizen_corpus(home_page, build_corpus(home_page))


def _ids(query, per_page=10):
    results = search(query, locale=Locale.objects.get(language_code="vi"), per_page=per_page)
    return [hit.page.pk for hit in results.hits]


def _rank(query, expected, corpus):
    keys = expected if isinstance(expected, tuple) else (expected,)
    wanted = {corpus[key].pk for key in keys}
    ids = _ids(query)
    return next((position for position, pk in enumerate(ids, 1) if pk in wanted), None)


def _mrr(queries, corpus):
    ranks = {query: _rank(query, key, corpus) for query, key in queries}
    mrr = sum(1 / rank for rank in ranks.values() if rank) / len(ranks)
    return mrr, {query: rank for query, rank in ranks.items() if rank != 1}


def test_citizen_queries_reach_mrr_0_9(corpus):
    mrr, misses = _mrr(CITIZEN_QUERIES, corpus)
    print(f"citizen MRR on {connection.vendor}: {mrr:.3f} over {len(CITIZEN_QUERIES)}; {misses}")
    assert len(CITIZEN_QUERIES) >= 60
    assert mrr >= 0.9, misses


def test_all_queries_reach_mrr_0_9(corpus):
    queries = RELEVANCE_QUERIES + CITIZEN_QUERIES
    mrr, misses = _mrr(queries, corpus)
    print(f"all MRR on {connection.vendor}: {mrr:.3f} over {len(queries)}; {misses}")
    assert mrr >= 0.9, misses


def test_every_query_finds_its_page(corpus):
    # One corpus for all the queries: building it costs seconds.
    missing = [
        query for query, key in RELEVANCE_QUERIES + CITIZEN_QUERIES
        if _rank(query, key, corpus) is None
    ]
    assert missing == []


def test_phrase_in_a_title_ranks_above_scattered_syllables(corpus):
    ids = _ids("chi thi", per_page=50)
    directives = [ids.index(corpus[key].pk) for key in DIRECTIVES]
    scattered = ids.index(corpus["news_red_address"].pk)
    assert max(directives) < scattered


def test_honour_finds_every_profile_holding_it(corpus):
    ids = set(_ids("chien si thi dua", per_page=50))
    assert {corpus[key].pk for key in PROVINCIAL_FIGHTERS} <= ids


@pytest.mark.parametrize("query", ["thi đua khen thưởng", "chuyen doi so", "thi dua"])
def test_navigation_pages_come_after_content(corpus, home_page, query):
    ids = _ids(query, per_page=50)
    navigation = {home_page.pk, corpus["contact"].pk, corpus["about"].pk}
    positions = [position for position, pk in enumerate(ids) if pk in navigation]
    content = [position for position, pk in enumerate(ids) if pk not in navigation]
    assert content and positions
    assert max(content) < min(positions)

import pytest
from django.db import connection
from wagtail.models import Locale

from search.service import search
from tests.search.corpus import RELEVANCE_QUERIES, build_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(home_page):
    return build_corpus(home_page)


def _rank(query, expected_page):
    results = search(query, locale=Locale.objects.get(language_code="vi"), per_page=10)
    ids = [hit.page.pk for hit in results.hits]
    return ids.index(expected_page.pk) + 1 if expected_page.pk in ids else None


def test_mean_reciprocal_rank_is_at_least_0_9(corpus):
    ranks = {query: _rank(query, corpus[key]) for query, key in RELEVANCE_QUERIES}
    mrr = sum(1 / rank for rank in ranks.values() if rank) / len(ranks)
    misses = {query: rank for query, rank in ranks.items() if rank != 1}
    print(f"MRR on {connection.vendor}: {mrr:.3f}; not first: {misses}")
    assert len(RELEVANCE_QUERIES) >= 30
    assert mrr >= 0.9, misses


@pytest.mark.parametrize(("query", "key"), RELEVANCE_QUERIES)
def test_query_finds_its_page(corpus, query, key):
    assert _rank(query, corpus[key]) is not None

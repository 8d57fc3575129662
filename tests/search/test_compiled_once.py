"""The search's statements that cost more to compile than to run (the cards' joins,
the count-and-facets GROUP BY) are built and compiled once per process and thread,
then only run (portal.prepared_queries)."""

import pytest
from wagtail.models import Locale

from search import cards, facets, service
from tests.search.corpus import build_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(home_page):
    return build_corpus(home_page)


def _counting_builds(monkeypatch, prepared):
    """The keys `prepared` builds a statement for from now on."""
    built = []
    build = prepared._build

    def counting(*key):
        built.append(key)
        return build(*key)

    prepared.clear()
    monkeypatch.setattr(prepared, "_build", counting)
    return built


def _vi():
    return Locale.objects.get(language_code="vi")


def test_the_count_and_facets_statement_is_built_once_for_many_searches(corpus, monkeypatch):
    built = _counting_builds(monkeypatch, facets._GROUPING)
    for words in ("thi đua", "khen thưởng", "phát động"):
        service.search(words, locale=_vi())
    assert len(built) == 1


def test_the_cards_statement_is_built_once_per_set_of_types(corpus, monkeypatch):
    built = _counting_builds(monkeypatch, cards._CARDS)
    pages = list(corpus.values())
    cards.load_cards({page.pk: page.content_type_id for page in pages})
    cards.load_cards({page.pk: page.content_type_id for page in reversed(pages)})
    assert len(built) == 1

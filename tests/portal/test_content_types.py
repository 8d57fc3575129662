import pytest

from documents.models import DirectivePage, DocumentArchivePage, OfficialDocumentPage, PlanPage
from home.awards.models import AwardDecisionPage
from home.clusters.models import EmulationClusterIndexPage
from home.events.models import CongressEventIndexPage, CongressEventPage
from home.models import HomePage, MostViewedPage, StandardPage
from home.news.models import NewsIndexPage, NewsPage
from home.profiles.models import ModelProfileIndexPage, ModelProfilePage
from portal.content_types import content_page_models, content_type_ids

CONTENT = [
    OfficialDocumentPage,
    PlanPage,
    DirectivePage,
    AwardDecisionPage,
    NewsPage,
    ModelProfilePage,
    CongressEventPage,
]
FURNITURE = [
    HomePage,
    StandardPage,
    NewsIndexPage,
    ModelProfileIndexPage,
    CongressEventIndexPage,
    EmulationClusterIndexPage,
    DocumentArchivePage,
    MostViewedPage,
]


@pytest.mark.parametrize("model", CONTENT, ids=lambda model: model.__name__)
def test_documents_articles_profiles_and_events_are_content(model):
    assert model in content_page_models()


@pytest.mark.parametrize("model", FURNITURE, ids=lambda model: model.__name__)
def test_home_sections_and_standard_pages_are_not_content(model):
    assert model not in content_page_models()


@pytest.mark.django_db
def test_content_type_ids_cost_no_query_once_warm(django_assert_num_queries):
    first = content_type_ids()
    with django_assert_num_queries(0):
        assert content_type_ids() == first

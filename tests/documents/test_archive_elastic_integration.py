"""The archive index against a real Elasticsearch 8 cluster. Runs when
ELASTICSEARCH_URL answers (see README, "Search on Elasticsearch"); skipped otherwise."""

import os
import urllib.request

import pytest

from documents.archive.elastic import (
    ArchiveDocument,
    archive_index_name,
    build_archive_search,
    connect,
    facet_counts,
    rebuild_archive_index,
)
from documents.models import DocumentArchivePage, OfficialDocumentPage
from tests.documents.factories import PlanPageFactory
from tests.search.corpus import build_corpus

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")


def _cluster_answers():
    if not ELASTICSEARCH_URL:
        return False
    try:
        with urllib.request.urlopen(ELASTICSEARCH_URL, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


pytestmark = [
    pytest.mark.django_db,
    # The only tests allowed to skip in CI (tests/skip_policy.py).
    pytest.mark.elasticsearch,
    pytest.mark.skipif(
        not _cluster_answers(),
        reason="no Elasticsearch cluster: set ELASTICSEARCH_URL to one that answers",
    ),
]


@pytest.fixture
def indexed(home_page, settings):
    settings.ELASTICSEARCH_INDEX = "portal_test"
    pages = build_corpus(home_page)
    documents = OfficialDocumentPage.objects.live().prefetch_related("attachments__document")
    rebuild_archive_index(documents, url=ELASTICSEARCH_URL)
    yield pages
    ArchiveDocument._index.clone(
        name=archive_index_name(), using=connect(ELASTICSEARCH_URL)
    ).delete()


def _ids(query, **kwargs):
    search = build_archive_search(query, locale="vi", **kwargs)
    response = search.using(connect(ELASTICSEARCH_URL)).execute()
    return [int(hit.meta.id) for hit in response], response


def test_number_typed_loosely_comes_first(indexed):
    ids, _response = _ids("12 kh ubnd")
    assert ids[0] == indexed["plan_movement"].pk


def test_query_without_diacritics_finds_the_document(indexed):
    ids, _response = _ids("ke hoach kiem tra")
    assert ids[0] == indexed["plan_inspection"].pk


def test_word_only_in_attachment_is_found(indexed):
    ids, _response = _ids("vuon uom")
    assert ids == [indexed["pdf_list"].pk]


def test_facets_are_aggregations(indexed):
    _ids_found, response = _ids("khen thưởng")
    assert facet_counts(response)["year"]["2023"] == 3


@pytest.fixture
def archive_on_index(indexed, settings):
    settings.ELASTICSEARCH_URL = ELASTICSEARCH_URL
    settings.DOCUMENT_ARCHIVE_BACKEND = "documents.archive.elastic.ElasticArchive"
    return DocumentArchivePage.objects.live().filter(locale__language_code="vi").first()


def test_archive_page_counts_filters_from_the_index(archive_on_index, client):
    response = client.get(archive_on_index.url, {"q": "khen thưởng"})
    years = {option.value: option.count for option in response.context["facets"]["year"]}
    assert years["2023"] == 3


def test_published_document_reaches_the_archive_index(archive_on_index, client):
    plan = PlanPageFactory(parent=archive_on_index, slug="kh-moi", title="Kế hoạch vườn ươm mới")
    plan.save_revision().publish()
    ArchiveDocument._index.clone(name=archive_index_name(), using=connect()).refresh()
    response = client.get(archive_on_index.url, {"q": "vuon uom moi"})
    assert [page.pk for page in response.context["documents"]] == [plan.pk]

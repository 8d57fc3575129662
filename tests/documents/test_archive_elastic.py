"""The archive page on the Elasticsearch archive index, without a cluster: how the
backend is chosen and how a response becomes the page's filters and pages.
test_archive_elastic_integration.py runs it against a cluster."""

import datetime
import importlib

import pytest
from django.core.paginator import Paginator
from elasticsearch.dsl.response import Response

from documents.archive import get_archive_backend
from documents.archive.elastic import (
    ArchiveDocument,
    ElasticArchive,
    _facet_options,
    _HitList,
    build_archive_search,
    facet_counts,
)
from documents.choices import DocumentStatus, DocumentType
from tests.documents.factories import IssuingBodyFactory, PlanPageFactory

pytestmark = pytest.mark.django_db


def _reload_settings(monkeypatch, url):
    import portal.settings.base as base_settings

    if url:
        monkeypatch.setenv("ELASTICSEARCH_URL", url)
    else:
        monkeypatch.delenv("ELASTICSEARCH_URL", raising=False)
    try:
        return importlib.reload(base_settings).DOCUMENT_ARCHIVE_BACKEND
    finally:
        monkeypatch.delenv("ELASTICSEARCH_URL", raising=False)
        importlib.reload(base_settings)


def test_archive_uses_the_index_when_a_cluster_is_configured(monkeypatch):
    assert _reload_settings(monkeypatch, "http://127.0.0.1:9200") == (
        "documents.archive.elastic.ElasticArchive"
    )


def test_the_backends_name_from_before_the_move_still_loads(settings):
    settings.DOCUMENT_ARCHIVE_BACKEND = "search.elastic.ElasticArchive"
    assert isinstance(get_archive_backend(), ElasticArchive)


def test_archive_uses_the_database_without_a_cluster(monkeypatch):
    assert _reload_settings(monkeypatch, "") == "documents.archive.DatabaseArchive"


def _buckets(pairs):
    return {"doc_count": sum(count for _key, count in pairs), "values": {
        "buckets": [{"key": key, "doc_count": count} for key, count in pairs]
    }}


def _response(aggregations):
    search = build_archive_search("", locale="vi")
    hits = {"total": {"value": 3, "relation": "eq"}, "hits": []}
    return Response(search, {"hits": hits, "aggregations": aggregations})


@pytest.fixture
def aggregated():
    ubnd = IssuingBodyFactory(name="Ủy ban nhân dân tỉnh", short_code="UBND")
    snv = IssuingBodyFactory(name="Sở Nội vụ", short_code="SNV")
    response = _response(
        {
            "type": _buckets([("ke-hoach", 2), ("quyet-dinh", 1)]),
            "issuer": _buckets([(str(ubnd.pk), 2), (str(snv.pk), 1)]),
            "year": _buckets([(2025, 1), (2026, 2)]),
            "field": _buckets([("thi-đua", 2)]),
            "status": _buckets([(DocumentStatus.IN_FORCE.value, 3)]),
        }
    )
    return response, ubnd, snv


def test_issuer_options_are_named_from_the_database_in_name_order(aggregated):
    response, ubnd, snv = aggregated
    options = _facet_options(facet_counts(response), {"issuer": ubnd.pk})["issuer"]
    assert [(o.label, o.count, o.selected) for o in options] == [
        ("Sở Nội vụ", 1, False),
        ("Ủy ban nhân dân tỉnh", 2, True),
    ]


def test_year_options_are_newest_first(aggregated):
    response, _ubnd, _snv = aggregated
    options = _facet_options(facet_counts(response), {})["year"]
    assert [(o.value, o.count) for o in options] == [("2026", 2), ("2025", 1)]


def test_type_options_keep_the_choice_order_and_labels(aggregated):
    response, _ubnd, _snv = aggregated
    options = _facet_options(facet_counts(response), {"type": "quyet-dinh"})["type"]
    labels = dict(DocumentType.choices)
    assert [(o.value, o.label, o.selected) for o in options] == [
        (value, labels[value], value == "quyet-dinh")
        for value, _label in DocumentType.choices
        if value in ("ke-hoach", "quyet-dinh")
    ]


def test_field_options_are_named_from_the_tags(aggregated, archive):
    response, _ubnd, _snv = aggregated
    plan = PlanPageFactory(parent=archive, slug="kh")
    plan.areas.add("Thi đua")
    plan.save()
    options = _facet_options(facet_counts(response), {})["field"]
    assert [(o.value, o.label, o.count) for o in options] == [("thi-đua", "Thi đua", 2)]


def test_paginator_sees_the_total_and_the_fetched_page():
    pages = ["a", "b"]
    page = Paginator(_HitList(42, 20, pages), 20).page(2)
    assert (page.paginator.count, page.paginator.num_pages, list(page.object_list)) == (
        42,
        3,
        pages,
    )


def test_index_entry_carries_status_fields_and_page_id(archive):
    plan = PlanPageFactory(
        parent=archive, slug="kh", number="8/KH-UBND", issued_on=datetime.date(2025, 1, 20)
    )
    plan.areas.add("Thi đua")
    plan.save()
    entry = ArchiveDocument.from_page(plan).to_dict()
    assert (entry["status"], entry["fields"], entry["page_id"], entry["year"]) == (
        plan.status,
        ["thi-đua"],
        plan.pk,
        2025,
    )

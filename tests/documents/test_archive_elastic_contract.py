"""The exact index mapping and request bodies sent to Elasticsearch; these run
without a cluster (test_archive_elastic_integration.py runs them against a real one)."""

import pytest
from elasticsearch.dsl.response import Response

from documents.archive import ArchiveQuery
from documents.archive.elastic import (
    FILTER_FIELDS,
    ArchiveDocument,
    ElasticArchive,
    archive_index_name,
    build_archive_search,
)

FOLDING_TEXT = {"type": "text", "analyzer": "vietnamese_fold"}
FOLDING_TEXT_WITH_EXACT = {
    **FOLDING_TEXT,
    "fields": {"exact": {"type": "text", "analyzer": "standard"}},
}


def test_archive_index_name_follows_the_site_index(settings):
    assert archive_index_name() == f"{settings.ELASTICSEARCH_INDEX}_archive"


def test_archive_index_mapping():
    assert ArchiveDocument._index.to_dict() == {
        "settings": {
            "number_of_shards": 1,
            "analysis": {
                "analyzer": {
                    "vietnamese_fold": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", "asciifolding"],
                    }
                }
            },
        },
        "mappings": {
            "properties": {
                "title": FOLDING_TEXT_WITH_EXACT,
                "subject": FOLDING_TEXT_WITH_EXACT,
                "body": FOLDING_TEXT,
                "attachment_text": FOLDING_TEXT,
                "signer": FOLDING_TEXT,
                "folded": {"type": "text", "analyzer": "standard"},
                "number": {"type": "keyword"},
                "number_normalised": {"type": "keyword"},
                "document_type": {"type": "keyword"},
                "issuer": {"type": "keyword"},
                "issuer_name": {"type": "keyword"},
                "issued_on": {"type": "date"},
                "year": {"type": "integer"},
                "status": {"type": "keyword"},
                "fields": {"type": "keyword"},
                "locale": {"type": "keyword"},
                "page_id": {"type": "integer"},
                "url_path": {"type": "keyword", "index": False},
            }
        },
    }


def _aggregations(type_filter, issuer_filter, year_filter, field_filter=(), status_filter=()):
    def facet(field_name, clauses):
        return {
            "filter": {"bool": {"filter": list(clauses)} if clauses else {}},
            "aggs": {"values": {"terms": {"field": field_name, "size": 50}}},
        }

    return {
        "type": facet("document_type", type_filter),
        "issuer": facet("issuer", issuer_filter),
        "year": facet("year", year_filter),
        "field": facet("fields", field_filter),
        "status": facet("status", status_filter),
    }


def _text_clauses(query, folded, operator="and"):
    return [
        {
            "multi_match": {
                "query": query,
                "fields": ["title^4", "subject^3", "signer^2", "body", "attachment_text"],
                "operator": operator,
            }
        },
        {"match": {"folded": {"query": folded, "operator": operator}}},
        {
            "multi_match": {
                "query": query,
                "type": "phrase",
                "fields": ["title^3", "subject^2", "body"],
            }
        },
        {
            "multi_match": {
                "query": query,
                "fields": ["title.exact^2", "subject.exact"],
                "operator": operator,
            }
        },
    ]


def test_number_query_body():
    body = build_archive_search("12 kh ubnd", locale="vi").to_dict()
    assert body == {
        "query": {
            "bool": {
                "filter": [{"term": {"locale": "vi"}}],
                "should": [
                    {"term": {"number_normalised": {"value": "12KHUBND", "boost": 100}}},
                    *_text_clauses("12 kh ubnd", "12 kh ubnd"),
                ],
                "minimum_should_match": 1,
            }
        },
        "aggs": {
            **_aggregations([], [], []),
            "number": {"filter": {"term": {"number_normalised": "12KHUBND"}}},
        },
        "from": 0,
        "size": 20,
        "track_total_hits": True,
    }


def test_code_query_matches_the_end_of_numbers():
    body = build_archive_search("KH-UBND", locale="vi").to_dict()
    assert body["query"]["bool"]["should"][0] == {
        "wildcard": {"number_normalised": {"value": "*KHUBND", "boost": 20}}
    }


def test_filtered_query_body_counts_each_facet_with_the_other_filters():
    body = build_archive_search(
        "Kế hoạch thi đua",
        locale="en",
        filters={"type": "plan", "year": "2025"},
        page=3,
    ).to_dict()
    type_clause = {"term": {"document_type": "plan"}}
    year_clause = {"term": {"year": "2025"}}
    assert body == {
        "query": {
            "bool": {
                "filter": [{"term": {"locale": "en"}}],
                "should": _text_clauses("Kế hoạch thi đua", "ke hoach thi dua"),
                "minimum_should_match": 1,
            }
        },
        "post_filter": {"bool": {"filter": [type_clause, year_clause]}},
        "aggs": _aggregations(
            [year_clause],
            [type_clause, year_clause],
            [type_clause],
            [type_clause, year_clause],
            [type_clause, year_clause],
        ),
        "from": 40,
        "size": 20,
        "track_total_hits": True,
    }


def test_no_keyword_lists_every_document_of_the_locale_newest_first():
    body = build_archive_search(
        "", locale="vi", filters={"status": "con-hieu-luc"}, sort="moi-nhat"
    )
    status_clause = {"term": {"status": "con-hieu-luc"}}
    assert body.to_dict() == {
        "query": {"bool": {"filter": [{"term": {"locale": "vi"}}]}},
        "post_filter": {"bool": {"filter": [status_clause]}},
        "aggs": _aggregations(
            [status_clause], [status_clause], [status_clause], [status_clause], []
        ),
        "sort": [{"issued_on": {"order": "desc", "missing": "_last"}}, {"page_id": "desc"}],
        "from": 0,
        "size": 20,
        "track_total_hits": True,
    }


def test_sort_by_number_sorts_on_the_normalised_number():
    body = build_archive_search("", locale="vi", sort="so-ky-hieu").to_dict()
    assert body["sort"] == [{"number_normalised": "asc"}, {"issued_on": {"order": "desc"}}]


def test_field_filter_is_a_term_on_the_tag_slugs():
    body = build_archive_search("", locale="vi", filters={"field": "thi-dua"}).to_dict()
    assert body["post_filter"] == {"bool": {"filter": [{"term": {"fields": "thi-dua"}}]}}


def test_garbage_page_number_is_the_first_page():
    assert build_archive_search("thi đua", locale="vi", page="x").to_dict()["from"] == 0


def test_page_search_backend_folds_accents_when_a_cluster_is_configured(monkeypatch):
    import importlib

    from modelsearch.backends.elasticsearch8 import SearchBackend

    import portal.settings.base as base_settings

    monkeypatch.setenv("ELASTICSEARCH_URL", "http://127.0.0.1:9200")
    try:
        params = dict(importlib.reload(base_settings).WAGTAILSEARCH_BACKENDS["default"])
    finally:
        monkeypatch.delenv("ELASTICSEARCH_URL")
        importlib.reload(base_settings)
    assert params["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    backend = SearchBackend({key: value for key, value in params.items() if key != "BACKEND"})
    assert backend.settings["settings"]["analysis"]["analyzer"]["default"] == {
        "type": "custom",
        "tokenizer": "standard",
        "filter": ["lowercase", "asciifolding"],
    }


def test_every_text_clause_holds_every_word():
    should = build_archive_search("thi đua yêu nước", locale="vi").to_dict()["query"]["bool"][
        "should"
    ]
    assert should == _text_clauses("thi đua yêu nước", "thi dua yeu nuoc")


def test_fallback_body_matches_any_word():
    body = build_archive_search("thi đua yêu nước", locale="vi", operator="or").to_dict()
    assert body["query"]["bool"]["should"] == _text_clauses(
        "thi đua yêu nước", "thi dua yeu nuoc", operator="or"
    )


def _response(total, number_count=None):
    aggregations = {
        name: {"doc_count": total, "values": {"buckets": []}} for name in FILTER_FIELDS
    }
    if number_count is not None:
        aggregations["number"] = {"doc_count": number_count}
    raw = {
        "hits": {"total": {"value": total, "relation": "eq"}, "hits": []},
        "aggregations": aggregations,
    }
    return Response(build_archive_search("", locale="vi"), raw)


class _AnsweredArchive(ElasticArchive):
    """The archive with Elasticsearch's answers given (no cluster runs here): each
    request body is kept, and answered by operator."""

    def __init__(self, answers):
        self.answers = answers
        self.operators = []

    def _execute(self, query, archive_page, number, per_page, operator="and"):
        self.operators.append(operator)
        return self.answers[operator]


@pytest.mark.django_db
def test_no_document_with_every_word_falls_back_and_says_so(archive):
    backend = _AnsweredArchive({"and": _response(0), "or": _response(7)})
    query = ArchiveQuery.from_params({"q": "thương binh đua thuyền"})
    listing = backend.listing(query, archive, 1)
    assert (backend.operators, query.notices) == (["and", "or"], ["partial_match"])
    assert listing.page_obj.paginator.count == 7


@pytest.mark.django_db
def test_every_word_found_needs_no_fallback(archive):
    backend = _AnsweredArchive({"and": _response(3)})
    query = ArchiveQuery.from_params({"q": "thi đua"})
    backend.listing(query, archive, 1)
    assert (backend.operators, query.notices) == (["and"], [])


@pytest.mark.django_db
def test_missing_number_is_said(archive):
    backend = _AnsweredArchive({"and": _response(4, number_count=0)})
    query = ArchiveQuery.from_params({"q": "99/KH-UBND"})
    backend.listing(query, archive, 1)
    assert query.notices == ["number_not_found"]


@pytest.mark.django_db
def test_existing_number_is_not_said_missing(archive):
    backend = _AnsweredArchive({"and": _response(1, number_count=1)})
    query = ArchiveQuery.from_params({"q": "12/KH-UBND"})
    backend.listing(query, archive, 1)
    assert query.notices == []

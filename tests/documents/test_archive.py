import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from documents.archive import ArchiveQuery
from documents.choices import DocumentStatus, DocumentType
from documents.models import OfficialDocumentPage
from portal import page_cache, page_versions
from tests.documents.factories import (
    IssuingBodyFactory,
    OfficialDocumentPageFactory,
    PlanPageFactory,
    add_documents_fast,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def bodies():
    return {
        "ubnd": IssuingBodyFactory(name="Ủy ban nhân dân tỉnh", short_code="UBND"),
        "snv": IssuingBodyFactory(name="Sở Nội vụ", short_code="SNV"),
    }


@pytest.fixture
def documents(archive, bodies):
    """Five documents: two plans and three decisions over two years, two bodies."""
    plan_2025 = PlanPageFactory(
        parent=archive,
        slug="kh-2025",
        number="8/KH-UBND",
        issuing_body=bodies["ubnd"],
        issued_on=datetime.date(2025, 1, 20),
        status=DocumentStatus.EXPIRED,
    )
    plan_2026 = PlanPageFactory(
        parent=archive,
        slug="kh-2026",
        number="15/KH-UBND",
        issuing_body=bodies["ubnd"],
        issued_on=datetime.date(2026, 1, 22),
    )
    decision_ubnd = OfficialDocumentPageFactory(
        parent=archive,
        slug="qd-ubnd",
        number="215/QĐ-UBND",
        issuing_body=bodies["ubnd"],
        issued_on=datetime.date(2025, 12, 30),
    )
    decision_snv = OfficialDocumentPageFactory(
        parent=archive,
        slug="qd-snv",
        number="40/QĐ-SNV",
        issuing_body=bodies["snv"],
        issued_on=datetime.date(2026, 3, 5),
    )
    letter = OfficialDocumentPageFactory(
        parent=archive,
        slug="cv-snv",
        number="120/SNV-BTĐKT",
        document_type=DocumentType.OFFICIAL_LETTER,
        issuing_body=bodies["snv"],
        issued_on=datetime.date(2026, 1, 10),
    )
    for page, areas in (
        (plan_2025, ["thi đua"]),
        (plan_2026, ["thi đua", "khen thưởng"]),
        (decision_ubnd, ["khen thưởng"]),
    ):
        page.areas.add(*areas)
        page.save()
    return {
        "plan_2025": plan_2025,
        "plan_2026": plan_2026,
        "decision_ubnd": decision_ubnd,
        "decision_snv": decision_snv,
        "letter": letter,
    }


def _slugs(response):
    return [page.slug for page in response.context["documents"]]


def _counts(response, facet):
    return {option.value: option.count for option in response.context["facets"][facet]}


def test_archive_lists_live_documents_newest_first(client, archive, documents):
    OfficialDocumentPageFactory(parent=archive, slug="nhap", live=False)
    response = client.get(archive.url)
    assert _slugs(response) == ["qd-snv", "kh-2026", "cv-snv", "qd-ubnd", "kh-2025"]


def test_type_filter_returns_only_that_type(client, archive, documents):
    response = client.get(archive.url, {"type": "ke-hoach"})
    assert sorted(_slugs(response)) == ["kh-2025", "kh-2026"]


def test_type_options_show_their_counts(client, archive, documents):
    response = client.get(archive.url)
    assert _counts(response, "type") == {"ke-hoach": 2, "quyet-dinh": 2, "cong-van": 1}


def test_issuer_filter_and_counts(client, archive, documents, bodies):
    response = client.get(archive.url, {"issuer": bodies["snv"].pk})
    assert sorted(_slugs(response)) == ["cv-snv", "qd-snv"]
    assert _counts(response, "issuer") == {str(bodies["ubnd"].pk): 3, str(bodies["snv"].pk): 2}


def test_year_filter_and_counts(client, archive, documents):
    response = client.get(archive.url, {"year": "2025"})
    assert sorted(_slugs(response)) == ["kh-2025", "qd-ubnd"]
    assert _counts(response, "year") == {"2026": 3, "2025": 2}


def test_field_filter_and_counts(client, archive, documents):
    response = client.get(archive.url, {"field": "khen-thưởng"})
    assert sorted(_slugs(response)) == ["kh-2026", "qd-ubnd"]
    assert _counts(response, "field") == {"thi-đua": 2, "khen-thưởng": 2}


def test_field_no_document_carries_gives_an_empty_page(client, archive, documents):
    response = client.get(archive.url, {"field": "khong-co-linh-vuc"})
    assert response.context["page_obj"].paginator.count == 0
    assert _slugs(response) == []


def test_field_no_document_carries_still_counts_the_fields(client, archive, documents):
    response = client.get(archive.url, {"field": "khong-co-linh-vuc"})
    assert _counts(response, "field") == {"thi-đua": 2, "khen-thưởng": 2}


def test_status_filter_and_counts(client, archive, documents):
    response = client.get(archive.url, {"status": DocumentStatus.EXPIRED})
    assert _slugs(response) == ["kh-2025"]
    assert _counts(response, "status") == {
        DocumentStatus.IN_FORCE.value: 4,
        DocumentStatus.EXPIRED.value: 1,
    }


def test_combined_filters_narrow_results_and_counts(client, archive, documents, bodies):
    response = client.get(archive.url, {"year": "2026", "issuer": bodies["ubnd"].pk})
    assert _slugs(response) == ["kh-2026"]
    # Each facet counts with the other filters applied.
    assert _counts(response, "type") == {"ke-hoach": 1}
    assert _counts(response, "year") == {"2026": 1, "2025": 2}
    assert _counts(response, "issuer") == {str(bodies["ubnd"].pk): 1, str(bodies["snv"].pk): 2}


def test_combined_filters_with_no_match_give_empty_list(client, archive, documents):
    response = client.get(archive.url, {"type": "cong-van", "year": "2025"})
    assert response.status_code == 200
    assert _slugs(response) == []


@pytest.mark.parametrize(
    "params",
    [
        {"year": "abc"},
        {"type": "khong-co"},
        {"issuer": "abc"},
        {"issuer": "999999"},
        {"status": "<script>"},
        {"sort": "bad"},
        {"page": "abc"},
        {"page": "999"},
        {"field": "a b/c"},
        {"q": "x" * 500},
        {"year": "99999999999999999999"},
    ],
)
def test_invalid_filter_values_never_fail(client, archive, documents, params):
    assert client.get(archive.url, params).status_code == 200


def test_issuer_beyond_64_bits_is_ignored_with_a_message(client, archive, documents):
    # Found by the fuzz suite: SQLite raised OverflowError on the query (a 500).
    response = client.get(archive.url, {"issuer": "9223372036854775808"})
    assert response.status_code == 200
    assert len(_slugs(response)) == 5
    assert "Cơ quan ban hành" in response.content.decode()


def test_feed_with_an_issuer_beyond_64_bits_answers(client, archive, documents):
    response = client.get(archive.url + "rss/", {"issuer": "9223372036854775808"})
    assert response.status_code == 200


def test_invalid_year_is_ignored_with_a_message(client, archive, documents):
    response = client.get(archive.url, {"year": "abc", "type": "ke-hoach"})
    assert sorted(_slugs(response)) == ["kh-2025", "kh-2026"]
    assert "Năm ban hành" in response.content.decode()


def test_keyword_finds_a_number_however_typed(client, archive, documents):
    for typed in ("15/KH-UBND", "15 kh ubnd", "15/kh-ubnd"):
        assert _slugs(client.get(archive.url, {"q": typed})) == ["kh-2026"]


def test_keyword_matches_the_title(client, archive, documents):
    page = documents["letter"]
    page.title = "Công văn về đăng ký giao ước"
    page.save()
    assert _slugs(client.get(archive.url, {"q": "giao ước"})) == ["cv-snv"]


def test_sort_by_number(client, archive, documents):
    response = client.get(archive.url, {"sort": "so-ky-hieu"})
    assert _slugs(response) == ["cv-snv", "kh-2026", "qd-ubnd", "qd-snv", "kh-2025"]


def test_sort_oldest_first(client, archive, documents):
    assert _slugs(client.get(archive.url, {"sort": "cu-nhat"}))[0] == "kh-2025"


def test_archive_shows_twenty_documents_per_page(client, archive):
    OfficialDocumentPageFactory.create_batch(25, parent=archive)
    first = client.get(archive.url)
    second = client.get(archive.url, {"page": 2})
    assert len(first.context["documents"]) == 20
    assert len(second.context["documents"]) == 5


def test_filtered_view_is_noindex(client, archive, documents):
    assert "noindex" in client.get(archive.url, {"type": "ke-hoach"}).content.decode()


def test_unfiltered_archive_is_indexable(client, archive, documents):
    assert "noindex" not in client.get(archive.url).content.decode()


def test_rss_feed_lists_the_archive(client, archive, documents):
    response = client.get(archive.url + "rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    body = response.content.decode()
    assert body.count("<item>") == 5
    assert documents["plan_2026"].full_url in body


def test_rss_feed_of_a_filtered_view_lists_only_matches(client, archive, documents):
    body = client.get(archive.url + "rss/", {"type": "ke-hoach"}).content.decode()
    assert body.count("<item>") == 2
    assert "15/KH-UBND" in body
    assert "40/QĐ-SNV" not in body


def test_archive_links_its_rss_feed_with_the_filters(client, archive, documents):
    html = client.get(archive.url, {"type": "ke-hoach"}).content.decode()
    assert 'type="application/rss+xml"' in html
    assert "rss/?type=ke-hoach" in html


def _archive_queries(client, archive):
    params = {"type": "quyet-dinh", "year": "2025"}
    client.get(archive.url, params)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(archive.url, params)
    assert response.status_code == 200
    return len(queries)


def _add_documents(archive, bodies, count, start):
    types = [DocumentType.DECISION, DocumentType.PLAN, DocumentType.NOTICE]
    pages = [
        OfficialDocumentPage(
            title=f"Văn bản số {index}",
            slug=f"van-ban-{index}",
            number=f"{index}/QĐ-UBND",
            subject=f"Về việc thử nghiệm số {index}",
            document_type=types[index % 3],
            issuing_body=bodies[index % 2],
            issued_on=datetime.date(2020 + index % 6, 1 + index % 12, 1 + index % 28),
            status=DocumentStatus.EXPIRED if index % 5 == 0 else DocumentStatus.IN_FORCE,
        )
        for index in range(start, start + count)
    ]
    for page in pages[::4]:
        page.areas.add("thi đua")
    add_documents_fast(archive, pages)


def test_archive_query_count_does_not_grow_with_documents(client, archive, settings):
    # Search and reference indexing of 2,000 pages is not what this test measures.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    bodies = [IssuingBodyFactory(), IssuingBodyFactory()]
    _add_documents(archive, bodies, 20, 0)
    small = _archive_queries(client, archive)
    _add_documents(archive, bodies, 1980, 20)
    large = _archive_queries(client, archive)
    assert OfficialDocumentPage.objects.live().count() == 2000
    assert small == large


def _cold_archive_queries(client, archive):
    """Queries of a request whose counts are not cached yet (a new generation)."""
    page_cache.purge()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(archive.url, {"type": "quyet-dinh", "year": "2025"})
    assert response.status_code == 200
    return len(queries)


def test_archive_cold_query_count_does_not_grow_with_documents(client, archive, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    bodies = [IssuingBodyFactory(), IssuingBodyFactory()]
    _add_documents(archive, bodies, 20, 0)
    client.get(archive.url)
    small = _cold_archive_queries(client, archive)
    _add_documents(archive, bodies, 1980, 20)
    large = _cold_archive_queries(client, archive)
    assert small == large


def test_cached_counts_spare_the_counting_queries(client, archive, documents):
    params = {"type": "quyet-dinh", "year": "2025"}
    client.get(archive.url, params)
    with CaptureQueriesContext(connection) as warm:
        client.get(archive.url, params)
    query = ArchiveQuery.from_params(params)
    query.counts_version = page_versions.scope_version(None, archive)
    cache.delete(query.counts_cache_key(archive))
    with CaptureQueriesContext(connection) as cold:
        client.get(archive.url, params)
    # Uncached, the counts cost six queries: the unselected column facets together,
    # the type and the year each without its own filter, the fields and their names,
    # and the names of the issuing bodies counted.
    assert len(cold) == len(warm) + 6


def test_cached_counts_give_the_same_total_and_counts(client, archive, documents):
    first = client.get(archive.url, {"year": "2026"})
    second = client.get(archive.url, {"year": "2026"})
    assert second.context["page_obj"].paginator.count == 3
    assert second.context["facets"] == first.context["facets"]


def test_total_with_a_type_filter_comes_from_the_type_counts(client, archive, documents):
    response = client.get(archive.url, {"type": "ke-hoach", "year": "2026"})
    assert response.context["page_obj"].paginator.count == 1


def test_publishing_a_document_refreshes_cached_counts(
    client, archive, documents, django_capture_on_commit_callbacks
):
    client.get(archive.url, {"type": "cong-van"})
    page = OfficialDocumentPageFactory(
        parent=archive,
        slug="cv-moi",
        document_type=DocumentType.OFFICIAL_LETTER,
        issued_on=datetime.date(2026, 2, 1),
        live=False,
    )
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    response = client.get(archive.url, {"type": "cong-van"})
    assert response.context["page_obj"].paginator.count == 2
    assert _counts(response, "type")["cong-van"] == 2
    assert sorted(_slugs(response)) == ["cv-moi", "cv-snv"]


def test_unpublishing_a_document_refreshes_cached_counts(
    client, archive, documents, django_capture_on_commit_callbacks
):
    client.get(archive.url)
    with django_capture_on_commit_callbacks(execute=True):
        documents["plan_2025"].unpublish()
    response = client.get(archive.url)
    assert response.context["page_obj"].paginator.count == 4
    assert _counts(response, "type")["ke-hoach"] == 1
    assert "kh-2025" not in _slugs(response)


def test_field_counts_group_the_tag_rows_by_id(client, archive, documents):
    # Grouped by the tag's name, every (document, tag) row was joined to its tag and
    # hashed by text (issue #25: 160 against 60 ms at 100,000 documents).
    with CaptureQueriesContext(connection) as queries:
        ArchiveQuery.from_params({}).count_options(archive.documents())
    counting = [q["sql"] for q in queries.captured_queries if "documentareatag" in q["sql"]]
    assert counting and not any("taggit_tag" in sql for sql in counting)

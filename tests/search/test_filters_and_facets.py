"""Filters apply before ranking and facets count every match, so the hits, the
pages, the count and the facets agree (issue #22, point 6)."""

import datetime

import pytest
from django.utils import timezone

from search import matching, ranking, service
from tests.documents.factories import OfficialDocumentPageFactory, PlanPageFactory
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def _api(client, **params):
    return client.get("/api/search/", params).json()


def _every_hit(client, **params):
    """The ids of the hits on every page of results, and the count the API gives."""
    first = _api(client, **params)
    ids = [hit["id"] for hit in first["results"]]
    page = 2
    while len(ids) < first["count"] and page <= 10:
        ids += [hit["id"] for hit in _api(client, page=page, **params)["results"]]
        page += 1
    return ids, first["count"]


@pytest.fixture
def crowded(home_page):
    """Two plans of 2019 about "đầm sen", written before 101 decisions naming it in
    short titles, so the plans rank below the first hundred matches."""
    plans = [
        PlanPageFactory(
            parent=home_page,
            title=f"Kế hoạch phát triển kinh tế xã hội môi trường du lịch vùng đầm sen {n}",
            issued_on=datetime.date(2019, 1, n),
        )
        for n in (1, 2)
    ]
    for n in range(101):
        OfficialDocumentPageFactory(parent=home_page, title=f"Đầm sen {n}")
    return plans


def test_a_filter_finds_matches_ranked_beyond_the_first_hundred(client, home_page, crowded):
    unfiltered = service.search("đầm sen", locale=home_page.locale).page_obj.paginator.object_list
    assert len(unfiltered) == ranking.CANDIDATE_LIMIT
    assert not {page.pk for page, _score in unfiltered} & {plan.pk for plan in crowded}
    ids, count = _every_hit(client, q="đầm sen", type="documents.PlanPage")
    assert sorted(ids) == sorted(plan.pk for plan in crowded)
    assert count == 2


def test_a_year_filter_finds_matches_ranked_beyond_the_first_hundred(client, crowded):
    ids, count = _every_hit(client, q="dam sen", year="2019")
    assert (sorted(ids), count) == (sorted(plan.pk for plan in crowded), 2)


def test_filtered_hits_and_count_agree_when_few_are_ranked(client, pledges, few_candidates):
    ids, count = _every_hit(client, q="giao ước", type="documents.OfficialDocumentPage")
    assert sorted(ids) == sorted(page.pk for page in pledges["decisions"])
    assert count == 2


def _facet(data, name):
    return {value: option["count"] for value, option in data["facets"][name].items()}


def test_facets_count_every_match_not_the_ranked(client, pledges, few_candidates):
    data = _api(client, q="giao ước")
    assert _facet(data, "type") == {"documents.PlanPage": 3, "documents.OfficialDocumentPage": 2}
    assert _facet(data, "year") == {"2025": 3, "2024": 2}
    assert _facet(data, "issuer") == {
        str(pledges["body"].pk): 3, str(pledges["decisions"][0].issuing_body_id): 2
    }


def test_facet_counts_add_up_to_the_count(client, pledges, few_candidates):
    data = _api(client, q="giao ước")
    assert sum(_facet(data, "type").values()) == data["count"] == 5


def test_each_facet_is_counted_with_the_other_filters(client, pledges, few_candidates):
    data = _api(client, q="giao ước", year="2024")
    assert _facet(data, "type") == {"documents.OfficialDocumentPage": 2}
    assert _facet(data, "year") == {"2025": 3, "2024": 2}


def test_facet_labels_name_the_issuing_body(client, pledges):
    data = _api(client, q="giao ước")
    assert data["facets"]["issuer"][str(pledges["body"].pk)]["label"] == pledges["body"].name


def test_facets_past_the_count_limit_say_more(client, pledges, monkeypatch):
    monkeypatch.setattr(matching, "COUNT_LIMIT", 3)
    data = _api(client, q="giao ước")
    options = data["facets"]["type"].values()
    assert all(option["count_more"] for option in options)
    assert sum(option["count"] for option in options) == 4
    html = client.get("/tim-kiem/", {"q": "giao ước"}).content.decode()
    assert '<span class="search-facet__count">(' in html and '+)</span>' in html


def test_facets_within_the_count_limit_say_no_more(client, pledges):
    data = _api(client, q="giao ước")
    assert not any(option["count_more"] for option in data["facets"]["year"].values())


def test_type_facet_offers_content_types_only(client, home_page):
    OfficialDocumentPageFactory(parent=home_page, title="Quy chế hoa sen vàng")
    StandardPageFactory(parent=home_page, title="Liên hệ về hoa sen vàng")
    facets = _api(client, q="hoa sen vàng")["facets"]
    assert set(facets["type"]) == {"documents.OfficialDocumentPage"}


def test_a_year_filter_keeps_the_pages_whose_date_is_in_it(client, pledges):
    data = client.get("/api/search/", {"q": "giao ước", "year": "2024"}).json()
    assert sorted(result["id"] for result in data["results"]) == sorted(
        decision.pk for decision in pledges["decisions"]
    )


def test_a_year_filter_keeps_an_undated_type_by_its_first_publication(client, home_page):
    published = timezone.make_aware(datetime.datetime(2023, 5, 1, 12))
    page = StandardPageFactory(
        parent=home_page, title="Giới thiệu hoa sen vàng", first_published_at=published
    )
    data = _api(client, q="hoa sen vàng", year="2023")
    assert [result["id"] for result in data["results"]] == [page.pk]

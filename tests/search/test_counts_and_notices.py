"""The count is every match, not the ranked candidates; falling back to some of the
words and a document number that does not exist are said, on the page and in the
API (issue #22, point 6)."""

import pytest

from search import matching
from search.query import MAX_QUERY_LENGTH
from tests.search.corpus import build_corpus

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(home_page):
    return build_corpus(home_page)


def _api(client, **params):
    return client.get("/api/search/", params).json()


def test_count_is_every_match_when_fewer_are_ranked(client, pledges, few_candidates):
    data = _api(client, q="giao ước")
    assert (data["count"], data["count_more"], len(data["results"])) == (5, False, 2)


def test_page_says_only_the_best_are_shown(client, pledges, few_candidates):
    html = client.get("/tim-kiem/", {"q": "giao ước"}).content.decode()
    assert "Tìm thấy 5 kết quả." in html
    assert "Hiển thị 2 kết quả phù hợp nhất." in html


def test_count_past_the_limit_is_more_than(client, pledges, monkeypatch):
    monkeypatch.setattr(matching, "COUNT_LIMIT", 3)
    data = _api(client, q="giao uoc")
    assert (data["count"], data["count_more"]) == (3, True)
    html = client.get("/tim-kiem/", {"q": "giao uoc"}).content.decode()
    assert "Tìm thấy hơn 3 kết quả." in html


def test_type_filter_is_counted_over_every_match(client, pledges, few_candidates):
    data = _api(client, q="giao ước", type="documents.PlanPage")
    assert data["count"] == 3


def test_year_filter_is_counted_over_every_match(client, pledges, few_candidates):
    assert _api(client, q="giao ước", year="2024")["count"] == 2


def test_issuer_filter_is_counted_over_every_match(client, pledges, few_candidates):
    assert _api(client, q="giao ước", issuer=str(pledges["body"].pk))["count"] == 3


def test_garbage_filters_count_nothing(client, pledges):
    data = _api(client, q="giao ước", year="99999999999999999999", issuer="x", type="a.b")
    assert data["count"] == 0


def test_api_notices_are_empty_when_every_word_matched(client, corpus):
    data = _api(client, q="đua thuyền")
    assert data["notices"] == []
    assert set(data) >= {"count", "results", "facets", "notices"}


def test_api_says_when_only_some_words_matched(client, corpus):
    data = _api(client, q="thương binh đua thuyền")
    assert data["notices"] == ["partial_match"]
    assert data["count"] >= 2


def test_page_says_when_only_some_words_matched(client, corpus):
    html = client.get("/tim-kiem/", {"q": "thương binh đua thuyền"}).content.decode()
    assert "Không có kết quả chứa đủ mọi từ đã nhập" in html


def test_api_says_when_the_number_does_not_exist(client, corpus):
    data = _api(client, q="99/KH-UBND")
    assert "number_not_found" in data["notices"]
    assert data["results"]


def test_api_says_nothing_of_a_number_that_exists(client, corpus):
    assert _api(client, q="12/KH-UBND")["notices"] == []


def test_page_names_the_missing_number_before_near_matches(client, corpus):
    html = client.get("/tim-kiem/", {"q": "99/KH-UBND"}).content.decode()
    sentence = html.index("Không có văn bản số 99/KH-UBND.")
    assert sentence < html.index("Các kết quả gần đúng:") < html.index("search-result__title")


@pytest.mark.parametrize("path", ["/", "/tim-kiem/"])
def test_search_boxes_limit_input_to_what_the_server_accepts(client, home_page, path):
    html = client.get(path).content.decode()
    assert f'name="q" value="" maxlength="{MAX_QUERY_LENGTH}"' in html


def test_archive_keyword_count_is_every_match(client, pledges, few_candidates):
    response = client.get(pledges["archive"].url, {"q": "giao ước"})
    assert response.context["page_obj"].paginator.count == 5


def test_archive_keyword_filter_says_when_only_some_words_matched(client, corpus):
    archive = corpus["plan_movement"].get_parent()
    response = client.get(archive.url, {"q": "thương binh đua thuyền"})
    assert response.context["query"].notices == ["partial_match"]
    assert "Không có kết quả chứa đủ mọi từ đã nhập" in response.content.decode()


def test_archive_keyword_filter_says_when_the_number_does_not_exist(client, corpus):
    archive = corpus["plan_movement"].get_parent()
    response = client.get(archive.url, {"q": "99/KH-UBND"})
    assert "number_not_found" in response.context["query"].notices
    assert "Không có văn bản số 99/KH-UBND." in response.content.decode()


def test_archive_and_api_give_the_same_count(client, pledges, few_candidates):
    archive_count = client.get(
        pledges["archive"].url, {"q": "khen thưởng giao ước"}
    ).context["page_obj"].paginator.count
    assert archive_count == _api(client, q="khen thưởng giao ước")["count"] == 2


def test_words_after_a_year_are_not_a_missing_number(client, corpus):
    assert "number_not_found" not in _api(client, q="2025 thi đua")["notices"]


def test_number_typed_without_its_leading_zero_finds_the_document(client, corpus):
    data = _api(client, q="3/CT-UBND")
    assert (data["notices"], data["results"][0]["id"]) == ([], corpus["directive"].pk)

"""GET /api/awards/: the look-up as JSON, with the fields the issue names."""

import pytest

from tests.home.awards.lookup.data import EXACT

pytestmark = pytest.mark.django_db


def test_the_answer_has_count_page_and_results(client, decisions):
    answer = client.get("/api/awards/", {"q": "nguyen thi thu huong"}).json()
    assert answer["count"] == 3 and answer["page"] == 1
    assert answer["results"][0] == {
        "name": EXACT,
        "kind": "ca-nhan",
        "detail": "Kế toán, Sở Tài chính",
        "award": "Chiến sĩ thi đua cơ sở",
        "level": "co-so",
        "year": 2024,
        "decision_number": "25/QĐ-UBND",
        "decision_url": "http://localhost" + decisions["newer"].url,
        "issued_on": "2025-01-10",
    }


def test_one_year_filters_that_year(client, decisions):
    answer = client.get("/api/awards/", {"year": "2024"}).json()
    assert [item["decision_number"] for item in answer["results"]] == ["25/QĐ-UBND"]


def test_collectives_are_tap_the(client, decisions):
    answer = client.get("/api/awards/", {"kind": "tap-the"}).json()
    assert [item["kind"] for item in answer["results"]] == ["tap-the"]


def test_a_bad_filter_is_named_and_ignored(client, decisions):
    response = client.get("/api/awards/", {"year": "abc", "page": "9999"})
    answer = response.json()
    assert response.status_code == 200
    assert answer["count"] == 4 and answer["errors"]


def test_the_decision_filter_takes_the_number(client, decisions):
    answer = client.get("/api/awards/", {"decision": "25/QĐ-UBND"}).json()
    assert answer["count"] == 1


def test_only_get_is_answered(client, decisions):
    assert client.post("/api/awards/").status_code == 405

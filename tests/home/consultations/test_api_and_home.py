"""GET /api/consultations/ and the home page's box of open consultations."""

import pytest

pytestmark = pytest.mark.django_db


def test_api_lists_each_consultation_with_its_fields(
    client, open_consultation, closed_consultation
):
    answer = client.get("/api/consultations/").json()
    assert {row["id"] for row in answer} == {open_consultation.pk, closed_consultation.pk}
    assert set(answer[0]) == {"id", "title", "url", "opens_on", "closes_on", "is_open"}


def test_api_says_which_is_open(client, open_consultation, closed_consultation):
    answer = {row["id"]: row["is_open"] for row in client.get("/api/consultations/").json()}
    assert answer == {open_consultation.pk: True, closed_consultation.pk: False}


def test_api_gives_iso_dates(client, open_consultation):
    row = client.get("/api/consultations/").json()[0]
    assert row["closes_on"] == open_consultation.closes_on.isoformat()


def test_api_leaves_out_drafts(client, open_consultation):
    open_consultation.unpublish()
    assert client.get("/api/consultations/").json() == []


def test_api_refuses_post(client, open_consultation):
    assert client.post("/api/consultations/").status_code == 405


def test_home_page_announces_open_consultation(client, open_consultation):
    assert "Đợt đang mở" in client.get("/").content.decode()


def test_home_page_leaves_out_closed_consultation(client, closed_consultation):
    assert "Đợt đã kết thúc" not in client.get("/").content.decode()

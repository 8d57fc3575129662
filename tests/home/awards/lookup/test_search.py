"""The site search finds awardees by name or unit, without marks, and leads to
their decision."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_site_search_finds_the_decision_by_an_awardee_name(client, decisions):
    answer = client.get("/api/search/", {"q": "nguyen thi thu huong"}).json()
    urls = {hit["url"] for hit in answer["results"]}
    assert decisions["newer"].url in urls and decisions["older"].url in urls


def test_the_site_search_finds_the_decision_by_a_unit(client, decisions):
    answer = client.get("/api/search/", {"q": "Phòng Giáo dục huyện Đồng Lâm"}).json()
    assert [hit["url"] for hit in answer["results"]] == [decisions["older"].url]


def test_the_search_page_links_the_decision(client, decisions):
    html = client.get("/tim-kiem/", {"q": "nguyen thi thu huong"}).content.decode()
    assert decisions["newer"].url in html


def test_the_decision_search_text_lists_names_and_units(decisions):
    text = decisions["older"].awardees_text()
    assert "Nguyễn Thị Thu Hường Kế toán, Sở Tài chính" in text

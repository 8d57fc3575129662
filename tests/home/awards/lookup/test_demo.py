"""The demo's award look-up in both languages, with a decision whose list names one
of the demo's exemplary profiles."""

import pytest

pytestmark = pytest.mark.django_db



def test_the_demo_look_up_finds_a_name_typed_without_marks(demo_site, client):
    html = client.get("/tra-cuu-khen-thuong/", {"q": "lo thi mai"}).content.decode()
    assert "Lò Thị Mai" in html and "1024/QĐ-UBND" in html


def test_the_english_look_up_answers(demo_site, client):
    response = client.get("/en/award-search/")
    assert response.status_code == 200 and "Award search" in response.content.decode()


def test_the_demo_profile_lists_the_decision_naming_it(demo_site, client):
    html = client.get("/dien-hinh-tien-tien/lo-thi-mai/").content.decode()
    assert "Được khen thưởng theo quyết định" in html and "1024/QĐ-UBND" in html

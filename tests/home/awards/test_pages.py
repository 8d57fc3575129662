"""The decision page: its list grouped by section with counts, paginated, and its
XLSX and CSV downloads, for 2,000 rows too, behind the page's own restrictions."""

import io

import openpyxl
import pytest
from wagtail.models import PageViewRestriction

from tests.home.awards.factories import AwardDecisionPageFactory, add_rows
from tests.portal.private_pages import restrict

pytestmark = pytest.mark.django_db


@pytest.fixture
def decision(archive, chairman_award):
    page = AwardDecisionPageFactory(parent=archive, number="1187/QĐ-UBND")
    add_rows(page, 3, chairman_award, section="I. TẬP THỂ", kind="tap-the")
    add_rows(page, 8, chairman_award, start=4)
    page.save_revision().publish()
    return page


@pytest.fixture
def big_decision(archive, chairman_award):
    page = AwardDecisionPageFactory(parent=archive, number="2000/QĐ-UBND")
    add_rows(page, 2000, chairman_award)
    page.save_revision().publish()
    return page


def test_the_page_states_the_counts_as_lists_do(client, decision):
    html = client.get(decision.url).content.decode()
    assert "03 tập thể và 08 cá nhân" in html


def test_the_page_groups_the_rows_by_section_with_their_counts(client, decision):
    html = client.get(decision.url).content.decode()
    first, second = html.index("I. TẬP THỂ"), html.index("II. CÁ NHÂN")
    assert first < html.index("Nguyễn Văn Thử 1") < second < html.index("Nguyễn Văn Thử 4")
    assert "(08 cá nhân)" in html


def test_the_page_offers_both_downloads(client, decision):
    html = client.get(decision.url).content.decode()
    assert "danh-sach-xlsx/" in html and "danh-sach-csv/" in html


def test_a_decision_of_2000_rows_renders_one_page_of_rows(client, big_decision):
    response = client.get(big_decision.url, {"page": 40})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Nguyễn Văn Thử 2000<" in html and "Nguyễn Văn Thử 1950<" not in html
    assert "Trang 40 / 40" in html


def test_a_page_number_out_of_range_shows_the_last_page(client, decision):
    assert client.get(decision.url, {"page": "abc"}).status_code == 200


def test_the_csv_of_2000_rows_streams_every_row_after_a_byte_order_mark(client, big_decision):
    response = client.get(big_decision.url + "danh-sach-csv/")
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeffSTT,")
    assert len(body.splitlines()) == 2001


def test_the_xlsx_of_2000_rows_has_every_row(client, big_decision):
    response = client.get(big_decision.url + "danh-sach-xlsx/")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert (len(rows), rows[-1][2], rows[-1][4]) == (
        2001,
        "Nguyễn Văn Thử 2000",
        "Bằng khen của Chủ tịch UBND tỉnh",
    )


@pytest.mark.parametrize("route", ["", "danh-sach-csv/", "danh-sach-xlsx/"])
@pytest.mark.parametrize("kind", [PageViewRestriction.LOGIN, PageViewRestriction.PASSWORD])
def test_downloads_of_a_restricted_decision_are_restricted_too(
    client, decision, django_capture_on_commit_callbacks, route, kind
):
    restrict(decision, kind, django_capture_on_commit_callbacks)
    response = client.get(decision.url + route)
    assert "Nguyễn Văn Thử" not in response.content.decode()
    assert response.status_code in (200, 302)
    assert not response.get("Content-Disposition")


def test_the_api_gives_the_counts(client, decision):
    answer = client.get(f"/api/v2/pages/{decision.pk}/").json()
    assert answer["awardee_counts"] == {"collective": 3, "individual": 8}

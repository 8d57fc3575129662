"""Private pages (login, group or password restriction, on the page or on a section
above it) stay out of search, suggestions, the sitemap, Wagtail's API, the
most-viewed lists, the downloads of documents (issue #26), the archive's CSV and
JSON exports (issue #22) and the award look-up, its API and statistics (issue #20)."""

import csv
import io

import pytest

from home.models import AwardLevel, AwardRow, AwardSearchPage
from tests.home.awards.factories import AwardDecisionPageFactory
from tests.home.factories import AwardFactory
from tests.portal.private_pages import (
    PUBLIC,
    SECRET,
    SHARED_WORDS,
    assert_hidden,
    kind,
    placement,
    private_anywhere,
    restrict,
    site,
)

pytestmark = pytest.mark.django_db
__all__ = ["kind", "placement", "private_anywhere", "site"]

# The public pages carrying SHARED_WORDS: news, profile, event and three documents.
PUBLIC_MATCHES = 6


def test_search_page_counts_and_lists_only_public_pages(client, private_anywhere):
    html = client.get("/tim-kiem/", {"q": SHARED_WORDS}).content.decode()
    assert f"Tìm thấy {PUBLIC_MATCHES} kết quả" in html
    assert_hidden(html)


def test_search_api_counts_and_lists_only_public_pages(client, private_anywhere):
    answer = client.get("/api/search/", {"q": SHARED_WORDS}).json()
    assert answer["count"] == PUBLIC_MATCHES
    assert_hidden(" ".join(hit["title"] for hit in answer["results"]))


def test_search_api_facets_count_only_public_pages(client, private_anywhere):
    answer = client.get("/api/search/", {"q": SHARED_WORDS}).json()
    assert sum(option["count"] for option in answer["facets"]["type"].values()) == (
        PUBLIC_MATCHES
    )


def test_search_by_private_document_number_finds_nothing(client, private_anywhere):
    answer = client.get("/api/search/", {"q": f"8/{SECRET}-UBND"}).json()
    assert SECRET not in " ".join(hit["title"] + hit["number"] for hit in answer["results"])


def test_suggestions_offer_only_public_pages(client, private_anywhere):
    answer = client.get("/api/search/suggest/", {"q": SHARED_WORDS}).json()
    assert_hidden(str(answer))


def test_sitemap_lists_only_public_pages(client, private_anywhere):
    xml = client.get("/sitemap.xml").content.decode()
    assert f"tin-{PUBLIC.lower()}" in xml
    assert SECRET.lower() not in xml


@pytest.mark.parametrize(
    "page_type",
    [
        "home.NewsPage",
        "home.ModelProfilePage",
        "home.CongressEventPage",
        "documents.OfficialDocumentPage",
        "documents.PlanPage",
        "documents.DirectivePage",
    ],
)
def test_pages_api_lists_only_public_pages(client, private_anywhere, page_type):
    answer = client.get("/api/v2/pages/", {"type": page_type, "limit": 20}).json()
    assert answer["meta"]["total_count"] == (3 if page_type.endswith("OfficialDocumentPage") else 1)
    assert_hidden(" ".join(item["title"] for item in answer["items"]))


def test_pages_api_has_no_detail_of_a_private_page(client, private_anywhere):
    statuses = {
        client.get(f"/api/v2/pages/{page.pk}/").status_code
        for page in private_anywhere.values()
    }
    assert statuses == {404}


def test_pages_api_does_not_find_a_private_page_by_path(client, private_anywhere):
    statuses = {
        client.get("/api/v2/pages/find/", {"html_path": page.url}).status_code
        for page in private_anywhere.values()
    }
    assert statuses == {404}


@pytest.mark.parametrize("days", ["7", "30", "all"])
def test_most_viewed_api_lists_only_public_pages(client, private_anywhere, days):
    answer = client.get("/api/most-viewed/", {"days": days, "limit": 50}).json()
    assert_hidden(" ".join(item["title"] for item in answer))


def test_most_viewed_page_lists_only_public_pages(client, private_anywhere):
    assert_hidden(client.get("/xem-nhieu-nhat/").content)


@pytest.mark.parametrize(
    ("name", "route"),
    [
        ("plan", "nhiem-vu-csv/"),
        ("plan", "nhiem-vu-xlsx/"),
        ("document", "tai-ve-docx/"),
        ("directive", "tai-ve-docx/"),
        ("plan", "ban-in/"),
    ],
)
def test_downloads_of_a_private_document_stay_closed(client, site, private_anywhere, name, route):
    public = client.get(site["public"][name].url + route)
    private = client.get(private_anywhere[name].url + route)
    assert public.status_code == 200
    assert "attachment" not in private.get("Content-Disposition", "")
    assert SECRET.encode() not in private.content


def _body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("route", ["csv/", "json/"])
def test_archive_exports_list_only_public_documents(client, site, private_anywhere, route):
    response = client.get(site["sections"]["archive"].url + route)
    assert_hidden(_body(response))


@pytest.mark.parametrize("route", ["csv/", "json/"])
def test_exports_of_the_archive_holding_private_documents_show_none(
    client, private_anywhere, placement, route
):
    archive = private_anywhere["document"].get_parent()
    response = client.get(archive.url + route)
    assert SECRET.encode() not in _body(response)
    if placement == "parent":
        assert "attachment" not in response.get("Content-Disposition", "")


@pytest.fixture
def award_decisions(site, private_anywhere, placement, kind, django_capture_on_commit_callbacks):
    """A public award decision naming "Người PUBLIC" and a private one naming "Người
    SECRET", restricted itself or kept in the restricted section (issue #20)."""
    award = AwardFactory(name="Bằng khen thử nghiệm", level=AwardLevel.PROVINCE)
    pages = {}
    archives = {
        PUBLIC: site["sections"]["archive"],
        SECRET: private_anywhere["document"].get_parent(),
    }
    for marker, archive in archives.items():
        decision = AwardDecisionPageFactory(
            parent=archive, number=f"20/{marker}-UBND", slug=f"khen-thuong-{marker.lower()}"
        )
        AwardRow.objects.create(
            decision=decision,
            kind="ca-nhan",
            name=f"Người {marker}",
            detail=f"Đơn vị {SHARED_WORDS}",
            award=award,
            year=2025,
            order=1,
        )
        decision.save_revision().publish()
        pages[marker] = decision
    if placement == "page":
        restrict(pages[SECRET], kind, django_capture_on_commit_callbacks)
    return pages


@pytest.fixture
def award_search(home_page):
    page = AwardSearchPage(title="Tra cứu khen thưởng", slug="tra-cuu-khen-thuong")
    home_page.add_child(instance=page)
    return page


def test_award_lookup_lists_only_public_decisions(client, award_decisions, award_search):
    html = client.get(award_search.url, {"q": SHARED_WORDS}).content.decode()
    assert "1 lượt khen thưởng" in html
    assert_hidden(html)


def test_award_api_lists_only_public_decisions(client, award_decisions):
    answer = client.get("/api/awards/", {"q": SHARED_WORDS}).json()
    assert answer["count"] == 1
    assert_hidden(str(answer))


def test_award_api_by_private_decision_number_finds_nothing(client, award_decisions):
    answer = client.get("/api/awards/", {"decision": f"20/{SECRET}-UBND"}).json()
    assert answer["count"] == 0


def test_award_statistics_count_only_public_decisions(client, award_decisions, award_search):
    response = client.get(award_search.url + "thong-ke/csv/")
    assert ["Theo đối tượng", "Cá nhân", "1"] in list(
        csv.reader(io.StringIO(response.content.decode("utf-8-sig")))
    )


def test_site_search_by_private_awardee_finds_nothing(client, award_decisions):
    answer = client.get("/api/search/", {"q": f"Người {SECRET}"}).json()
    assert SECRET not in str(answer)

def test_consultations_api_lists_only_public_consultations(
    client, home_page, kind, django_capture_on_commit_callbacks
):
    from tests.home.consultations.factories import make_consultation, make_index
    from tests.portal.private_pages import restrict

    index = make_index(home_page)
    make_consultation(index, "cong-khai", title=f"Lấy ý kiến {PUBLIC}")
    private = make_consultation(index, "noi-bo", title=f"Lấy ý kiến {SECRET}")
    restrict(private, kind, django_capture_on_commit_callbacks)
    assert_hidden(str(client.get("/api/consultations/").json()))


def test_home_box_lists_only_public_consultations(
    client, home_page, kind, django_capture_on_commit_callbacks
):
    from tests.home.consultations.factories import make_consultation, make_index
    from tests.portal.private_pages import restrict

    index = make_index(home_page)
    make_consultation(index, "cong-khai", title=f"Lấy ý kiến {PUBLIC}")
    private = make_consultation(index, "noi-bo", title=f"Lấy ý kiến {SECRET}")
    restrict(private, kind, django_capture_on_commit_callbacks)
    assert_hidden(client.get("/").content)

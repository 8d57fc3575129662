"""Private pages (login, group or password restriction, on the page or on a section
above it) stay out of search, suggestions, the sitemap, Wagtail's API, the
most-viewed lists, the downloads of documents (issue #26) and the archive's CSV and
JSON exports (issue #22)."""

import pytest

from tests.portal.private_pages import (
    PUBLIC,
    SECRET,
    SHARED_WORDS,
    assert_hidden,
    kind,
    placement,
    private_anywhere,
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

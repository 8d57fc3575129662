"""Private pages (login, group or password restriction) stay out of the section
listings, their filters and feeds, and the home page's boxes (issue #26)."""

import pytest

from documents.choices import DocumentType
from tests.portal.private_pages import (
    PUBLIC,
    SECRET,
    SHARED_WORDS,
    assert_hidden,
    kind,
    placement,
    private_anywhere,
    private_in_sections,
    site,
)

pytestmark = pytest.mark.django_db
__all__ = ["kind", "placement", "private_anywhere", "private_in_sections", "site"]

SECTION_ADDRESSES = [
    "/tin-tuc/",
    "/tin-tuc/rss/",
    "/dien-hinh-tien-tien/",
    "/dai-hoi-thi-dua/",
    "/van-ban/",
    "/van-ban/rss/",
    f"/van-ban/?q={SHARED_WORDS}",
    f"/van-ban/rss/?q={SHARED_WORDS}",
    "/van-ban/?sort=so-ky-hieu",
]


@pytest.mark.parametrize("address", SECTION_ADDRESSES)
def test_section_listings_and_feeds_leave_out_private_pages(client, private_in_sections, address):
    response = client.get(address)
    assert response.status_code == 200
    assert_hidden(response.content)


def test_news_category_of_private_news_only_is_not_offered(client, private_in_sections):
    html = client.get("/tin-tuc/").content.decode()
    assert f"chuyen-muc-{PUBLIC.lower()}" in html
    assert f"chuyen-muc-{SECRET.lower()}" not in html


def test_news_category_filter_leaves_out_private_news(client, private_in_sections):
    response = client.get("/tin-tuc/", {"chuyen-muc": f"chuyen-muc-{SECRET.lower()}"})
    assert response.status_code == 200
    assert f"Tóm tắt {SECRET}" not in response.content.decode()


def _facets(response):
    return {
        name: {option.label: option.count for option in options}
        for name, options in response.context["facets"].items()
    }


@pytest.mark.parametrize("params", [{}, {"type": DocumentType.DIRECTIVE}, {"q": SHARED_WORDS}])
def test_archive_counts_only_public_documents(client, private_in_sections, params):
    response = client.get("/van-ban/", params)
    expected = 1 if "type" in params else 3
    assert response.context["page_obj"].paginator.count == expected


def test_archive_facets_count_only_public_documents(client, private_in_sections):
    facets = _facets(client.get("/van-ban/"))
    assert facets["issuer"] == {f"Cơ quan {PUBLIC}": 3}
    assert facets["year"] == {"2025": 3}
    assert facets["field"] == {f"Lĩnh vực {PUBLIC}": 3}
    assert sum(facets["type"].values()) == 3


def test_archive_facets_under_a_filter_count_only_public_documents(client, private_in_sections):
    facets = _facets(client.get("/van-ban/", {"year": 2026}))
    assert facets["issuer"] == {}
    assert facets["type"] == {}


def test_home_page_boxes_leave_out_private_pages(client, private_anywhere):
    assert_hidden(client.get("/").content)


def test_menu_leaves_out_a_private_section(client, site, kind, django_capture_on_commit_callbacks):
    from tests.factories import StandardPageFactory
    from tests.portal.private_pages import restrict

    StandardPageFactory(parent=site["home"], title=f"Giới thiệu {PUBLIC}", show_in_menus=True)
    hidden = StandardPageFactory(
        parent=site["home"], title=f"Nội bộ {SECRET}", show_in_menus=True
    )
    restrict(hidden, kind, django_capture_on_commit_callbacks)
    assert_hidden(client.get("/tin-tuc/").content)


def test_public_document_does_not_link_the_private_ones_it_replaces(client, site,
                                                                    private_in_sections):
    current = site["public"]["document"]
    current.replaces.set([site["public"]["plan"], private_in_sections["plan"]])
    current.save()
    assert_hidden(client.get(current.url).content)


def test_public_document_does_not_link_a_private_replacement(client, site, private_in_sections):
    current = site["public"]["document"]
    current.replaced_by = private_in_sections["document"]
    current.save()
    assert_hidden(client.get(current.url).content)


def test_public_event_does_not_link_a_private_next_level_event(client, site, private_in_sections):
    current = site["public"]["event"]
    current.next_level_event = private_in_sections["event"]
    current.save()
    assert_hidden(client.get(current.url).content)


def test_profile_links_a_decision_number_only_to_a_public_document(
    client, site, private_in_sections
):
    from tests.home.factories import ProfileHonourFactory

    profile = site["public"]["profile"]
    for document in (site["public"]["document"], private_in_sections["document"]):
        ProfileHonourFactory(profile=profile, decision_number=document.number)
    html = client.get(profile.url).content.decode()
    assert site["public"]["document"].url in html
    assert private_in_sections["document"].url not in html

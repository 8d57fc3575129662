"""English listings name the translatable snippets (news categories, sectors,
localities, awards, issuing bodies) in English, with one query per snippet model
rather than one per item (issue #23, point 7)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.documents.factories import (
    DocumentArchivePageFactory,
    IssuingBodyFactory,
    OfficialDocumentPageFactory,
)
from tests.home.factories import (
    AwardFactory,
    LocalityFactory,
    ModelProfileIndexPageFactory,
    ModelProfilePageFactory,
    NewsCategoryFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ProfileHonourFactory,
    SectorFactory,
)

pytestmark = pytest.mark.django_db


def with_english_name(snippet, locales, name):
    copy = snippet.copy_for_translation(locales["en"])
    copy.name = name
    copy.save()
    return snippet


def translated(page, locales, **fields):
    copy = page.copy_for_translation(locales["en"])
    for field, value in fields.items():
        setattr(copy, field, value)
    copy.save_revision().publish()
    # Read back: publishing a new slug rewrites the copy's path in the database.
    return type(copy).objects.get(pk=copy.pk)


@pytest.fixture
def english_news(home_page, locales):
    index = NewsIndexPageFactory(parent=home_page)
    category = with_english_name(
        NewsCategoryFactory(name="Hoạt động của Ban", slug="hoat-dong"), locales, "Board news"
    )
    article = NewsPageFactory(parent=index, title="Hội nghị tổng kết")
    article.categories = [category]
    article.save_revision().publish()
    english_index = translated(index, locales, title="News", slug="news")
    translated(article, locales, title="Year-end review conference")
    return english_index


def test_english_news_index_names_categories_in_english(client, english_news):
    html = client.get(english_news.url).content.decode()
    assert "Board news" in html
    assert "Hoạt động của Ban" not in html


def test_english_news_index_filters_by_a_category_its_news_point_at(client, english_news):
    html = client.get(english_news.url + "?chuyen-muc=hoat-dong").content.decode()
    assert "Year-end review conference" in html
    assert "News – Board news" in html


@pytest.fixture
def english_profiles(home_page, locales):
    index = ModelProfileIndexPageFactory(parent=home_page)
    english_index = translated(index, locales, title="Exemplary people", slug="profiles")
    return index, english_index


def add_profile(index, locales, number):
    sector = with_english_name(SectorFactory(name=f"Y tế {number}"), locales, f"Health {number}")
    locality = with_english_name(
        LocalityFactory(name=f"Xã Đồng Lâm {number}"), locales, f"Dong Lam commune {number}"
    )
    award = with_english_name(
        AwardFactory(name=f"Bằng khen {number}"), locales, f"Certificate of merit {number}"
    )
    profile = ModelProfilePageFactory(parent=index, locality=locality)
    profile.sectors = [sector]
    profile.save_revision().publish()
    ProfileHonourFactory(profile=profile, award=award)
    translated(type(profile).objects.get(pk=profile.pk), locales, slug=f"profile-{number}")


def test_english_profile_cards_name_sector_locality_and_award_in_english(
    client, english_profiles, locales
):
    index, english_index = english_profiles
    add_profile(index, locales, 1)
    html = client.get(english_index.url).content.decode()
    assert "Health 1" in html
    assert "Dong Lam commune 1" in html
    assert "Certificate of merit 1" in html
    assert "Xã Đồng Lâm 1" not in html


def test_english_profile_names_cost_no_query_per_profile(client, english_profiles, locales):
    index, english_index = english_profiles
    add_profile(index, locales, 1)
    client.get(english_index.url)
    with CaptureQueriesContext(connection) as one:
        client.get(english_index.url)
    for number in (2, 3, 4):
        add_profile(index, locales, number)
    with CaptureQueriesContext(connection) as four:
        html = client.get(english_index.url).content.decode()
    assert "Certificate of merit 4" in html
    assert len(four.captured_queries) == len(one.captured_queries)


@pytest.fixture
def english_archive(home_page, locales):
    archive = DocumentArchivePageFactory(parent=home_page)
    body = with_english_name(
        IssuingBodyFactory(name="Ủy ban nhân dân tỉnh"), locales, "Provincial People's Committee"
    )
    document = OfficialDocumentPageFactory(parent=archive, issuing_body=body)
    english_archive = translated(archive, locales, title="Documents", slug="documents")
    translated(document, locales, title="Decision on the test")
    return english_archive


def test_english_archive_table_names_the_issuing_body_in_english(client, english_archive):
    html = client.get(english_archive.url).content.decode()
    table = html[html.index("<tbody>") : html.index("</tbody>")]
    assert "Provincial People&#x27;s Committee" in table
    assert "Ủy ban nhân dân tỉnh" not in table


def test_english_archive_issuer_filter_names_the_body_in_english(client, english_archive):
    html = client.get(english_archive.url).content.decode()
    start = html.index('<form class="archive-filters"')
    form = html[start : html.index("</form>", start)]
    assert "Provincial People&#x27;s Committee" in form
    assert "Ủy ban nhân dân tỉnh" not in form

"""Snippets readers see are translatable: an English copy may keep the slug, names
are unique per language, Vietnamese filters list each term once, and the English
home page says where the documents are."""

import pytest
from django.db import IntegrityError, transaction

from tests.documents.factories import DocumentArchivePageFactory
from tests.home.factories import ModelProfileIndexPageFactory, SectorFactory

pytestmark = pytest.mark.django_db


def _english(snippet, locale, name):
    copy = snippet.copy_for_translation(locale)
    copy.name = name
    copy.save()
    return copy


def test_an_english_copy_keeps_the_slug(locales):
    sector = SectorFactory(name="Y tế", slug="y-te")
    assert _english(sector, locales["en"], "Health").slug == "y-te"


def test_a_name_is_unique_within_a_language(locales):
    SectorFactory(name="Y tế", slug="y-te")
    with pytest.raises(IntegrityError), transaction.atomic():
        SectorFactory(name="Y tế", slug="y-te-2")


def test_new_snippets_are_vietnamese_originals(locales):
    assert SectorFactory().locale == locales["vi"]


def test_the_profile_filter_lists_a_translated_sector_once(client, home_page, locales):
    index = ModelProfileIndexPageFactory(parent=home_page)
    _english(SectorFactory(name="Y tế", slug="y-te"), locales["en"], "Health")
    html = client.get(index.url).content.decode()
    assert html.count('value="y-te"') == 1
    assert "Health" not in html


def test_english_home_page_says_documents_are_in_vietnamese_with_a_link(client, home_page):
    archive = DocumentArchivePageFactory(parent=home_page)
    html = client.get("/en/").content.decode()
    assert "Official documents are published in Vietnamese:" in html
    assert f'href="{archive.url}" hreflang="vi">see the archive</a>' in html


def test_vietnamese_home_page_keeps_its_archive_link(client, home_page):
    DocumentArchivePageFactory(parent=home_page)
    html = client.get("/").content.decode()
    assert "Xem tất cả văn bản" in html
    assert "Văn bản chính thức được ban hành bằng tiếng Việt" not in html

"""Issuers and translations: only the Vietnamese originals of the catalogue match a
printed header, so an English copy never breaks an import; the preview shows the
issuer as the catalogue spells it."""

import pytest
from django.utils import translation

from documents.importer.issuers import add_issuing_body, match_issuing_body
from tests.documents.factories import IssuingBodyFactory
from tests.documents.importer.admin_support import field_value, preview
from tests.documents.importer.test_issuers import DECISION, LANG_SON

pytestmark = pytest.mark.django_db

HOME_AFFAIRS = "Sở Nội vụ tỉnh Lạng Sơn"


def _english_copy(body, locale, name=None):
    copy = body.copy_for_translation(locale)
    copy.name = name or body.name
    copy.save()
    return copy


def test_an_untranslated_english_copy_does_not_make_a_short_name_ambiguous(locales):
    body = IssuingBodyFactory(name=HOME_AFFAIRS)
    # wagtail-localize starts a translation as a copy with the Vietnamese name.
    _english_copy(body, locales["en"])
    assert match_issuing_body("SỞ NỘI VỤ") == body


def test_a_header_matches_the_original_not_its_english_copy(locales):
    body = IssuingBodyFactory(name=LANG_SON)
    _english_copy(body, locales["en"])
    assert match_issuing_body("UBND TỈNH LẠNG SƠN") == body


def test_a_body_added_while_english_is_active_is_a_vietnamese_original(locales):
    with translation.override("en"):
        body = add_issuing_body("UBND TỈNH LẠNG SƠN", "412/QĐ-UBND")
    assert body.locale == locales["vi"]


def test_preview_shows_a_known_issuer_in_the_catalogues_spelling(admin_client, archive):
    IssuingBodyFactory(name=LANG_SON)
    html = preview(admin_client, text=DECISION).content.decode()
    assert field_value(html, "id_issuing_body") == LANG_SON


def test_preview_shows_an_unknown_issuer_in_the_spelling_it_would_be_added_under(
    admin_client, archive
):
    html = preview(admin_client, text=DECISION).content.decode()
    assert field_value(html, "id_issuing_body") == LANG_SON

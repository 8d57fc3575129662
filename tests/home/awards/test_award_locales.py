"""The award catalogue of the importer reads the Vietnamese originals only: an
English copy of an award never matches a printed list nor makes a match ambiguous."""

import pytest

from home.awards.importer.saving import AwardCatalogue

pytestmark = pytest.mark.django_db


def test_an_untranslated_english_copy_leaves_a_near_match_unambiguous(chairman_award, locales):
    copy = chairman_award.copy_for_translation(locales["en"])
    copy.save()
    catalogue = AwardCatalogue(warnings=[])
    assert catalogue.match("Tặng Bằng khen của Chủ tịch UBND tỉnh năm 2023") == chairman_award


def test_a_translated_english_copy_is_never_matched(chairman_award, locales):
    copy = chairman_award.copy_for_translation(locales["en"])
    copy.name = "Certificate of Merit of the Chairman"
    copy.save()
    assert AwardCatalogue(warnings=[]).match("Certificate of Merit of the Chairman") is None

"""Pages name a translatable snippet in the reader's language: the English copy on
English pages, the Vietnamese original (without a query) on Vietnamese ones."""

import pytest
from django.utils import translation

from home.templatetags.content_tags import localized_name
from tests.home.factories import SectorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def health(locales):
    sector = SectorFactory(name="Y tế", slug="y-te")
    copy = sector.copy_for_translation(locales["en"])
    copy.name = "Health"
    copy.save()
    return sector


def test_an_english_reader_sees_the_english_name(health):
    with translation.override("en"):
        assert localized_name(health) == "Health"


def test_a_vietnamese_reader_sees_the_original_without_a_query(
    health, django_assert_num_queries
):
    with translation.override("vi"), django_assert_num_queries(0):
        assert localized_name(health) == "Y tế"


def test_an_untranslated_snippet_keeps_its_vietnamese_name(locales):
    with translation.override("en"):
        assert localized_name(SectorFactory(name="Nông nghiệp")) == "Nông nghiệp"

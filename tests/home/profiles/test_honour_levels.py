"""District-level honours ("Cấp huyện") exist only until the districts ended on
1 July 2025: a profile's honour of a later year is refused with a Vietnamese message."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from home.models import AwardLevel, ProfileHonour
from tests.home.factories import AwardFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def district_award(db):
    return AwardFactory(name="Giấy khen của Chủ tịch UBND huyện", level=AwardLevel.DISTRICT)


def _check(award, year):
    ProfileHonour(award=award, year=year).full_clean(exclude=["profile"])


def test_a_district_honour_after_the_reform_is_refused_in_vietnamese(district_award):
    with translation.override("vi"), pytest.raises(ValidationError) as refused:
        _check(district_award, 2026)
    assert "Khen thưởng cấp huyện chỉ có đến ngày 01/7/2025" in str(
        refused.value.message_dict["award"]
    )


@pytest.mark.parametrize("year", [2019, 2025])
def test_a_district_honour_of_the_reform_year_or_before_is_accepted(district_award, year):
    _check(district_award, year)


def test_a_commune_honour_after_the_reform_is_accepted():
    _check(AwardFactory(level=AwardLevel.GRASSROOTS), 2026)

"""The demo's three award decisions, imported through the real importer."""

import pytest
from django.core.management import call_command
from django.db.models import Count

from home.awards.models import AwardDecisionPage, AwardRow
from home.demo import awards as demo_awards
from home.demo import inventory
from home.profiles.models import ProfileKind

pytestmark = pytest.mark.django_db



def decision(slug):
    return AwardDecisionPage.objects.get(slug=slug)


def test_three_live_decisions_are_in_the_archive(demo_site):
    # Beside them the look-up's own demo decision (home/demo/awards_lookup.py).
    slugs = set(AwardDecisionPage.objects.live().values_list("slug", flat=True))
    assert len(demo_awards.AWARD_DECISION_SLUGS) == 3
    assert set(demo_awards.AWARD_DECISION_SLUGS) <= slugs


def test_the_lists_hold_tens_of_rows(demo_site):
    counts = [decision(slug).rows.count() for slug in demo_awards.AWARD_DECISION_SLUGS]
    assert counts == [24, 18, 10]


def test_a_list_with_both_kinds_counts_them_by_section(demo_site):
    year_end = decision(demo_awards.YEAR_END_SLUG)
    assert year_end.section_counts() == {"I. TẬP THỂ": "08 tập thể", "II. CÁ NHÂN": "16 cá nhân"}


def test_rows_carry_the_catalogue_award(demo_site):
    rows = AwardRow.objects.filter(decision__slug__in=demo_awards.AWARD_DECISION_SLUGS)
    names = set(rows.values_list("award__name", flat=True))
    assert names == {"Bằng khen của Chủ tịch UBND tỉnh", "Chiến sĩ thi đua cấp tỉnh"}


def test_rows_carry_the_year_honoured(demo_site):
    rows = AwardRow.objects.filter(decision__slug__in=demo_awards.AWARD_DECISION_SLUGS)
    assert set(rows.values_list("year", flat=True)) == {2025}


def test_one_person_is_honoured_by_two_decisions(demo_site):
    twice = (
        AwardRow.objects.filter(kind=ProfileKind.INDIVIDUAL, name="Trần Thị Thu Hà")
        .values("detail")
        .annotate(decisions=Count("decision", distinct=True))
    )
    assert list(twice) == [{"detail": "Chủ tịch UBND phường Bắc Sông", "decisions": 2}]


def test_no_row_names_a_huyen(demo_site):
    texts = AwardRow.objects.values_list("name", "detail", "achievement")
    assert not [text for row in texts for text in row if "huyện" in text.lower()]


def test_the_achievement_column_is_kept(demo_site):
    row = decision(demo_awards.EMULATION_SLUG).rows.get(name="Vũ Đức Tùng")
    assert row.achievement == "Giải pháp giảm thất thoát nước sạch từ 22% xuống 14%"


def test_loading_again_keeps_the_same_rows(demo_site):
    before = list(AwardRow.objects.order_by("pk").values_list("pk", "name"))
    call_command("load_demo_data", stdout=None)
    assert list(AwardRow.objects.order_by("pk").values_list("pk", "name")) == before


def test_the_decisions_are_not_foreign_content(demo_site):
    assert inventory.foreign_content() == []


def test_a_decision_page_lists_its_rows(client, demo_site):
    page = decision(demo_awards.TWO_TIER_SLUG)
    html = client.get(page.url).content.decode()
    assert "Trần Thị Thu Hà" in html
    assert "06 tập thể và 12 cá nhân" in html

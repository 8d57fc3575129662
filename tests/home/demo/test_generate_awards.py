import datetime

import pytest
from django.core.management import call_command
from django.db.models import Count
from wagtail.models import Page

from documents.models import IssuingBody, OfficialDocumentPage
from home.awards.models import AwardDecisionPage, AwardRow
from home.demo.load_data import awards as award_data
from home.models import Award
from home.profiles.models import ProfileKind
from search.text import fold

pytestmark = pytest.mark.django_db

SIZES = {"documents": 10, "news": 0, "profiles": 0, "events": 0, "awards": 400}


def generate(**sizes):
    call_command("generate_load_data", seed=5, days=5, verbosity=0, **{**SIZES, **sizes})


@pytest.fixture
def generated(home_page):
    generate()
    return home_page


def test_asked_number_of_rows_is_added(generated):
    assert AwardRow.objects.count() == 400


def test_rows_spread_over_several_live_decisions(generated):
    assert AwardDecisionPage.objects.live().count() == len(award_data.plan(5, 400))
    assert AwardDecisionPage.objects.live().count() > 3


def test_both_kinds_are_listed(generated):
    kinds = set(AwardRow.objects.values_list("kind", flat=True))
    assert kinds == {ProfileKind.COLLECTIVE, ProfileKind.INDIVIDUAL}


def test_rows_have_look_up_keys(generated):
    row = AwardRow.objects.filter(kind=ProfileKind.INDIVIDUAL).first()
    assert row.name_folded == " ".join(fold(row.name).split())
    assert row.detail_folded


def test_honorifics_are_not_part_of_stored_names(generated):
    assert not AwardRow.objects.filter(name__regex=r"^(Ông|Bà) ").exists()


def test_years_are_between_2015_and_2026(generated):
    years = set(AwardRow.objects.values_list("year", flat=True))
    assert min(years) >= 2015 and max(years) <= 2026


def test_no_unit_is_a_huyen(generated):
    texts = AwardRow.objects.values_list("name", "detail", "award_text")
    assert not [text for row in texts for text in row if "huyện" in text.lower()]


def test_rows_use_the_award_catalogue(generated):
    assert not AwardRow.objects.filter(award__isnull=True).exists()


def test_some_people_are_on_several_decisions(generated):
    repeated = (
        AwardRow.objects.filter(kind=ProfileKind.INDIVIDUAL)
        .values("name_folded", "detail_folded")
        .annotate(decisions=Count("decision", distinct=True))
        .filter(decisions__gt=1)
    )
    assert repeated.exists()


def test_lists_with_both_kinds_have_sections(generated):
    sections = set(AwardRow.objects.values_list("section", flat=True))
    assert {"I. TẬP THỂ", "II. CÁ NHÂN"} <= sections


def test_generated_decision_renders_its_list(client, generated):
    decision = AwardDecisionPage.objects.live().first()
    row = decision.rows.order_by("order").first()
    response = client.get(decision.url)
    assert response.status_code == 200
    assert row.name in response.content.decode()


def test_tree_has_no_problems(generated):
    assert all(not problems for problems in Page.find_problems())


def test_rerun_with_same_size_adds_nothing(generated):
    before = (Page.objects.count(), AwardRow.objects.count())
    generate()
    assert (Page.objects.count(), AwardRow.objects.count()) == before


def test_rerun_with_larger_size_completes_the_last_decision_and_adds_the_rest(generated):
    generate(awards=900)
    per_decision = dict(
        AwardDecisionPage.objects.annotate(n=Count("rows")).values_list("slug", "n")
    )
    planned = award_data.plan(5, 900)
    assert sorted(per_decision.values()) == sorted(count for _ordinal, count in planned)


def listed_rows():
    rows = AwardRow.objects.order_by("decision__slug", "order")
    return list(rows.values_list("name", "detail"))


def test_rows_are_the_same_whichever_run_wrote_them(home_page):
    generate(awards=150)
    generate(awards=900)
    in_two_runs = listed_rows()
    AwardDecisionPage.objects.all().delete()
    generate(awards=900)
    in_one_run = listed_rows()
    assert in_two_runs == in_one_run


def test_award_decisions_do_not_count_as_generated_documents(generated):
    generate(documents=12)
    plain = OfficialDocumentPage.objects.exclude(pk__in=AwardDecisionPage.objects.values("pk"))
    assert plain.count() == 12


def test_plan_covers_exactly_the_rows_asked_for():
    assert sum(count for _ordinal, count in award_data.plan(3, 100_000)) == 100_000


def test_decisions_of_2026_are_not_later_than_today():
    today = datetime.date(2026, 3, 1)
    province = IssuingBody(name="Ủy ban nhân dân tỉnh Sông Xanh", short_code="UBND")
    award = Award(pk=1, name="Bằng khen của Chủ tịch UBND tỉnh", level="tinh")
    dates = [
        award_data.decision(1, ordinal, [award], province, [], today)["fields"]["issued_on"]
        for ordinal in range(200)
    ]
    assert max(dates) <= today

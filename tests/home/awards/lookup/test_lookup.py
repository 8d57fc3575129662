"""The look-up page: folded name and unit queries, the filters, exact names first,
the true count, pagination and bad input that never fails."""

import pytest
from django.http import QueryDict

from home.awards import lookup
from home.models import AwardDecisionPage
from tests.home.awards.factories import AwardDecisionPageFactory
from tests.home.awards.lookup.data import EXACT, LONGER, row

pytestmark = pytest.mark.django_db


def names(criteria_text):
    criteria = lookup.clean(QueryDict(criteria_text))
    return [(found.name, found.decision.number) for found in lookup.look_up(criteria).object_list]


def test_a_name_typed_without_marks_finds_the_person(decisions):
    assert (EXACT, "25/QĐ-UBND") in names("q=nguyen thi thu huong")


def test_the_exact_name_ranks_before_longer_names(decisions):
    found = [name for name, _number in names("q=nguyen thi thu huong")]
    assert found == [EXACT, EXACT, LONGER]


def test_a_person_honoured_twice_appears_once_per_decision(decisions):
    assert names(f"q={EXACT}")[:2] == [(EXACT, "25/QĐ-UBND"), (EXACT, "1187/QĐ-UBND")]


def test_d_and_i_y_fold_as_everywhere(decisions):
    assert names("q=phong giao duc huyen dong lam") == names("q=Phòng Giáo Dục Huyện Đồng Lâm")
    assert names("q=thy thu huong")[0][0] == EXACT


def test_the_unit_finds_its_people(decisions):
    assert {name for name, _number in names("q=so tai chinh")} == {EXACT}


def test_without_a_query_the_newest_decision_comes_first(decisions):
    assert names("")[0] == (EXACT, "25/QĐ-UBND")


def test_the_kind_filter_keeps_collectives(decisions):
    assert names("kind=tap-the") == [("Phòng Giáo dục huyện Đồng Lâm", "1187/QĐ-UBND")]


def test_the_level_filter_keeps_that_level(decisions):
    assert names("level=co-so") == [(EXACT, "25/QĐ-UBND")]


def test_the_award_filter_keeps_that_award(decisions, awards):
    assert len(names(f"award={awards['province'].pk}")) == 3


def test_the_year_range_keeps_the_years_within(decisions):
    assert names("from=2024&to=2024") == [(EXACT, "25/QĐ-UBND")]
    assert len(names("to=2023")) == 3


def test_the_decision_number_matches_however_written(decisions):
    assert len(names("decision=1187 qd ubnd")) == 3


def test_a_bad_year_is_ignored_with_a_message(decisions):
    criteria = lookup.clean(QueryDict("from=abc"))
    assert criteria.year_from is None
    assert "abc" in criteria.errors[0]


def test_a_draft_decision_lists_nothing(decisions):
    decisions["newer"].unpublish()
    assert [number for _name, number in names("")] == ["1187/QĐ-UBND"] * 3


def test_the_page_lists_results_with_the_true_count(client, lookup_page, decisions):
    html = client.get(lookup_page.url, {"q": "nguyen thi thu huong"}).content.decode()
    assert "3 lượt khen thưởng" in html
    assert html.index(EXACT) < html.index(LONGER)
    assert decisions["newer"].url in html


def test_the_page_counts_every_match_across_pages(client, lookup_page, decisions):
    for order in range(4, 30):
        row(decisions["older"], order, f"Trần Văn Thử {order}", year=2022)
    html = client.get(lookup_page.url, {"q": "tran van thu", "page": 2}).content.decode()
    assert "26 lượt khen thưởng" in html and "Trang 2 / 2" in html


def test_bad_input_never_fails(client, lookup_page, decisions):
    for params in (
        {"from": "abc", "to": "99999"},
        {"page": "9999"},
        {"page": "abc"},
        {"q": "x" * 5000},
        {"award": "abc", "level": "none", "kind": "x"},
        {"award": "9" * 30, "decision": "9" * 500},
        {"year": "²", "from": "9" * 5000, "to": "-1"},
    ):
        assert client.get(lookup_page.url, params).status_code == 200


def test_a_bad_year_is_named_on_the_page(client, lookup_page, decisions):
    html = client.get(lookup_page.url, {"from": "abc"}).content.decode()
    assert "không hợp lệ" in html


def test_the_query_box_is_limited_as_the_other_search_boxes(client, lookup_page):
    html = client.get(lookup_page.url).content.decode()
    assert 'maxlength="200"' in html


def test_a_decision_without_a_date_comes_last(archive, decisions):
    undated = AwardDecisionPageFactory(parent=archive, number="7/QĐ-UBND")
    row(undated, 1, "Lê Văn Không Ngày")
    undated.save_revision().publish()
    # Editors must give a date; a decision stored without one (an old import) still lists.
    AwardDecisionPage.objects.filter(pk=undated.pk).update(issued_on=None)
    assert names("")[-1] == ("Lê Văn Không Ngày", "7/QĐ-UBND")


@pytest.mark.parametrize("limit", [0, 1000])
def test_matches_past_the_id_limit_rank_and_count_alike(decisions, monkeypatch, limit):
    monkeypatch.setattr(lookup, "MATCHED_IDS_LIMIT", limit)
    page = lookup.look_up(lookup.clean(QueryDict("q=nguyen thi thu huong")))
    assert (page.paginator.count, [hit.name for hit in page]) == (3, [EXACT, EXACT, LONGER])

"""An exemplary profile lists the award decisions naming it, matched on folded name
(and unit), which editors confirm or hide."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.awards.lookup_profiles import ProfileAwardLink, profile_award_rows
from home.models import ModelProfilePage
from tests.factories import UserFactory
from tests.home.awards.lookup.data import EXACT
from tests.home.factories import ModelProfileIndexPageFactory, ModelProfilePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(home_page, decisions):
    index = ModelProfileIndexPageFactory(parent=home_page)
    return ModelProfilePageFactory(
        parent=index, title=EXACT.upper(), unit="Sở Tài chính", position="Kế toán"
    )


def numbers(profile):
    return [found.decision.number for found in profile_award_rows(profile)]


def test_the_profile_lists_each_decision_naming_it_newest_first(profile):
    assert numbers(profile) == ["25/QĐ-UBND", "1187/QĐ-UBND"]


def test_a_namesake_in_another_unit_is_not_listed(profile):
    profile.unit = "Trường THPT Lê Quý Đôn"
    assert numbers(profile) == []


def test_a_profile_without_unit_matches_on_the_name(profile):
    profile.unit = ""
    assert numbers(profile) == ["25/QĐ-UBND", "1187/QĐ-UBND"]


def test_an_editor_hides_a_decision(profile, decisions):
    ProfileAwardLink.objects.create(profile=profile, decision=decisions["older"], shown=False)
    assert numbers(profile) == ["25/QĐ-UBND"]


def test_an_editor_confirms_a_decision_the_unit_misses(profile, decisions):
    profile.unit = "Sở Tài chính tỉnh"
    ProfileAwardLink.objects.create(profile=profile, decision=decisions["newer"])
    assert numbers(profile) == ["25/QĐ-UBND"]


def test_the_profile_page_shows_the_decisions(client, profile, decisions):
    html = client.get(profile.url).content.decode()
    assert "Được khen thưởng theo quyết định" in html
    assert decisions["older"].url in html and "Chiến sĩ thi đua cơ sở" in html


def test_a_draft_decision_is_not_listed(profile, decisions):
    decisions["newer"].unpublish()
    assert numbers(profile) == ["1187/QĐ-UBND"]


def test_an_editor_hides_a_decision_in_the_profile_form(client, profile, decisions):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    url = reverse("wagtailadmin_pages:edit", args=[profile.pk])
    data = nested_form_data(
        {
            "title": profile.title,
            "slug": profile.slug,
            "kind": profile.kind,
            "unit": profile.unit,
            "initiatives": inline_formset([]),
            "honours": inline_formset([]),
            "award_links": inline_formset(
                [{"decision": str(decisions["older"].pk), "shown": ""}]
            ),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302
    assert numbers(ModelProfilePage.objects.get(pk=profile.pk)) == ["25/QĐ-UBND"]

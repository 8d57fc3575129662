"""A profile without a photo shows initials or a group sign, never a stand-in picture."""

import pytest

from home.models import ProfileKind
from home.templatetags.profile_tags import initials
from tests.home.factories import ModelProfileIndexPageFactory, ModelProfilePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def profiles(home_page):
    return ModelProfileIndexPageFactory(parent=home_page, slug="dien-hinh")


def test_card_of_a_person_without_photo_shows_initials(profiles, client):
    ModelProfilePageFactory(parent=profiles, title="Lò Thị Mai", kind=ProfileKind.INDIVIDUAL)
    html = client.get(profiles.url).content.decode()
    assert '<span class="profile-placeholder__disc">LM</span>' in html


def test_card_of_a_collective_without_photo_shows_a_group_sign(profiles, client):
    ModelProfilePageFactory(
        parent=profiles, title="Công an xã Tân Lập", kind=ProfileKind.COLLECTIVE
    )
    html = client.get(profiles.url).content.decode()
    assert '<span class="profile-placeholder__disc"><svg' in html
    assert ">CL<" not in html


def test_profile_page_without_photo_shows_initials(profiles, client):
    profile = ModelProfilePageFactory(
        parent=profiles, title="Hoàng Văn Sơn", kind=ProfileKind.INDIVIDUAL
    )
    html = client.get(profile.url).content.decode()
    assert '<span class="profile-placeholder__disc">HS</span>' in html


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Lò Thị Mai", "LM"), ("nguyễn văn an", "NA"), ("Mai", "M"), ("  ", "")],
)
def test_initials_are_family_and_given_name(name, expected):
    assert initials(name) == expected

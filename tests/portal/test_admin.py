import pytest
from wagtail.users.models import UserProfile

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_admin_login_page_answers(client, home_page):
    assert client.get("/admin/login/").status_code == 200


def test_admin_is_vietnamese_for_vietnamese_user(client, home_page):
    user = UserFactory(is_superuser=True, is_staff=True)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="vi"' in html
    assert "Trang" in html and "Tìm kiếm" in html


def test_admin_is_vietnamese_by_default(client, home_page):
    user = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(user)
    html = client.get("/admin/pages/").content.decode()
    assert 'lang="vi"' in html


def test_admin_follows_english_preference(client, home_page):
    user = UserFactory(is_superuser=True, is_staff=True)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    assert 'lang="en"' in html

import pytest
from axes.models import AccessAttempt

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def axes_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3


def _try_login(client, password):
    return client.post(
        "/admin/login/", {"username": "bientapvien", "password": password}
    )


def test_wrong_passwords_lock_the_login(client, home_page, axes_on):
    UserFactory(username="bientapvien", is_staff=True, is_superuser=True)
    for _ in range(3):
        _try_login(client, "sai-mat-khau")
    response = _try_login(client, "mat-khau-thu-nghiem")
    assert response.status_code == 429


def test_lockout_page_explains_in_vietnamese(client, home_page, axes_on):
    UserFactory(username="bientapvien", is_staff=True)
    for _ in range(3):
        response = _try_login(client, "sai-mat-khau")
    html = response.content.decode()
    assert "Tạm khóa đăng nhập" in html
    assert "15 phút" in html


def test_correct_password_before_limit_logs_in_and_clears_failures(
    client, home_page, axes_on
):
    UserFactory(username="bientapvien", is_staff=True, is_superuser=True)
    _try_login(client, "sai-mat-khau")
    response = _try_login(client, "mat-khau-thu-nghiem")
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="bientapvien").exists()

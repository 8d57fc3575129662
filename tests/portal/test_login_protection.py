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


@pytest.fixture
def behind_one_proxy(settings):
    settings.CLIENT_ADDRESS = {"HEADER": "HTTP_X_FORWARDED_FOR", "TRUSTED_PROXIES": 1}


def _try_login_from(client, address, password):
    return client.post(
        "/admin/login/",
        {"username": "bientapvien", "password": password},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR=address,
    )


def test_behind_a_proxy_wrong_passwords_lock_the_login_for_that_reader(
    client, home_page, axes_on, behind_one_proxy
):
    UserFactory(username="bientapvien", is_staff=True, is_superuser=True)
    for _ in range(3):
        _try_login_from(client, "203.0.113.7", "sai-mat-khau")
    response = _try_login_from(client, "203.0.113.7", "mat-khau-thu-nghiem")
    assert response.status_code == 429


def test_behind_a_proxy_another_reader_can_still_log_in(
    client, home_page, axes_on, behind_one_proxy
):
    UserFactory(username="bientapvien", is_staff=True, is_superuser=True)
    for _ in range(3):
        _try_login_from(client, "203.0.113.7", "sai-mat-khau")
    response = _try_login_from(client, "198.51.100.20", "mat-khau-thu-nghiem")
    assert response.status_code == 302


def test_behind_a_proxy_the_attempt_records_the_reader_address(
    client, home_page, axes_on, behind_one_proxy
):
    _try_login_from(client, "198.51.100.1, 203.0.113.7", "sai-mat-khau")
    assert AccessAttempt.objects.get().ip_address == "203.0.113.7"


def test_without_a_trusted_proxy_all_readers_share_the_proxy_lock(client, home_page, axes_on):
    UserFactory(username="bientapvien", is_staff=True, is_superuser=True)
    for _ in range(3):
        _try_login_from(client, "203.0.113.7", "sai-mat-khau")
    response = _try_login_from(client, "198.51.100.20", "mat-khau-thu-nghiem")
    assert response.status_code == 429


def test_behind_a_proxy_a_malformed_header_is_the_proxy_address(
    client, home_page, axes_on, behind_one_proxy
):
    response = _try_login_from(client, "không-phải-địa-chỉ, \x00", "sai-mat-khau")
    assert response.status_code == 200
    assert AccessAttempt.objects.get().ip_address == "127.0.0.1"

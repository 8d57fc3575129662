import importlib

import pytest
from django.urls import clear_url_caches

import portal.urls

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_moved(settings):
    settings.ADMIN_PATH = "quan-tri-noi-bo"
    importlib.reload(portal.urls)
    clear_url_caches()
    yield
    settings.ADMIN_PATH = "admin"
    importlib.reload(portal.urls)
    clear_url_caches()


def test_admin_path_is_configurable(client, home_page, admin_moved):
    assert client.get("/quan-tri-noi-bo/login/").status_code == 200


def test_default_admin_path_is_gone_when_moved(client, home_page, admin_moved):
    assert client.get("/admin/login/").status_code == 404

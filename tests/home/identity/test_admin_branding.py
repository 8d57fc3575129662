"""The admin shows the board's name and logo where Wagtail shows its own."""

import pytest
import wagtail_factories

from home.models import PortalSettings
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_login_heading_names_the_board(home_page, client):
    html = client.get("/admin/login/").content.decode()
    assert "Đăng nhập trang quản trị Ban Thi đua – Khen thưởng" in html
    assert "Sign in to Wagtail" not in html


def test_login_shows_the_emblem_instead_of_the_bird(home_page, client):
    html = client.get("/admin/login/").content.decode()
    assert 'src="/static/img/emblem.svg" alt="Ban Thi đua – Khen thưởng"' in html
    assert 'aria-label="Wagtail"' not in html


def test_admin_tab_title_and_favicon_are_the_boards(home_page, client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get("/admin/").content.decode()
    assert "- Ban Thi đua – Khen thưởng</title>" in html
    assert 'href="/static/img/favicon.svg"' in html
    assert "wagtailadmin/images/favicon.ico" not in html


def test_dashboard_welcomes_with_the_board_name(home_page, client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get("/admin/").content.decode()
    heading = html[html.index('<h1 class="w-h1 w-mt-0">') : html.index("</h1>")]
    assert heading.split(">", 1)[1].strip() == "Ban Thi đua – Khen thưởng"


def test_sidebar_logo_is_the_uploaded_logo(home_page, client):
    portal = PortalSettings.objects.get()
    portal.logo = wagtail_factories.ImageFactory()
    portal.save()
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get("/admin/").content.decode()
    branding = html[html.index("data-wagtail-sidebar-branding-logo") :]
    branding = branding[: branding.index("</template>")]
    assert 'class="portal-admin-logo"' in branding
    assert "/media/images/" in branding

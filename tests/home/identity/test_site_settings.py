"""PortalSettings.for_site (home/models/site_settings.py): the settings Wagtail's
`for_site` gives, from a query compiled once per process."""

import pytest
from wagtail.models import Site

from home.models import PortalSettings

pytestmark = pytest.mark.django_db


def test_for_site_reads_the_sites_settings(home_page):
    site = Site.objects.get(is_default_site=True)
    settings = PortalSettings.for_site(site)
    assert (settings.pk, settings.organisation_name) == (
        PortalSettings.objects.get(site=site).pk,
        "Sở Nội vụ tỉnh Thử Nghiệm",
    )


def test_for_site_creates_missing_settings_as_wagtail_does(home_page):
    site = Site.objects.create(hostname="khac.example", root_page=home_page)
    settings = PortalSettings.for_site(site)
    assert (settings.site_id, settings.board_name) == (site.pk, "Ban Thi đua – Khen thưởng")

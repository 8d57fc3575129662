"""The API gives each hit the address Page.get_url gives it, built from the hits'
url_path with one page object per site root
(portal.page_addresses): a page object's get_url for each hit was a tenth of a
search's CPU (issue #25 point 5, http25f)."""

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def _counting_get_url(monkeypatch):
    calls = []
    real = Page.get_url

    def counted(self, *args, **kwargs):
        calls.append(self.url_path)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Page, "get_url", counted)
    return calls


def test_api_builds_one_page_object_per_site_root(client, pledges, monkeypatch):
    calls = _counting_get_url(monkeypatch)
    data = client.get("/api/search/", {"q": "giao ước thi đua"}).json()
    assert len(data["results"]) == 5
    assert len(calls) == 1

"""/media/ served by Django (SERVE_MEDIA): text attachments carry their charset."""

import importlib

import pytest
from django.core.files.base import ContentFile
from django.test import RequestFactory
from django.urls import clear_url_caches, resolve

from documents.models import DocumentFile
from portal.media import serve_media

pytestmark = pytest.mark.django_db

TEXT = "Kế hoạch thi đua năm 2026".encode()


def _stored(name, data):
    document = DocumentFile(title=name)
    document.file.save(name, ContentFile(data), save=False)
    document.save()
    return document.file.name


def _get(path):
    return serve_media(RequestFactory().get(f"/media/{path}"), path)


def test_text_attachment_is_served_as_utf8(home_page):
    response = _get(_stored("ghi-chu.txt", TEXT))
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert b"".join(response.streaming_content) == TEXT


def test_upper_case_extension_gets_the_charset_too(home_page):
    response = _get(_stored("GHI-CHU.TXT", TEXT))
    assert response["Content-Type"] == "text/plain; charset=utf-8"


def test_other_files_keep_their_type(home_page):
    response = _get(_stored("ke-hoach.pdf", b"%PDF-1.4\n%%EOF\n"))
    assert response["Content-Type"] == "application/pdf"


def test_missing_file_is_404(settings):
    from django.http import Http404

    with pytest.raises(Http404):
        _get("documents/khong-co.txt")


@pytest.fixture
def media_served(settings):
    import portal.urls

    settings.SERVE_MEDIA = True
    importlib.reload(portal.urls)
    clear_url_caches()
    yield
    settings.SERVE_MEDIA = False
    importlib.reload(portal.urls)
    clear_url_caches()


def test_serve_media_setting_routes_media_through_this_view(media_served):
    assert resolve("/media/documents/ghi-chu.txt").func is serve_media

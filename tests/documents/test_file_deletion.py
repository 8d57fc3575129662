"""Deleting a document or image used by a live page removes it from that page at
once, so it needs publish permission on the page (documents.file_policies): an
editor is refused on every deletion route, the single delete view says why."""

import pytest
from django.urls import reverse

from documents.models import DocumentAttachment, DocumentFile
from tests.documents.factories import OfficialDocumentPageFactory
from tests.documents.replacement_support import make_document, make_image
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def attached_to_live_page(archive, document):
    page = OfficialDocumentPageFactory(parent=archive)
    page.attachments.add(DocumentAttachment(document=document))
    page.save_revision().publish()
    return page


@pytest.fixture
def own_document(editor):
    """Editors may delete what they uploaded themselves (Wagtail's ownership rule)."""
    return make_document(editor)


@pytest.fixture
def used_document(archive, own_document):
    attached_to_live_page(archive, own_document)
    return own_document


def test_editor_opening_delete_of_a_used_document_is_told_why(client, editor, used_document):
    client.force_login(editor)
    response = client.get(reverse("wagtaildocs:delete", args=(used_document.pk,)), follow=True)
    text = response.content.decode()
    assert f"Không thể xoá “{used_document.title}”" in text
    assert "gửi trang đi duyệt" in text


def test_editor_deleting_a_used_document_keeps_it(client, editor, used_document):
    client.force_login(editor)
    client.post(reverse("wagtaildocs:delete", args=(used_document.pk,)))
    assert DocumentFile.objects.filter(pk=used_document.pk).exists()


def test_editor_multiple_upload_delete_of_a_used_document_keeps_it(
    client, editor, used_document
):
    client.force_login(editor)
    client.post(reverse("wagtaildocs:delete_multiple", args=(used_document.pk,)))
    assert DocumentFile.objects.filter(pk=used_document.pk).exists()


def test_editor_bulk_delete_of_a_used_document_keeps_it(client, editor, used_document):
    client.force_login(editor)
    url = reverse("wagtail_bulk_action", args=("documents", "documentfile", "delete"))
    client.post(f"{url}?id={used_document.pk}")
    assert DocumentFile.objects.filter(pk=used_document.pk).exists()


def test_editor_may_delete_an_own_unused_document(client, editor, own_document):
    client.force_login(editor)
    client.post(reverse("wagtaildocs:delete", args=(own_document.pk,)))
    assert not DocumentFile.objects.filter(pk=own_document.pk).exists()


def test_leader_may_delete_an_own_document_of_a_live_page(client, leader, archive):
    document = make_document(leader)
    attached_to_live_page(archive, document)
    client.force_login(leader)
    client.post(reverse("wagtaildocs:delete", args=(document.pk,)))
    assert not DocumentFile.objects.filter(pk=document.pk).exists()


def test_editor_deleting_an_image_of_a_live_page_is_refused(client, editor, home_page):
    image = make_image(editor)
    NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), main_image=image)
    client.force_login(editor)
    response = client.post(reverse("wagtailimages:delete", args=(image.pk,)), follow=True)
    assert f"Không thể xoá “{image.title}”" in response.content.decode()
    assert type(image).objects.filter(pk=image.pk).exists()


@pytest.mark.parametrize("used, shown", [(True, False), (False, True)])
def test_edit_view_offers_delete_only_when_allowed(client, archive, editor, used, shown):
    document = make_document(editor)
    if used:
        attached_to_live_page(archive, document)
    client.force_login(editor)
    response = client.get(reverse("wagtaildocs:edit", args=(document.pk,)))
    delete_url = reverse("wagtaildocs:delete", args=(document.pk,))
    assert (delete_url in response.content.decode()) is shown

"""`OfficialDocumentPage.archive_path`, the archive's path while a document is live,
which the archive counts on: kept in step with publishing, unpublishing and moves."""

import pytest
from wagtail.models import Page

from documents.listing import sync_archive_paths
from documents.models import OfficialDocumentPage
from tests.documents.factories import DocumentArchivePageFactory, OfficialDocumentPageFactory

pytestmark = pytest.mark.django_db


def _stored(page):
    return OfficialDocumentPage.objects.values_list("archive_path", flat=True).get(pk=page.pk)


def test_a_live_document_holds_its_archive_path(archive):
    page = OfficialDocumentPageFactory(parent=archive)
    assert _stored(page) == archive.path


def test_a_draft_holds_no_archive_path(archive):
    page = OfficialDocumentPageFactory(parent=archive, live=False)
    assert _stored(page) == ""


def test_publishing_a_draft_sets_the_archive_path(archive):
    page = OfficialDocumentPageFactory(parent=archive, live=False)
    page.save_revision().publish()
    assert _stored(page) == archive.path


def test_unpublishing_clears_the_archive_path(archive):
    page = OfficialDocumentPageFactory(parent=archive)
    page.unpublish()
    assert _stored(page) == ""


def test_unpublishing_through_the_base_page_clears_the_archive_path(archive):
    page = OfficialDocumentPageFactory(parent=archive)
    Page.objects.get(pk=page.pk).unpublish()
    assert _stored(page) == ""


def test_moving_a_document_to_another_archive_follows_it(archive, home_page):
    page = OfficialDocumentPageFactory(parent=archive)
    other_parent = home_page.add_child(instance=Page(title="Lưu trữ", slug="luu-tru"))
    other = DocumentArchivePageFactory(parent=other_parent)
    page.move(other, pos="last-child")
    assert _stored(page) == other.path


def test_moving_the_archive_moves_its_documents_paths(archive, home_page):
    page = OfficialDocumentPageFactory(parent=archive)
    section = home_page.add_child(instance=Page(title="Tài liệu", slug="tai-lieu"))
    archive.move(section, pos="last-child")
    archive.refresh_from_db()
    assert _stored(page) == archive.path


def test_sync_repairs_a_stale_archive_path(archive):
    page = OfficialDocumentPageFactory(parent=archive)
    OfficialDocumentPage.objects.filter(pk=page.pk).update(archive_path="")
    sync_archive_paths(OfficialDocumentPage.objects.all())
    assert _stored(page) == archive.path


def test_archive_counts_leave_out_an_unpublished_document(client, archive):
    OfficialDocumentPageFactory(parent=archive, slug="con-lai")
    OfficialDocumentPageFactory(parent=archive, slug="go-xuong").unpublish()
    response = client.get(archive.url)
    assert response.context["page_obj"].paginator.count == 1

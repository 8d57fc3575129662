"""Replacing the file of a document used by a live page is an edit of that page
(documents.replacement): an editor is refused with a message saying what to do, a
leader or superuser may, and the change shows in each live page's history. Through
the real admin views, with the groups of home migration 0004."""

import pytest
from django.urls import reverse
from wagtail.documents.forms import get_document_form
from wagtail.models import Collection, PageLogEntry

from documents.models import DocumentAttachment, DocumentFile
from documents.replacement import REPLACE_DOCUMENT_ACTION
from tests.documents.factories import OfficialDocumentPageFactory
from tests.documents.replacement_support import (
    NEW_PDF,
    ORIGINAL_PDF,
    make_document,
    new_pdf,
    stored_bytes,
)

pytestmark = pytest.mark.django_db

REFUSAL = "Không thể thay tệp"


def attach(page, document, publish=True):
    """Attach through the page's inline panel rows, as the page editor saves them."""
    page.attachments.add(DocumentAttachment(document=document))
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page


@pytest.fixture
def document(editor):
    return make_document(editor)


@pytest.fixture
def live_page(archive, document):
    return attach(OfficialDocumentPageFactory(parent=archive), document)


def replace(client, user, document):
    client.force_login(user)
    return client.post(
        reverse("wagtaildocs:edit", args=(document.pk,)),
        {
            "title": document.title,
            "file": new_pdf(),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )


def test_editor_replacing_a_file_of_a_live_page_is_refused_with_a_message(
    client, editor, document, live_page
):
    response = replace(client, editor, document)
    assert response.status_code == 200
    text = response.content.decode()
    assert REFUSAL in text
    assert "gửi trang đi duyệt" in text
    assert live_page.title in text


def test_refused_replacement_leaves_file_field_and_bytes(client, editor, document, live_page):
    name = document.file.name
    replace(client, editor, document)
    assert stored_bytes(document) == ORIGINAL_PDF
    assert document.file.name == name


def test_editor_may_replace_an_unused_file(client, editor, document):
    response = replace(client, editor, document)
    assert response.status_code == 302
    assert stored_bytes(document) == NEW_PDF


def test_editor_may_replace_a_file_used_only_by_a_page_never_published(
    client, editor, archive, document
):
    # The admin's "add page" saves a new draft's rows, attachments included.
    page = OfficialDocumentPageFactory(parent=archive, live=False)
    page.attachments.add(DocumentAttachment(document=document))
    page.save()
    response = replace(client, editor, document)
    assert response.status_code == 302


def test_editor_may_replace_a_file_used_only_by_a_live_pages_draft(
    client, editor, archive, document
):
    attach(OfficialDocumentPageFactory(parent=archive), document, publish=False)
    response = replace(client, editor, document)
    assert response.status_code == 302


@pytest.mark.parametrize("who", ["leader", "superuser"])
def test_publisher_may_replace_a_file_of_a_live_page(client, request, who, document, live_page):
    response = replace(client, request.getfixturevalue(who), document)
    assert response.status_code == 302
    assert stored_bytes(document) == NEW_PDF


def test_publishers_replacement_is_logged_against_the_live_page(
    client, leader, document, live_page
):
    replace(client, leader, document)
    entry = PageLogEntry.objects.get(page=live_page, action=REPLACE_DOCUMENT_ACTION)
    assert entry.user == leader
    assert entry.data["title"] == document.title


def test_publishers_replacement_is_listed_in_the_page_history_view(
    client, leader, superuser, document, live_page
):
    replace(client, leader, document)
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_pages:history", args=(live_page.pk,)))
    assert f"Thay tệp của tài liệu “{document.title}”" in response.content.decode()


def test_replacement_is_logged_against_every_live_page_using_the_file(
    client, leader, archive, document, live_page
):
    other = attach(OfficialDocumentPageFactory(parent=archive), document)
    replace(client, leader, document)
    logged = set(
        PageLogEntry.objects.filter(action=REPLACE_DOCUMENT_ACTION).values_list(
            "page_id", flat=True
        )
    )
    assert logged == {live_page.pk, other.pk}


def test_multiple_upload_edit_form_does_not_replace_the_file(client, editor, document, live_page):
    client.force_login(editor)
    prefix = f"doc-{document.pk}"
    response = client.post(
        reverse("wagtaildocs:edit_multiple", args=(document.pk,)),
        {
            f"{prefix}-title": document.title,
            f"{prefix}-file": new_pdf(),
            f"{prefix}-collection": Collection.get_first_root_node().pk,
            f"{prefix}-tags": "",
        },
    )
    assert response.json()["success"]
    assert stored_bytes(document) == ORIGINAL_PDF


def test_chooser_upload_adds_a_new_document_and_keeps_the_old_file(
    client, editor, document, live_page
):
    client.force_login(editor)
    client.post(
        reverse("wagtaildocs_chooser:create"),
        {
            "document-chooser-upload-title": document.title,
            "document-chooser-upload-file": new_pdf(),
            "document-chooser-upload-collection": Collection.get_first_root_node().pk,
        },
    )
    added = DocumentFile.objects.exclude(pk=document.pk).get()
    assert (stored_bytes(added), stored_bytes(document)) == (NEW_PDF, ORIGINAL_PDF)


def test_form_without_a_user_refuses_replacing_a_file_of_a_live_page(document, live_page):
    form_class = get_document_form(DocumentFile)
    form = form_class(
        {"title": document.title, "collection": document.collection_id, "tags": ""},
        {"file": new_pdf()},
        instance=document,
    )
    assert REFUSAL in " ".join(form.errors.get("file", []))

"""A word that exists only in a scanned attachment is found by the site's search
once the recognition job has run, as a text layer's word is."""

import pytest

from documents.models import DocumentAttachment
from tests.documents.factories import OfficialDocumentPageFactory
from tests.documents.recognition.scans import png_scan, require_ocr, saved_file

pytestmark = pytest.mark.django_db

WORD = "Khenthuongxuatsac"


@pytest.fixture
def page_with_scan(archive, django_capture_on_commit_callbacks):
    require_ocr()
    page = OfficialDocumentPageFactory(parent=archive, subject="Về việc tặng bằng khen")
    with django_capture_on_commit_callbacks(execute=True):
        scan = saved_file("ban-quet.png", png_scan(f"Tặng {WORD} tập thể"))
        DocumentAttachment.objects.create(page=page, document=scan)
    return page


def _found(client, query):
    answer = client.get("/api/search/", {"q": query}).json()
    return [result["id"] for result in answer["results"]]


def test_word_only_in_a_scanned_attachment_is_found_after_the_job(client, page_with_scan):
    assert _found(client, WORD) == [page_with_scan.pk]


def test_word_of_a_scan_is_not_found_before_the_job(client, archive):
    page = OfficialDocumentPageFactory(parent=archive)
    scan = saved_file("ban-quet.png", png_scan(f"Tặng {WORD} tập thể"))
    DocumentAttachment.objects.create(page=page, document=scan)
    assert _found(client, WORD) == []

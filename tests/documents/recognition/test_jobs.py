"""Recognition of scanned attachments as background jobs (documents.recognition):
the upload does not wait, the job stores the text and its state, failures are
recorded and the worker goes on."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from documents.models import DocumentFile
from documents.models.files import TextStatus
from documents.recognition import run
from documents.recognition.jobs import recognise_document
from tests.documents.files import pdf_bytes
from tests.documents.recognition.scans import pdf_scan, png_scan, require_ocr, saved_file
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

WORD = "Khenthuongxuatsac"


@pytest.fixture(autouse=True)
def _ocr():
    require_ocr()




@pytest.fixture
def admin_client(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def _upload(admin_client, name, data):
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, data), "collection": "1"},
    )




def _work_off_the_queue():
    call_command("db_worker", "--backend", "background", "--batch", "--no-startup-delay")


def test_upload_of_a_scan_enqueues_recognition_and_answers_without_it(
    admin_client, database_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = _upload(admin_client, "quyet-dinh.png", png_scan(f"Tặng {WORD} tập thể"))
    assert response.status_code == 302
    document = DocumentFile.objects.get(title="quyet-dinh.png")
    assert (document.text_status, document.extracted_text) == (TextStatus.WAITING, "")
    assert DBTaskResult.objects.filter(status="READY").count() == 1


# The worker takes jobs in transactions of its own (on SQLite: BEGIN EXCLUSIVE), so
# these tests commit for real; serialized_rollback brings back the rows migrations
# create (root page and collection) that an earlier such test's flush removed.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_worker_stores_the_text_of_an_enqueued_scan(admin_client, database_tasks):
    _upload(admin_client, "quyet-dinh.png", png_scan(f"Tặng {WORD} tập thể"))
    assert DocumentFile.objects.get(title="quyet-dinh.png").text_status == TextStatus.WAITING
    _work_off_the_queue()
    document = DocumentFile.objects.get(title="quyet-dinh.png")
    assert document.text_status == TextStatus.DONE
    assert WORD in document.extracted_text


def test_nothing_is_enqueued_when_the_upload_is_rolled_back(
    database_tasks, django_capture_on_commit_callbacks
):
    # Without a commit the on_commit callback never runs: no job for a file not saved.
    saved_file("quyet-dinh.png", png_scan(WORD))
    assert not DBTaskResult.objects.exists()


def test_a_text_pdf_is_not_sent_to_recognition(
    database_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = saved_file(
            "ke-hoach.pdf",
            pdf_bytes("Phat dong phong trao thi dua nam 2026", "trong toan tinh va cac huyen"),
        )
    assert (document.text_status, DBTaskResult.objects.count()) == (TextStatus.NONE, 0)


def test_recognised_pdf_scan_reports_its_pages(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = saved_file("ban-quet.pdf", pdf_scan([f"Trang một {WORD}"], ["Trang hai"]))
    document.refresh_from_db()
    assert (document.text_status, document.text_pages, document.text_pages_done) == (
        TextStatus.DONE,
        2,
        2,
    )
    assert document.text_status_label == "Đã nhận dạng 2 trang"


def test_job_of_a_replaced_file_leaves_the_new_file_alone(django_capture_on_commit_callbacks):
    document = saved_file("quyet-dinh.png", png_scan(WORD))
    old_hash = document.file_hash
    DocumentFile.objects.filter(pk=document.pk).update(file_hash="0" * 40)
    assert run.recognise_document(document.pk, old_hash) == "stale"
    assert DocumentFile.objects.get(pk=document.pk).text_status == TextStatus.WAITING


def test_failure_is_recorded_with_its_reason(settings, django_capture_on_commit_callbacks):
    settings.DOCUMENT_OCR_MAX_PAGES = 1
    with django_capture_on_commit_callbacks(execute=True):
        document = saved_file("dai.pdf", pdf_scan(["Trang một"], ["Trang hai"]))
    document.refresh_from_db()
    assert document.text_status == TextStatus.FAILED
    assert document.text_error
    assert document.text_status_label == f"Lỗi: {document.text_error}"


def test_missing_file_is_recorded_as_a_failure(django_capture_on_commit_callbacks):
    document = saved_file("quyet-dinh.png", png_scan(WORD))
    document.file.storage.delete(document.file.name)
    assert run.recognise_document(document.pk, document.file_hash) == TextStatus.FAILED
    document.refresh_from_db()
    assert document.text_error == "Không mở được tệp đã tải lên."


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_worker_goes_on_after_failing_jobs(settings, database_tasks):
    settings.DOCUMENT_OCR_MAX_PAGES = 1
    failing = saved_file("dai.pdf", pdf_scan(["Trang một"], ["Trang hai"]))
    good = saved_file("quyet-dinh.png", png_scan(WORD))
    recognise_document.enqueue(failing.pk, failing.file_hash)
    # Not a document id at all: the job raises, the worker records it and goes on.
    broken = recognise_document.enqueue("không-phải-số", "")
    recognise_document.enqueue(good.pk, good.file_hash)
    _work_off_the_queue()
    failing.refresh_from_db()
    good.refresh_from_db()
    assert (failing.text_status, good.text_status) == (TextStatus.FAILED, TextStatus.DONE)
    assert DBTaskResult.objects.get(pk=broken.id).status == "FAILED"

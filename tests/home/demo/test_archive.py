import pytest
from django.core.management import call_command

from documents.models import DirectivePage, DocumentArchivePage, OfficialDocumentPage, PlanPage

pytestmark = pytest.mark.django_db



def test_demo_archive_lives_at_van_ban(demo_site, client):
    archive = DocumentArchivePage.objects.get()
    assert archive.url == "/van-ban/"
    assert client.get("/van-ban/").status_code == 200


def test_demo_archive_has_enough_varied_documents(demo_site):
    documents = OfficialDocumentPage.objects.live()
    assert documents.count() >= 12
    assert documents.values("document_type").distinct().count() >= 5
    assert documents.values("issuing_body").distinct().count() >= 3


def test_demo_plan_has_a_four_quarter_task_table(demo_site):
    plan = PlanPage.objects.get(slug="ke-hoach-thi-dua-khen-thuong-nam-2026")
    assert [title for title, _tasks in plan.task_groups()] == [
        "Quý I",
        "Quý II",
        "Quý III",
        "Quý IV",
    ]


def test_demo_directive_has_items_and_attachment_text(demo_site):
    directive = DirectivePage.objects.get()
    assert len(directive.items) >= 3
    assert "03/CT-UBND" in directive.attachment_text()


def test_demo_documents_are_not_duplicated_on_reload(demo_site):
    before = OfficialDocumentPage.objects.count()
    call_command("load_demo_data")
    assert OfficialDocumentPage.objects.count() == before

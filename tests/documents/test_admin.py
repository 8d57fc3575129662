import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.test.utils.form_data import rich_text

from documents.choices import DocumentStatus, DocumentType
from documents.models import DirectivePage, DocumentFile, OfficialDocumentPage, PlanPage
from tests.documents.admin_forms import add_page_data, list_block
from tests.documents.factories import IssuingBodyFactory, OfficialDocumentPageFactory
from tests.documents.files import pdf_bytes
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def _metadata(body, number, slug):
    return {
        "title": "Văn bản tạo trong trang quản trị",
        "slug": slug,
        "subject": "Về việc thử nghiệm trang quản trị",
        "number": number,
        "issuing_body": str(body.pk),
        "place_of_issue": "Sông Xanh",
        "issued_on": "2026-02-03",
        "effective_on": "2026-02-10",
        "status": DocumentStatus.IN_FORCE,
        "signer_capacity": "KT.",
        "signer_title": "Phó Chủ tịch",
        "signer_name": "Lê Thị Hồng",
        "legal_bases": "Căn cứ Luật Thi đua, Khen thưởng;",
        "recipients": "Sở Nội vụ;\nLưu: VT.",
        "areas": "thi đua, khen thưởng",
        "body-count": "0",
    }


def test_admin_creates_an_official_document(admin_client, archive):
    body = IssuingBodyFactory()
    fields = _metadata(body, "21/QĐ-UBND", "quyet-dinh-21")
    fields["document_type"] = DocumentType.DECISION
    url, data = add_page_data(admin_client, OfficialDocumentPage, archive, fields)
    response = admin_client.post(url, data)
    assert response.status_code == 302
    page = OfficialDocumentPage.objects.get(slug="quyet-dinh-21")
    assert page.live
    assert page.number_normalised == "21QDUBND"
    assert sorted(page.area_names) == ["khen thưởng", "thi đua"]


def test_admin_creates_a_plan_with_its_task_schedule(admin_client, archive):
    body = IssuingBodyFactory()
    fields = _metadata(body, "5/KH-UBND", "ke-hoach-5")
    fields["plan_period"] = "Năm 2026"
    group = {
        "title": "Quý I",
        "tasks": list_block(
            [
                {
                    "text": "Tổng kết thi đua năm trước",
                    # One unit a line (documents.blocks.UnitsBlock).
                    "units": "UBND tỉnh\nCác sở, ngành",
                    "deadline": "2026-03-31",
                },
                {
                    "text": "Ký giao ước thi đua",
                    "units": "Cụm thi đua số 1",
                    "deadline": "",
                },
            ]
        ),
    }
    url, data = add_page_data(
        admin_client, PlanPage, archive, fields, streams={"task_schedule": [("group", group)]}
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302
    plan = PlanPage.objects.get(slug="ke-hoach-5")
    assert plan.document_type == DocumentType.PLAN
    assert plan.task_groups() == [
        (
            "Quý I",
            [
                (
                    1,
                    "Tổng kết thi đua năm trước",
                    ["UBND tỉnh", "Các sở, ngành"],
                    datetime.date(2026, 3, 31),
                ),
                (2, "Ký giao ước thi đua", ["Cụm thi đua số 1"], None),
            ],
        )
    ]


def test_admin_creates_a_directive_with_items(admin_client, archive):
    body = IssuingBodyFactory()
    fields = _metadata(body, "3/CT-UBND", "chi-thi-3")
    items = [
        (
            "item",
            {"heading": "Các sở, ngành", "text": rich_text("<p>Đưa thi đua vào kế hoạch.</p>")},
        ),
        ("item", {"heading": "", "text": rich_text("<p>Báo cáo hằng quý.</p>")}),
    ]
    url, data = add_page_data(
        admin_client, DirectivePage, archive, fields, streams={"items": items}
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302
    directive = DirectivePage.objects.get(slug="chi-thi-3")
    assert directive.document_type == DocumentType.DIRECTIVE
    assert [block.value["heading"] for block in directive.items] == ["Các sở, ngành", ""]


def test_admin_edit_form_has_the_document_tabs(admin_client, archive):
    url, _ = add_page_data(admin_client, PlanPage, archive, {})
    html = admin_client.get(url).content.decode()
    for tab in ("Nội dung", "Thuộc tính", "Lịch thực hiện nhiệm vụ", "Tệp đính kèm và liên kết"):
        assert tab in html


def test_admin_rejects_a_document_without_issue_date(admin_client, archive):
    body = IssuingBodyFactory()
    fields = _metadata(body, "22/QĐ-UBND", "quyet-dinh-22")
    fields["issued_on"] = ""
    url, data = add_page_data(admin_client, OfficialDocumentPage, archive, fields)
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert not OfficialDocumentPage.objects.filter(slug="quyet-dinh-22").exists()


def test_admin_creates_a_document_with_attachment_and_related_document(admin_client, archive):
    body = IssuingBodyFactory()
    earlier = OfficialDocumentPageFactory(parent=archive)
    upload = DocumentFile(title="Bản ký số")
    upload.file.save("ban-ky-so.pdf", ContentFile(pdf_bytes("Ban ky so")), save=False)
    upload.save()
    fields = _metadata(body, "23/QĐ-UBND", "quyet-dinh-23")
    fields.update(
        {
            "document_type": DocumentType.DECISION,
            "attachments-TOTAL_FORMS": "1",
            "attachments-0-document": str(upload.pk),
            "attachments-0-caption": "Bản ký số",
            "attachments-0-ORDER": "0",
            "attachments-0-DELETE": "",
            "related_links-TOTAL_FORMS": "1",
            "related_links-0-target": str(earlier.pk),
            "related_links-0-ORDER": "0",
            "related_links-0-DELETE": "",
        }
    )
    url, data = add_page_data(admin_client, OfficialDocumentPage, archive, fields)
    response = admin_client.post(url, data)
    assert response.status_code == 302
    page = OfficialDocumentPage.objects.get(slug="quyet-dinh-23")
    assert [item.document for item in page.attachments.all()] == [upload]
    assert [link.target for link in page.related_links.all()] == [earlier]
    assert "Ban ky so" in page.attachment_text()


def test_issuing_body_snippet_is_created_in_the_admin(admin_client):
    from django.urls import reverse

    from documents.models import IssuingBody

    response = admin_client.post(
        reverse("wagtailsnippets_documents_issuingbody:add"),
        {"name": "Sở Y tế tỉnh Thử Nghiệm", "short_code": "SYT", "level": "so-nganh"},
    )
    assert response.status_code == 302
    assert IssuingBody.objects.get(short_code="SYT").name == "Sở Y tế tỉnh Thử Nghiệm"


def test_documents_admin_listing_answers(admin_client):
    from django.urls import reverse

    assert admin_client.get(reverse("wagtaildocs:index")).status_code == 200


def test_admin_edit_form_of_a_plan_with_tasks_answers(admin_client, archive):
    from django.urls import reverse

    from tests.documents.factories import PlanPageFactory

    plan = PlanPageFactory(
        parent=archive,
        task_schedule=[
            (
                "group",
                {
                    "title": "Quý III",
                    "tasks": [{"text": "Kiểm tra", "units": ["Sở Nội vụ"], "deadline": None}],
                },
            )
        ],
    )
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[plan.pk]))
    assert response.status_code == 200
    # The block editor receives the schedule as JSON, with non-ASCII escaped.
    assert "Qu\\u00fd III" in response.content.decode()

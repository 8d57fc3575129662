import datetime
import io

import docx
import pytest
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils import translation

from documents.choices import DocumentStatus, SignerCapacity
from documents.models import DocumentAttachment, DocumentFile, RelatedDocument
from tests.documents.factories import (
    DirectivePageFactory,
    IssuingBodyFactory,
    OfficialDocumentPageFactory,
    PlanPageFactory,
)
from tests.documents.files import pdf_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_document(archive):
    body = IssuingBodyFactory(name="Ủy ban nhân dân tỉnh Thử Nghiệm", short_code="UBND")
    page = OfficialDocumentPageFactory(
        parent=archive,
        title="Quy chế thi đua",
        number="27/2024/QĐ-UBND",
        subject="Ban hành Quy chế công tác thi đua, khen thưởng",
        issuing_body=body,
        place_of_issue="Thử Nghiệm",
        issued_on=datetime.date(2024, 6, 14),
        effective_on=datetime.date(2024, 7, 1),
        signer_capacity=SignerCapacity.ON_BEHALF,
        signer_title="Chủ tịch",
        signer_name="Phạm Quốc Hưng",
        legal_bases="Căn cứ Luật Thi đua, Khen thưởng;\nCăn cứ Nghị định số 98/2023/NĐ-CP;",
        recipients="Sở Nội vụ;\nLưu: VT.",
        body=[("paragraph", "<p>Quy chế gồm năm chương.</p>")],
    )
    page.areas.add("khen thưởng")
    upload = DocumentFile(title="Bản ký số")
    upload.file.save(
        "quy-che.pdf", ContentFile(pdf_bytes("Quy che thi dua", "Phuluc Kiemdinh")), save=False
    )
    upload.save()
    page.attachments.add(DocumentAttachment(document=upload, caption="Bản ký số"))
    page.save()
    return page


def test_document_page_shows_every_metadata_field(client, full_document):
    html = client.get(full_document.url).content.decode()
    for text in (
        "27/2024/QĐ-UBND",
        "Quyết định",
        "Ủy ban nhân dân tỉnh Thử Nghiệm",
        "UBND",
        "Thử Nghiệm",
        "14/06/2024",
        "01/07/2024",
        "Còn hiệu lực",
        "TM. ỦY BAN NHÂN DÂN",
        "Phạm Quốc Hưng",
        "Ban hành Quy chế công tác thi đua, khen thưởng",
        "Căn cứ Nghị định số 98/2023/NĐ-CP;",
        "Lưu: VT.",
        "khen thưởng",
        "Quy chế gồm năm chương.",
    ):
        assert text in html


def test_document_page_lists_attachment_with_type_and_size(client, full_document):
    html = client.get(full_document.url).content.decode()
    upload = full_document.attachments.get().document
    assert upload.url in html
    with translation.override("vi"):
        size = filesizeformat(upload.file_size)
    assert f"(PDF, {size})" in html


def test_replaced_document_links_to_its_replacement_and_back(client, archive):
    newer = OfficialDocumentPageFactory(parent=archive, number="12/2024/QĐ-UBND")
    older = OfficialDocumentPageFactory(
        parent=archive,
        number="27/2019/QĐ-UBND",
        status=DocumentStatus.REPLACED,
        replaced_by=newer,
    )
    assert newer.url in client.get(older.url).content.decode()
    assert "27/2019/QĐ-UBND" in client.get(newer.url).content.decode()


def test_related_documents_are_listed(client, archive):
    target = OfficialDocumentPageFactory(parent=archive, number="99/TB-UBND")
    page = OfficialDocumentPageFactory(parent=archive)
    page.related_links.add(RelatedDocument(target=target))
    page.save()
    assert "99/TB-UBND" in client.get(page.url).content.decode()


def test_print_view_renders_without_index(client, full_document):
    response = client.get(full_document.url + "ban-in/")
    assert response.status_code == 200
    assert "noindex" in response.content.decode()


def test_docx_download_holds_the_document(client, full_document):
    response = client.get(full_document.url + "tai-ve-docx/")
    assert response.status_code == 200
    document = docx.Document(io.BytesIO(response.content))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    text = "\n".join([paragraph.text for paragraph in document.paragraphs] + cells)
    assert "27/2024/QĐ-UBND" in text
    assert "Quy chế gồm năm chương." in text
    assert "Phạm Quốc Hưng" in text


def test_plan_page_renders_its_task_table(client, archive):
    plan = PlanPageFactory(
        parent=archive,
        task_schedule=[
            (
                "group",
                {
                    "title": "Quý IV",
                    "tasks": [
                        {
                            "text": "Bình xét thi đua",
                            "units": ["Cụm thi đua số 2"],
                            "deadline": None,
                        }
                    ],
                },
            )
        ],
    )
    html = client.get(plan.url).content.decode()
    assert "Quý IV" in html
    assert "Bình xét thi đua" in html
    assert "Cụm thi đua số 2" in html
    assert "Năm 2025" in html


def test_directive_page_numbers_its_items(client, archive):
    directive = DirectivePageFactory(
        parent=archive,
        items=[
            ("item", {"heading": "Sở Nội vụ", "text": "<p>Theo dõi, đôn đốc.</p>"}),
            ("item", {"heading": "", "text": "<p>Báo cáo hằng năm.</p>"}),
        ],
    )
    html = client.get(directive.url).content.decode()
    assert '<ol class="directive-items">' in html
    assert "Theo dõi, đôn đốc." in html
    assert "Báo cáo hằng năm." in html


def test_attachment_text_is_part_of_page_search_content(full_document):
    assert "Quy che thi dua" in full_document.attachment_text()


def test_page_is_found_by_its_attachment_text(full_document, django_capture_on_commit_callbacks):
    from documents.models import OfficialDocumentPage

    # The search index is updated when the saving transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        full_document.save()
    results = OfficialDocumentPage.objects.live().search("Kiemdinh")
    assert full_document.pk in [page.pk for page in results]

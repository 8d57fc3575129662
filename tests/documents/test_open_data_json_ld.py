"""schema.org Legislation JSON-LD on every official document page (issue #22, point 8)."""

import datetime
import json
import re

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from documents.choices import DocumentStatus
from documents.models import DocumentAttachment, DocumentFile
from tests.documents.factories import (
    DirectivePageFactory,
    IssuingBodyFactory,
    OfficialDocumentPageFactory,
    PlanPageFactory,
)
from tests.documents.files import pdf_bytes

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(client, page):
    html = client.get(page.url).content.decode()
    blocks = JSON_LD.findall(html)
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture
def decision(archive):
    return OfficialDocumentPageFactory(
        parent=archive,
        title="Quy chế thi đua",
        slug="quy-che-thi-dua",
        number="27/2024/QĐ-UBND",
        subject="Ban hành Quy chế công tác thi đua, khen thưởng",
        issuing_body=IssuingBodyFactory(name="Ủy ban nhân dân tỉnh Thử Nghiệm"),
        issued_on=datetime.date(2024, 6, 14),
    )


@pytest.mark.parametrize(
    "factory", [OfficialDocumentPageFactory, PlanPageFactory, DirectivePageFactory]
)
def test_every_document_type_carries_legislation_json_ld(client, archive, factory):
    page = factory(parent=archive)
    data = json_ld(client, page)
    assert (data["@context"], data["@type"]) == ("https://schema.org/", "Legislation")
    assert data["legislationType"] == page.document_type_name


def test_json_ld_gives_the_printed_metadata(client, decision):
    data = json_ld(client, decision)
    assert data["legislationIdentifier"] == "27/2024/QĐ-UBND"
    assert data["legislationType"] == "Quyết định"
    assert data["legislationDate"] == "2024-06-14"
    assert data["legislationPassedBy"] == {
        "@type": "GovernmentOrganization",
        "name": "Ủy ban nhân dân tỉnh Thử Nghiệm",
    }
    assert data["description"] == "Ban hành Quy chế công tác thi đua, khen thưởng"
    assert data["inLanguage"] == "vi"


def test_json_ld_names_the_page_by_its_full_address(client, decision):
    data = json_ld(client, decision)
    assert data["@id"] == data["url"] == decision.get_full_url()


@pytest.mark.parametrize(
    ("status", "legal_force"),
    [
        (DocumentStatus.IN_FORCE, "https://schema.org/InForce"),
        (DocumentStatus.EXPIRED, "https://schema.org/NotInForce"),
        (DocumentStatus.REPLACED, "https://schema.org/NotInForce"),
    ],
)
def test_json_ld_legal_force_follows_the_status(client, archive, status, legal_force):
    page = OfficialDocumentPageFactory(parent=archive, status=status)
    assert json_ld(client, page)["legislationLegalForce"] == legal_force


def test_json_ld_leaves_out_an_empty_number_and_issuer(client, archive):
    page = OfficialDocumentPageFactory(parent=archive, number="", issuing_body=None)
    data = json_ld(client, page)
    assert "legislationIdentifier" not in data
    assert "legislationPassedBy" not in data


def test_json_ld_lists_attachments_as_associated_media(client, decision):
    upload = DocumentFile(title="Bản ký số")
    upload.file.save("quy-che.pdf", ContentFile(pdf_bytes("Quy che")), save=False)
    upload.save()
    decision.attachments.add(DocumentAttachment(document=upload, caption="Bản ký số"))
    decision.save()
    [media] = json_ld(client, decision)["associatedMedia"]
    assert media["@type"] == "MediaObject"
    assert media["name"] == "Bản ký số"
    assert media["encodingFormat"] == "application/pdf"
    assert media["contentUrl"].startswith("http://")
    assert media["contentUrl"].endswith(upload.url)


def test_replaced_document_links_its_successor(client, archive, decision):
    old = OfficialDocumentPageFactory(
        parent=archive, status=DocumentStatus.REPLACED, replaced_by=decision
    )
    successor = json_ld(client, old)["@reverse"]["legislationChanges"]
    assert successor["@id"] == decision.get_full_url()
    assert successor["legislationIdentifier"] == "27/2024/QĐ-UBND"


def test_successor_lists_the_documents_it_replaces(client, archive, decision):
    old = OfficialDocumentPageFactory(
        parent=archive, status=DocumentStatus.REPLACED, replaced_by=decision
    )
    changes = json_ld(client, decision)["legislationChanges"]
    assert [item["@id"] for item in changes] == [old.get_full_url()]


def test_unpublished_successor_is_not_linked(client, archive, decision):
    old = OfficialDocumentPageFactory(
        parent=archive, status=DocumentStatus.REPLACED, replaced_by=decision
    )
    decision.unpublish()
    assert "@reverse" not in json_ld(client, old)


def test_a_subject_with_a_closing_script_tag_stays_inside_the_json(client, archive):
    subject = 'Về việc </script><script>alert("x")</script> & <!-- thử'
    page = OfficialDocumentPageFactory(parent=archive, subject=subject)
    html = client.get(page.url).content.decode()
    assert '<script>alert("x")' not in html
    assert json_ld(client, page)["description"] == subject


def test_json_ld_is_served_from_the_cached_content(client, decision, settings):
    settings.FRAGMENT_CACHE = True
    client.get(decision.url)
    with CaptureQueriesContext(connection) as warm:
        data = json_ld(client, decision)
    assert data["legislationIdentifier"] == "27/2024/QĐ-UBND"
    assert not any("documents_documentattachment" in query["sql"] for query in warm)

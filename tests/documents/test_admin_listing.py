"""The admin's flat archive listing ("Kho văn bản"): number, type and date columns,
filtered by type, issuing body and date."""

import datetime

import pytest
from django.urls import reverse

from documents.choices import DocumentType
from tests.documents.factories import IssuingBodyFactory, OfficialDocumentPageFactory

pytestmark = pytest.mark.django_db

URL_NAME = "official_documents:index"


@pytest.fixture
def documents(archive):
    body = IssuingBodyFactory(name="Ủy ban nhân dân tỉnh Sông Xanh")
    plan = OfficialDocumentPageFactory(
        parent=archive,
        title="Thi đua năm 2026",
        number="15/KH-UBND",
        document_type=DocumentType.PLAN,
        issued_on=datetime.date(2026, 1, 22),
        issuing_body=body,
    )
    decision = OfficialDocumentPageFactory(
        parent=archive,
        title="Quyết định khen thưởng",
        number="1024/QĐ-UBND",
        document_type=DocumentType.DECISION,
        issued_on=datetime.date(2025, 3, 5),
    )
    return plan, decision


def test_the_listing_shows_number_type_and_date(admin_client, documents):
    html = admin_client.get(reverse(URL_NAME)).content.decode()
    assert "Số ký hiệu" in html
    assert all(text in html for text in ("15/KH-UBND", "Kế hoạch", "22/01/2026", "05/03/2025"))


def test_the_listing_filters_by_type(admin_client, documents):
    html = admin_client.get(reverse(URL_NAME), {"document_type": DocumentType.PLAN}).content
    assert "15/KH-UBND" in html.decode()
    assert "1024/QĐ-UBND" not in html.decode()


def test_the_listing_filters_by_issuing_body(admin_client, documents):
    plan, _decision = documents
    html = admin_client.get(reverse(URL_NAME), {"issuing_body": plan.issuing_body_id})
    assert "1024/QĐ-UBND" not in html.content.decode()
    assert "15/KH-UBND" in html.content.decode()


def test_the_listing_filters_by_date(admin_client, documents):
    html = admin_client.get(reverse(URL_NAME), {"issued_on_from": "2026-01-01"}).content.decode()
    assert "15/KH-UBND" in html
    assert "1024/QĐ-UBND" not in html

import datetime

import pytest

from tests.documents.factories import (
    IssuingBodyFactory,
    OfficialDocumentPageFactory,
    PlanPageFactory,
)

pytestmark = pytest.mark.django_db


def test_api_lists_documents_with_metadata_fields(client, archive):
    body = IssuingBodyFactory(name="Sở Nội vụ tỉnh Thử Nghiệm")
    page = OfficialDocumentPageFactory(
        parent=archive, number="40/QĐ-SNV", issuing_body=body, issued_on=datetime.date(2026, 3, 5)
    )
    response = client.get(
        "/api/v2/pages/",
        {
            "type": "documents.OfficialDocumentPage",
            "fields": "number,number_normalised,document_type,issued_on,status,issuing_body_name",
        },
    )
    assert response.status_code == 200
    item = response.json()["items"][0]
    assert item["id"] == page.pk
    assert item["number"] == "40/QĐ-SNV"
    assert item["number_normalised"] == "40QDSNV"
    assert item["document_type"] == "quyet-dinh"
    assert item["issued_on"] == "2026-03-05"
    assert item["status"] == "con-hieu-luc"
    assert item["issuing_body_name"] == "Sở Nội vụ tỉnh Thử Nghiệm"


def test_api_plan_detail_has_its_task_schedule(client, archive):
    plan = PlanPageFactory(
        parent=archive,
        task_schedule=[
            (
                "group",
                {
                    "title": "Quý I",
                    "tasks": [{"text": "Tổng kết", "units": ["UBND tỉnh"], "deadline": None}],
                },
            )
        ],
    )
    data = client.get(f"/api/v2/pages/{plan.pk}/").json()
    assert data["plan_period"] == "Năm 2025"
    assert data["task_schedule"][0]["value"]["tasks"][0]["units"] == ["UBND tỉnh"]


def test_api_lists_plans_and_directives_as_official_documents(client, archive):
    OfficialDocumentPageFactory(parent=archive)
    PlanPageFactory(parent=archive)
    data = client.get("/api/v2/pages/", {"type": "documents.OfficialDocumentPage"}).json()
    assert data["meta"]["total_count"] == 2


def test_api_unknown_field_is_a_client_error(client, archive):
    response = client.get(
        "/api/v2/pages/", {"type": "documents.OfficialDocumentPage", "fields": "nope"}
    )
    assert response.status_code == 400


def _listing_queries(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    params = {
        "type": "documents.OfficialDocumentPage",
        "fields": "number,issuing_body_name,area_names,attachment_files",
    }
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/v2/pages/", params).status_code == 200
    return len(queries)


def test_api_document_listing_query_count_is_constant(client, archive):
    for _ in range(2):
        page = OfficialDocumentPageFactory(parent=archive)
        page.areas.add("thi đua")
        page.save()
    _listing_queries(client)
    few = _listing_queries(client)
    for _ in range(8):
        page = OfficialDocumentPageFactory(parent=archive)
        page.areas.add("khen thưởng")
        page.save()
    assert _listing_queries(client) == few

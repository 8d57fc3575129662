"""Fixtures the search tests share."""

import datetime

import pytest

from search import ranking
from tests.documents.factories import (
    DocumentArchivePageFactory,
    IssuingBodyFactory,
    OfficialDocumentPageFactory,
    PlanPageFactory,
)


@pytest.fixture
def pledges(home_page):
    """Five documents about "giao ước thi đua": three plans of 2025 by one body, two
    decisions of 2024 by another."""
    archive = DocumentArchivePageFactory(parent=home_page)
    province = IssuingBodyFactory(name="Ủy ban nhân dân tỉnh Đồi Cọ", short_code="UBND")
    department = IssuingBodyFactory(name="Sở Nội vụ tỉnh Đồi Cọ", short_code="SNV")
    plans = [
        PlanPageFactory(
            parent=archive,
            title=f"Kế hoạch giao ước thi đua đợt {n}",
            number=f"{n}/KH-UBND",
            issuing_body=province,
            issued_on=datetime.date(2025, 3, n),
        )
        for n in (1, 2, 3)
    ]
    decisions = [
        OfficialDocumentPageFactory(
            parent=archive,
            title=f"Quyết định khen thưởng giao ước thi đua số {n}",
            number=f"{n}/QĐ-SNV",
            issuing_body=department,
            issued_on=datetime.date(2024, 6, n),
        )
        for n in (4, 5)
    ]
    return {"archive": archive, "plans": plans, "decisions": decisions, "body": province}


@pytest.fixture
def few_candidates(monkeypatch):
    monkeypatch.setattr(ranking, "CANDIDATE_LIMIT", 2)

"""Folded text parts stored with each page's search entry (search.models.FoldedText)."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale

from search.indexing import fold_for_index
from search.models import FoldedText
from search.service import search
from tests.documents.factories import DocumentArchivePageFactory, PlanPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def plan(home_page):
    return PlanPageFactory(
        parent=DocumentArchivePageFactory(parent=home_page),
        title="Kế hoạch bảo tồn nghề gốm Bàu Trúc",
        subject="Phát triển làng nghề truyền thống",
    )


def _vi():
    return Locale.objects.get(language_code="vi")


def test_indexing_a_page_stores_its_folded_parts(plan):
    parts = {name: folded for name, _text, folded in FoldedText.objects.get(page=plan).parts}
    assert parts["title"] == fold_for_index("Kế hoạch bảo tồn nghề gốm Bàu Trúc")


def test_fold_search_texts_fills_pages_indexed_before(plan):
    FoldedText.objects.all().delete()
    call_command("fold_search_texts", stdout=None)
    assert FoldedText.objects.filter(page=plan).exists()


def test_score_is_the_same_with_stored_and_folded_parts(plan):
    stored = search("gốm Bàu Trúc", locale=_vi()).hits[0].score
    FoldedText.objects.all().delete()
    assert search("gốm Bàu Trúc", locale=_vi()).hits[0].score == stored


def test_deleting_a_page_deletes_its_folded_parts(plan):
    plan.delete()
    assert not FoldedText.objects.filter(page_id=plan.pk).exists()

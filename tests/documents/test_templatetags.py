import datetime

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.date_support import count_date_filter_calls
from tests.documents.factories import OfficialDocumentPageFactory

pytestmark = pytest.mark.django_db

TEMPLATE = Template("{% load documents_tags %}{% latest_documents limit=3 %}")


def _render():
    request = RequestFactory().get("/")
    with CaptureQueriesContext(connection) as queries:
        html = TEMPLATE.render(Context({"request": request}))
    return html, len(queries)


def test_latest_documents_shows_the_newest_first(archive):
    for day in range(1, 6):
        OfficialDocumentPageFactory(
            parent=archive, number=f"{day}/TB-UBND", issued_on=datetime.date(2026, 1, day)
        )
    html, _ = _render()
    assert "5/TB-UBND" in html
    assert "3/TB-UBND" in html
    assert "2/TB-UBND" not in html
    assert html.index("5/TB-UBND") < html.index("3/TB-UBND")
    assert archive.url in html


def test_latest_documents_query_count_is_constant(archive):
    OfficialDocumentPageFactory.create_batch(2, parent=archive)
    _render()
    _, few = _render()
    OfficialDocumentPageFactory.create_batch(10, parent=archive)
    _, many = _render()
    assert few == many


def test_latest_documents_leaves_out_a_private_document(archive):
    public = OfficialDocumentPageFactory(parent=archive, number="1/TB-UBND")
    private = OfficialDocumentPageFactory(parent=archive, number="2/TB-UBND")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    html, _ = _render()
    assert public.url in html
    assert "2/TB-UBND" not in html


def test_latest_documents_reads_documents_and_archive_in_one_query(archive):
    OfficialDocumentPageFactory.create_batch(2, parent=archive)
    _render()
    # The active locale (no page in the context), the request's site (found by the
    # routing on a served page) and one query for the documents and the archive.
    _, queries = _render()
    assert queries == 3


def test_latest_documents_write_their_dates_without_the_date_filter(archive, monkeypatch):
    OfficialDocumentPageFactory(parent=archive, issued_on=datetime.date(2026, 1, 5))
    formatted = count_date_filter_calls(monkeypatch)
    html, _ = _render()
    assert '<time datetime="2026-01-05">05/01/2026</time>' in html
    assert formatted == []

import datetime

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

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

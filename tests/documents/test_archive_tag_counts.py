"""The archive's field counts: every document's tag rows less those of the documents
the archive leaves out (drafts, private ones, other archives') when those are few,
the archive's own rows joined to their documents otherwise; the same counts either
way (documents.archive.grouped.tag_counts)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from documents.archive import ArchiveQuery
from documents.archive.grouped import tag_counts
from tests.documents.factories import DocumentArchivePageFactory, OfficialDocumentPageFactory

pytestmark = pytest.mark.django_db


def _document(parent, slug, areas, **fields):
    page = OfficialDocumentPageFactory(parent=parent, slug=slug, **fields)
    page.areas.add(*areas)
    page.save()
    return page


@pytest.fixture
def tagged(archive):
    """Four public documents in the archive, a draft and a private one beside them."""
    _document(archive, "kh-1", ["thi đua"])
    _document(archive, "cv-1", [])
    _document(archive, "kh-2", ["thi đua", "khen thưởng"])
    _document(archive, "qd-1", ["khen thưởng"])
    _document(archive, "nhap", ["thi đua", "nội bộ"], live=False)
    private = _document(archive, "mat", ["khen thưởng", "nội bộ"])
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return archive


def _field_counts(archive):
    counts = ArchiveQuery.from_params({}).count_options(
        archive.counted_documents(), archive.uncounted_documents()
    )
    return {slug: n for slug, _name, n in counts["field"]}


def _statements(archive):
    with CaptureQueriesContext(connection) as captured:
        _field_counts(archive)
    return [query["sql"] for query in captured]


def test_counts_leave_out_the_draft_and_the_private_document(tagged):
    assert _field_counts(tagged) == {"thi-đua": 2, "khen-thưởng": 2}


def test_counts_match_the_archive_rows_joined_to_their_tags(tagged):
    rows = tagged.counted_documents()
    assert tag_counts(rows, tagged.uncounted_documents(), size=4) == tag_counts(rows)


def test_few_other_documents_are_subtracted_from_every_tag_row(tagged):
    statements = _statements(tagged)
    # The tag rows grouped alone, with no document read for them.
    assert any(
        "documentareatag" in sql and "officialdocumentpage" not in sql for sql in statements
    )


def test_many_other_documents_leave_the_archive_rows_joined(home_page, tagged):
    other = DocumentArchivePageFactory(parent=home_page, slug="van-ban-khac")
    for index in range(4):
        _document(other, f"khac-{index}", ["thi đua"])
    statements = _statements(tagged)
    assert not any(
        "documentareatag" in sql and "officialdocumentpage" not in sql for sql in statements
    )
    assert _field_counts(tagged) == {"thi-đua": 2, "khen-thưởng": 2}


def test_another_archives_documents_are_left_out_of_the_counts(home_page, tagged):
    other = DocumentArchivePageFactory(parent=home_page, slug="van-ban-khac")
    _document(other, "khac", ["thi đua", "cải cách"])
    assert _field_counts(tagged) == {"thi-đua": 2, "khen-thưởng": 2}

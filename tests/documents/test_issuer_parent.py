"""An issuing body names its parent body: the letterhead of the print view, the DOCX
export and the page prints that parent over the body's own name (Nghị định 30), and
falls back to reading the parent from the name when none is set."""

import datetime
import io

import docx
import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Locale

from documents.choices import BodyLevel
from tests.documents.factories import IssuingBodyFactory, OfficialDocumentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def committee():
    return IssuingBodyFactory(name="Ủy ban nhân dân tỉnh Lạng Sơn", short_code="UBND")


@pytest.fixture
def department(committee):
    return IssuingBodyFactory(
        name="Sở Nội vụ tỉnh Lạng Sơn", short_code="SNV", level=BodyLevel.DEPARTMENT
    )


@pytest.fixture
def board(department):
    """A board whose name does not say whose it is: only the parent field does."""
    return IssuingBodyFactory(
        name="Ban Thi đua – Khen thưởng tỉnh Lạng Sơn",
        short_code="BTĐKT",
        level=BodyLevel.DEPARTMENT,
        parent=department,
    )


def _document(archive, body):
    return OfficialDocumentPageFactory(
        parent=archive,
        number="12/QĐ-BTĐKT",
        subject="Về việc khen thưởng",
        issuing_body=body,
        place_of_issue="Lạng Sơn",
        issued_on=datetime.date(2024, 3, 12),
    )


def test_letterhead_prints_the_parent_body_over_the_bodys_own_name(archive, board):
    issuer = _document(archive, board).letterhead.issuer
    assert (issuer.parent, issuer.lines) == (
        "SỞ NỘI VỤ TỈNH LẠNG SƠN",
        ("BAN THI ĐUA – KHEN THƯỞNG",),
    )


def test_letterhead_without_parent_still_reads_it_from_the_name(archive, department):
    issuer = _document(archive, department).letterhead.issuer
    assert (issuer.parent, issuer.lines) == ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", ("SỞ NỘI VỤ",))


def test_print_view_prints_the_parent_body(client, archive, board):
    html = client.get(_document(archive, board).url + "ban-in/").content.decode()
    header = html[html.index('<header class="issued-header">') :]
    assert "SỞ NỘI VỤ TỈNH LẠNG SƠN" in header[: header.index("</header>")]


def test_docx_export_prints_the_parent_body(client, archive, board):
    page = _document(archive, board)
    exported = docx.Document(io.BytesIO(client.get(page.url + "tai-ve-docx/").content))
    left = exported.tables[0].rows[0].cells[0]
    lines = [paragraph.text for paragraph in left.paragraphs if paragraph.text]
    assert lines[:2] == ["SỞ NỘI VỤ TỈNH LẠNG SƠN", "BAN THI ĐUA – KHEN THƯỞNG"]


def test_english_copy_prints_its_parents_english_copy(archive, board, department):
    english, _created = Locale.objects.get_or_create(language_code="en")
    parent_copy = department.copy_for_translation(english)
    parent_copy.name = "Department of Home Affairs of Lang Son Province"
    parent_copy.save()
    copy = board.copy_for_translation(english)
    copy.save()
    assert copy.parent_in_own_language() == parent_copy


def test_body_cannot_be_its_own_parent(department):
    department.parent = department
    with pytest.raises(ValidationError):
        department.full_clean()


def test_parent_must_not_be_below_the_body(committee, department):
    department.parent = committee
    department.save()
    committee.parent = department
    with pytest.raises(ValidationError):
        committee.full_clean()


def test_parent_must_be_in_the_bodys_language(department, committee):
    english, _created = Locale.objects.get_or_create(language_code="en")
    copy = committee.copy_for_translation(english)
    copy.save()
    department.parent = copy
    with pytest.raises(ValidationError):
        department.full_clean()


def test_snippet_listing_shows_each_bodys_parent(client, superuser, board):
    client.force_login(superuser)
    html = client.get(reverse("wagtailsnippets_documents_issuingbody:list")).content.decode()
    rows = BeautifulSoup(html, "html.parser").select("tbody tr")
    [row] = [row for row in rows if "Ban Thi đua" in row.get_text()]
    assert "Sở Nội vụ tỉnh Lạng Sơn" in row.get_text()

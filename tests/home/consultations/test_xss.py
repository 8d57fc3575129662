"""Every free text of a consultation (page, candidates, proposing body, award) and
what a citizen types into the form come back escaped."""

import pytest

from tests.documents.factories import IssuingBodyFactory
from tests.home.consultations.conftest import comment_data, comment_url
from tests.home.factories import AwardFactory
from tests.portal.test_xss import PAYLOAD, _executable, _poison, _publish_poisoned

pytestmark = pytest.mark.django_db

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


@pytest.fixture
def poisoned(index, open_consultation):
    body = IssuingBodyFactory()
    award = AwardFactory()
    for snippet in (body, award):
        _poison(snippet)
        snippet.save()
    page = open_consultation
    page.proposing_body = body
    page.award = award
    for candidate in page.candidates.all():
        _poison(candidate)
        page.candidates.add(candidate)
    return {"index": _publish_poisoned(index), "page": _publish_poisoned(page)}


@pytest.mark.parametrize("which", ["index", "page"])
def test_consultation_pages_escape_payloads(client, poisoned, which):
    html = client.get(poisoned[which].url).content.decode()
    assert _executable(html) == []
    assert ESCAPED in html


def test_form_escapes_what_was_typed(client, poisoned):
    page = poisoned["page"]
    data = comment_data(page, name=PAYLOAD, text=PAYLOAD, contact=PAYLOAD)
    html = client.post(comment_url(page), data).content.decode()
    assert _executable(html) == []
    assert ESCAPED in html


def test_home_box_escapes_the_title(client, poisoned):
    html = client.get("/").content.decode()
    assert _executable(html) == []

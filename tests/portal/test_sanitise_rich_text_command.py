"""`manage.py sanitise_rich_text` cleans rich text stored before saves were
sanitised, or written past the model layer, in pages and in revisions."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Revision

from home.models import ModelProfilePage, StandardPage
from tests.factories import StandardPageFactory
from tests.home.factories import ModelProfileIndexPageFactory, ModelProfilePageFactory
from tests.portal.richtext_support import PAYLOAD, harm, stored, text_of

pytestmark = pytest.mark.django_db

HOSTILE_BODY = [{"type": "paragraph", "value": PAYLOAD, "id": "b1"}]


@pytest.fixture
def page(home_page):
    page = StandardPageFactory(parent=home_page, title="Giới thiệu", slug="gioi-thieu")
    page.save_revision()
    return page


def _run(*args):
    out = StringIO()
    call_command("sanitise_rich_text", *args, stdout=out)
    return out.getvalue()


def test_stream_field_written_past_the_model_is_cleaned(page):
    StandardPage.objects.filter(pk=page.pk).update(body=HOSTILE_BODY)
    _run()
    body = stored(StandardPage, page.pk, "body")
    assert "Thi đua" in body
    assert harm(body) == []
    assert "alert(1)" not in body


def test_revision_content_is_cleaned(page):
    revision = page.latest_revision
    content = {**revision.content, "body": json.dumps(HOSTILE_BODY)}
    Revision.objects.filter(pk=revision.pk).update(content=content)
    _run()
    cleaned = text_of(Revision.objects.get(pk=revision.pk).content["body"])
    assert "Thi đua" in cleaned
    assert "alert(1)" not in cleaned


def test_rich_text_field_written_past_the_model_is_cleaned(home_page):
    index = ModelProfileIndexPageFactory(parent=home_page)
    profile = ModelProfilePageFactory(parent=index)
    ModelProfilePage.objects.filter(pk=profile.pk).update(achievements=PAYLOAD)
    _run()
    assert "alert(1)" not in stored(ModelProfilePage, profile.pk, "achievements")


def test_clean_content_is_left_as_stored(page):
    page.body = [{"type": "paragraph", "value": "<p><b>Thi đua</b></p>"}]
    revision = page.save_revision()
    revision.publish()
    before = (stored(StandardPage, page.pk, "body"), Revision.objects.get(pk=revision.pk).content)
    output = _run()
    after = (stored(StandardPage, page.pk, "body"), Revision.objects.get(pk=revision.pk).content)
    assert after == before
    assert "Đã làm sạch 0 bản ghi và 0 phiên bản." in output


def test_dry_run_counts_and_writes_nothing(page):
    StandardPage.objects.filter(pk=page.pk).update(body=HOSTILE_BODY)
    output = _run("--dry-run")
    assert "alert(1)" in stored(StandardPage, page.pk, "body")
    assert "Đã làm sạch 1 bản ghi và 0 phiên bản." in output

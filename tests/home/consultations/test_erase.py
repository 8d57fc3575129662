"""erase_consultation_contacts: contacts go once the retention time has passed."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from home.models import ConsultationComment
from tests.home.consultations.factories import make_consultation

pytestmark = pytest.mark.django_db


@pytest.fixture
def comments(index, open_consultation, settings):
    settings.CONSULTATION_CONTACT_RETENTION_DAYS = 30
    today = timezone.localdate()
    old = make_consultation(
        index, "cu", opens_on=today - dt.timedelta(days=60), closes_on=today - dt.timedelta(days=30)
    )
    return {
        "old": ConsultationComment.objects.create(
            consultation=old, name="A", contact="a@example.vn", text="x"
        ),
        "recent": ConsultationComment.objects.create(
            consultation=open_consultation, name="B", contact="b@example.vn", text="y"
        ),
    }


def test_contact_past_retention_is_erased(comments):
    call_command("erase_consultation_contacts")
    comments["old"].refresh_from_db()
    assert comments["old"].contact == ""


def test_comment_itself_is_kept(comments):
    call_command("erase_consultation_contacts")
    assert ConsultationComment.objects.filter(pk=comments["old"].pk, text="x").exists()


def test_contact_within_retention_is_kept(comments):
    call_command("erase_consultation_contacts")
    comments["recent"].refresh_from_db()
    assert comments["recent"].contact == "b@example.vn"


def test_running_twice_erases_nothing_more(comments, capsys):
    call_command("erase_consultation_contacts")
    call_command("erase_consultation_contacts")
    assert "0 ý kiến" in capsys.readouterr().out.splitlines()[-1]

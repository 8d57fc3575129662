"""The "Ý kiến Nhân dân" admin listing (home/consultations/admin.py): who sees it,
its filter and exports, and contacts past their erasure date."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from home.models import ConsultationComment
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CONTACT = "0912 345 678"


@pytest.fixture
def leaders_read_comments(editorial):
    """What home migration 0010 grants, again: `editorial` rebuilt the groups."""
    import importlib

    from django.apps import apps

    importlib.import_module("home.migrations.0010_consultations").grant_comment_permissions(
        apps, None
    )


@pytest.fixture
def comment(open_consultation):
    return ConsultationComment.objects.create(
        consultation=open_consultation,
        candidate=open_consultation.candidates.first(),
        name="Phạm Thị Hoa",
        contact=CONTACT,
        text="Ý kiến đồng tình.",
    )


def _leader():
    user = UserFactory()
    user.groups.add(Group.objects.get(name="Lãnh đạo Ban"))
    return user


def test_leader_sees_the_comments(client, leaders_read_comments, comment):
    client.force_login(_leader())
    html = client.get(reverse("consultation_comments:index")).content.decode()
    assert "Phạm Thị Hoa" in html


def test_editor_without_the_permission_is_refused(client, leaders_read_comments, editor, comment):
    client.force_login(editor)
    response = client.get(reverse("consultation_comments:index"))
    assert response.status_code in (302, 403)


def test_nobody_adds_a_comment_in_the_admin(client, comment):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get(reverse("consultation_comments:add"))
    assert response.status_code in (302, 403)


def test_listing_filters_by_consultation(client, comment, closed_consultation):
    ConsultationComment.objects.create(
        consultation=closed_consultation, name="Người khác", text="Ý kiến khác."
    )
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get(
        reverse("consultation_comments:index"), {"consultation": comment.consultation_id}
    ).content.decode()
    assert "Phạm Thị Hoa" in html
    assert "Người khác" not in html


def test_csv_export_holds_the_comment(client, comment):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get(reverse("consultation_comments:index"), {"export": "csv"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "Ý kiến đồng tình." in body
    assert CONTACT in body


def test_xlsx_export_is_a_workbook(client, comment):
    import io

    from openpyxl import load_workbook

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get(reverse("consultation_comments:index"), {"export": "xlsx"})
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(content)).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "Ý kiến đồng tình." in values


def test_contact_past_its_erasure_date_is_hidden(client, index, settings):
    from tests.home.consultations.factories import make_consultation

    settings.CONSULTATION_CONTACT_RETENTION_DAYS = 10
    today = timezone.localdate()
    old = make_consultation(
        index, "cu", opens_on=today - dt.timedelta(days=40), closes_on=today - dt.timedelta(days=11)
    )
    ConsultationComment.objects.create(consultation=old, name="A", contact=CONTACT, text="x")
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get(reverse("consultation_comments:index"), {"export": "csv"})
    assert CONTACT not in b"".join(response.streaming_content).decode("utf-8-sig")


def test_saving_a_short_period_flashes_a_warning(rf, index):
    from django.contrib.messages import get_messages
    from django.contrib.messages.storage.fallback import FallbackStorage

    from home.consultations.admin import warn_short_period
    from tests.home.consultations.factories import make_consultation

    today = timezone.localdate()
    page = make_consultation(index, "ngan", opens_on=today, closes_on=today + dt.timedelta(days=2))
    request = rf.post("/")
    request.session = {}
    request._messages = FallbackStorage(request)
    warn_short_period(request, page)
    assert "ít hơn 10 ngày làm việc" in str(list(get_messages(request))[0])

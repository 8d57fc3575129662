"""The editor's side: the decision's list tab and the read-only rows view."""

import pytest
from django.contrib.auth.models import Permission

from tests.factories import UserFactory
from tests.home.awards.factories import AwardDecisionPageFactory, add_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def decision(archive, chairman_award):
    page = AwardDecisionPageFactory(parent=archive, number="1187/QĐ-UBND")
    add_rows(page, 3, chairman_award)
    return page


def test_the_editor_shows_the_counts_and_a_link_to_the_rows(client, superuser, decision):
    client.force_login(superuser)
    html = client.get(f"/admin/pages/{decision.pk}/edit/").content.decode()
    assert "Danh sách có 03 cá nhân." in html
    assert f"/admin/awards/{decision.pk}/rows/" in html


def test_the_rows_view_lists_the_rows_read_only(client, superuser, decision):
    client.force_login(superuser)
    response = client.get(f"/admin/awards/{decision.pk}/rows/")
    html = response.content.decode()
    assert "Nguyễn Văn Thử 3" in html
    assert "<form" not in html.split("<main", 1)[-1].split("</main>")[0]


def test_the_rows_view_is_closed_to_an_editor_without_edit_rights(client, decision):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(f"/admin/awards/{decision.pk}/rows/")
    # Wagtail's admin answers a refusal with a redirect to the dashboard and a message.
    assert (response.status_code, response.url) == (302, "/admin/")


def test_an_award_decision_is_always_of_type_quyet_dinh(archive):
    page = AwardDecisionPageFactory(parent=archive, document_type="cong-van")
    assert page.document_type == "quyet-dinh"

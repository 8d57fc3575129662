"""The admin "Nhập danh sách khen thưởng": upload, preview, confirm, draft."""

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from home.models import AwardDecisionPage
from tests.factories import UserFactory
from tests.home.awards import files

pytestmark = pytest.mark.django_db

URL = "/admin/awards/import/"


def upload(client, data=None, name="ds-1034.xlsx"):
    data = files.award_list_xlsx() if data is None else data
    return client.post(URL, {"source_file": SimpleUploadedFile(name, data)})


@pytest.fixture
def admin_client(client, superuser, archive):
    client.force_login(superuser)
    return client


def token_of(response):
    return response.context["decision_form"].initial["token"]


def test_the_preview_shows_rows_counts_and_dropped_columns(admin_client):
    html = upload(admin_client).content.decode()
    assert "Tệp ds-1034.xlsx: 2 tập thể, 3 cá nhân." in html
    assert "Đã bỏ các cột dữ liệu cá nhân: Ngày sinh, Số CCCD, Điện thoại." in html
    assert "Nguyễn Thị Thu Hường" in html


def test_the_preview_offers_the_number_read_from_the_file(admin_client):
    response = upload(admin_client)
    assert response.context["decision_form"].initial["number"] == "1034/QĐ-UBND"


def test_the_preview_keeps_no_personal_data_in_the_session(admin_client):
    upload(admin_client)
    assert files.CITIZEN_ID not in str(dict(admin_client.session))


def test_confirming_creates_the_draft_with_the_corrected_number(admin_client):
    token = token_of(upload(admin_client))
    response = admin_client.post(
        URL, {"token": token, "number": "1035/QĐ-UBND", "issued_on": "2024-03-12", "award": ""}
    )
    decision = AwardDecisionPage.objects.get()
    assert response.url == f"/admin/pages/{decision.pk}/edit/"
    assert (decision.number, decision.live, decision.rows.count()) == ("1035/QĐ-UBND", False, 5)


def test_an_unreadable_file_is_a_message_on_the_form(admin_client):
    html = upload(admin_client, b"not a workbook").content.decode()
    assert "Tệp không phải là tệp Office hợp lệ." in html
    assert AwardDecisionPage.objects.count() == 0


def test_an_expired_preview_asks_for_the_file_again(admin_client):
    response = admin_client.post(URL, {"token": "khong-co", "number": "1/QĐ-UBND"})
    assert (response.status_code, response.url) == (302, URL)


def test_the_import_is_closed_to_a_user_who_cannot_add_documents(client, archive):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(URL).status_code == 302

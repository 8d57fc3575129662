"""The citizen's comment form (home/consultations/views.py): what is stored, and
what is refused with a Vietnamese message and nothing stored."""

import pytest
from django.test import Client

from home.models import ConsultationComment
from tests.home.consultations.conftest import comment_data, comment_url

pytestmark = pytest.mark.django_db


def test_form_is_shown_while_open(client, open_consultation):
    html = client.get(comment_url(open_consultation)).content.decode()
    assert 'name="text"' in html


def test_comment_is_stored_for_the_chosen_candidate(client, open_consultation):
    response = client.post(comment_url(open_consultation), comment_data(open_consultation))
    comment = ConsultationComment.objects.get()
    assert response.status_code == 200
    assert comment.candidate == open_consultation.candidates.first()


def test_sender_is_thanked(client, open_consultation):
    response = client.post(comment_url(open_consultation), comment_data(open_consultation))
    assert "ý kiến đã được gửi" in response.content.decode()


def test_empty_text_is_refused_with_a_message(client, open_consultation):
    data = comment_data(open_consultation, text="   ")
    response = client.post(comment_url(open_consultation), data)
    assert response.status_code == 400
    assert "Xin nhập nội dung ý kiến." in response.content.decode()
    assert not ConsultationComment.objects.exists()


def test_text_over_2000_characters_is_refused(client, open_consultation):
    data = comment_data(open_consultation, text="ý" * 2001)
    response = client.post(comment_url(open_consultation), data)
    assert "dài quá 2.000 ký tự" in response.content.decode()
    assert not ConsultationComment.objects.exists()


def test_text_of_exactly_2000_characters_is_stored(client, open_consultation):
    client.post(comment_url(open_consultation), comment_data(open_consultation, text="a" * 2000))
    assert ConsultationComment.objects.get().text == "a" * 2000


def test_candidate_of_another_consultation_is_refused(
    client, open_consultation, closed_consultation
):
    foreign = closed_consultation.candidates.first().pk
    response = client.post(
        comment_url(open_consultation), comment_data(open_consultation, candidate=foreign)
    )
    assert "không có trong đợt lấy ý kiến này" in response.content.decode()
    assert not ConsultationComment.objects.exists()


def test_candidate_that_is_no_number_is_refused(client, open_consultation):
    response = client.post(
        comment_url(open_consultation), comment_data(open_consultation, candidate="abc")
    )
    assert response.status_code == 400
    assert not ConsultationComment.objects.exists()


def test_bad_contact_is_refused(client, open_consultation):
    response = client.post(
        comment_url(open_consultation), comment_data(open_consultation, contact="gọi tôi")
    )
    assert "Số điện thoại không hợp lệ" in response.content.decode()
    assert not ConsultationComment.objects.exists()


def test_contact_is_optional(client, open_consultation):
    client.post(comment_url(open_consultation), comment_data(open_consultation, contact=""))
    assert ConsultationComment.objects.get().contact == ""


def test_comment_after_closing_is_refused(client, closed_consultation):
    response = client.post(comment_url(closed_consultation), comment_data(closed_consultation))
    assert response.status_code == 403
    assert "Đã hết thời hạn lấy ý kiến." in response.content.decode()
    assert not ConsultationComment.objects.exists()


def test_closed_consultation_shows_no_form(client, closed_consultation):
    html = client.get(comment_url(closed_consultation)).content.decode()
    assert 'name="text"' not in html


def test_filled_honeypot_stores_nothing(client, open_consultation):
    data = comment_data(open_consultation, website="http://spam.example")
    response = client.post(comment_url(open_consultation), data)
    assert response.status_code == 200
    assert not ConsultationComment.objects.exists()


def test_sixth_comment_within_the_hour_is_refused(client, open_consultation):
    for _ in range(5):
        client.post(comment_url(open_consultation), comment_data(open_consultation))
    response = client.post(comment_url(open_consultation), comment_data(open_consultation))
    assert response.status_code == 429
    assert "quá nhiều ý kiến" in response.content.decode()
    assert ConsultationComment.objects.count() == 5


def test_rate_limit_counts_per_address(client, open_consultation):
    for _ in range(5):
        client.post(comment_url(open_consultation), comment_data(open_consultation))
    other = Client(REMOTE_ADDR="203.0.113.9")
    response = other.post(comment_url(open_consultation), comment_data(open_consultation))
    assert response.status_code == 200


def test_post_without_csrf_token_is_refused(open_consultation):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(comment_url(open_consultation), comment_data(open_consultation))
    assert response.status_code == 403
    assert not ConsultationComment.objects.exists()


def test_honorific_is_taken_off_a_candidate_name(index):
    from tests.home.consultations.factories import make_consultation

    page = make_consultation(index, "kinh-ngu", names=["Bà Lê Thị Thu Hà"])
    assert page.candidates.get().name == "Lê Thị Thu Hà"

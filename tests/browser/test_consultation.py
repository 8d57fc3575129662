"""A citizen comments on the demo's open consultation and cannot on the closed one."""

import re

import pytest
from playwright.sync_api import expect

from home.demo import consultations as demo
from home.models import ConsultationComment

pytestmark = pytest.mark.browser

COMMENT = "Hợp tác xã làm ăn hiệu quả, bà con trong xã đồng tình đề nghị."


@pytest.fixture
def new_comments(transactional_db):
    before = set(ConsultationComment.objects.values_list("pk", flat=True))
    yield lambda: ConsultationComment.objects.exclude(pk__in=before)
    ConsultationComment.objects.exclude(pk__in=before).delete()


def test_citizen_comments_on_the_open_consultation_from_the_home_page(page, new_comments):
    page.goto("/")
    box = page.get_by_role("region", name="Lấy ý kiến Nhân dân")
    box.get_by_role("link", name=re.compile("đợt 2 năm 2026")).click()
    expect(page).to_have_url(re.compile(demo.OPEN))
    page.get_by_role("link", name="Gửi ý kiến trực tuyến").click()
    page.get_by_label("Họ và tên").fill("Đỗ Văn Bình")
    page.get_by_label("Góp ý về").select_option(label="Hợp tác xã Nông nghiệp Hòa Bình")
    page.get_by_label("Nội dung ý kiến").fill(COMMENT)
    page.get_by_role("button", name="Gửi ý kiến").click()
    expect(page.get_by_role("status")).to_contain_text("ý kiến đã được gửi")
    assert new_comments().get().text == COMMENT


def test_citizen_finds_no_form_on_the_closed_consultation(page, new_comments):
    page.goto(f"/{demo.INDEX}/{demo.CLOSED}/")
    expect(page.get_by_text("Đã hết thời hạn lấy ý kiến.")).to_be_visible()
    expect(page.get_by_role("link", name="Gửi ý kiến trực tuyến")).to_have_count(0)
    page.goto(f"/{demo.INDEX}/{demo.CLOSED}/gui-y-kien/")
    expect(page.get_by_role("alert")).to_have_text("Đã hết thời hạn lấy ý kiến.")
    expect(page.get_by_label("Nội dung ý kiến")).to_have_count(0)
    assert not new_comments().exists()

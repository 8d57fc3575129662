"""The demo's public consultations (Lấy ý kiến Nhân dân): one open now, one closed,
each proposing fictional people and units of the province as it is after 1 July 2025
(tỉnh, xã and phường; no huyện) for a Huân chương."""

import datetime as dt

from django.utils import timezone
from wagtail.models import Locale

from documents.models import IssuingBody
from home.demo.archive_texts import BODIES
from home.demo.names import PROVINCE
from home.demo.pages import ensure_child, ensure_translation
from home.models import (
    Award,
    AwardLevel,
    ConsultationCandidate,
    ConsultationIndexPage,
    ConsultationPage,
    ProfileKind,
)

INDEX = "lay-y-kien-nhan-dan"
INDEX_EN = "public-consultations"
OPEN = "de-nghi-tang-huan-chuong-lao-dong-hang-ba-nam-2026"
CLOSED = "de-nghi-tang-huan-chuong-lao-dong-hang-ba-dot-1-nam-2026"
SLUGS = (OPEN, CLOSED)
AWARD = ("Huân chương Lao động hạng Ba", AwardLevel.STATE)
ADDRESS = (
    "Ban Thi đua – Khen thưởng, Sở Nội vụ " + PROVINCE + ", số 8 đường Hoàng Văn Thụ, "
    "phường Trung Tâm; thư điện tử: bantdkt@songxanh.gov.vn"
)

OPEN_CANDIDATES = [
    (
        ProfileKind.COLLECTIVE,
        "Hợp tác xã Nông nghiệp Hòa Bình",
        "Xã Hòa Bình, " + PROVINCE,
        "Năm năm liền hoàn thành xuất sắc nhiệm vụ; liên kết 420 hộ trồng lúa hữu cơ, "
        "thu nhập của xã viên tăng 35% so với năm 2021.",
    ),
    (
        ProfileKind.INDIVIDUAL,
        "Bà Lê Thị Thu Hà",
        "Hiệu trưởng Trường Tiểu học phường Bến Đò, " + PROVINCE,
        "Chiến sĩ thi đua cấp tỉnh ba nhiệm kỳ liên tục; chủ trì hai sáng kiến về dạy "
        "đọc cho học sinh dân tộc thiểu số được áp dụng toàn tỉnh.",
    ),
    (
        ProfileKind.INDIVIDUAL,
        "Ông Trần Văn Khải",
        "Trưởng Trạm Y tế xã Tân Lập, " + PROVINCE,
        "Mười năm liền hoàn thành xuất sắc nhiệm vụ; đưa tỷ lệ tiêm chủng đầy đủ của "
        "trẻ em trong xã lên 99%.",
    ),
]
CLOSED_CANDIDATES = [
    (
        ProfileKind.COLLECTIVE,
        "Công an phường Sông Xanh",
        PROVINCE,
        "Năm năm liền đạt danh hiệu Đơn vị Quyết thắng; không để xảy ra trọng án "
        "kéo dài trên địa bàn.",
    ),
    (
        ProfileKind.INDIVIDUAL,
        "Đồng chí Phạm Minh Tuấn",
        "Chủ tịch Ủy ban nhân dân xã Đồng Lâm, " + PROVINCE,
        "Lãnh đạo xã về đích nông thôn mới nâng cao năm 2024; hai lần được tặng Bằng "
        "khen của Thủ tướng Chính phủ.",
    ),
]


def _consultation(index, slug, title, opens_on, closes_on, candidates, award, body):
    existing = index.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific
    page = ConsultationPage(
        slug=slug,
        title=title,
        proposing_body=body,
        award=award,
        intro=(
            "<p>Thực hiện Luật Thi đua, Khen thưởng năm 2022 và Nghị định "
            "152/2025/NĐ-CP, Ban Thi đua – Khen thưởng thông báo danh sách tập thể, cá "
            "nhân đề nghị tặng " + award.name + " để Nhân dân góp ý.</p>"
        ),
        opens_on=opens_on,
        closes_on=closes_on,
        comment_address=ADDRESS,
    )
    for order, (kind, name, detail, summary) in enumerate(candidates):
        page.candidates.add(
            ConsultationCandidate(
                sort_order=order, kind=kind, name=name, detail=detail, summary=summary
            )
        )
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def build(home):
    """The consultation index under `home`, its English translation and the two
    consultations; returns the index."""
    index = ensure_child(
        home,
        ConsultationIndexPage,
        INDEX,
        title="Lấy ý kiến Nhân dân",
        show_in_menus=True,
        introduction=(
            "Trước khi đề nghị khen thưởng cấp Nhà nước, danh sách đề nghị được công khai "
            "ít nhất 10 ngày làm việc để Nhân dân góp ý."
        ),
    )
    english = Locale.objects.get(language_code="en")
    ensure_translation(
        index,
        english,
        title="Public consultations",
        slug=INDEX_EN,
        introduction=(
            "Before a State award is proposed, the candidates are published for at least "
            "ten working days for the public to comment."
        ),
    )
    award = Award.objects.get_or_create(name=AWARD[0], level=AWARD[1])[0]
    body = IssuingBody.objects.get_or_create(
        name=BODIES[0][0], defaults={"short_code": BODIES[0][1], "level": BODIES[0][2]}
    )[0]
    today = timezone.localdate()
    _consultation(
        index,
        OPEN,
        "Lấy ý kiến Nhân dân đề nghị tặng Huân chương Lao động hạng Ba (đợt 2 năm 2026)",
        today - dt.timedelta(days=3),
        today + dt.timedelta(days=18),
        OPEN_CANDIDATES,
        award,
        body,
    )
    _consultation(
        index,
        CLOSED,
        "Lấy ý kiến Nhân dân đề nghị tặng Huân chương Lao động hạng Ba (đợt 1 năm 2026)",
        today - dt.timedelta(days=60),
        today - dt.timedelta(days=40),
        CLOSED_CANDIDATES,
        award,
        body,
    )
    return index

"""The demo's award look-up (/tra-cuu-khen-thuong/, English /en/award-search/) and
one award decision with its list, so the look-up, its statistics, the site search
and the profile of Lò Thị Mai have rows to show. The people are invented, except
the demo's own exemplary profiles."""

import datetime

from wagtail.models import Locale

from home.demo import names
from home.demo.archive import _common, ensure_bodies, ensure_document
from home.demo.pages import ensure_child, ensure_translation
from home.models import Award, AwardDecisionPage, AwardRow, AwardSearchPage

DECISION_NUMBER = "1024/QĐ-UBND"
COLLECTIVE = "tap-the"
INDIVIDUAL = "ca-nhan"
# (kind, name, position and unit, award)
ROWS = (
    (COLLECTIVE, "Phòng Văn hóa - Xã hội xã Đồng Lâm", "", "Tập thể lao động xuất sắc"),
    (COLLECTIVE, "Trạm Y tế xã Tân Lập", "", "Tập thể lao động xuất sắc"),
    (
        INDIVIDUAL,
        "Lò Thị Mai",
        "Giáo viên, Trường Tiểu học Nà Khoang, xã Bắc Hà",
        "Chiến sĩ thi đua cấp tỉnh",
    ),
    (
        INDIVIDUAL,
        "Hoàng Văn Sơn",
        "Bác sĩ, Trưởng trạm, Trạm Y tế xã Tân Lập",
        "Chiến sĩ thi đua cấp tỉnh",
    ),
    (
        INDIVIDUAL,
        "Nguyễn Thị Thu Hương Giang",
        "Kế toán, Sở Tài chính",
        "Chiến sĩ thi đua cấp tỉnh",
    ),
    (INDIVIDUAL, "Nguyễn Thị Thu Hường", "Chuyên viên, Sở Nội vụ", "Chiến sĩ thi đua cấp tỉnh"),
    (INDIVIDUAL, "Đặng Quốc Huy", "Trưởng phòng, Sở Y tế", "Chiến sĩ thi đua cấp tỉnh"),
)


def _ensure_decision(archive):
    decision = ensure_document(
        archive,
        AwardDecisionPage,
        names.AWARD_DECISION,
        areas=["khen thưởng"],
        title="Quyết định tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2025",
        subject="Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh và danh hiệu Tập thể lao "
        "động xuất sắc năm 2025",
        **_common(ensure_bodies(), "UBND", DECISION_NUMBER, datetime.date(2025, 9, 15)),
    )
    if not decision.rows.exists():
        awards = {award.name: award for award in Award.objects.all()}
        rows = [
            AwardRow(
                decision=decision,
                kind=kind,
                name=name,
                detail=detail,
                award=awards.get(award),
                award_text=award,
                year=2025,
                section="I. TẬP THỂ" if kind == COLLECTIVE else "II. CÁ NHÂN",
                order=order,
                source="demo",
            ).fill_keys()
            for order, (kind, name, detail, award) in enumerate(ROWS, start=1)
        ]
        AwardRow.objects.bulk_create(rows)
    return decision


def build(home, archive):
    """The look-up page under `home` with its English translation, and the demo's
    award decision in `archive`."""
    _ensure_decision(archive)
    page = ensure_child(
        home,
        AwardSearchPage,
        names.AWARD_SEARCH,
        title="Tra cứu khen thưởng",
        introduction="Tìm tập thể, cá nhân được khen thưởng theo tên, đơn vị, hình thức, năm "
        "hoặc số quyết định.",
    )
    english = Locale.objects.filter(language_code="en").first()
    if english is not None and home.get_translation_or_none(english) is not None:
        ensure_translation(
            page,
            english,
            title="Award search",
            slug=names.AWARD_SEARCH_EN,
            introduction="Find the units and people honoured by name, unit, award, year or "
            "decision number.",
        )
    return page

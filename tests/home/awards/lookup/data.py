"""Names and a row builder the look-up tests share."""

from home.models import AwardRow

EXACT = "Nguyễn Thị Thu Hường"
LONGER = "Nguyễn Thị Thu Hương Giang"


def row(decision, order, name, detail="", award=None, kind="ca-nhan", year=2023):
    return AwardRow.objects.create(
        decision=decision,
        order=order,
        name=name,
        detail=detail,
        award=award,
        award_text="" if award else "Giấy khen",
        kind=kind,
        year=year,
        section="II. CÁ NHÂN" if kind == "ca-nhan" else "I. TẬP THỂ",
    )

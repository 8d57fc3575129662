"""StreamField blocks of the congress and conference pages: the agenda."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AgendaDayBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Ngày"))
    title = blocks.CharBlock(
        label=_("Tên phiên"), required=False, max_length=200, help_text=_("Ví dụ: Phiên trù bị.")
    )

    class Meta:
        icon = "date"
        label = _("Ngày, phiên họp")
        template = "home/events/blocks/agenda_day_block.html"
        description = _("Mở đầu các mục của một ngày hoặc một phiên họp.")
        preview_value = {"date": "2026-06-12", "title": "Phiên chính thức"}


class AgendaItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("Giờ"), format="%H:%M")
    item = blocks.CharBlock(label=_("Nội dung"), max_length=300)
    presenter = blocks.CharBlock(
        label=_("Người trình bày"),
        required=False,
        max_length=200,
        help_text=_("Họ tên và chức vụ người trình bày hoặc điều hành."),
    )

    class Meta:
        icon = "time"
        label = _("Mục chương trình")
        template = "home/events/blocks/agenda_item_block.html"
        description = _("Một mục của chương trình: giờ, nội dung và người trình bày.")
        preview_value = {
            "time": "08:00",
            "item": "Khai mạc Đại hội",
            "presenter": "Chủ tịch UBND tỉnh",
        }


class AgendaBlock(blocks.StreamBlock):
    day = AgendaDayBlock()
    item = AgendaItemBlock()

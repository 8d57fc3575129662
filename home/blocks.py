"""StreamField blocks of home's page types: the body blocks (which live in
portal.blocks, so that documents can use them without importing home) and the link
groups of the site settings. Features have their own, e.g. home/events/blocks.py."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.blocks import BaseStreamBlock, HeadingBlock

__all__ = ["BaseStreamBlock", "HeadingBlock", "LinkBlock", "LinkGroupBlock"]


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tên trang web"), max_length=200)
    url = blocks.URLBlock(label=_("Địa chỉ"))

    class Meta:
        icon = "link"
        label = _("Liên kết")


class LinkGroupValue(blocks.StructValue):
    @property
    def heading_local(self):
        # The English heading is optional: an empty one falls back to the Vietnamese.
        if get_language() == "en":
            return self.get("heading_en") or self.get("heading")
        return self.get("heading")


class LinkGroupBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Tên nhóm"),
        max_length=120,
        help_text=_("Ví dụ: Sở, ban, ngành; Xã, phường."),
    )
    heading_en = blocks.CharBlock(
        label=_("Tên nhóm (tiếng Anh)"),
        max_length=120,
        required=False,
        help_text=_("Hiện trên các trang tiếng Anh; để trống thì dùng tên tiếng Việt."),
    )
    links = blocks.ListBlock(LinkBlock(), label=_("Các liên kết"))

    class Meta:
        value_class = LinkGroupValue
        icon = "list-ul"
        label = _("Nhóm liên kết")

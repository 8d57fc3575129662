"""StreamField blocks shared by every page type that has a body, and the link groups of
the site settings (features have their own, e.g. home/events/blocks.py)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageBlock

from portal.richtext import SanitisedRichTextBlock, SanitisedStreamBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Nội dung tiêu đề"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("Cấp tiêu đề"),
        choices=[("h2", _("Tiêu đề mục (H2)")), ("h3", _("Tiêu đề tiểu mục (H3)"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Tiêu đề")
        template = "blocks/heading_block.html"
        description = _("Tiêu đề một phần của bài, dùng để chia nội dung dài.")
        preview_value = {"text": "I. MỤC ĐÍCH, YÊU CẦU", "level": "h2"}


class BaseStreamBlock(SanitisedStreamBlock):
    """The body every article-like page uses: headings, text, images and tables."""

    heading = HeadingBlock()
    paragraph = SanitisedRichTextBlock(
        label=_("Đoạn văn"),
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ol", "ul", "hr"],
        template="blocks/paragraph_block.html",
        description=_("Văn bản có định dạng: in đậm, nghiêng, danh sách, liên kết."),
        preview_value="<p>Phát động phong trào thi đua yêu nước năm 2026.</p>",
    )
    image = ImageBlock(
        label=_("Hình ảnh"),
        template="blocks/image_block.html",
        description=_("Một hình ảnh kèm mô tả cho người khiếm thị."),
    )
    table = TableBlock(
        label=_("Bảng"),
        description=_("Bảng số liệu hoặc danh sách có nhiều cột."),
    )


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tên trang web"), max_length=200)
    url = blocks.URLBlock(label=_("Địa chỉ"))

    class Meta:
        icon = "link"
        label = _("Liên kết")


class LinkGroupBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("Tên nhóm"),
        max_length=120,
        help_text=_("Ví dụ: Sở, ban, ngành; Huyện, thị xã, thành phố."),
    )
    links = blocks.ListBlock(LinkBlock(), label=_("Các liên kết"))

    class Meta:
        icon = "list-ul"
        label = _("Nhóm liên kết")

"""StreamField blocks that hold the structured parts of plans and directives."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.richtext import SanitisedRichTextBlock, SanitisedStreamBlock


class TaskBlock(blocks.StructBlock):
    text = blocks.TextBlock(
        label=_("Nội dung nhiệm vụ"),
        help_text=_("Việc cần làm, viết như trong văn bản gốc."),
    )
    units = blocks.ListBlock(
        blocks.CharBlock(max_length=255, label=_("Đơn vị")),
        label=_("Đơn vị thực hiện"),
        help_text=_("Mỗi dòng một đơn vị, đơn vị chủ trì ghi trước."),
    )
    deadline = blocks.DateBlock(
        required=False,
        label=_("Thời hạn"),
        help_text=_("Bỏ trống nếu nhiệm vụ làm trong cả giai đoạn."),
    )

    class Meta:
        icon = "tick"
        label = _("Nhiệm vụ")


class TaskGroupBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        max_length=120,
        label=_("Giai đoạn"),
        help_text=_("Ví dụ: Quý I, Quý II, Sáu tháng cuối năm, Cả năm."),
    )
    tasks = blocks.ListBlock(TaskBlock(), label=_("Các nhiệm vụ"))

    class Meta:
        icon = "date"
        label = _("Nhóm nhiệm vụ")
        description = _("Các nhiệm vụ của một quý hoặc một giai đoạn, đánh số tự động.")


class DirectiveItemBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Tiêu đề"),
        help_text=_("Không bắt buộc; ví dụ: Đối với các sở, ban, ngành."),
    )
    text = SanitisedRichTextBlock(
        label=_("Nội dung"), features=["bold", "italic", "link", "ol", "ul"]
    )

    class Meta:
        icon = "list-ol"
        label = _("Điều chỉ thị")
        description = _("Một yêu cầu của chỉ thị; các điều được đánh số theo thứ tự.")


class DirectiveItemsBlock(SanitisedStreamBlock):
    """The items of a directive; a block of its own so that their rich text is
    cleaned on save like every other stream's."""

    item = DirectiveItemBlock()

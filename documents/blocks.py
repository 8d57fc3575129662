"""StreamField blocks that hold the structured parts of plans and directives."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.telepath import register
from wagtail.blocks.struct_block import StructBlockAdapter

from portal.richtext import SanitisedRichTextBlock, SanitisedStreamBlock

UNIT_MAX_LENGTH = 255
# Stable ids for the stored items: the same units saved again give the same JSON, so
# revisions compare equal where nothing changed.
_UNIT_IDS = uuid.UUID("8f0c6f0e-3a7b-4c1e-9d2a-5b6e7f8a9c0d")


class UnitsBlock(blocks.FieldBlock):
    """The units in charge of a task, edited as one textarea, one unit a line, which
    keeps a task a single row of the editor's table (a list of inputs with their own
    controls took a screen per task). Stored exactly as the ListBlock of CharBlocks it
    replaces stored them ([{"type": "item", "value": …, "id": …}]), so plans saved
    before and the importer's plain lists read the same; its value is a list of str."""

    def __init__(self, required=False, help_text=None, **kwargs):
        self.field_options = {"required": required, "help_text": help_text}
        super().__init__(**kwargs)

    @cached_property
    def field(self):
        from wagtail.admin.widgets import AdminAutoHeightTextInput

        return forms.CharField(
            widget=AdminAutoHeightTextInput(attrs={"rows": 1}), **self.field_options
        )

    def to_python(self, value):
        units = []
        for item in value or []:
            text = item.get("value") if isinstance(item, dict) else item
            if text:
                units.append(str(text))
        return units

    def normalize(self, value):
        if isinstance(value, str):
            return self.value_from_form(value)
        return self.to_python(value)

    def get_prep_value(self, value):
        return [
            {"type": "item", "value": unit, "id": str(uuid.uuid5(_UNIT_IDS, f"{index}:{unit}"))}
            for index, unit in enumerate(self.normalize(value))
        ]

    def value_for_form(self, value):
        return "\n".join(self.normalize(value))

    def value_from_form(self, value):
        return [" ".join(line.split()) for line in (value or "").splitlines() if line.strip()]

    def clean(self, value):
        units = super().clean(value)
        if any(len(unit) > UNIT_MAX_LENGTH for unit in units):
            raise ValidationError(
                _("Mỗi đơn vị dài tối đa %(max)d ký tự; xuống dòng giữa hai đơn vị.")
                % {"max": UNIT_MAX_LENGTH}
            )
        return units

    def get_searchable_content(self, value):
        return list(self.normalize(value))

    def get_api_representation(self, value, context=None):
        return list(self.normalize(value))

    class Meta:
        icon = "group"
        default = []


class TaskBlock(blocks.StructBlock):
    """One row of a plan's task table; in the editor a single row (task, units,
    deadline) under the column headings of its group (templates/documents/blocks/)."""

    text = blocks.TextBlock(
        label=_("Nội dung nhiệm vụ"),
        help_text=_("Việc cần làm, viết như trong văn bản gốc."),
    )
    units = UnitsBlock(
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
        form_template = "documents/blocks/task_form.html"
        form_classname = "task-row"


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
        form_template = "documents/blocks/task_group_form.html"
        form_classname = "task-group"


class TaskGroupBlockAdapter(StructBlockAdapter):
    """Brings the task table's stylesheet wherever a group of tasks is edited (Wagtail's
    way of giving a StructBlock's form its own media)."""

    @cached_property
    def media(self):
        return super().media + forms.Media(css={"all": ["documents/css/task_editor.css"]})


register(TaskGroupBlockAdapter(), TaskGroupBlock)


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

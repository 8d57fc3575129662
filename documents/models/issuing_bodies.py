from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from documents.choices import BodyLevel


class IssuingBody(TranslatableMixin, index.Indexed, models.Model):
    """A body that issues official documents (UBND tỉnh, Sở Nội vụ, Hội đồng TĐKT …),
    kept as a snippet so every document points at the same record and the archive
    can filter by it."""

    name = models.CharField(
        _("tên cơ quan"),
        max_length=255,
        help_text=_("Tên đầy đủ, ví dụ: Ủy ban nhân dân tỉnh Sông Xanh."),
    )
    short_code = models.CharField(
        _("ký hiệu"),
        max_length=32,
        help_text=_("Chữ viết tắt dùng trong số ký hiệu văn bản, ví dụ: UBND, SNV, HĐTĐKT."),
    )
    level = models.CharField(
        _("cấp"), max_length=16, choices=BodyLevel.choices, default=BodyLevel.PROVINCE
    )
    # The letterhead prints the parent's name over the body's (Nghị định 30/2020/NĐ-CP);
    # empty, it is read from the name as before (documents.letterhead).
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("cơ quan chủ quản"),
        help_text=_(
            "Cơ quan cấp trên in phía trên tên cơ quan ở đầu văn bản, ví dụ: Sở Nội vụ "
            "thuộc Ủy ban nhân dân tỉnh. Bỏ trống với Ủy ban nhân dân, Hội đồng nhân dân."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_code"),
        FieldPanel("level"),
        FieldPanel("parent"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("short_code"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        # Unique within a language: the English copy of a body is a second row.
        constraints = [
            models.UniqueConstraint(fields=["name", "locale"], name="unique_issuing_body_name")
        ]
        verbose_name = _("cơ quan ban hành")
        verbose_name_plural = _("cơ quan ban hành")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.parent_id is None:
            return
        # A parent in another language would print a Vietnamese name over an English
        # one; a loop (A under B under A) has no top to print.
        if self.parent.locale_id != self.locale_id:
            raise ValidationError(
                {"parent": _("Cơ quan chủ quản phải cùng ngôn ngữ với cơ quan này.")}
            )
        ancestor, seen = self.parent, set()
        while ancestor is not None and ancestor.pk not in seen:
            if self.pk is not None and ancestor.pk == self.pk:
                raise ValidationError(
                    {
                        "parent": _(
                            "Cơ quan chủ quản không thể là chính cơ quan này "
                            "hay cơ quan cấp dưới của nó."
                        )
                    }
                )
            seen.add(ancestor.pk)
            ancestor = ancestor.parent

    def parent_in_own_language(self):
        """The parent body in this body's language: a copy made for translation keeps
        the original's parent until someone changes it."""
        parent = self.parent if self.parent_id else None
        if parent is None or parent.locale_id == self.locale_id:
            return parent
        return parent.get_translation_or_none(self.locale) or parent

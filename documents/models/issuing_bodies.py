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

    panels = [FieldPanel("name"), FieldPanel("short_code"), FieldPanel("level")]
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

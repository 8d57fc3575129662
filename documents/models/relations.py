"""The rows an official document owns: its field-of-work tags, its attached files
and its links to related documents (edited inline on the document page)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.models import Orderable

from documents.recognition.panels import TextStatusPanel


class DocumentAreaTag(TaggedItemBase):
    """Links an official document to a field of work (lĩnh vực) tag."""

    content_object = ParentalKey(
        "documents.OfficialDocumentPage", on_delete=models.CASCADE, related_name="area_items"
    )

    class Meta:
        verbose_name = _("lĩnh vực của văn bản")
        verbose_name_plural = _("lĩnh vực của văn bản")


class DocumentAttachment(Orderable):
    page = ParentalKey(
        "documents.OfficialDocumentPage", on_delete=models.CASCADE, related_name="attachments"
    )
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("tệp"),
    )
    caption = models.CharField(
        _("mô tả"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: Bản ký số, Phụ lục kèm theo. Bỏ trống thì dùng tên tệp."),
    )

    panels = [FieldPanel("document"), TextStatusPanel(), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")

    @property
    def label(self):
        return self.caption or self.document.title


class RelatedDocument(Orderable):
    page = ParentalKey(
        "documents.OfficialDocumentPage",
        on_delete=models.CASCADE,
        related_name="related_links",
    )
    target = models.ForeignKey(
        "documents.OfficialDocumentPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("văn bản liên quan"),
    )

    panels = [PageChooserPanel("target", ["documents.OfficialDocumentPage"])]

    class Meta(Orderable.Meta):
        verbose_name = _("văn bản liên quan")
        verbose_name_plural = _("văn bản liên quan")

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page

from documents.blocks import DirectiveItemsBlock
from documents.choices import DocumentType
from documents.models.official_documents import OfficialDocumentPage
from documents.models.panels import build_metadata_panels
from search.indexing import SearchPart


class DirectivePage(OfficialDocumentPage):
    """A directive (Chỉ thị) in the archive: an official document whose instructions
    are kept as numbered items."""

    items = StreamField(
        DirectiveItemsBlock(),
        verbose_name=_("các điều chỉ thị"),
        blank=True,
        help_text=_("Mỗi yêu cầu một mục; số thứ tự được đánh tự động."),
    )

    fixed_document_type = DocumentType.DIRECTIVE

    content_panels = [*OfficialDocumentPage.content_panels, FieldPanel("items")]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Nội dung")),
            ObjectList(build_metadata_panels(with_type=False), heading=_("Thuộc tính")),
            ObjectList(OfficialDocumentPage.relation_panels, heading=_("Tệp đính kèm và liên kết")),
            ObjectList(Page.promote_panels, heading=_("Quảng bá")),
            ObjectList(Page.settings_panels, heading=_("Cài đặt")),
        ]
    )

    search_parts = [*OfficialDocumentPage.search_parts, SearchPart("items", fold=False)]
    api_fields = [*OfficialDocumentPage.api_fields, APIField("items")]

    parent_page_types = ["documents.DocumentArchivePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("chỉ thị")
        verbose_name_plural = _("chỉ thị")

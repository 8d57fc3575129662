from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from home.blocks import BaseStreamBlock
from portal.view_restrictions import CachedViewRestrictionsMixin
from search.indexing import FoldedSearchMixin, SearchPart, stream_text


class StandardPage(FoldedSearchMixin, CachedViewRestrictionsMixin, Page):
    """A plain article under the home page or another standard page.

    Editors use it for pages that rarely change: the board's organisation, functions
    and duties, contacts.
    """

    introduction = models.TextField(
        _("tóm tắt"),
        blank=True,
        help_text=_("Tóm tắt ngắn, hiện dưới tiêu đề và trong danh sách trang."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("nội dung"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_parts = [
        SearchPart("lead", "introduction"),
        SearchPart("body", text=stream_text),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    # Sections such as news or the clusters may also sit under an "about" page.
    subpage_types = [
        "home.StandardPage",
        "home.NewsIndexPage",
        "home.ModelProfileIndexPage",
        "home.CongressEventIndexPage",
        "home.EmulationClusterIndexPage",
    ]

    class Meta:
        verbose_name = _("trang nội dung")
        verbose_name_plural = _("trang nội dung")

"""The emulation clusters and blocs section: one index page over the cluster snippets."""

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from home.models.snippets import EmulationCluster, EmulationClusterLeadership
from portal.view_restrictions import CachedViewRestrictionsMixin


class EmulationClusterIndexPage(CachedViewRestrictionsMixin, Page):
    """The page listing the emulation clusters and blocs (Cụm / Khối thi đua) with their
    member units and yearly leaders; editors maintain the clusters as snippets."""

    introduction = models.TextField(
        _("giới thiệu"),
        blank=True,
        help_text=_("Một câu giới thiệu cách tổ chức các cụm, khối thi đua của tỉnh."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "home/clusters/emulation_cluster_index_page.html"

    class Meta:
        verbose_name = _("trang cụm, khối thi đua")
        verbose_name_plural = _("trang cụm, khối thi đua")

    def clusters(self):
        """The clusters in this page's language: each language lists its own copies."""
        return EmulationCluster.objects.filter(locale_id=self.locale_id).prefetch_related(
            "members",
            Prefetch(
                "leaderships", queryset=EmulationClusterLeadership.objects.order_by("-year")
            ),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["clusters"] = self.clusters()
        return context

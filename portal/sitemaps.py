from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from portal.fences import treebeard_paths


class PortalSitemap(Sitemap):
    """Every live public page of the site in every language.

    Wagtail's own sitemap walks only the site's root page, which is the Vietnamese
    home page; the English tree hangs off its translation."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_tree = Q()
        for path in roots.values_list("path", flat=True):
            in_a_tree |= treebeard_paths.subtree_q(path)
        return (
            Page.objects.filter(in_a_tree)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

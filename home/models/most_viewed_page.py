from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from home.analytics.stats import PERIODS, most_viewed
from portal.view_restrictions import CachedViewRestrictionsMixin


class MostViewedPage(CachedViewRestrictionsMixin, Page):
    """The "Xem nhiều nhất" page, a child of the home page (one per language).

    Lists the pages read most this week, this month and of all time; editors only
    set its title.
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("trang xem nhiều nhất")
        verbose_name_plural = _("trang xem nhiều nhất")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["rankings"] = [
            {
                "key": key,
                "label": label,
                "items": most_viewed(
                    key, limit=20, locale_id=self.locale_id, request=request
                ),
            }
            for key, label in PERIODS
        ]
        return context

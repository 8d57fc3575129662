"""The public look-up of awardees ("Tra cứu khen thưởng") and its statistics."""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from home.awards import lookup, statistics
from home.models.mixins import SectionIntroductionMixin
from home.models.snippets import Award, AwardLevel, originals
from home.profiles.models import ProfileKind
from portal.listings import listing_fragment
from portal.localized_names import prefetch_localized_names
from portal.view_restrictions import CachedViewRestrictionsMixin


def award_choices():
    """The awards the rows point at (the Vietnamese originals, not their English
    copies too), named in the reader's language."""
    awards = list(originals(Award).order_by("name", "level"))
    prefetch_localized_names(awards)
    return awards


def named_results(results):
    """A page of look-up results, their awards named in the reader's language."""
    results.object_list = list(results.object_list)
    prefetch_localized_names(row.award for row in results.object_list)
    return results


class AwardSearchPage(
    RoutablePageMixin, SectionIntroductionMixin, CachedViewRestrictionsMixin, Page
):
    """The "Tra cứu khen thưởng" page, a child of the home page (one per language):
    citizens find who was honoured, when and by which decision, over the rows of the
    live, public award decisions; its `thong-ke/` sub-page counts them. Editors set
    only its title and introduction."""

    template = "home/awards/lookup_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("trang tra cứu khen thưởng")
        verbose_name_plural = _("trang tra cứu khen thưởng")

    @path("")
    def results(self, request):
        criteria = lookup.clean(request.GET)
        params = request.GET.copy()
        params.pop("page", None)
        # Lazy: the form's choices and the rows are read only when the results'
        # fragment is not in the cache (it is retired by any publish, see
        # portal.cache_purge.SITE_WIDE_LISTINGS).
        return self.render(
            request,
            context_overrides={
                "criteria": criteria,
                "results": SimpleLazyObject(
                    lambda: named_results(lookup.look_up(criteria, request.GET.get("page", 1)))
                ),
                "results_fragment": listing_fragment(
                    request, "award-results", request.GET.urlencode()
                ),
                "query_string": params.urlencode(),
                "awards": SimpleLazyObject(award_choices),
                "levels": AwardLevel.choices,
                "kinds": ProfileKind.choices,
            },
        )

    @path("thong-ke/", name="statistics")
    def statistics(self, request):
        context = self.get_context(request)
        # Lazy: counted only when the charts' fragment is not in the cache.
        context.update(charts=SimpleLazyObject(statistics.charts), bar_height=statistics.BAR_HEIGHT)
        context.update(chart_width=statistics.CHART_WIDTH, label_width=statistics.LABEL_WIDTH)
        return TemplateResponse(request, "home/awards/stats_page.html", context)

    @path("thong-ke/csv/", name="statistics_csv")
    def statistics_csv(self, request):
        response = HttpResponse(
            statistics.csv_text(statistics.charts()), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="thong-ke-khen-thuong.csv"'
        return response

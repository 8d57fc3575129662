"""The public look-up of awardees ("Tra cứu khen thưởng") and its statistics."""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from home.awards import lookup, statistics
from home.models.mixins import SectionIntroductionMixin
from home.models.snippets import Award, AwardLevel
from home.profiles.models import ProfileKind
from portal.view_restrictions import CachedViewRestrictionsMixin


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
        results = lookup.look_up(criteria, request.GET.get("page", 1))
        params = request.GET.copy()
        params.pop("page", None)
        return self.render(
            request,
            context_overrides={
                "criteria": criteria,
                "results": results,
                "query_string": params.urlencode(),
                "awards": Award.objects.order_by("name", "level"),
                "levels": AwardLevel.choices,
                "kinds": ProfileKind.choices,
            },
        )

    @path("thong-ke/", name="statistics")
    def statistics(self, request):
        context = self.get_context(request)
        context.update(charts=statistics.charts(), bar_height=statistics.BAR_HEIGHT)
        context.update(chart_width=statistics.CHART_WIDTH, label_width=statistics.LABEL_WIDTH)
        return TemplateResponse(request, "home/awards/stats_page.html", context)

    @path("thong-ke/csv/", name="statistics_csv")
    def statistics_csv(self, request):
        response = HttpResponse(
            statistics.csv_text(statistics.charts()), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="thong-ke-khen-thuong.csv"'
        return response

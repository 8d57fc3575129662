"""Admin side of the view statistics: the "Thống kê lượt xem" report and the
dashboard panel."""

import django_filters
from django.db.models import F, Sum
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from home.analytics.stats import first_day, most_viewed
from home.models.analytics import DailyPageViews

REPORT_PERIODS = [("7", _("7 ngày qua")), ("30", _("30 ngày qua")), ("all", _("Tất cả"))]


class PageViewsFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label=_("Khoảng thời gian"),
        choices=REPORT_PERIODS,
        method="filter_period",
        empty_label=_("Theo ngày chọn dưới đây"),
    )
    day = django_filters.DateFromToRangeFilter(
        label=_("Từ ngày – đến ngày"), widget=DateRangePickerWidget
    )
    live = django_filters.BooleanFilter(field_name="page__live", label=_("Đang xuất bản"))

    class Meta:
        model = DailyPageViews
        fields = []

    def filter_period(self, queryset, name, value):
        start = first_day(value)
        return queryset if start is None else queryset.filter(day__gte=start)


class PageViewsReportView(ReportView):
    """Pages ranked by views over the chosen period, exportable as CSV or Excel."""

    page_title = _("Thống kê lượt xem")
    header_icon = "view"
    index_url_name = "page_views_report"
    index_results_url_name = "page_views_report_results"
    filterset_class = PageViewsFilterSet
    columns = [
        TitleColumn(
            "title",
            label=_("Trang"),
            get_url=lambda row: reverse("wagtailadmin_pages:edit", args=[row["page_id"]]),
        ),
        Column("url_path", label=_("Đường dẫn")),
        Column("views", label=_("Lượt xem")),
    ]
    list_export = ["page_id", "title", "url_path", "views"]
    export_headings = {
        "page_id": _("Mã trang"),
        "title": _("Trang"),
        "url_path": _("Đường dẫn"),
        "views": _("Lượt xem"),
    }

    def get_queryset(self):
        return DailyPageViews.objects.all()

    def get_filtered_queryset(self):
        rows = self.filter_queryset(self.get_queryset())
        chosen = ("period", "day_from", "day_to")
        if not any(self.request.GET.get(name) for name in chosen):
            # Without a choice the report opens on the last seven days.
            rows = rows.filter(day__gte=first_day("7"))
        return (
            rows.values("page_id", title=F("page__title"), url_path=F("page__url_path"))
            .annotate(views=Sum("views"))
            .order_by("-views", "page_id")
        )

    def get_filename(self):
        return "thong-ke-luot-xem"


class MostViewedPanel(Component):
    """Dashboard panel: this week's most viewed pages."""

    name = "most_viewed"
    order = 150
    template_name = "home/dashboard/most_viewed_panel.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["items"] = most_viewed(
            "7", limit=10, request=parent_context.get("request"), content_only=False
        )
        context["report_url"] = reverse("page_views_report")
        return context

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.analytics.reports import MostViewedPanel, PageViewsReportView


@hooks.register("register_admin_urls")
def register_page_views_report_urls():
    return [
        path("reports/page-views/", PageViewsReportView.as_view(), name="page_views_report"),
        path(
            "reports/page-views/results/",
            PageViewsReportView.as_view(results_only=True),
            name="page_views_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_page_views_report_menu_item():
    return MenuItem(
        _("Thống kê lượt xem"),
        reverse("page_views_report"),
        name="page-views",
        icon_name="view",
        order=1200,
    )


@hooks.register("construct_homepage_panels")
def add_most_viewed_panel(request, panels):
    panels.append(MostViewedPanel())

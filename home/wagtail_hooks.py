from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import user_passes_test
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from documents.importer.views import can_import
from home.analytics.reports import MostViewedPanel, PageViewsReportView
from home.awards.admin_views import decision_rows
from home.awards.import_views import ImportAwardListView
from home.consultations import admin as consultation_admin  # noqa: F401 - registers its hooks
from home.editorial.panels import MissingEnglishPanel, RecentlyPublishedPanel
from home.editorial.reports import TranslationStatusReportView
from home.models import Award, EmulationCluster, Locality, NewsCategory, Sector


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("Chuyên mục tin")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Lĩnh vực")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class LocalityViewSet(SnippetViewSet):
    model = Locality
    icon = "site"
    menu_label = _("Địa phương")
    list_display = ["name", "slug"]
    search_fields = ["name"]


class AwardViewSet(SnippetViewSet):
    model = Award
    icon = "pick"
    menu_label = _("Danh hiệu, khen thưởng")
    list_display = ["name", "level"]
    list_filter = ["level"]
    search_fields = ["name"]


class EmulationClusterViewSet(SnippetViewSet):
    model = EmulationCluster
    icon = "group"
    menu_label = _("Cụm, khối thi đua")
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    search_fields = ["name"]


class EmulationViewSetGroup(SnippetViewSetGroup):
    items = (
        AwardViewSet,
        EmulationClusterViewSet,
        SectorViewSet,
        LocalityViewSet,
        NewsCategoryViewSet,
    )
    menu_icon = "pick"
    menu_label = _("Thi đua, khen thưởng")
    menu_name = "emulation"


register_snippet(EmulationViewSetGroup)


@hooks.register("register_admin_urls")
def register_page_views_report_urls():
    return [
        path("awards/<int:page_id>/rows/", decision_rows, name="award_decision_rows"),
        path(
            "awards/import/",
            user_passes_test(can_import)(ImportAwardListView.as_view()),
            name="award_lists_import",
        ),
        path("reports/page-views/", PageViewsReportView.as_view(), name="page_views_report"),
        path(
            "reports/page-views/results/",
            PageViewsReportView.as_view(results_only=True),
            name="page_views_report_results",
        ),
        path(
            "reports/translation-status/",
            TranslationStatusReportView.as_view(),
            name="translation_status_report",
        ),
        path(
            "reports/translation-status/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="translation_status_report_results",
        ),
    ]


class AwardImportMenuItem(MenuItem):
    """Shown only to those who may add documents to an archive."""

    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_admin_menu_item")
def register_award_import_menu_item():
    return AwardImportMenuItem(
        _("Nhập danh sách khen thưởng"),
        reverse("award_lists_import"),
        name="award-lists-import",
        icon_name="list-ul",
        order=260,
    )


@hooks.register("register_reports_menu_item")
def register_page_views_report_menu_item():
    return MenuItem(
        _("Thống kê lượt xem"),
        reverse("page_views_report"),
        name="page-views",
        icon_name="view",
        order=1200,
    )


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Tình trạng bản dịch"),
        reverse("translation_status_report"),
        name="translation-status",
        icon_name="globe",
        order=1300,
    )


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    # Wagtail's own "awaiting your review" panel stays; these go beside it.
    panels.extend([RecentlyPublishedPanel(), MostViewedPanel(), MissingEnglishPanel()])

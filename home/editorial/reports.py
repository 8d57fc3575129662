"""The "Tình trạng bản dịch" report: every Vietnamese page with the state of its
English version (missing, out of date, up to date)."""

import django_filters
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from home.editorial.translations import TranslationStatus, source_pages, with_translation_status


class TranslationStatusFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        field_name="translation_status",
        label=_("Tình trạng bản tiếng Anh"),
        choices=TranslationStatus.choices,
        empty_label=_("Tất cả"),
    )
    live = django_filters.BooleanFilter(field_name="live", label=_("Đang xuất bản"))

    class Meta:
        model = Page
        fields = []


class StatusColumn(Column):
    def get_value(self, instance):
        return TranslationStatus(instance.translation_status).label


class TranslationStatusReportView(ReportView):
    """Vietnamese pages and whether their English version exists and is current."""

    page_title = _("Tình trạng bản dịch")
    header_icon = "globe"
    index_url_name = "translation_status_report"
    index_results_url_name = "translation_status_report_results"
    filterset_class = TranslationStatusFilterSet
    columns = [
        TitleColumn(
            "title",
            label=_("Trang"),
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        StatusColumn("translation_status", label=_("Bản tiếng Anh")),
        DateColumn("latest_revision_created_at", label=_("Sửa lần cuối")),
        DateColumn("source_synced_at", label=_("Đồng bộ bản dịch lần cuối")),
    ]
    list_export = ["id", "title", "url_path", "translation_status", "latest_revision_created_at"]
    export_headings = {
        "id": _("Mã trang"),
        "title": _("Trang"),
        "url_path": _("Đường dẫn"),
        "translation_status": _("Bản tiếng Anh"),
        "latest_revision_created_at": _("Sửa lần cuối"),
    }

    def get_queryset(self):
        return with_translation_status(source_pages()).order_by("path")

    def get_filename(self):
        return "tinh-trang-ban-dich"

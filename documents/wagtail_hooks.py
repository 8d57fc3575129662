from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from documents import replacement
from documents.admin_listing import OfficialDocumentListingViewSet
from documents.delete_views import delete_urls
from documents.importer.review import NeedsReviewReportView, can_see_report
from documents.importer.scan_views import ScanImportView
from documents.importer.views import ImportDocumentView, can_import
from documents.models import IssuingBody
from documents.recognition import views as recognition_views
from documents.recognition.listing import listing_urls


class IssuingBodyViewSet(SnippetViewSet):
    model = IssuingBody
    icon = "site"
    menu_label = _("Cơ quan ban hành")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "short_code", "level", "parent"]
    list_filter = ["level"]
    search_fields = ["name", "short_code"]
    ordering = ["name"]

    def get_queryset(self, request):
        # The parent column: one join instead of a query per listed body.
        return IssuingBody.objects.select_related("parent")


register_snippet(IssuingBodyViewSet)


@hooks.register("register_admin_viewset")
def register_official_document_listing():
    return OfficialDocumentListingViewSet()


class ImportMenuItem(MenuItem):
    """Shown only to those who may add documents to an archive."""

    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("documents/import/", ImportDocumentView.as_view(), name="documents_import"),
        path(
            "reports/documents-needing-review/",
            NeedsReviewReportView.as_view(),
            name="documents_needs_review",
        ),
        path(
            "reports/documents-needing-review/results/",
            NeedsReviewReportView.as_view(results_only=True),
            name="documents_needs_review_results",
        ),
        path(
            "documents/import/scan/<int:scan_id>/",
            ScanImportView.as_view(),
            name="documents_import_scan",
        ),
        *delete_urls(),
        *listing_urls(),
        path(
            "documents/recognition/<int:document_id>/rerun/",
            recognition_views.rerun,
            name="documents_recognise",
        ),
        path(
            "documents/recognition/<int:document_id>/status/",
            recognition_views.status,
            name="documents_text_status",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Nhập văn bản"),
        reverse("documents_import"),
        name="documents-import",
        icon_name="doc-full-inverse",
        order=250,
    )


class NeedsReviewMenuItem(MenuItem):
    """Shown to those who may change document pages."""

    def is_shown(self, request):
        return can_see_report(request.user)


@hooks.register("register_reports_menu_item")
def register_needs_review_menu_item():
    return NeedsReviewMenuItem(
        _("Văn bản cần kiểm tra"),
        reverse("documents_needs_review"),
        name="documents-needs-review",
        icon_name="warning",
        order=650,
    )


class FileReplacementFormatter(LogFormatter):
    """Names the document or image whose file changed; `template` per action."""

    template = ""

    def format_message(self, log_entry):
        return self.template % {"title": log_entry.data.get("title", "")}


@hooks.register("register_log_actions")
def register_file_replacement_log_actions(actions):
    # Logged against each live page using the file, so its history shows the change.
    for action, (label, template) in replacement.LOG_ACTIONS.items():
        formatter = type(
            "FileReplacementFormatter",
            (FileReplacementFormatter,),
            {"label": label, "template": template},
        )
        actions.register_action(action)(formatter)

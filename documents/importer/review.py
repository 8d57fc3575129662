"""The admin report "Văn bản cần kiểm tra": every document page the importer saved
without its subject or date, until an editor fills them in (the flag then clears
on save, see OfficialDocumentPage.needs_review)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from documents.models import OfficialDocumentPage


class NeedsReviewReportView(PageReportView):
    """Listed from the Reports menu; editors see the pages they may change."""

    page_title = _("Văn bản cần kiểm tra")
    header_icon = "warning"
    results_template_name = "documents/admin/needs_review_results.html"
    index_url_name = "documents_needs_review"
    index_results_url_name = "documents_needs_review_results"

    def get_filename(self):
        return "van-ban-can-kiem-tra"

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        self.queryset = (
            OfficialDocumentPage.objects.filter(pk__in=editable.values("pk"))
            .exclude(needs_review="")
            .order_by("-latest_revision_created_at")
            .specific()
        )
        return super().get_queryset()


def can_see_report(user):
    """Those who may add or change pages, as for Wagtail's own page reports."""
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])

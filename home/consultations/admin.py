"""The admin side of consultations: the "Ý kiến Nhân dân" listing of comments,
filtered by consultation and exported as CSV or XLSX, and the period warning after
an editor saves a consultation. Registered from home/wagtail_hooks.py.

Only users with the `view_consultationcomment` permission (the board's leaders and
administrators, home migration 0008) see the listing; nobody adds or edits a
comment there, since a comment is what a citizen wrote."""

from django.contrib import messages
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic.models import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home.consultations.models import ConsultationComment, ConsultationPage
from home.consultations.panels import period_warning


class ReadOnlyCommentPolicy(ModelPermissionPolicy):
    """The model's permissions, without adding or changing, for superusers too."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(ConsultationComment, ReadOnlyCommentPolicy(ConsultationComment))


class CommentIndexView(IndexView):
    def get_base_queryset(self):
        # The contact column reads the consultation's closing date on every row.
        return super().get_base_queryset().select_related("consultation", "candidate")


class ConsultationCommentViewSet(ModelViewSet):
    model = ConsultationComment
    index_view_class = CommentIndexView
    icon = "comment"
    menu_label = _("Ý kiến Nhân dân")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "candidate", "consultation", "visible_contact", "created_at"]
    list_filter = ["consultation"]
    search_fields = ["name", "text"]
    list_export = ["consultation", "candidate", "name", "visible_contact", "text", "created_at"]
    export_headings = {"visible_contact": _("Điện thoại hoặc thư điện tử")}
    export_filename = "y-kien-nhan-dan"
    inspect_view_enabled = True
    inspect_view_fields = list_export
    form_fields = ["name", "text"]


def warn_short_period(request, page):
    """after_create_page / after_edit_page: the period warning as a message, so an
    editor who saved without looking at the panel still reads it."""
    page = page.specific
    if isinstance(page, ConsultationPage):
        warning = period_warning(page)
        if warning:
            messages.warning(request, warning)


@hooks.register("register_admin_viewset")
def register_comment_viewset():
    return ConsultationCommentViewSet("consultation_comments", url_prefix="y-kien-nhan-dan")


hooks.register("after_create_page", warn_short_period)
hooks.register("after_edit_page", warn_short_period)

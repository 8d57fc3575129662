"""The editor's read-only list of a decision's rows, linked from the decision's
"Danh sách khen thưởng" tab (home.awards.panels)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from home.awards.models import AwardDecisionPage
from home.models.mixins import paginate

ADMIN_ROWS_PER_PAGE = 100


def decision_rows(request, page_id):
    decision = get_object_or_404(AwardDecisionPage, pk=page_id)
    if not decision.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    rows = decision.rows.select_related("award").order_by("order")
    return TemplateResponse(
        request,
        "home/awards/admin/rows.html",
        {
            "decision": decision,
            "rows_page": paginate(request, rows, ADMIN_ROWS_PER_PAGE),
            "counts_line": decision.counts_line(),
            "page_title": _("Danh sách khen thưởng"),
        },
    )

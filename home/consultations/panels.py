"""The editor's note on the period of a consultation: its working days counted, and
a warning (never a refusal) when they are fewer than the ten the decree asks for.
The same warning is flashed after saving (home.consultations.admin)."""

from django.utils.translation import gettext as _
from wagtail.admin.panels import Panel

from home.consultations import periods


def period_warning(page):
    """The warning for `page`'s period, or "" when the period is long enough."""
    if not (page.opens_on and page.closes_on):
        return ""
    days = periods.working_days(page.opens_on, page.closes_on)
    if days >= periods.MIN_WORKING_DAYS:
        return ""
    return _(
        "Thời gian lấy ý kiến chỉ có %(days)d ngày làm việc, ít hơn 10 ngày làm việc "
        "theo quy định (k2 Điều 46 Nghị định 98/2023/NĐ-CP). Trang vẫn được lưu."
    ) % {"days": days}


class PeriodPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "home/consultations/admin/period_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            if page.opens_on and page.closes_on:
                context["working_days"] = periods.working_days(page.opens_on, page.closes_on)
                context["warning"] = period_warning(page)
            return context

"""The "Danh sách khen thưởng" tab of the decision editor: the counts and a link to
the read-only rows (home.awards.admin_views). Rows are never edited by hand: the
import fills them, and importing the same file again replaces them."""

from django.urls import reverse
from wagtail.admin.panels import Panel


class AwardRowsPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "home/awards/admin/rows_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            if page.pk:
                context["counts_line"] = page.counts_line()
                context["rows_url"] = reverse("award_decision_rows", args=[page.pk])
            return context

"""Dashboard panels for editors: recently published pages and live Vietnamese pages
still without an English version."""

from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from home.editorial.translations import TranslationStatus, source_pages, without_english

PANEL_SIZE = 10


class RecentlyPublishedPanel(Component):
    """The ten pages published last, in either language."""

    name = "recently_published"
    # After Wagtail's "awaiting your review" (220): approvals come first.
    order = 230
    template_name = "home/dashboard/recently_published_panel.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["pages"] = (
            Page.objects.live()
            .filter(depth__gt=1, last_published_at__isnull=False)
            .select_related("locale")
            .order_by("-last_published_at", "-pk")[:PANEL_SIZE]
        )
        return context


class MissingEnglishPanel(Component):
    """Live Vietnamese pages with no English version yet."""

    name = "missing_english"
    order = 270
    template_name = "home/dashboard/missing_english_panel.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        pages = without_english(source_pages().live()).order_by("-last_published_at", "-pk")
        context["pages"] = pages[:PANEL_SIZE]
        context["total"] = pages.count()
        context["report_url"] = (
            reverse("translation_status_report") + f"?status={TranslationStatus.MISSING.value}"
        )
        return context

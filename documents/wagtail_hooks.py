from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from documents.models import IssuingBody


class IssuingBodyViewSet(SnippetViewSet):
    model = IssuingBody
    icon = "site"
    menu_label = _("Cơ quan ban hành")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "short_code", "level"]
    list_filter = ["level"]
    search_fields = ["name", "short_code"]
    ordering = ["name"]


register_snippet(IssuingBodyViewSet)

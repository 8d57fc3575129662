from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from documents.importer.views import ImportDocumentView, can_import
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


class ImportMenuItem(MenuItem):
    """Shown only to those who may add documents to an archive."""

    def is_shown(self, request):
        return can_import(request.user)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("documents/import/", ImportDocumentView.as_view(), name="documents_import"),
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

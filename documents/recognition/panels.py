"""The state of an attachment's text, shown beside it in a document page's
"Tệp đính kèm" panel."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel


class TextStatusPanel(Panel):
    """Read-only: the chosen file's text status with a link to the file, where the
    editor can re-run recognition or correct the text."""

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Chữ trong tệp"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "documents/admin/text_status_panel.html"

        def is_shown(self):
            return bool(getattr(self.instance, "document_id", None))

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["document"] = self.instance.document
            return context

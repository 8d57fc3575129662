from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Văn bản – tài liệu")

    def ready(self):
        from documents import file_policies, listing

        listing.connect()
        file_policies.register_policies()

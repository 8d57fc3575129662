from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Văn bản – tài liệu")

    def ready(self):
        from documents import file_policies, listing, searchable
        from documents.archive import signals as archive_signals

        listing.connect()
        file_policies.register_policies()
        # After the archive paths' handlers, which the archive backend reads.
        archive_signals.connect()
        searchable.register()

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Trang chủ và nội dung")

    def ready(self):
        from home.analytics import signals  # noqa: F401
        from portal import cache_purge, richtext

        richtext.connect()
        cache_purge.connect()

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from documents.api import api_router
from home.awards.lookup_views import api_awards
from home.consultations.views import consultations_api
from portal import views as health_views
from portal.media import serve_media
from portal.sitemaps import PortalSitemap
from search import views as search_views

urlpatterns = [
    path(f"{settings.ADMIN_PATH}/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", health_views.healthz, name="healthz"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}, name="sitemap"),
    path(
        "robots.txt",
        TemplateView.as_view(
            template_name="robots.txt",
            content_type="text/plain",
            extra_context={"admin_path": settings.ADMIN_PATH},
        ),
    ),
    # Beacons and statistics carry no language: cached pages of both call them.
    path("api/", include("home.analytics.urls")),
    path("api/v2/", api_router.urls),
    path("api/consultations/", consultations_api, name="consultations_api"),
    # Search answers in the language given by `lang` (Vietnamese by default).
    path("api/search/", include("search.urls")),
    path("api/awards/", api_awards, name="awards_api"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve_media),
    ]

# Vietnamese pages have no prefix; English ones live under /en/. The search path is
# itself translated: /tim-kiem/ in Vietnamese, /en/search/ in English.
urlpatterns += i18n_patterns(
    path(_("tim-kiem/"), search_views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

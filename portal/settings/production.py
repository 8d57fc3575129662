"""Production: everything secret or site-specific comes from the environment.

`python manage.py check --deploy` passes with the example environment documented in
README.md; each security header can be relaxed through its variable where a reverse
proxy already sets it.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. Generate one with "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'` "
        "and pass it in the environment."
    )
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

# Whitenoise serves the collected static files itself, so the site needs no separate
# web server for CSS and JS, also behind a government firewall.
MIDDLEWARE = [*MIDDLEWARE]  # noqa: F405
MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")
# The HTTP benchmark (tests/benchmarks/http.py) reads each response's SQL count from
# a header; a real deployment never sets this.
if env.bool("QUERY_COUNT_HEADER", default=False):
    MIDDLEWARE.insert(0, "portal.middleware.QueryCountHeaderMiddleware")

# Hashed, compressed file names let browsers and CDNs cache CSS and JS for a year;
# each file's address is worked out once per process (portal/static_files.py).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "portal.static_files.RememberingManifestStaticFilesStorage"},
}

# Behind a TLS-terminating proxy the original scheme arrives in this header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=True)
SESSION_COOKIE_HTTPONLY = True
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
X_FRAME_OPTIONS = "DENY"


# A CDN or caching reverse proxy in front of the site (README "Page cache"): Wagtail's
# frontend cache app asks it to drop a page when it is published or unpublished, and
# portal/cache_purge.py adds the page's parents. FRONTEND_CACHE_URL names a Varnish or
# nginx purger (HTTP PURGE requests); CLOUDFLARE_ZONEID with CLOUDFLARE_BEARER_TOKEN
# (or CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY) names a Cloudflare zone.
INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
WAGTAILFRONTENDCACHE = {}
FRONTEND_CACHE_URL = env.str("FRONTEND_CACHE_URL", default="")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_URL,
    }
CLOUDFLARE_ZONEID = env.str("CLOUDFLARE_ZONEID", default="")
if CLOUDFLARE_ZONEID:
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": CLOUDFLARE_ZONEID,
        "BEARER_TOKEN": env.str("CLOUDFLARE_BEARER_TOKEN", default="") or None,
        "EMAIL": env.str("CLOUDFLARE_EMAIL", default="") or None,
        "API_KEY": env.str("CLOUDFLARE_API_KEY", default="") or None,
    }

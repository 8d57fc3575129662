"""Settings shared by every environment.

Everything that differs between a laptop, a server and a cluster is read from the
environment (see the configuration table in README.md), so one code base serves all
three; `dev.py`, `test.py` and `production.py` only change what must differ.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

from portal.fences import FENCES

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent
# Runtime state (SQLite file, uploads, collected static files) lives in one ignored
# folder so a checkout stays clean and a reset is a single `rm -r var`.
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)
# The port `make run` and `make serve` listen on, also used in printed links.
PORT = env.int("PORT", default=8000)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])

INSTALLED_APPS = [
    "home",
    "documents",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    # Wagtail's redirects, snippets, documents and images without their routers on
    # Wagtail's v3 API, which this site does not serve (portal/wagtail_apps.py).
    "portal.wagtail_apps.RedirectsConfig",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "rest_framework",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "portal.wagtail_apps.SnippetsConfig",
    "portal.wagtail_apps.DocumentsConfig",
    "portal.wagtail_apps.ImagesConfig",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First, so its line has the final status and the time of every other step.
    "portal.request_log.RequestLogMiddleware",
    # Before everything that reads the address: a NUL byte in it is refused with a
    # 400, since PostgreSQL cannot compare text holding one.
    "portal.middleware.RejectNulBytesMiddleware",
    # Outside the security and CSP middleware: a page is stored with the headers they
    # gave it (the same for every anonymous reader: a page with a CSP nonce is never
    # stored), so a hit skips their work. Before sessions, locale and authentication,
    # so a hit costs no query.
    "portal.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "portal.fences.csp.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Where a page was found last time: spares Wagtail's walk down the tree. After
    # the locale, so sub-routes resolve in the address's language.
    "portal.routing.CachedRouteMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a lock-out into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

# An SQLite file needs no set-up; DATABASE_URL switches to PostgreSQL
# (postgres://user@host:5432/name) without touching code.
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A fresh clone has no var/ folder yet; SQLite cannot create it.
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # WAL lets readers proceed while the single writer commits, and the busy
    # timeout makes concurrent writers wait instead of failing with "locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Without REDIS_URL every process keeps its own memory cache, which is right for a
# laptop; with it all workers share one cache.
REDIS_URL = env.str("REDIS_URL", default="")
# Redis only speeds the site up (portal/redis_cache.py): a call that takes longer
# than this is abandoned and the page rendered without it, and after a failure this
# process leaves Redis alone for REDIS_RETRY_SECONDS before trying it again.
REDIS_TIMEOUT_SECONDS = env.float("REDIS_TIMEOUT_SECONDS", default=0.25)
REDIS_RETRY_SECONDS = env.float("REDIS_RETRY_SECONDS", default=5.0)
REDIS_OPTIONS = {
    "socket_connect_timeout": REDIS_TIMEOUT_SECONDS,
    "socket_timeout": REDIS_TIMEOUT_SECONDS,
}
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "portal.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": REDIS_OPTIONS,
        },
        "renditions": {
            "BACKEND": "portal.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal-renditions",
            "OPTIONS": REDIS_OPTIONS,
        },
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal",
        },
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal-renditions",
        },
    }
# Whole pages for anonymous readers (portal/page_cache.py): Redis when REDIS_URL is
# set, otherwise files under var/cache/pages, which every gunicorn worker shares, so
# a purge reaches all of them. Never the locmem backend: each worker would keep its
# own copy and a publish could not clear the others'.
if REDIS_URL:
    CACHES["pages"] = {
        "BACKEND": "portal.redis_cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "portal-pages",
        "OPTIONS": REDIS_OPTIONS,
    }
else:
    CACHES["pages"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": VAR_DIR / "cache" / "pages",
        # Bounds the disk a flood of filter combinations can take (about 50 kB each).
        "OPTIONS": {"MAX_ENTRIES": env.int("PAGE_CACHE_MAX_ENTRIES", default=2000)},
    }
# PAGE_CACHE=0 turns the page cache off (the benchmarks measure both ways).
PAGE_CACHE = env.bool("PAGE_CACHE", default=True)
# Publishing purges at once, so the timeout only bounds how stale the view counts in
# the "Xem nhiều nhất" box may get, and how long unread entries stay.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
# With the page cache on Redis, each worker also keeps the pages it served last in
# its own memory, up to this many bytes, and learns of purges from a Redis channel
# (portal/local_pages.py): a hit then costs no round trip. 0 turns that off.
PAGE_CACHE_LOCAL_BYTES = env.int("PAGE_CACHE_LOCAL_BYTES", default=4 * 1024 * 1024)
# The header, breadcrumb and footer every page repeats are cached in the default
# cache under the same generation token, so a purge retires them too
# (home/templatetags/fragment_cache_tags.py); FRAGMENT_CACHE=0 turns that off.
FRAGMENT_CACHE = env.bool("FRAGMENT_CACHE", default=True)
# Where the portal relies on a library's private behaviour (portal/fences/): each
# fence on by default; LIBRARY_FENCES_OFF=redis_pool,csp_policy turns the named ones
# off, and the site then uses the library's plain behaviour (see "Library internals
# we rely on" in README.md).
_FENCES_OFF = set(env.list("LIBRARY_FENCES_OFF", default=[]))
if _FENCES_OFF - set(FENCES):
    raise ImproperlyConfigured(
        f"LIBRARY_FENCES_OFF names no fence: {', '.join(sorted(_FENCES_OFF - set(FENCES)))}; "
        f"the fences are {', '.join(FENCES)}"
    )
LIBRARY_FENCES = {name: name not in _FENCES_OFF for name in FENCES}
# What browsers and a CDN may keep without asking again; short, because a CDN only
# learns of a publish for the page itself (frontend cache), not for the listings.
CACHE_CONTROL_MAX_AGE = env.int("CACHE_CONTROL_MAX_AGE", default=60)
# How many addresses with a query string (each new page number or filter value)
# may be stored per PAGE_CACHE_SECONDS: the views decide which values exist, so
# without a bound any client could store every number as ?page=.
PAGE_CACHE_MAX_VARIANTS = env.int("PAGE_CACHE_MAX_VARIANTS", default=500)
# Query parameters the public pages vary on (pagination, archive, news and profile
# filters). Pages with any other parameter, or with free text, are not cached.
PAGE_CACHE_QUERY_PARAMS = frozenset({
    "page", "chuyen-muc", "type", "issuer", "year", "field", "status", "sort",
    "kind", "linh_vuc", "dia_phuong", "danh_hieu", "nam",
})

# Wagtail looks image renditions up in the "renditions" cache before the database.
# A cache of its own means clearing page caches (on publish) never sends every
# image on a listing back to the database.

# The admin lives under /admin/ unless ADMIN_PATH moves it (e.g. "quan-tri-noi-bo"),
# which keeps the login page out of the way of scripts that try the usual address.
ADMIN_PATH = env.str("ADMIN_PATH", default="admin").strip("/") or "admin"

# Public pages run only the site's own scripts and styles: no inline script, no
# inline style, nothing from another origin. The admin is left to Wagtail, whose
# editor needs inline scripts.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": [f"/{ADMIN_PATH}/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

AUTHENTICATION_BACKENDS = [
    # django-axes first, so a locked-out login is refused before the password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords for one user name from one address lock that pair out for
# fifteen minutes; a correct login clears the count.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Lock-outs still reach the log through axes' own loggers; its start-up banner is noise.
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "portal.views.login_locked_out"

# The reader's address behind nginx or a load balancer (README "Behind a proxy"):
# TRUSTED_PROXIES is how many proxies stand in front of gunicorn and append to
# TRUSTED_PROXY_HEADER (X-Forwarded-For, or X-Real-IP with one proxy); 0, the default,
# means none and REMOTE_ADDR is the reader. portal/client_address.py reads it, for
# django-axes, django-ratelimit and the visitor statistics alike.
_proxy_header = env.str("TRUSTED_PROXY_HEADER", default="X-Forwarded-For").strip()
CLIENT_ADDRESS = {
    # As Django names a request header in request.META.
    "HEADER": "HTTP_" + _proxy_header.upper().replace("-", "_"),
    "TRUSTED_PROXIES": max(env.int("TRUSTED_PROXIES", default=0), 0),
}
AXES_CLIENT_IP_CALLABLE = "portal.client_address.client_address"
RATELIMIT_IP_META_KEY = "portal.client_address.client_address"

# View counting (README "View statistics"): with Redis every beacon is one HINCRBY and
# `flush_view_counts` moves the counts into the daily table; without it each beacon
# is one upsert into that table.
if REDIS_URL:
    VIEW_COUNTER = {
        "BACKEND": "home.analytics.counters.RedisViewCounter",
        "OPTIONS": {"url": REDIS_URL, "prefix": "portal:views", **REDIS_OPTIONS},
    }
else:
    VIEW_COUNTER = {"BACKEND": "home.analytics.counters.DatabaseViewCounter"}
# Beacons one client may send, django-ratelimit's syntax ("120/m"); "0" turns it off.
VIEWS_RATE_LIMIT = env.str("VIEWS_RATE_LIMIT", default="120/m")
# The limit counts in the cache; while Redis is unreachable it cannot count, and a
# beacon is then let through (and written to the database) rather than refused.
RATELIMIT_FAIL_OPEN = True
# Days after a consultation closes before erase_consultation_contacts removes the
# commenters' phones and e-mails (personal data kept only while the proposal is
# examined; README "Lấy ý kiến Nhân dân").
CONSULTATION_CONTACT_RETENTION_DAYS = env.int("CONSULTATION_CONTACT_RETENTION_DAYS", default=365)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Vietnamese is the site's own language and is served without a URL
# prefix; English lives under /en/. The msgids in the code are Vietnamese, so
# locale/en holds the English translations.
LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "admin"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = VAR_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex page models (plans with task tables) exceed Django's 1,000-field default.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Ban Thi đua – Khen thưởng"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# The admin calls no outside service: an editor's browser would otherwise ask
# releases.wagtail.org for new versions and gravatar.com for avatars (sending a hash
# of the editor's e-mail abroad), and log an error on every page of an offline
# office network. Upgrades are the operator's business, avatars are uploaded.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Search: the database backend (SQLite FTS5 or PostgreSQL), or Elasticsearch 8 when
# ELASTICSEARCH_URL is set. The search app indexes a folded copy of every page's text,
# so each of them finds "Kế hoạch" for "ke hoach"; on PostgreSQL the
# `vietnamese_unaccent` configuration (search app migration 0001) folds the original
# fields too, and on Elasticsearch the default analyzer does with asciifolding.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "search.backends"},
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = "vietnamese_unaccent"
else:
    # The archive's date index carries the counted columns (INCLUDE) for PostgreSQL's
    # index-only scans; SQLite builds it without them, as intended.
    SILENCED_SYSTEM_CHECKS = ["models.W040"]
ELASTICSEARCH_URL = env.str("ELASTICSEARCH_URL", default="")
ELASTICSEARCH_INDEX = env.str("ELASTICSEARCH_INDEX", default="portal")
# The archive page ("Văn bản – tài liệu") asks this backend for its listing and
# filter counts: SQL aggregates by default, the archive index's aggregations on a
# cluster (documents/archive/elastic.py; the old name search.elastic.ElasticArchive
# is still accepted).
DOCUMENT_ARCHIVE_BACKEND = (
    "documents.archive.elastic.ElasticArchive"
    if ELASTICSEARCH_URL
    else "documents.archive.DatabaseArchive"
)
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": [ELASTICSEARCH_URL],
        "INDEX": ELASTICSEARCH_INDEX,
        "TIMEOUT": 10,
        "INDEX_SETTINGS": {
            "settings": {
                "analysis": {
                    "analyzer": {
                        "default": {
                            "type": "custom",
                            "tokenizer": "standard",
                            "filter": ["lowercase", "asciifolding"],
                        }
                    }
                }
            }
        },
    }

# Scans saved as images (TIFF too, as office scanners write it) are attachments whose
# text comes from recognition (documents.recognition).
WAGTAILDOCS_EXTENSIONS = [
    "pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "txt",
    "jpg", "jpeg", "png", "webp", "tif", "tiff",
]
# Text attachments are UTF-8 (portal/uploads.py refuses other encodings); without the
# charset a browser guesses and shows Vietnamese garbled. Wagtail's document view
# reads this, and so does /media/ when Django serves it (portal/media.py).
WAGTAILDOCS_CONTENT_TYPES = {
    "txt": "text/plain; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
}
# Attachments keep the text read from them, so they can be searched with their page.
WAGTAILDOCS_DOCUMENT_MODEL = "documents.DocumentFile"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "documents.forms.DocumentForm"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
# Images are decoded and searched for hidden markup on upload (portal/uploads.py), and
# replacing the file of one a live page shows needs publish permission (documents.forms).
WAGTAILIMAGES_IMAGE_FORM_BASE = "documents.forms.ImageForm"
# One limit for every upload, in megabytes; a scanned decision rarely exceeds 50 MB.
UPLOAD_MAX_MB = env.int("UPLOAD_MAX_MB", default=50)
WAGTAILDOCS_MAX_UPLOAD_SIZE = UPLOAD_MAX_MB * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = UPLOAD_MAX_MB * 1024 * 1024
# Far beyond any camera, far below what would exhaust a worker's memory when decoded.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 60_000_000

# Background jobs (django-tasks; README "Background jobs"). Wagtail's own short jobs
# (reference index, image focal points) stay on the "default" backend, which runs them
# in the request as before: the reference index decides whether a file used by a live
# page may be deleted or replaced (documents.replacement), so it must never lag behind
# a worker. Long jobs (recognising a scan, OCR) use "background", whose backend comes
# from TASKS_BACKEND: by default a table in the site's database, read by the worker
# `manage.py db_worker --backend background` that `make run` and `make serve` start.
TASKS_BACKEND = env.str("TASKS_BACKEND", default="django_tasks_db.DatabaseBackend")
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": TASKS_BACKEND},
}

# Media uploads are served by Django only where nothing else serves them: the
# development server, and `make serve` on a laptop. A real deployment serves
# /media/ from the web server or object storage.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG)

# Logs (README "Logs"): everything goes to stderr. One line per request, written by
# portal.request_log under runserver and by gunicorn's access log under `make serve`
# (gunicorn.conf.py sets REQUEST_LOG=0 there); errors add their traceback.
REQUEST_LOG = env.bool("REQUEST_LOG", default=True)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # The request line already shows every 4xx; these loggers would write a
        # second line for it. Errors (5xx, with their traceback) still come through.
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "ERROR"},
        # Wagtail and Django log every template lookup at DEBUG; keep them quieter.
        "django.template": {"level": "WARNING"},
        # One line per background task and per page action is noise in a terminal;
        # LOG_LEVEL=DEBUG on the root logger does not bring them back, set these.
        "django_tasks": {"level": env.str("TASKS_LOG_LEVEL", default="WARNING")},
        "wagtail": {"level": env.str("WAGTAIL_LOG_LEVEL", default="WARNING")},
    },
}

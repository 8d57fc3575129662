"""Test settings: fast and isolated, on whichever database DATABASE_URL names."""

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = False
SECRET_KEY = "test-only-secret-key-not-for-any-real-deployment-4f9a2c7e1b"
# MD5 makes creating users in tests cheap; it is never used outside the test run.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / "var" / "test-media"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# Tests log users in without a request, which django-axes refuses; the lock-out
# tests turn it back on.
AXES_ENABLED = False

# SQLite tests use a file rather than Django's shared in-memory database: in memory
# all live-server threads would share one connection, and the WAL, IMMEDIATE and
# busy-timeout settings that let concurrent writers queue only apply to a file.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "var" / "test-db.sqlite3")}  # noqa: F405

# Most tests check what a page renders, so the page cache stays out of their way; the
# page cache tests turn it on (tests/portal/test_page_cache.py). The cache itself is
# in memory so no run leaves files behind; those tests also use Redis and files.
PAGE_CACHE = False
FRAGMENT_CACHE = False
CACHES = {
    **CACHES,  # noqa: F405
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}

# PostgreSQL JIT-compiles a query whose estimated cost passes jit_above_cost. On the
# tests' small, never-analysed tables the home page's boxes query is estimated that
# high, and compiling it took 4–5 s per render while running it takes milliseconds.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    _options = DATABASES["default"].setdefault("OPTIONS", {})  # noqa: F405
    _options["options"] = f"{_options.get('options', '')} -c jit=off".strip()

# The demo site and the benchmark data (load_demo_data, ensure_demo_admin,
# generate_load_data): installed here, never under production settings.
INSTALLED_APPS = [*INSTALLED_APPS, "home.demo"]  # noqa: F405

# Background jobs run at once inside the test (on_commit still delays them until the
# transaction commits); the tests that prove an upload does not wait for recognition
# switch "background" to the database backend.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}

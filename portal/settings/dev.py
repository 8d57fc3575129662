"""Local development: debug on, a fixed key that never leaves a laptop."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str(
    "SECRET_KEY", default="dev-only-secret-key-never-used-in-production-7c1f0b5e2a9d4e"
)
SERVE_MEDIA = True
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# The demo site and the benchmark data (load_demo_data, ensure_demo_admin,
# generate_load_data): installed here, never under production settings.
INSTALLED_APPS = [*INSTALLED_APPS, "home.demo"]  # noqa: F405

"""Local development: debug on, a fixed key that never leaves a laptop."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str(
    "SECRET_KEY", default="dev-only-secret-key-never-used-in-production-7c1f0b5e2a9d4e"
)
SERVE_MEDIA = True
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

"""WSGI entry point; gunicorn serves `portal.wsgi:application`."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

# Django first (it configures settings), then the page cache in front of it and
# the view beacon's short way beside both (home/analytics/beacon.py).
django_application = get_wsgi_application()

from home.analytics.beacon import BeaconApplication  # noqa: E402
from portal.page_cache import PageCacheApplication  # noqa: E402

application = BeaconApplication(PageCacheApplication(django_application))

# Everything imported so far lives as long as the process. Moved out of the
# collector's reach, a full collection no longer walks it (about 65 ms every few
# dozen requests, the slowest search answers' tail), and under gunicorn's
# preload_app the forked workers stop copying those pages just to update them.
gc.freeze()

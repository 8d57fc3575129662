"""What backup_site and restore_site share."""

import os
import subprocess

from django.core.management.base import CommandError
from django.db import connection
from django.utils.translation import gettext as _

FORMAT_VERSION = 1

# Rebuilt on restore (the search index) or not worth keeping (sessions,
# login-attempt logs). Content types and permissions stay in, with their primary
# keys, so every generic reference (revisions, log entries) points where it did.
EXCLUDED_FROM_DUMPDATA = [
    "sessions",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",
    "axes",
]


def pg_environment(db):
    """libpq environment variables for a Django database settings dict."""
    env = {}
    for key, name in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER")):
        if db.get(key):
            env[name] = str(db[key])
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


def run_pg_tool(tool, *arguments):
    """Run pg_dump or pg_restore against the default database; its failure (or its
    absence) becomes a CommandError that says what to do."""
    db = connection.settings_dict
    try:
        subprocess.run(
            [tool, *arguments],
            env={**os.environ, **pg_environment(db)},
            check=True,
            capture_output=True,
            text=True,
        )
    except FileNotFoundError as error:
        message = _("Không tìm thấy %s: hãy cài gói postgresql-client.") % tool
        raise CommandError(message) from error
    except subprocess.CalledProcessError as error:
        message = _("%(tool)s thất bại: %(error)s") % {"tool": tool, "error": error.stderr.strip()}
        raise CommandError(message) from error

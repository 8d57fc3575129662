"""What backup_site and restore_site share."""

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

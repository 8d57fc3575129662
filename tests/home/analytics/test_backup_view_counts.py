"""`make backup` flushes the view counts still waiting in Redis before it dumps the
database, so the archive holds them (real Redis, db 3, as the other counter tests)."""

import json
import subprocess
import tarfile

import pytest
from django.core.management import call_command
from django.db import connection

from home.analytics.counters import get_view_counter
from tests.factories import StandardPageFactory
from tests.home.analytics.analytics_support import fresh_cache, redis_counter, views_of

pytestmark = [
    pytest.mark.slow,
    # pg_dump reads from its own connection: the rows must be committed.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
__all__ = ["fresh_cache", "redis_counter"]


def _archived_views(archive_path, workdir):
    """Page id → views of the daily table inside a backup archive."""
    with tarfile.open(archive_path) as archive:
        archive.extractall(workdir, filter="data")
    manifest = json.loads((workdir / "manifest.json").read_text())
    dump = workdir / manifest["database"]
    views = {}
    if manifest["vendor"] == "postgresql":
        rows = subprocess.run(
            ["pg_restore", "--data-only", "--table=home_dailypageviews", "-f", "-", str(dump)],
            capture_output=True, text=True, check=True,
        ).stdout
        copy = rows[rows.index("COPY public.home_dailypageviews") :].splitlines()
        columns = copy[0][copy[0].index("(") + 1 : copy[0].index(")")].split(", ")
        for line in copy[1 : copy.index("\\.")]:
            row = dict(zip(columns, line.split("\t"), strict=True))
            views[int(row["page_id"])] = views.get(int(row["page_id"]), 0) + int(row["views"])
        return views
    for item in json.loads(dump.read_text()):
        if item["model"] == "home.dailypageviews":
            page = item["fields"]["page"]
            views[page] = views.get(page, 0) + item["fields"]["views"]
    return views


def test_backup_holds_the_views_still_pending_in_redis(home_page, redis_counter, tmp_path):
    article = StandardPageFactory(parent=home_page)
    for visitor in ("a", "b", "c"):
        get_view_counter().record_page_view(article.pk, visitor)
    archive = tmp_path / "backup.tar.gz"
    call_command("backup_site", output=str(archive))
    assert _archived_views(archive, tmp_path / "unpacked") == {article.pk: 3}


def test_backup_leaves_nothing_pending_in_redis(home_page, redis_counter, tmp_path):
    article = StandardPageFactory(parent=home_page)
    get_view_counter().record_page_view(article.pk, "a")
    call_command("backup_site", output=str(tmp_path / "backup.tar.gz"))
    client, prefix = redis_counter
    assert list(client.scan_iter(match=f"{prefix}:pages:*")) == []
    assert views_of(article) == 1


def test_backup_is_written_when_redis_cannot_be_reached(home_page, settings, tmp_path):
    # Nothing listens on port 1: the flush fails at once, the backup goes on.
    settings.VIEW_COUNTER = {
        "BACKEND": "home.analytics.counters.RedisViewCounter",
        "OPTIONS": {"url": "redis://127.0.0.1:1/3", "prefix": "test-views-unreachable"},
    }
    archive = tmp_path / "backup.tar.gz"
    call_command("backup_site", output=str(archive))
    with tarfile.open(archive) as written:
        manifest = json.loads(written.extractfile("manifest.json").read())
    assert manifest["vendor"] == connection.vendor

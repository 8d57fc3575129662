"""`make backup` / `make restore` round trip, run through real subprocesses against
two real databases of the vendor this test run uses (SQLite files, or two fresh
PostgreSQL databases next to the test database)."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.db import connection

BASE_DIR = Path(__file__).resolve().parents[2]

SNAPSHOT = """
import hashlib, json
from pathlib import Path
from django.conf import settings
from wagtail.models import Page
pages = {}
for page in Page.objects.order_by("pk"):
    revision = page.latest_revision
    pages[page.pk] = [
        page.url_path,
        revision.pk if revision else None,
        json.dumps(revision.content, sort_keys=True) if revision else None,
    ]
media = {}
root = Path(settings.MEDIA_ROOT)
for path in sorted(root.rglob("*")):
    if path.is_file():
        media[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
print("SNAPSHOT" + json.dumps({"count": len(pages), "pages": pages, "media": media}))
"""

ADD_MEDIA = """
import io
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
buffer = io.BytesIO()
PILImage.new("RGB", (40, 30), (164, 22, 26)).save(buffer, "PNG")
Image.objects.create(title="Ảnh thử", file=ImageFile(buffer, name="anh-thu.png"))
Document.objects.create(title="Tệp thử", file=ContentFile(b"Noi dung", name="tep-thu.txt"))
"""


def _pg_url(name):
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT'] or 5432}/{name}"


@pytest.fixture
def databases(tmp_path, django_db_blocker):
    """Two empty databases, the source and the restore target."""
    if connection.vendor != "postgresql":
        yield (
            f"sqlite:///{tmp_path / 'source.sqlite3'}",
            f"sqlite:///{tmp_path / 'target.sqlite3'}",
        )
        return
    import psycopg

    names = [f"backup_{kind}_{uuid.uuid4().hex[:8]}" for kind in ("source", "target")]
    db = connection.settings_dict
    admin = psycopg.connect(
        host=db["HOST"],
        port=db["PORT"] or 5432,
        user=db["USER"],
        password=db.get("PASSWORD") or None,
        dbname="postgres",
        autocommit=True,
    )
    for name in names:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield tuple(_pg_url(name) for name in names)
    finally:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def _manage(*args, database_url, media_root):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media_root),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _snapshot(**where):
    output = _manage("shell", "-c", SNAPSHOT, **where)
    return json.loads(output[output.index("SNAPSHOT") + len("SNAPSHOT") :])


@pytest.fixture
def round_trip(databases, tmp_path):
    source = {"database_url": databases[0], "media_root": tmp_path / "source-media"}
    target = {"database_url": databases[1], "media_root": tmp_path / "target-media"}
    archive = tmp_path / "backup.tar.gz"
    _manage("migrate", "--noinput", **source)
    _manage("load_demo_data", **source)
    _manage("shell", "-c", ADD_MEDIA, **source)
    _manage("backup_site", "--output", str(archive), **source)
    _manage("restore_site", str(archive), **target)
    return _snapshot(**source), _snapshot(**target)


@pytest.mark.slow
@pytest.mark.django_db
def test_backup_restores_every_page_revision_and_media_file(round_trip):
    before, after = round_trip
    assert before["count"] > 1
    assert len(before["media"]) >= 2
    assert after == before


@pytest.mark.django_db
def test_restore_refuses_a_database_that_holds_data(tmp_path):
    from django.core.management import CommandError, call_command

    archive = tmp_path / "backup.tar.gz"
    archive.write_bytes(b"not used")
    with pytest.raises(CommandError, match="không trống"):
        call_command("restore_site", str(archive))


@pytest.mark.slow
def test_restore_reports_a_corrupt_archive_clearly(tmp_path):
    archive = tmp_path / "backup.tar.gz"
    archive.write_bytes(b"\x1f\x8b this is not a real archive")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "restore_site", str(archive)],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "Tệp sao lưu hỏng" in result.stderr
    assert "Traceback" not in result.stderr

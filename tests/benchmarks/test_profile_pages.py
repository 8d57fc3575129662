"""profile_pages.py starts as the server does, so its warm figures carry no full
collection of start-up objects that a gunicorn worker never walks."""

import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]
AFTER_SETUP = """
import gc, sys
sys.path.insert(0, "tests/benchmarks")
import profile_pages
profile_pages.setup(".", page_cache_on=False)
print(gc.get_freeze_count(), len(gc.get_objects()))
"""


def test_setup_freezes_the_start_up_objects_as_the_server_does():
    result = subprocess.run(
        [sys.executable, "-c", AFTER_SETUP],
        cwd=BASE_DIR,
        env={"PATH": "/usr/bin:/bin", "DATABASE_URL": "sqlite:///:memory:"},
        capture_output=True,
        text=True,
        check=True,
    )
    frozen, collectable = map(int, result.stdout.split())
    assert collectable < frozen / 10

"""`@pytest.mark.database("postgresql")`: a test of one database's own feature.

On another database it is deselected, not skipped: CI runs it in that database's pass,
and a skip there would only hide a gap (tests/skip_policy.py fails the run on skips).
The end of the run says how many were deselected.
"""

import pytest
from django.db import connection

DESELECTED = pytest.StashKey[list[str]]()


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "database(*vendors): runs only on these databases (Django vendor names such as "
        "postgresql, sqlite); deselected on the others",
    )
    config.stash[DESELECTED] = []


def pytest_collection_modifyitems(config, items):
    kept, other = [], []
    for item in items:
        marker = item.get_closest_marker("database")
        (kept if marker is None or connection.vendor in marker.args else other).append(item)
    if other:
        config.stash[DESELECTED].extend(item.nodeid for item in other)
        config.hook.pytest_deselected(items=other)
        items[:] = kept


def pytest_terminal_summary(terminalreporter, config):
    deselected = config.stash[DESELECTED]
    if deselected:
        terminalreporter.write_line(
            f"{len(deselected)} test(s) of another database deselected on {connection.vendor} "
            "(marked `database`; that database's pass runs them)"
        )

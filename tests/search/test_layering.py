"""The search app sits below the content apps: it imports none of them, not even
inside a function (search.registry is how they tell it what it needs)."""

import ast
from pathlib import Path

import pytest

import search

CONTENT_APPS = {"documents", "home"}
SEARCH_MODULES = sorted(Path(search.__file__).parent.rglob("*.py"))


def _imported_apps(path):
    apps = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            apps |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            apps.add(node.module.split(".")[0])
    return apps


@pytest.mark.parametrize("path", SEARCH_MODULES, ids=lambda path: path.name)
def test_search_imports_no_content_app(path):
    assert not _imported_apps(path) & CONTENT_APPS

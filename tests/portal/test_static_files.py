"""The production storage of static files (portal/static_files.py) gives the manifest
storage's addresses, worked out once per file name."""

import json

import pytest
from whitenoise.storage import CompressedManifestStaticFilesStorage

from portal import static_files
from portal.static_files import RememberingManifestStaticFilesStorage

MANIFEST = {
    "paths": {"css/portal.css": "css/portal.0123abcd.css", "img/emblem.svg": "img/emblem.4567.svg"},
    "version": "1.1",
    "hash": "89ab",
}


@pytest.fixture
def static_root(tmp_path, settings):
    settings.DEBUG = False
    (tmp_path / "staticfiles.json").write_text(json.dumps(MANIFEST))
    return tmp_path


def storage(cls, root):
    return cls(location=str(root), base_url="/static/")


def test_addresses_are_the_manifest_storages(static_root):
    remembering = storage(RememberingManifestStaticFilesStorage, static_root)
    plain = storage(CompressedManifestStaticFilesStorage, static_root)
    assert [remembering.url(name) for name in MANIFEST["paths"]] == [
        plain.url(name) for name in MANIFEST["paths"]
    ]


def test_an_address_is_worked_out_once(static_root):
    remembering = storage(RememberingManifestStaticFilesStorage, static_root)
    first = remembering.url("css/portal.css")
    remembering.hashed_files["css/portal.css"] = "css/portal.changed.css"
    assert remembering.url("css/portal.css") == first == "/static/css/portal.0123abcd.css"


def test_forced_address_is_worked_out_again(static_root):
    remembering = storage(RememberingManifestStaticFilesStorage, static_root)
    remembering.url("css/portal.css")
    remembering.hashed_files["css/portal.css"] = "css/portal.changed.css"
    assert remembering.url("css/portal.css", force=True) == "/static/css/portal.changed.css"


def test_a_name_missing_from_the_manifest_still_raises(static_root):
    remembering = storage(RememberingManifestStaticFilesStorage, static_root)
    with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
        remembering.url("css/missing.css")


def test_a_missing_name_is_not_remembered(static_root):
    remembering = storage(RememberingManifestStaticFilesStorage, static_root)
    with pytest.raises(ValueError):
        remembering.url("css/late.css")
    remembering.hashed_files["css/late.css"] = "css/late.77.css"
    assert remembering.url("css/late.css") == "/static/css/late.77.css"


def test_remembered_addresses_are_bounded(static_root, monkeypatch):
    monkeypatch.setattr(static_files, "REMEMBERED_URLS", 1)
    remembering = storage(RememberingManifestStaticFilesStorage, static_root)
    remembering.url("css/portal.css")
    remembering.url("img/emblem.svg")
    remembering.hashed_files["img/emblem.svg"] = "img/emblem.changed.svg"
    assert remembering.url("img/emblem.svg") == "/static/img/emblem.changed.svg"

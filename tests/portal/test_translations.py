"""The message catalogues: every text of the code is in them, translated."""

import shutil
import subprocess
import sys

import polib
import pytest
from django.conf import settings

LANGUAGES = ["vi", "en"]
SOURCES = ["portal", "home", "documents", "search", "templates", "locale", "manage.py"]


def _catalogue(language, base=None):
    return (base or settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_untranslated_entry(language):
    po = polib.pofile(str(_catalogue(language)))
    assert [entry.msgid for entry in po.untranslated_entries()] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_no_fuzzy_entry(language):
    po = polib.pofile(str(_catalogue(language)))
    assert [entry.msgid for entry in po.fuzzy_entries()] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language):
    po = polib.pofile(str(_catalogue(language)))
    mo = polib.mofile(str(_catalogue(language).with_suffix(".mo")))
    assert {entry.msgid: entry.msgstr for entry in mo if not entry.msgid_plural} == {
        entry.msgid: entry.msgstr
        for entry in po.translated_entries()
        if not entry.msgid_plural
    }


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    """The catalogues as `makemessages` writes them from today's code, in a copy."""
    if not shutil.which("xgettext"):
        pytest.skip("GNU gettext is not installed (apt-get install gettext)")
    base = tmp_path_factory.mktemp("project")
    for name in SOURCES:
        source = settings.BASE_DIR / name
        if source.is_dir():
            shutil.copytree(source, base / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, base / name)
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            *[f"--locale={language}" for language in LANGUAGES],
            "--no-wrap",
            "--no-obsolete",
        ],
        cwd=base,
        check=True,
        capture_output=True,
        env={"DJANGO_SETTINGS_MODULE": "portal.settings.test", "PATH": "/usr/bin:/bin"},
    )
    return base


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_of_the_code_is_translated(regenerated, language):
    po = polib.pofile(str(_catalogue(language, regenerated)))
    assert [entry.msgid for entry in po.untranslated_entries()] == []

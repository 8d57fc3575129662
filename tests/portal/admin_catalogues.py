"""The English catalogues of the admin's third-party packages, for the tests that check
the Vietnamese admin against them."""

from pathlib import Path

import axes
import polib
import wagtail
import wagtail_localize


def english_entries(domain, within=None):
    """Every entry of Wagtail's and wagtail-localize's English catalogues of `domain`
    (and django-axes', which ships no English one: its French one lists the msgids),
    limited to the catalogues of the packages `within` when given."""
    packages = [Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent]
    files = [p for pkg in packages for p in pkg.glob(f"**/locale/en/LC_MESSAGES/{domain}.po")]
    if domain == "django":
        files.append(Path(axes.__file__).parent / "locale/fr/LC_MESSAGES/django.po")
    if within is not None:
        files = [path for path in files if path.parents[3] in within]
    return [entry for path in files for entry in polib.pofile(str(path)) if not entry.obsolete]

"""The production storage of static files, each file's address worked out once per
process.

`{% static %}` asks the storage for a file's address on every use. The manifest
storage then cleans the name, looks its hashed name up in the manifest, splits,
unquotes and joins the address again: about 25 µs a call, ten calls on every page
(the style sheets, scripts, emblem and favicon), a twentieth of a cold article's CPU
on PostgreSQL at demo size. The manifest is read once when the process starts and
does not change under it (`collectstatic` is followed by a restart), so neither
does an address.
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage

# Addresses remembered at most: the names templates and code ask for, a few dozen;
# the bound only keeps a name built from request data from growing the dict.
REMEMBERED_URLS = 1024


class RememberingManifestStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """WhiteNoise's compressed manifest storage whose `url()` is computed once per
    file name."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._urls = {}

    def url(self, name, force=False):
        if force:
            return super().url(name, force=True)
        found = self._urls.get(name)
        if found is None:
            # A name missing from the manifest raises here and is not remembered.
            found = super().url(name)
            if len(self._urls) < REMEMBERED_URLS:
                self._urls[name] = found
        return found

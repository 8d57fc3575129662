"""An archive backend for tests that records what the signals ask of it."""

from documents.archive import DatabaseArchive

calls = []


class RecordingArchive(DatabaseArchive):
    """Lists like the database archive; remembers every update and removal."""

    def update(self, page):
        calls.append(("update", page.pk))

    def remove(self, page_id):
        calls.append(("remove", page_id))


def recording(settings):
    """For a fixture: make RecordingArchive the archive backend and yield its calls,
    empty at the start and emptied at the end."""
    settings.DOCUMENT_ARCHIVE_BACKEND = f"{__name__}.RecordingArchive"
    calls.clear()
    yield calls
    calls.clear()

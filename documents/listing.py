"""Keeps `OfficialDocumentPage.archive_path` (the archive's path while a document is
live) in step with the page tree where the document's own `save` does not run:
Wagtail may unpublish through the base Page, and a move rewrites the paths of the
moved page and its descendants in SQL. Publishing saves the specific page, whose
`save` sets the column; the handler repeats it so a publish through the base class
is covered too.
"""

from wagtail.signals import page_published, page_unpublished, post_page_move

from documents.models import OfficialDocumentPage

# Ids per UPDATE: SQLite limits the parameters of one statement.
CHUNK = 500


def sync_archive_paths(documents):
    """Recompute `archive_path` of `documents` (a queryset of OfficialDocumentPage)
    from the tree; one UPDATE per distinct value and chunk of ids."""
    wanted = {}
    for pk, path, live, stored in documents.values_list("pk", "path", "live", "archive_path"):
        value = path[: -OfficialDocumentPage.steplen] if live else ""
        if value != stored:
            wanted.setdefault(value, []).append(pk)
    for value, ids in wanted.items():
        for start in range(0, len(ids), CHUNK):
            OfficialDocumentPage.objects.filter(pk__in=ids[start : start + CHUNK]).update(
                archive_path=value
            )


def _page_changed(sender, instance, **kwargs):
    sync_archive_paths(OfficialDocumentPage.objects.filter(pk=instance.pk))


def _page_moved(sender, instance, **kwargs):
    # The moved page may be a document, an archive or any page above one.
    sync_archive_paths(OfficialDocumentPage.objects.filter(path__startswith=instance.path))


def connect():
    page_published.connect(_page_changed, dispatch_uid="archive-path-published")
    page_unpublished.connect(_page_changed, dispatch_uid="archive-path-unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="archive-path-moved")

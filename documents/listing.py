"""Keeps `OfficialDocumentPage.archive_path` (the archive's path while a document is
live and public) in step with the page tree where the document's own `save` does
not run: Wagtail may unpublish through the base Page, a move rewrites the paths of
the moved page and its descendants in SQL, and a view restriction added to or
removed from a document or any page above it changes who may see it. Publishing
saves the specific page, whose `save` sets the column; the handler repeats it so a
publish through the base class is covered too.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from documents.models import OfficialDocumentPage
from portal.fences import treebeard_paths

# Ids per UPDATE: SQLite limits the parameters of one statement.
CHUNK = 500


def sync_archive_paths(documents):
    """Recompute `archive_path` of `documents` (a queryset of OfficialDocumentPage)
    from the tree and the view restrictions; one UPDATE per distinct value and chunk
    of ids. Returns {new value: [ids]} of the documents that changed."""
    rows = list(documents.values_list("pk", "path", "live", "archive_path"))
    if not rows:
        return {}
    # Read from the database, not the cache: this runs in the transaction that may
    # have just added or removed a restriction.
    restricted = set(PageViewRestriction.objects.values_list("page__path", flat=True))
    wanted = {}
    for pk, path, live, stored in rows:
        listed = live and not (
            restricted and restricted.intersection(treebeard_paths.ancestor_paths(path))
        )
        value = treebeard_paths.parent_path(path) if listed else ""
        if value != stored:
            wanted.setdefault(value, []).append(pk)
    for value, ids in wanted.items():
        for start in range(0, len(ids), CHUNK):
            OfficialDocumentPage.objects.filter(pk__in=ids[start : start + CHUNK]).update(
                archive_path=value
            )
    return wanted


def _subtree(path):
    return OfficialDocumentPage.objects.filter(treebeard_paths.subtree_q(path))


def _page_changed(sender, instance, **kwargs):
    sync_archive_paths(OfficialDocumentPage.objects.filter(pk=instance.pk))


def _page_moved(sender, instance, **kwargs):
    # The moved page may be a document, an archive or any page above one.
    sync_archive_paths(_subtree(instance.path))


def _restriction_changed(sender, instance, raw=False, **kwargs):
    """A restriction added, changed or removed: the documents at or below its page
    leave or rejoin the archive, and the archive backend (the Elasticsearch index)
    drops or indexes them."""
    if raw:
        return
    from documents.archive import get_archive_backend

    path = Page.objects.filter(pk=instance.page_id).values_list("path", flat=True).first()
    if path is None:
        return
    changed = sync_archive_paths(_subtree(path))
    backend = get_archive_backend()
    for value, ids in changed.items():
        if value:
            for page in OfficialDocumentPage.objects.filter(pk__in=ids).specific():
                backend.update(page)
        else:
            for page_id in ids:
                backend.remove(page_id)


def connect():
    page_published.connect(_page_changed, dispatch_uid="archive-path-published")
    page_unpublished.connect(_page_changed, dispatch_uid="archive-path-unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="archive-path-moved")
    post_save.connect(
        _restriction_changed, sender=PageViewRestriction, dispatch_uid="archive-path-restricted"
    )
    post_delete.connect(
        _restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid="archive-path-unrestricted",
    )

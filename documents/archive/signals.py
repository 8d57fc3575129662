"""Keep a document's search entry and the archive backend in step with the document.

Attachment rows are written after the page itself (modelcluster commits child
relations after the page's own save, when the page was already indexed), and an
uploaded file's text may change later; both re-index the pages concerned. The
archive backend (documents.archive.backends.get_archive_backend) hears of every published,
unpublished and deleted document; the database backend has nothing to do then,
the Elasticsearch archive index updates its entry.
"""

from django.db.models.signals import post_delete, post_save
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished

from documents.archive.backends import get_archive_backend
from documents.models import DocumentAttachment, DocumentFile, OfficialDocumentPage


def _reindex(page_ids):
    # Loaded afresh: during a fixture load (raw saves) or a cascade the page may be
    # missing, and then there is nothing to re-index.
    backend = get_archive_backend()
    for page in OfficialDocumentPage.objects.filter(pk__in=page_ids, live=True).specific():
        index.insert_or_update_object(page)
        _tell_archive(backend, page)


def _tell_archive(backend, page):
    """Index a document the archive lists; drop one it does not: `archive_path` is
    empty for a document behind a view restriction (documents.listing)."""
    if page.live and page.archive_path:
        backend.update(page)
    else:
        backend.remove(page.pk)


def attachment_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _reindex([instance.page_id])


def file_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _reindex(
            DocumentAttachment.objects.filter(document=instance).values_list("page_id", flat=True)
        )


def document_published(sender, instance, **kwargs):
    if isinstance(instance, OfficialDocumentPage):
        _tell_archive(get_archive_backend(), instance)


def document_unpublished(sender, instance, **kwargs):
    if isinstance(instance, OfficialDocumentPage):
        get_archive_backend().remove(instance.pk)


def document_deleted(sender, instance, **kwargs):
    get_archive_backend().remove(instance.pk)


def connect():
    post_save.connect(
        attachment_changed, sender=DocumentAttachment, dispatch_uid="search-attachment"
    )
    post_save.connect(file_changed, sender=DocumentFile, dispatch_uid="search-file")
    page_published.connect(document_published, dispatch_uid="archive-published")
    page_unpublished.connect(document_unpublished, dispatch_uid="archive-unpublished")
    post_delete.connect(
        document_deleted, sender=OfficialDocumentPage, dispatch_uid="archive-deleted"
    )

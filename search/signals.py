"""Keep a page's search entry in step with its attachments.

Attachment rows are written after the page itself (modelcluster commits child
relations after the page's own save, when the page was already indexed), and an
uploaded file's text may change later; both re-index the pages concerned.
"""

from django.db.models.signals import post_save
from wagtail.search import index

from documents.models import DocumentAttachment, DocumentFile, OfficialDocumentPage


def _reindex(page_ids):
    # Loaded afresh: during a fixture load (raw saves) or a cascade the page may be
    # missing, and then there is nothing to re-index.
    for page in OfficialDocumentPage.objects.filter(pk__in=page_ids, live=True).specific():
        index.insert_or_update_object(page)


def attachment_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _reindex([instance.page_id])


def file_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _reindex(
            DocumentAttachment.objects.filter(document=instance).values_list("page_id", flat=True)
        )


def connect():
    post_save.connect(
        attachment_changed, sender=DocumentAttachment, dispatch_uid="search-attachment"
    )
    post_save.connect(file_changed, sender=DocumentFile, dispatch_uid="search-file")

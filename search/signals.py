"""Keep a page's search entry in step with its attachments.

Attachment rows are written after the page itself (modelcluster commits child
relations after the page's own save, when the page was already indexed), and an
uploaded file's text may change later; both re-index the pages concerned.
"""

from django.db.models.signals import post_save
from wagtail.search import index

from documents.models import DocumentAttachment, DocumentFile


def _reindex(page):
    specific = page.specific_deferred
    if specific.live:
        index.insert_or_update_object(specific)


def attachment_changed(sender, instance, **kwargs):
    _reindex(instance.page)


def file_changed(sender, instance, **kwargs):
    for attachment in DocumentAttachment.objects.filter(document=instance).select_related("page"):
        _reindex(attachment.page)


def connect():
    post_save.connect(
        attachment_changed, sender=DocumentAttachment, dispatch_uid="search-attachment"
    )
    post_save.connect(file_changed, sender=DocumentFile, dispatch_uid="search-file")

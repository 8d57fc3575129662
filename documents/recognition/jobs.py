"""The background jobs of recognition, on the "background" task backend (settings
TASKS): the database backend by default, read by `manage.py db_worker`."""

from django.db import transaction
from django_tasks import task

from documents.recognition import run

BACKEND = "background"


@task(backend=BACKEND)
def recognise_document(document_id: int, file_hash: str, overwrite_correction: bool = False):
    return run.recognise_document(document_id, file_hash, overwrite_correction)


def schedule(document, overwrite_correction=False):
    """Enqueue the recognition of `document` once the current transaction commits:
    the worker must find the saved file, and a rolled-back upload enqueues nothing."""
    document_id, file_hash = document.pk, document.file_hash
    transaction.on_commit(
        lambda: recognise_document.enqueue(document_id, file_hash, overwrite_correction)
    )

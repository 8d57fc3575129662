import pytest

from tests.documents.recognition.scans import DATABASE_TASKS


@pytest.fixture
def database_tasks(settings):
    """Long jobs wait in the database for the worker, as in production."""
    settings.TASKS = DATABASE_TASKS

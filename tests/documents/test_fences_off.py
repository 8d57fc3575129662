"""The archive with the treebeard fence off (portal/fences/treebeard_paths.py):
documents' archive paths follow the tree through treebeard's own methods. The tests
of test_archive_path.py again, and a restriction taking documents out."""

import pytest
from wagtail.models import PageViewRestriction

from tests.documents.factories import OfficialDocumentPageFactory
from tests.documents.test_archive_path import *  # noqa: F403
from tests.documents.test_archive_path import _stored
from tests.fences_support import fence_off


@pytest.fixture(autouse=True)
def _treebeard_fence_off(settings):
    fence_off(settings, "treebeard_paths")


def test_restricting_the_archive_takes_its_documents_out(
    archive, django_capture_on_commit_callbacks
):
    page = OfficialDocumentPageFactory(parent=archive)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=archive, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau"
        )
    assert _stored(page) == ""

"""What publishing, unpublishing and deleting tell the archive backend
(documents.archive.signals)."""

import pytest

from tests.documents import archive_backends
from tests.documents.factories import PlanPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def recording(settings):
    yield from archive_backends.recording(settings)


def test_publishing_a_document_updates_the_archive_backend(archive, recording):
    plan = PlanPageFactory(parent=archive, slug="kh", live=False)
    plan.save_revision().publish()
    assert ("update", plan.pk) in recording


def test_unpublishing_a_document_removes_it_from_the_archive_backend(archive, recording):
    plan = PlanPageFactory(parent=archive, slug="kh")
    plan.unpublish()
    assert recording[-1] == ("remove", plan.pk)


def test_deleting_a_document_removes_it_from_the_archive_backend(archive, recording):
    plan = PlanPageFactory(parent=archive, slug="kh")
    page_id = plan.pk
    plan.delete()
    assert ("remove", page_id) in recording


def test_publishing_another_page_leaves_the_archive_backend_alone(home_page, recording):
    home_page.save_revision().publish()
    assert recording == []


def test_archive_page_lists_through_the_configured_backend(client, archive, recording):
    PlanPageFactory(parent=archive, slug="kh", title="Kế hoạch thi đua")
    response = client.get(archive.url)
    assert [page.slug for page in response.context["documents"]] == ["kh"]

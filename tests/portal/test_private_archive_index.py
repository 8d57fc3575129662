"""Documents behind a view restriction leave the archive's counts and its
Elasticsearch index as restrictions come and go, and listings held in the page cache
follow (issue #26)."""

import importlib

import pytest
from wagtail.models import PageViewRestriction

from documents.archive.elastic import archive_index_documents
from documents.models import OfficialDocumentPage
from tests.documents import archive_backends
from tests.documents.factories import DocumentArchivePageFactory, PlanPageFactory
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory
from tests.portal.private_pages import KINDS, restrict

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(home_page):
    return DocumentArchivePageFactory(parent=home_page)


@pytest.fixture
def plan(archive):
    return PlanPageFactory(parent=archive, title="Kế hoạch nội bộ")


@pytest.fixture
def recording(settings):
    yield from archive_backends.recording(settings)


def _unrestrict(restriction, capture):
    with capture(execute=True):
        restriction.delete()


def _archive_count(client):
    return client.get("/van-ban/").context["page_obj"].paginator.count


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("on", ["document", "archive"])
def test_restricting_a_document_removes_it_from_the_archive_index(
    plan, recording, django_capture_on_commit_callbacks, kind, on
):
    restrict(plan if on == "document" else plan.get_parent(), kind,
             django_capture_on_commit_callbacks)
    assert recording == [("remove", plan.pk)]


def test_lifting_a_restriction_indexes_the_document_again(
    plan, recording, django_capture_on_commit_callbacks
):
    restriction = restrict(plan, PageViewRestriction.LOGIN, django_capture_on_commit_callbacks)
    _unrestrict(restriction, django_capture_on_commit_callbacks)
    assert recording == [("remove", plan.pk), ("update", plan.pk)]


def test_publishing_a_restricted_document_keeps_it_out_of_the_archive_index(
    plan, recording, django_capture_on_commit_callbacks
):
    restrict(plan, PageViewRestriction.PASSWORD, django_capture_on_commit_callbacks)
    recording.clear()
    plan.save_revision().publish()
    assert ("update", plan.pk) not in recording


def test_rebuilt_archive_index_leaves_out_restricted_documents(
    archive, plan, django_capture_on_commit_callbacks
):
    public = PlanPageFactory(parent=archive, title="Kế hoạch công khai")
    restrict(plan, PageViewRestriction.GROUPS, django_capture_on_commit_callbacks)
    assert [page.pk for page in archive_index_documents()] == [public.pk]


def test_archive_counts_a_document_again_once_its_restriction_is_lifted(
    client, plan, django_capture_on_commit_callbacks
):
    restriction = restrict(plan, PageViewRestriction.LOGIN, django_capture_on_commit_callbacks)
    assert _archive_count(client) == 0
    _unrestrict(restriction, django_capture_on_commit_callbacks)
    assert _archive_count(client) == 1


def test_archive_counts_held_in_the_cache_follow_a_new_restriction(
    client, page_cache, plan, django_capture_on_commit_callbacks
):
    assert _archive_count(client) == 1
    restrict(plan, PageViewRestriction.LOGIN, django_capture_on_commit_callbacks)
    assert _archive_count(client) == 0


def test_upgrade_leaves_existing_restricted_documents_out_of_the_archive(
    client, plan, django_capture_on_commit_callbacks
):
    from django.db import connection

    restrict(plan, PageViewRestriction.LOGIN, django_capture_on_commit_callbacks)
    # As a site upgraded with a restriction made before the archive honoured them.
    OfficialDocumentPage.objects.filter(pk=plan.pk).update(archive_path=plan.get_parent().path)
    migration = importlib.import_module(
        "documents.migrations.0003_archive_path_leaves_out_private_documents"
    )
    with connection.cursor() as cursor:
        cursor.execute(migration.EMPTY_PRIVATE_ARCHIVE_PATHS)
    assert OfficialDocumentPage.objects.get(pk=plan.pk).archive_path == ""


def test_cached_news_listing_drops_a_page_restricted_after_it(
    client, page_cache, home_page, django_capture_on_commit_callbacks
):
    section = NewsIndexPageFactory(parent=home_page)
    news = NewsPageFactory(parent=section, title="Tin sắp thành nội bộ")
    assert news.title in client.get(section.url).content.decode()
    restrict(news, PageViewRestriction.PASSWORD, django_capture_on_commit_callbacks)
    assert news.title not in client.get(section.url).content.decode()


def test_cached_news_listing_shows_a_page_again_once_its_restriction_is_lifted(
    client, page_cache, home_page, django_capture_on_commit_callbacks
):
    section = NewsIndexPageFactory(parent=home_page)
    news = NewsPageFactory(parent=section, title="Tin trở lại công khai")
    restriction = restrict(news, PageViewRestriction.LOGIN, django_capture_on_commit_callbacks)
    client.get(section.url)
    _unrestrict(restriction, django_capture_on_commit_callbacks)
    assert news.title in client.get(section.url).content.decode()

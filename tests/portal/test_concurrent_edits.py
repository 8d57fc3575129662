"""Two editors on one page through the real admin edit view: no work is lost, and
Wagtail's page lock keeps the second editor out while the first holds it."""

import pytest
from django.test import Client
from wagtail.test.utils.form_data import nested_form_data, streamfield

from tests.factories import StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(home_page):
    return StandardPageFactory(parent=home_page, title="Quy chế", slug="quy-che")


@pytest.fixture
def editors():
    clients = []
    for name in ("bientapvien_a", "bientapvien_b"):
        client = Client()
        client.force_login(UserFactory(username=name, is_superuser=True, is_staff=True))
        clients.append(client)
    return clients


def _save_draft(client, page, title):
    return client.post(
        f"/admin/pages/{page.pk}/edit/",
        nested_form_data(
            {
                "title": title,
                "slug": page.slug,
                "introduction": f"Bản của {title}",
                "body": streamfield([]),
            }
        ),
    )


def test_two_editors_saving_the_same_page_keep_both_revisions(page, editors):
    before = page.revisions.count()
    first, second = editors
    assert _save_draft(first, page, "Quy chế – bản A").status_code == 302
    assert _save_draft(second, page, "Quy chế – bản B").status_code == 302
    titles = {revision.content["title"] for revision in page.revisions.all()}
    assert page.revisions.count() == before + 2
    assert {"Quy chế – bản A", "Quy chế – bản B"} <= titles


def test_locked_page_refuses_the_second_editor(page, editors):
    first, second = editors
    first.post(f"/admin/pages/{page.pk}/lock/")
    before = page.revisions.count()
    response = _save_draft(second, page, "Quy chế – bản B")
    assert response.status_code == 200
    assert page.revisions.count() == before
    page.refresh_from_db()
    assert page.locked


def test_lock_holder_can_still_save(page, editors):
    first, _ = editors
    first.post(f"/admin/pages/{page.pk}/lock/")
    before = page.revisions.count()
    assert _save_draft(first, page, "Quy chế – bản A").status_code == 302
    assert page.revisions.count() == before + 1

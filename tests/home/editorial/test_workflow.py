"""The editorial groups and the "Duyệt tin bài" workflow (home migration 0004):
editors submit, leaders approve and publish."""

import importlib
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, Workflow, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

setup = importlib.import_module("home.migrations.0004_editorial_groups_and_approval_workflow")


@pytest.fixture
def draft(home_page):
    page = StandardPageFactory(parent=home_page, title="Bài chờ duyệt", live=False)
    page.save_revision()
    return page


def _edit(client, page, action):
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "introduction": "Giới thiệu đã sửa.",
            "body": streamfield([]),
            "comments": inline_formset([]),
            action: action,
        }
    )
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def test_migration_creates_the_three_groups(editorial):
    names = set(Group.objects.values_list("name", flat=True))
    assert {setup.EDITORS, setup.LEADERS, setup.ADMINISTRATORS} <= names


def test_workflow_covers_the_tree_root(editorial):
    root = Page.get_first_root_node()
    assert WorkflowPage.objects.get(page=root).workflow.name == setup.WORKFLOW


def test_workflow_has_one_task_for_the_leaders(editorial):
    [task] = [task.specific for task in Workflow.objects.get(name=setup.WORKFLOW).tasks]
    assert list(task.groups.values_list("name", flat=True)) == [setup.LEADERS]


def test_applying_the_migration_twice_changes_nothing(editorial):
    counts = (Group.objects.count(), Workflow.objects.count(), WorkflowPage.objects.count())
    setup.create_editorial_setup(apps, None)
    assert (Group.objects.count(), Workflow.objects.count(), WorkflowPage.objects.count()) == counts


def test_reversing_removes_groups_and_gives_root_back(editorial):
    setup.remove_editorial_setup(apps, None)
    assert not Group.objects.filter(name=setup.EDITORS).exists()
    assert not Workflow.objects.filter(name=setup.WORKFLOW).exists()
    root_workflow = WorkflowPage.objects.filter(page=Page.get_first_root_node()).first()
    assert root_workflow is None or root_workflow.workflow.name == setup.WAGTAIL_DEFAULT_WORKFLOW


def test_publish_button_is_not_offered_to_an_editor(client, editor, draft):
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html


def test_editors_publish_leaves_the_page_unpublished(client, editor, draft):
    client.force_login(editor)
    _edit(client, draft, "action-publish")
    draft.refresh_from_db()
    assert not draft.live


def test_editors_submit_starts_the_approval_task(client, editor, draft):
    client.force_login(editor)
    _edit(client, draft, "action-submit")
    state = WorkflowState.objects.get(object_id=str(draft.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == setup.TASK
    assert state.current_task_state.status == "in_progress"


def test_leaders_approval_publishes_the_page(client, editor, leader, draft):
    client.force_login(editor)
    _edit(client, draft, "action-submit")
    task_state = WorkflowState.objects.get(object_id=str(draft.pk)).current_task_state
    client.force_login(leader)
    url = reverse("wagtailadmin_pages:workflow_action", args=[draft.pk, "approve", task_state.pk])
    client.post(url, {"comment": ""})
    draft.refresh_from_db()
    assert draft.live


def test_leader_is_offered_publish(client, leader, draft):
    client.force_login(leader)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
    assert 'name="action-publish"' in html


def test_demo_accounts_join_their_groups(editorial, settings, tmp_path):
    settings.DEBUG = True
    settings.VAR_DIR = tmp_path
    out = StringIO()
    call_command("ensure_demo_admin", stdout=out)
    assert _group_names("bientap") == [setup.EDITORS]
    assert _group_names("lanhdao") == [setup.LEADERS]
    password = (tmp_path / "demo-bientap.txt").read_text().strip()
    assert f"bientap / {password}" in out.getvalue()


def _group_names(username):
    from django.contrib.auth import get_user_model

    return list(
        get_user_model().objects.get(username=username).groups.values_list("name", flat=True)
    )

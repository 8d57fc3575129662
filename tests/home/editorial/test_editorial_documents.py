"""Editors and leaders may upload attachments: the editorial groups' collection
permissions are the ones Wagtail checks for documents (wagtaildocs.Document's)."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

setup = importlib.import_module("home.migrations.0004_editorial_groups_and_approval_workflow")


@pytest.fixture(autouse=True)
def _editorial():
    # Applied again, as in test_workflow: an earlier flush may have removed the groups.
    setup.create_editorial_setup(apps, None)


@pytest.mark.parametrize("group_name", [setup.EDITORS, setup.LEADERS])
def test_editorial_group_may_upload_documents(group_name):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group_name))
    policy = policy_registry.get_by_type(get_document_model())
    assert policy.user_has_permission(user, "add")

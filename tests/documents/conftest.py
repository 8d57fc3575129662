import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from tests.documents.factories import DocumentArchivePageFactory
from tests.factories import UserFactory

setup = importlib.import_module("home.migrations.0004_editorial_groups_and_approval_workflow")


@pytest.fixture
def archive(home_page):
    return DocumentArchivePageFactory(parent=home_page)


@pytest.fixture
def editorial(home_page):
    """The migration's groups, applied again: a test that flushed the database may
    have run before."""
    setup.create_editorial_setup(apps, None)


def member(group_name):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(editorial):
    return member(setup.EDITORS)


@pytest.fixture
def leader(editorial):
    return member(setup.LEADERS)


@pytest.fixture
def superuser(editorial):
    return UserFactory(is_superuser=True, is_staff=True)

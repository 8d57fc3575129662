"""An editor translates a page into English through wagtail-localize's admin views
and syncs the translation after the Vietnamese page changes."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail_localize.models import TranslationSource

from home.editorial.translations import TranslationStatus, source_pages, with_translation_status
from tests.factories import StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db

setup = importlib.import_module("home.migrations.0004_editorial_groups_and_approval_workflow")


@pytest.fixture
def editor_client(client, home_page):
    setup.create_editorial_setup(apps, None)
    user = UserFactory()
    user.groups.add(Group.objects.get(name=setup.EDITORS))
    client.force_login(user)
    return client


@pytest.fixture
def page(home_page):
    page = StandardPageFactory(parent=home_page, title="Chức năng, nhiệm vụ", slug="chuc-nang")
    page.save_revision().publish()
    return page


def _submit(client, page, locale):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    return client.post(url, {"locales": [locale.pk]})


def _status(page):
    return with_translation_status(source_pages()).get(pk=page.pk).translation_status


def test_editor_translates_a_page_into_english(editor_client, page, locales):
    _submit(editor_client, page, locales["en"])
    english = page.get_translation_or_none(locales["en"])
    assert english is not None
    assert english.slug == "chuc-nang"


def test_editor_syncs_the_translation_after_a_change(editor_client, page, locales):
    _submit(editor_client, page, locales["en"])
    page.title = "Chức năng, nhiệm vụ và quyền hạn"
    page.save_revision().publish()
    assert _status(page) == TranslationStatus.OUTDATED
    source = TranslationSource.objects.get(object_id=page.translation_key)
    editor_client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
    assert _status(page) == TranslationStatus.UP_TO_DATE

"""Documents migration 0008 rewrites the stored number keys that began with a zero,
so documents saved before it are found by `5/CT-UBND` too (issue #22)."""

import importlib

import pytest
from django.apps import apps

from documents.models import OfficialDocumentPage
from tests.documents.factories import OfficialDocumentPageFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("documents.migrations.0008_number_keys_without_leading_zeros")


def test_stored_key_with_a_leading_zero_is_rewritten(archive):
    document = OfficialDocumentPageFactory(parent=archive, number="05/CT-UBND")
    OfficialDocumentPage.objects.filter(pk=document.pk).update(number_normalised="05CTUBND")
    migration.recompute_keys(apps, None)
    assert OfficialDocumentPage.objects.get(pk=document.pk).number_normalised == "5CTUBND"

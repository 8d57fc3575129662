"""What the documents app tells the search service (search.registry) and how the
service uses it."""

import pytest
from django.utils import translation
from wagtail.models import Page

from documents.models import DocumentArchivePage, OfficialDocumentPage, PlanPage
from search import registry
from search.facets import clean_filters, facet_names
from search.results import type_label

pytestmark = pytest.mark.django_db


def test_a_subclass_is_searched_as_its_registered_ancestor():
    assert registry.searchable_type(PlanPage).model is OfficialDocumentPage


def test_an_unregistered_page_type_has_no_registration():
    assert registry.searchable_type(Page) is None


def test_documents_are_looked_up_by_their_normalised_number():
    assert [(entry.model, entry.number_field) for entry in registry.numbered_types()] == [
        (OfficialDocumentPage, "number_normalised")
    ]


def test_the_issuer_facet_follows_the_type_and_year():
    assert facet_names() == ("type", "year", "issuer")


def test_filters_keep_only_the_registered_facets():
    assert clean_filters({"issuer": " 7 ", "colour": "red"}) == {"issuer": "7"}


def test_a_document_result_is_named_by_its_document_type():
    plan = PlanPage(title="Kế hoạch", document_type="ke-hoach")
    assert type_label(plan) == plan.document_type_name


def test_other_pages_are_named_by_their_model():
    with translation.override("vi"):
        assert type_label(DocumentArchivePage(title="Văn bản")) == "Kho văn bản"

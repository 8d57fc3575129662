"""Which live pages use a document or image (documents.replacement.live_pages_using):
every way the project's pages hold one is found through Wagtail's ReferenceIndex,
and only the published content of live pages counts."""

import pytest
from django.apps import apps
from wagtail.models import Page, ReferenceIndex

from documents.models import DocumentAttachment
from documents.replacement import live_pages_using
from home.models import CongressEventImage
from tests.documents.factories import OfficialDocumentPageFactory
from tests.documents.replacement_support import make_document, make_image
from tests.home.factories import (
    CongressEventIndexPageFactory,
    CongressEventPageFactory,
    ModelProfileIndexPageFactory,
    ModelProfilePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(editor):
    return make_document(editor)


@pytest.fixture
def image(editor):
    return make_image(editor)


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


def document_link(document):
    return f'<p>Xem <a linktype="document" id="{document.pk}">tệp</a>.</p>'


def test_every_page_model_is_in_the_reference_index():
    page_models = [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label in {"home", "documents"}
    ]
    assert page_models
    assert all(ReferenceIndex.is_indexed(model) for model in page_models)


def test_attachment_row_of_a_live_page_is_found(archive, document):
    page = OfficialDocumentPageFactory(parent=archive)
    page.attachments.add(DocumentAttachment(document=document))
    page.save_revision().publish()
    assert live_pages_using(document) == [page.page_ptr]


def test_document_link_in_a_streamfield_paragraph_is_found(news_index, document):
    news = NewsPageFactory(
        parent=news_index, body=[{"type": "paragraph", "value": document_link(document)}]
    )
    assert live_pages_using(document) == [news.page_ptr]


def test_document_link_in_an_official_documents_full_text_is_found(archive, document):
    page = OfficialDocumentPageFactory(
        parent=archive, body=[{"type": "paragraph", "value": document_link(document)}]
    )
    assert live_pages_using(document) == [page.page_ptr]


def test_main_image_foreign_key_is_found(news_index, image):
    news = NewsPageFactory(parent=news_index, main_image=image)
    assert live_pages_using(image) == [news.page_ptr]


def test_image_block_in_a_streamfield_is_found(news_index, image):
    news = NewsPageFactory(
        parent=news_index,
        body=[{"type": "image", "value": {"image": image.pk, "decorative": True, "alt_text": ""}}],
    )
    assert live_pages_using(image) == [news.page_ptr]


def test_profile_photo_is_found(home_page, image):
    profile = ModelProfilePageFactory(
        parent=ModelProfileIndexPageFactory(parent=home_page), photo=image
    )
    assert live_pages_using(image) == [profile.page_ptr]


def test_congress_event_gallery_row_is_found(home_page, image):
    event = CongressEventPageFactory(parent=CongressEventIndexPageFactory(parent=home_page))
    event.gallery_images.add(CongressEventImage(image=image))
    event.save_revision().publish()
    assert live_pages_using(image) == [event.page_ptr]


def test_page_not_live_is_not_counted(news_index, image):
    NewsPageFactory(parent=news_index, main_image=image, live=False)
    assert live_pages_using(image) == []


def test_unpublished_page_no_longer_counts(news_index, image):
    news = NewsPageFactory(parent=news_index, main_image=image)
    news.unpublish()
    assert live_pages_using(image) == []


def test_image_only_in_a_live_pages_draft_is_not_counted(news_index, image):
    news = NewsPageFactory(parent=news_index)
    news.main_image = image
    news.save_revision()
    assert live_pages_using(image) == []

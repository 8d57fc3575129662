"""Replacing the file of an image shown on a live page, as for documents
(documents.replacement, WAGTAILIMAGES_IMAGE_FORM_BASE = documents.forms.ImageForm)."""

import pytest
from django.urls import reverse
from wagtail.models import Collection, PageLogEntry

from documents.replacement import REPLACE_IMAGE_ACTION
from tests.documents.replacement_support import (
    NEW_PNG,
    ORIGINAL_PNG,
    make_image,
    new_png,
    stored_bytes,
)
from tests.home.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def image(editor):
    return make_image(editor)


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


def replace(client, user, image):
    client.force_login(user)
    return client.post(
        reverse("wagtailimages:edit", args=(image.pk,)),
        {
            "title": image.title,
            "file": new_png(),
            "description": "",
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
            "focal_point_x": "",
            "focal_point_y": "",
            "focal_point_width": "",
            "focal_point_height": "",
        },
    )


def test_editor_replacing_the_main_image_of_a_live_news_page_is_refused(
    client, editor, image, news_index
):
    NewsPageFactory(parent=news_index, main_image=image)
    response = replace(client, editor, image)
    assert "Không thể thay tệp: ảnh này đang hiển thị" in response.content.decode()
    assert stored_bytes(image) == ORIGINAL_PNG


def test_editor_replacing_an_image_in_a_live_pages_body_is_refused(
    client, editor, image, news_index
):
    NewsPageFactory(
        parent=news_index,
        body=[{"type": "image", "value": {"image": image.pk, "decorative": True, "alt_text": ""}}],
    )
    replace(client, editor, image)
    assert stored_bytes(image) == ORIGINAL_PNG


def test_editor_may_replace_an_image_of_a_draft_news_page(client, editor, image, news_index):
    NewsPageFactory(parent=news_index, main_image=image, live=False)
    response = replace(client, editor, image)
    assert response.status_code == 302
    assert stored_bytes(image) == NEW_PNG


@pytest.mark.parametrize("who", ["leader", "superuser"])
def test_publisher_may_replace_an_image_of_a_live_page(client, request, who, image, news_index):
    NewsPageFactory(parent=news_index, main_image=image)
    response = replace(client, request.getfixturevalue(who), image)
    assert response.status_code == 302
    assert stored_bytes(image) == NEW_PNG


def test_publishers_image_replacement_is_listed_in_the_page_history_view(
    client, leader, superuser, image, news_index
):
    news = NewsPageFactory(parent=news_index, main_image=image)
    replace(client, leader, image)
    assert PageLogEntry.objects.filter(page=news, action=REPLACE_IMAGE_ACTION).exists()
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_pages:history", args=(news.pk,)))
    assert f"Thay tệp của ảnh “{image.title}”" in response.content.decode()

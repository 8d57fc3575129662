"""An image whose file is lost (home.images, issue #25 point 3): its "not found"
stand-ins are remembered, so a cold page showing it does not try to make its
renditions again on every request, and a file uploaded again is tried again."""

import pytest
import wagtail_factories
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home import images

pytestmark = pytest.mark.django_db


@pytest.fixture
def lost_image(monkeypatch):
    monkeypatch.setattr(images, "_MISSING", {})
    # Wagtail keys its renditions cache by image id and file hash: an earlier test's
    # image with the same id and file would answer from there.
    caches["renditions"].clear()
    image = wagtail_factories.ImageFactory()
    image.file.storage.delete(image.file.name)
    return image


def _queries(image_id):
    with CaptureQueriesContext(connection) as captured:
        tags = images.responsive_images([image_id], images.CARD_IMAGE)
    return len(captured.captured_queries), tags


def test_a_lost_file_shows_the_not_found_stand_ins(lost_image):
    _count, tags = _queries(lost_image.pk)
    assert "not-found" in str(tags[lost_image.pk].__html__())


def test_a_lost_file_is_not_tried_again_on_the_next_request(lost_image):
    first, _tags = _queries(lost_image.pk)
    again, _tags = _queries(lost_image.pk)
    assert again < first


def test_a_file_uploaded_again_is_tried_again(lost_image):
    _queries(lost_image.pk)
    lost_image.file = wagtail_factories.ImageFactory(file__filename="again.jpg").file
    lost_image.save()
    _count, tags = _queries(lost_image.pk)
    assert "not-found" not in str(tags[lost_image.pk].__html__())


def test_a_lost_file_is_tried_again_after_a_while(lost_image, monkeypatch):
    first, _tags = _queries(lost_image.pk)
    monkeypatch.setattr(images, "MISSING_SECONDS", 0)
    again, _tags = _queries(lost_image.pk)
    assert again == first

"""The demo's identity and pictures: a hotline, banners that differ item by item and
carry the item's own title, and no picture standing for a real person."""

import hashlib

import pytest
from django.core.management import call_command
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont

from home.demo.images import FONT, draw_banner
from home.models import CongressEventPage, ModelProfilePage, NewsPage, PortalSettings

pytestmark = pytest.mark.django_db



def _digest(image):
    with image.file.open("rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def test_no_two_demo_news_or_events_share_a_picture(demo_site):
    images = [page.main_image for page in NewsPage.objects.live() if page.main_image]
    for event in CongressEventPage.objects.live():
        if event.main_image:
            images.append(event.main_image)
        images.extend(item.image for item in event.gallery_images.all())
    digests = [_digest(image) for image in images]
    assert len(digests) >= 12
    assert len(set(digests)) == len(digests)


def test_demo_profiles_have_no_photo(demo_site):
    assert not ModelProfilePage.objects.filter(photo__isnull=False).exists()


def test_demo_has_a_hotline_in_the_header(demo_site, client):
    portal = PortalSettings.objects.get()
    assert portal.hotline
    assert f'href="tel:{portal.hotline_dial}"' in client.get("/").content.decode()


def test_demo_keeps_the_hotline_an_editor_wrote(demo_site):
    portal = PortalSettings.objects.get()
    portal.hotline = "0205 3 000 000"
    portal.save()
    call_command("load_demo_data", stdout=None)
    assert PortalSettings.objects.get().hotline == "0205 3 000 000"


def test_banner_is_the_same_for_the_same_title():
    first = draw_banner("Ảnh minh họa tin 1", "Tổng kết năm 2025").getvalue()
    assert draw_banner("Ảnh minh họa tin 1", "Tổng kết năm 2025").getvalue() == first


def test_banners_of_two_titles_differ():
    first = draw_banner("Ảnh minh họa tin 1", "Tổng kết năm 2025").getvalue()
    assert draw_banner("Ảnh minh họa tin 2", "Tổng kết năm 2025").getvalue() != first


def _ink(font, text):
    picture = PillowImage.new("L", (120, 80))
    ImageDraw.Draw(picture).text((10, 10), text, font=font, fill=255)
    return picture.tobytes()


def test_banner_font_has_the_vietnamese_marks():
    # Pillow's default font lacks them: each marked letter would come out as the
    # same box, the glyph of a character the font does not have.
    font = ImageFont.truetype(str(FONT), 40)
    missing = _ink(font, "\ue000")
    for marked, bare in [("ư", "u"), ("ở", "o"), ("ạ", "a"), ("đ", "d"), ("Ệ", "E")]:
        assert _ink(font, marked) not in (missing, _ink(font, bare))

"""Pictures for the demo site, drawn with Pillow so the project ships no photos and
downloads nothing."""

import io
import math

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model

# Colour pairs (top, bottom) of the gradients; each picture picks one by number.
PALETTES = (
    ((179, 27, 27), (250, 204, 21)),
    ((22, 101, 52), (187, 247, 208)),
    ((30, 64, 175), (191, 219, 254)),
    ((124, 45, 18), (253, 186, 116)),
    ((88, 28, 135), (233, 213, 255)),
    ((15, 118, 110), (204, 251, 241)),
)


def _draw(number, width, height):
    top, bottom = PALETTES[number % len(PALETTES)]
    picture = PillowImage.new("RGB", (width, height), top)
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        share = y / max(height - 1, 1)
        colour = tuple(round(a + (b - a) * share) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    # A five-pointed star, the emblem of the emulation movement's flags and medals.
    cx, cy, radius = width // 2, height // 2, min(width, height) // 4
    points = []
    for index in range(10):
        angle = math.pi / 2 + index * math.pi / 5
        length = radius if index % 2 == 0 else radius * 0.4
        points.append((cx + length * math.cos(angle), cy - length * math.sin(angle)))
    draw.polygon(points, fill=(255, 221, 0), outline=(255, 255, 255))
    # Hills along the bottom, a nod to the province's name (Sông Xanh: green river).
    draw.ellipse([-width // 4, height * 3 // 4, width // 2, height * 3 // 2], fill=(20, 83, 45))
    draw.ellipse([width // 3, height * 4 // 5, width * 5 // 4, height * 3 // 2], fill=(21, 128, 61))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    return buffer


def ensure_image(title, description, number, width=1200, height=800):
    """The demo image called `title`, drawn and saved if it does not exist yet."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    image = image_model(title=title, description=description)
    image.file = ImageFile(_draw(number, width, height), name=f"demo-{number}.jpg")
    image.save()
    return image

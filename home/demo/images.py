"""Pictures for the demo site, drawn with Pillow so the project ships no photos and
downloads nothing.

Each picture is an illustration banner that says what it is ("Ảnh minh họa") and
carries its item's own words, over a colour field and motif chosen from the picture's
title: no two items share a picture, the same title always gives the same picture,
and nothing pretends to be a photograph of a real place or person.
"""

import hashlib
import io
import math
import random
from pathlib import Path

from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model

# Pillow's built-in font has no Vietnamese marks; DejaVu has them all (licence beside it).
FONT = Path(__file__).resolve().parent / "fonts" / "DejaVuSans-Bold.ttf"
KICKER = "ẢNH MINH HỌA"

# Colour pairs (deep, light) of sober backgrounds, as a government site would use.
PALETTES = (
    ((122, 15, 18), (196, 58, 49)),
    ((20, 61, 110), (53, 120, 184)),
    ((19, 84, 55), (58, 145, 98)),
    ((92, 44, 16), (176, 104, 48)),
    ((61, 37, 105), (122, 88, 178)),
    ((14, 92, 99), (46, 152, 156)),
    ((55, 65, 81), (107, 122, 143)),
    ((128, 60, 8), (214, 128, 38)),
)
GOLD = (246, 201, 69)


def _rng(title):
    # A stable seed: Python's own hash() of a string changes from run to run.
    return random.Random(int.from_bytes(hashlib.sha256(title.encode()).digest()[:8], "big"))


def _gradient(size, deep, light, rng):
    """`deep` fading into `light` along a direction of the picture's own."""
    width, height = size
    side = math.ceil(math.hypot(width, height))
    mask = PillowImage.linear_gradient("L").resize((side, side))
    mask = mask.rotate(rng.uniform(0, 360), resample=PillowImage.Resampling.BILINEAR)
    left, top = (side - width) // 2, (side - height) // 2
    mask = mask.crop((left, top, left + width, top + height))
    return PillowImage.composite(
        PillowImage.new("RGB", size, light), PillowImage.new("RGB", size, deep), mask
    )


def _circles(draw, size, rng, colour):
    width, height = size
    for _ in range(rng.randint(3, 6)):
        radius = rng.randint(height // 8, height // 2)
        cx, cy = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=colour, width=6)


def _rays(draw, size, rng, colour):
    width, height = size
    cx, cy = rng.choice([(0, height), (width, height), (width, 0), (width // 2, height)])
    count = rng.randint(9, 16)
    start = rng.uniform(0, math.pi / count)
    length = math.hypot(width, height)
    for index in range(count):
        a = start + index * 2 * math.pi / count
        b = a + math.pi / count / 2
        draw.polygon(
            [
                (cx, cy),
                (cx + length * math.cos(a), cy + length * math.sin(a)),
                (cx + length * math.cos(b), cy + length * math.sin(b)),
            ],
            fill=colour,
        )


def _stripes(draw, size, rng, colour):
    width, height = size
    gap = rng.randint(height // 10, height // 5)
    slope = rng.choice([-1, 1]) * rng.uniform(0.4, 1.2)
    for x in range(-height * 2, width + height * 2, gap):
        draw.line([(x, 0), (x + slope * height, height)], fill=colour, width=gap // 3)


def _waves(draw, size, rng, colour):
    width, height = size
    for band in range(rng.randint(3, 5)):
        base = height * (0.45 + 0.12 * band)
        amplitude = rng.uniform(height * 0.03, height * 0.08)
        phase = rng.uniform(0, 2 * math.pi)
        length = rng.uniform(0.6, 1.4) * width
        points = [
            (x, base + amplitude * math.sin(phase + 2 * math.pi * x / length))
            for x in range(0, width + 20, 20)
        ]
        draw.polygon([*points, (width, height), (0, height)], fill=colour)


def _stars(draw, size, rng, colour):
    width, height = size
    for _ in range(rng.randint(5, 9)):
        radius = rng.randint(height // 16, height // 6)
        cx, cy = rng.randint(0, width), rng.randint(0, height)
        turn = rng.uniform(0, math.pi)
        points = []
        for index in range(10):
            angle = turn + index * math.pi / 5
            length = radius if index % 2 == 0 else radius * 0.4
            points.append((cx + length * math.cos(angle), cy + length * math.sin(angle)))
        draw.polygon(points, fill=colour)


MOTIFS = (_circles, _rays, _stripes, _waves, _stars)


def _wrap(draw, text, font, width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


def _fit(draw, text, width, height, biggest):
    """The largest font size (down from `biggest`) at which `text` fits the box."""
    for size in range(biggest, 17, -2):
        font = ImageFont.truetype(str(FONT), size)
        lines = _wrap(draw, text, font, width)
        if len(lines) * size * 1.3 <= height:
            return font, lines
    font = ImageFont.truetype(str(FONT), 18)
    return font, _wrap(draw, text, font, width)


def draw_banner(title, text, width=1200, height=800):
    """A JPEG (in a buffer) with `text` over a colour field and motif chosen by `title`."""
    rng = _rng(title)
    deep, light = rng.choice(PALETTES)
    picture = _gradient((width, height), deep, light, rng)
    overlay = PillowImage.new("RGBA", (width, height), (0, 0, 0, 0))
    shade = rng.choice([(255, 255, 255, 44), (*GOLD, 56), (0, 0, 0, 48)])
    rng.choice(MOTIFS)(ImageDraw.Draw(overlay), (width, height), rng, shade)
    picture = PillowImage.alpha_composite(picture.convert("RGBA"), overlay)

    draw = ImageDraw.Draw(picture)
    margin = width // 14
    # A darker panel under the words keeps them readable on any motif.
    panel_top = round(height * rng.uniform(0.38, 0.5))
    panel = PillowImage.new("RGBA", (width, height), (0, 0, 0, 0))
    ImageDraw.Draw(panel).rectangle([0, panel_top, width, height], fill=(*deep, 205))
    picture = PillowImage.alpha_composite(picture, panel)
    draw = ImageDraw.Draw(picture)
    draw.rectangle([margin, panel_top - 6, margin + width // 6, panel_top + 4], fill=GOLD)

    kicker = ImageFont.truetype(str(FONT), max(16, height // 28))
    draw.text((margin, panel_top + height // 22), KICKER, font=kicker, fill=GOLD)
    box_top = panel_top + height // 22 + kicker.size * 2
    font, lines = _fit(draw, text, width - 2 * margin, height - box_top - margin, height // 11)
    for index, line in enumerate(lines):
        draw.text((margin, box_top + index * font.size * 1.3), line, font=font, fill="white")

    buffer = io.BytesIO()
    picture.convert("RGB").save(buffer, format="JPEG", quality=85)
    return buffer


def ensure_image(title, description, number, width=1200, height=800):
    """The demo image called `title`, drawn and saved if it does not exist yet: a
    banner carrying `description` (the item's own title or caption)."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    image = image_model(title=title, description=description)
    banner = draw_banner(title, description, width, height)
    image.file = ImageFile(banner, name=f"demo-{number}.jpg")
    image.save()
    return image

"""What a scanned office page needs before Tesseract (Pillow only): grey levels,
the speckle of a scanner glass removed, a slight skew straightened, and black text
on white by one threshold.

Tesseract binarises by itself too, but after its own layout analysis has already
been misled by speckle and by lines that are not horizontal; both are cheap to fix
here on a grey image.
"""

from __future__ import annotations

from PIL import Image, ImageChops, ImageFilter, ImageOps

# Office scans lean by a degree or two; beyond five degrees a page was photographed
# and needs more than a deskew.
MAX_SKEW_DEGREES = 5.0
# The skew is measured on a copy this wide: enough for the lines, cheap to turn.
MEASURE_WIDTH = 800
# A horizontal run of ink this long is a printed rule, not part of a letter.
RULE_INCHES = 0.4


def grey(image: Image.Image) -> Image.Image:
    """The page in 8-bit grey, turned as its EXIF orientation says."""
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "P"):
        # Transparent areas of a PNG are paper, not black.
        background = Image.new("RGB", image.size, "white")
        converted = image.convert("RGBA")
        background.paste(converted, mask=converted.getchannel("A"))
        image = background
    return image.convert("L")


def clean(image: Image.Image, dpi: int) -> Image.Image:
    """Speckle out, skew straightened, black and white, printed rules removed."""
    image = image.filter(ImageFilter.MedianFilter(3))
    angle = skew(image)
    if angle:
        image = image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    threshold = otsu(image.histogram())
    image = image.point(lambda value: 255 if value > threshold else 0)
    return remove_rules(image, dpi).convert("1")


def remove_rules(image: Image.Image, dpi: int) -> Image.Image:
    """The black-and-white page without its horizontal rules (the short lines under
    the issuer and the motto, table borders, underlines): Tesseract reads them as
    dashes and letters, and they join the header's two columns into one block.

    A rule is ink over every pixel of a stretch of RULE_INCHES; no letter has a
    horizontal stroke that long, nor do the letters of a bold heading set close."""
    span = max(2, round(RULE_INCHES * dpi))
    if image.width < 2 * span:
        return image
    ink = ImageOps.invert(image)
    stretches = ink.resize((image.width // span, image.height), Image.BOX)
    rules = stretches.point(lambda value: 255 if value >= 240 else 0)
    if not rules.getbbox():
        return image
    # The stretches beside a rule's own hold its ends.
    rules = ImageChops.lighter(rules, ImageChops.offset(rules, 1, 0))
    rules = ImageChops.lighter(rules, ImageChops.offset(rules, -1, 0))
    mask = rules.resize((stretches.width * span, image.height), Image.NEAREST)
    mask = mask.filter(ImageFilter.MaxFilter(3))
    image = image.copy()
    image.paste(255, (0, 0, mask.width, mask.height), mask)
    return image


def skew(image: Image.Image) -> float:
    """The counter-clockwise turn (degrees) that makes the text lines horizontal:
    the angle at which the rows' ink profile is sharpest, coarse then fine."""
    scale = MEASURE_WIDTH / image.width
    small = image.resize((MEASURE_WIDTH, max(1, round(image.height * scale))), Image.BILINEAR)
    small = ImageOps.invert(small)
    best = 0.0
    for step, span in ((1.0, MAX_SKEW_DEGREES), (0.2, 0.8)):
        centre = best
        candidates = [centre + step * i for i in range(-round(span / step), round(span / step) + 1)]
        best = max(candidates, key=lambda angle: _sharpness(small, angle))
    return round(best, 1) if abs(best) >= 0.2 else 0.0


def _sharpness(inverted: Image.Image, angle: float) -> float:
    turned = inverted.rotate(angle, resample=Image.BILINEAR, fillcolor=0)
    rows = turned.resize((1, turned.height), Image.BOX).tobytes()
    return sum((rows[i + 1] - rows[i]) ** 2 for i in range(len(rows) - 1))


def otsu(histogram: list[int]) -> int:
    """The grey level that best splits ink from paper (Otsu's method)."""
    total = sum(histogram)
    weighted_total = sum(level * count for level, count in enumerate(histogram))
    background = background_sum = 0
    best_level, best_variance = 127, -1.0
    for level, count in enumerate(histogram):
        background += count
        if background == 0:
            continue
        foreground = total - background
        if foreground == 0:
            break
        background_sum += level * count
        mean_background = background_sum / background
        mean_foreground = (weighted_total - background_sum) / foreground
        variance = background * foreground * (mean_background - mean_foreground) ** 2
        if variance > best_variance:
            best_level, best_variance = level, variance
    return best_level

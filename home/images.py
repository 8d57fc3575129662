"""Responsive `<img>` tags from renditions read by a prepared query.

Wagtail's `{% srcset_image %}` needs the image object (a query of its own when it
comes from a page's `ForeignKey`), looks its renditions up in the renditions cache
and writes the tag with `flatatt`, a `format_html` per attribute. On a cold page
(right after a purge) the home page's cards and an article's main image paid all of
it on every request. `responsive_images` reads the renditions of any number of images
with the images themselves in one query compiled once per process, and
`ResponsiveImageTag` writes the same tag as Wagtail does.
"""

import html
import time

from django.apps import apps
from django.db import models
from django.utils.safestring import mark_safe
from wagtail.images import get_image_model
from wagtail.images.models import Filter, ResponsiveImage, SourceImageIOError
from wagtail.images.shortcuts import get_renditions_or_not_found

from portal.prepared_queries import Parameter, PreparedQuery

from .models.mixins import ARTICLE_RENDITIONS, CARD_RENDITIONS

# What `{% srcset_image %}` writes besides the renditions, per use
# (templates/components/responsive_image.html).
CARD_IMAGE = (CARD_RENDITIONS, {"sizes": "(max-width: 600px) 100vw, 400px", "loading": "lazy"})
ARTICLE_IMAGE = (ARTICLE_RENDITIONS, {"sizes": "(max-width: 800px) 100vw, 800px"})

# Wagtail parses a filter spec on every use; parsed once here, they give each image's
# rendition key (which varies with its focal point) without parsing again.
_FILTERS = {}


def _filters(specs):
    found = _FILTERS.get(specs)
    if found is None:
        found = _FILTERS[specs] = tuple(Filter(spec=spec) for spec in specs)
    return found


class ResponsiveImageTag(ResponsiveImage):
    """Wagtail's `ResponsiveImage` writing the same `<img>` tag (attributes sorted and
    escaped, as `flatatt` writes them) without `flatatt`, whose `format_html` per
    attribute cost more than the rest of a cold card."""

    @property
    def image(self):
        """The image the renditions are of (read with them: its description is a
        caption)."""
        return self.renditions[0].image

    def __html__(self):
        attrs = {
            **self.renditions[0].attrs_dict,
            **apps.get_app_config("wagtailimages").default_attrs,
            **(self.attrs or {}),
        }
        if len(self.renditions) > 1:
            attrs["srcset"] = self.get_width_srcset(self.renditions)
        written = "".join(
            f' {name}="{html.escape(str(value))}"' for name, value in sorted(attrs.items())
        )
        return mark_safe(f"<img{written}>")  # noqa: S308 - every value escaped above


def _renditions_queryset(image_count, specs):
    """The renditions `specs` of the images `image0`… (parameters), with their image."""
    ids = [Parameter(f"image{index}", models.IntegerField()) for index in range(image_count)]
    return (
        get_image_model()
        .get_rendition_model()
        .objects.filter(image__id__in=ids, filter_spec__in=specs)
        .select_related("image")
    )


# Compiled once per number of images and set of renditions: every cold home page and
# article reads it.
_RENDITIONS = PreparedQuery(_renditions_queryset)


# {(image id, file name, specs): Wagtail's "not found" stand-ins} of images whose
# file is missing: without it every cold page showing one read the image, tried to
# make its renditions and failed again (19 queries more on a cold home page). The
# file name is in the key, so a file uploaded again is tried again, and a file
# restored under its name is tried again after MISSING_SECONDS. Bounded by the images
# whose file is lost, each remembered once per set of renditions.
_MISSING = {}
MISSING_SECONDS = 600


def _made(image, filters):
    """{spec: rendition} made for `filters`, stored in the database (not looked up in
    Wagtail's renditions cache, which may hold renditions this module's query would
    not find next time), or Wagtail's "not found" stand-ins when the image's file is
    missing, as `{% srcset_image %}` shows."""
    key = (image.pk, image.file.name, tuple(item.spec for item in filters))
    remembered = _MISSING.get(key)
    if remembered is not None and time.monotonic() - remembered[0] < MISSING_SECONDS:
        return remembered[1]
    try:
        made = image.create_renditions(*filters)
    except SourceImageIOError:
        stand_ins = get_renditions_or_not_found(image, filters)
        _MISSING[key] = (time.monotonic(), stand_ins)
        return stand_ins
    return {item.spec: rendition for item, rendition in made.items()}


def responsive_images(image_ids, use):
    """{image id: `ResponsiveImageTag` of its renditions for `use` (CARD_IMAGE,
    ARTICLE_IMAGE)}, in one query. An image some of whose renditions are not in the
    database yet has them made (`_made`); an image that no longer exists is left
    out."""
    specs, attrs = use
    if not image_ids:
        return {}
    image_ids = list(dict.fromkeys(image_ids))
    filters = _filters(specs)
    values = {f"image{index}": image_id for index, image_id in enumerate(image_ids)}
    found = {}
    for rendition in _RENDITIONS.objects((len(image_ids), specs), **values):
        spec = specs.index(rendition.filter_spec)
        if rendition.focal_point_key == filters[spec].get_cache_key(rendition.image):
            found.setdefault(rendition.image_id, {})[rendition.filter_spec] = rendition
    images = {}
    for image_id in image_ids:
        renditions = found.get(image_id, {})
        if len(renditions) < len(specs):
            image = get_image_model().objects.filter(pk=image_id).first()
            if image is None:
                continue
            missing = [item for item in filters if item.spec not in renditions]
            renditions = {**renditions, **_made(image, missing)}
        ordered = {spec: renditions[spec] for spec in specs}
        images[image_id] = ResponsiveImageTag(ordered, dict(attrs))
    return images

"""Small pieces the content page types share."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page

# Widths the templates ask for in srcset; prefetching exactly these keeps listings at
# one rendition query however many items they show.
CARD_RENDITIONS = ("fill-400x300", "fill-800x600")
ARTICLE_RENDITIONS = ("width-400", "width-800", "width-1200")


def image_prefetch(field, *filters):
    """A Prefetch of `field`'s image with the renditions the templates use."""
    return Prefetch(field, queryset=get_image_model().objects.prefetch_renditions(*filters))


def paginate(request, items, per_page):
    """The requested page of `items`; a missing, malformed or out-of-range page
    number gives the first or last page instead of an error."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def prefetch_image_renditions(images, specs):
    """Make the `specs` renditions of `images` (None entries skipped) available
    without a query per image: those Wagtail's renditions cache already holds are
    left to it, the rest are loaded in one query."""
    images = [image for image in images if image is not None]
    if not images:
        return
    rendition_model = get_image_model().get_rendition_model()
    keys = {}
    for image in images:
        for spec in specs:
            key = rendition_model.construct_cache_key(
                image, Filter(spec=spec).get_cache_key(image), spec
            )
            keys[key] = image
    cached = rendition_model.cache_backend.get_many(list(keys))
    missing = {id(image): image for key, image in keys.items() if key not in cached}
    if missing:
        prefetch_related_objects(list(missing.values()), "renditions")


class SectionIntroductionMixin(models.Model):
    """The one-sentence introduction every section index page shows under its title."""

    introduction = models.TextField(
        _("giới thiệu"),
        blank=True,
        help_text=_("Một câu giới thiệu chuyên trang, hiện dưới tiêu đề."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    class Meta:
        abstract = True

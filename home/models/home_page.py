from types import SimpleNamespace

from django.db import models
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import Filter, ResponsiveImage
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.events.models import CongressEventPage
from home.news.models import NewsPage
from home.profiles.models import ModelProfilePage, ProfileKind
from portal.view_restrictions import CachedViewRestrictionsMixin, public_pages

from .mixins import CARD_RENDITIONS

FEATURED_NEWS_COUNT = 3
LATEST_NEWS_COUNT = 6
HOME_EVENTS_COUNT = 3
FEATURED_PROFILES_COUNT = 4


class HomePage(CachedViewRestrictionsMixin, Page):
    """The site's root page, one per language (the English one is its translation).

    Editors set the welcome text here; the boxes around it are filled from the rest of
    the site.
    """

    introduction = models.TextField(
        _("lời giới thiệu"),
        blank=True,
        help_text=_("Một hai câu giới thiệu Ban, hiện ở đầu trang chủ."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("nội dung"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "home.NewsIndexPage",
        "home.ModelProfileIndexPage",
        "home.CongressEventIndexPage",
        "home.EmulationClusterIndexPage",
        "home.MostViewedPage",
        "documents.DocumentArchivePage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("trang chủ")
        verbose_name_plural = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy, so that a cached "home-boxes" fragment (templates/home/home_page.html)
        # skips the boxes' queries.
        boxes = SimpleLazyObject(lambda: home_boxes(self, timezone.now(), request))
        for name in BOX_NAMES:
            context[name] = SimpleLazyObject(lambda name=name: boxes[name])
        return context


BOX_NAMES = (
    "featured_news",
    "latest_news",
    "upcoming_events",
    "recent_events",
    "featured_profiles",
)
# Wagtail parses a filter spec on every use; parsed once here, they give each image's
# rendition key (which varies with its focal point) without parsing again.
_CARD_FILTERS = tuple(Filter(spec=spec) for spec in CARD_RENDITIONS)
_CARD_IMAGE_ATTRS = {"sizes": "(max-width: 600px) 100vw, 400px", "loading": "lazy"}


def home_boxes(home, now, request=None):
    """Featured and latest news, upcoming and recent congress events and featured
    profiles under `home`, as plain records holding what the cards show: one small
    query per box on the box's own table (plus one for the card images' renditions),
    however much content exists.

    The cards need a few columns of a few pages: reading them with .values() skips
    building page objects, and the addresses follow from the home page's own address,
    since every page below it is served under it.
    """
    under_home = {"path__startswith": home.path, "depth__gt": home.depth}
    home_url = home.get_url(request)

    def records(model, fields, filters, order, count):
        rows = (
            public_pages(model.objects)
            .filter(**under_home, **filters)
            .order_by(*order)
            .values("id", "title", "url_path", *fields)[:count]
        )
        return [
            SimpleNamespace(url=home_url + iri_to_uri(row["url_path"][len(home.url_path) :]), **row)
            for row in rows
        ]

    news = ("date", "lead", "featured", "main_image_id")
    event = ("starts_at", "ends_at", "venue")
    profile = ("kind", "position", "unit", "summary", "photo_id")
    boxes = {
        "featured_news": records(
            NewsPage, news, {"featured": True}, ("-date", "-id"), FEATURED_NEWS_COUNT
        ),
        "latest_news": records(
            NewsPage, news, {"featured": False}, ("-date", "-id"), LATEST_NEWS_COUNT
        ),
        "upcoming_events": records(
            CongressEventPage, event, {"ends_at__gte": now}, ("starts_at", "id"), HOME_EVENTS_COUNT
        ),
        "recent_events": records(
            CongressEventPage, event, {"ends_at__lt": now}, ("-starts_at", "-id"), HOME_EVENTS_COUNT
        ),
        "featured_profiles": records(
            ModelProfilePage,
            profile,
            {"featured": True},
            ("-last_published_at", "-id"),
            FEATURED_PROFILES_COUNT,
        ),
    }
    for item in boxes["upcoming_events"] + boxes["recent_events"]:
        # The page type's own rule, applied to the record's two instants.
        status = CongressEventPage.status_at(item, now)
        item.status, item.status_label = status.value, status.label
    kinds = dict(ProfileKind.choices)
    for item in boxes["featured_profiles"]:
        item.kind_label = kinds.get(item.kind, item.kind)
    cards = boxes["featured_news"] + boxes["latest_news"]
    for item in cards:
        item.image_id = item.main_image_id
    for item in boxes["featured_profiles"]:
        item.image_id = item.photo_id
    cards += boxes["featured_profiles"]
    images = card_images({item.image_id for item in cards if item.image_id})
    for item in cards:
        item.image = images.get(item.image_id)
    return boxes


def card_images(image_ids):
    """{image id: Wagtail's ResponsiveImage of its card renditions}, in one query; an
    image some of whose renditions do not exist yet has them made by Wagtail."""
    if not image_ids:
        return {}
    rendition_model = get_image_model().get_rendition_model()
    found = {}
    for rendition in rendition_model.objects.filter(
        image_id__in=image_ids, filter_spec__in=CARD_RENDITIONS
    ).select_related("image"):
        spec = CARD_RENDITIONS.index(rendition.filter_spec)
        if rendition.focal_point_key == _CARD_FILTERS[spec].get_cache_key(rendition.image):
            found.setdefault(rendition.image_id, {})[rendition.filter_spec] = rendition
    images = {}
    for image_id in image_ids:
        renditions = found.get(image_id, {})
        if len(renditions) < len(CARD_RENDITIONS):
            image = get_image_model().objects.filter(pk=image_id).first()
            if image is None:
                continue
            renditions = image.get_renditions(*CARD_RENDITIONS)
        ordered = {spec: renditions[spec] for spec in CARD_RENDITIONS}
        images[image_id] = ResponsiveImage(ordered, dict(_CARD_IMAGE_ATTRS))
    return images

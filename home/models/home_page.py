from types import SimpleNamespace

from django.db import models
from django.db.models import DateTimeField
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.events.models import CongressEventPage
from home.images import CARD_IMAGE, responsive_images
from home.news.models import NewsPage
from home.profiles.models import ModelProfilePage, ProfileKind
from portal.dates import day_texts
from portal.id_lists import pk_in_any
from portal.prepared_queries import Parameter, PreparedQuery
from portal.view_restrictions import CachedViewRestrictionsMixin, public_pages, restricted_paths

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
    "event_groups",
    "featured_profiles",
)


# The home page's boxes: (name, page type, which of its pages, order, how many), and
# the same choice and order on the records read (which box a page belongs to, and
# the box's order as a sort key and direction).
def _box_definitions(now):
    return (
        (
            "featured_news",
            NewsPage,
            {"featured": True},
            ("-date", "-id"),
            FEATURED_NEWS_COUNT,
            lambda record: record.featured,
            lambda record: (record.date, record.id),
            True,
        ),
        (
            "latest_news",
            NewsPage,
            {"featured": False},
            ("-date", "-id"),
            LATEST_NEWS_COUNT,
            lambda record: not record.featured,
            lambda record: (record.date, record.id),
            True,
        ),
        (
            "upcoming_events",
            CongressEventPage,
            {"ends_at__gte": now},
            ("starts_at", "id"),
            HOME_EVENTS_COUNT,
            lambda record: record.ends_at >= now,
            lambda record: (record.starts_at, record.id),
            False,
        ),
        (
            "recent_events",
            CongressEventPage,
            {"ends_at__lt": now},
            ("-starts_at", "-id"),
            HOME_EVENTS_COUNT,
            lambda record: record.ends_at < now,
            lambda record: (record.starts_at, record.id),
            True,
        ),
        (
            "featured_profiles",
            ModelProfilePage,
            {"featured": True},
            ("-last_published_at", "-id"),
            FEATURED_PROFILES_COUNT,
            lambda record: record.featured,
            lambda record: (record.last_published_at, record.id),
            True,
        ),
    )


# What the cards show, read from each page type's table (through Page's joins); the
# first field is never empty, so it tells which type a row is.
_FIELDS = {
    NewsPage: ("date", "lead", "featured", "main_image_id"),
    CongressEventPage: ("starts_at", "ends_at", "venue"),
    ModelProfilePage: ("kind", "featured", "position", "unit", "summary", "photo_id"),
}


def _boxes_queryset(home_path, home_depth, restricted):
    """The boxes' pages below the home page at `home_path`: each box's few pages
    picked by a subquery on its own table, read with the card columns. Compiled once
    per home page and set of restricted paths (the key), the clock a parameter."""
    lists = []
    now = Parameter("now", DateTimeField())
    for _name, model, filters, order, count, *_in_python in _box_definitions(now):
        lists.append(
            public_pages(model.objects, restricted)
            .filter(path__startswith=home_path, depth__gt=home_depth, **filters)
            .order_by(*order)
            .values("pk")[:count]
        )
    picked = pk_in_any(lists)
    columns = [
        f"{model._meta.model_name}__{field}"
        for model, fields in _FIELDS.items()
        for field in fields
    ]
    return Page.objects.filter(picked).values(
        "id", "title", "url_path", "last_published_at", "content_type_id", *columns
    )


_BOXES_QUERY = PreparedQuery(_boxes_queryset)


def home_boxes(home, now, request=None):
    """Featured and latest news, upcoming and recent congress events and featured
    profiles under `home`, as plain records holding what the cards show: one query
    (each box's few pages picked by a small subquery on its own table, compiled once
    per process) plus one for the card images' renditions, however much content
    exists.

    The cards need a few columns of a few pages: reading them with .values() skips
    building page objects, and the addresses follow from the home page's own address,
    since every page below it is served under it.
    """
    rows = _BOXES_QUERY.rows((home.path, home.depth, restricted_paths()), now=now)
    home_url = home.get_url(request)
    records = {model: [] for model in _FIELDS}
    for row in rows:
        for model, fields in _FIELDS.items():
            prefix = f"{model._meta.model_name}__"
            if row[prefix + fields[0]] is not None:
                records[model].append(
                    SimpleNamespace(
                        id=row["id"],
                        title=row["title"],
                        last_published_at=row["last_published_at"],
                        url=home_url + iri_to_uri(row["url_path"][len(home.url_path) :]),
                        **{field: row[prefix + field] for field in fields},
                    )
                )
    boxes = {}
    for name, model, _filters, _order, count, belongs, sort_key, descending in _box_definitions(
        now
    ):
        matching = [record for record in records[model] if belongs(record)]
        boxes[name] = sorted(matching, key=sort_key, reverse=descending)[:count]
    for item in boxes["upcoming_events"] + boxes["recent_events"]:
        # The page type's own rule, applied to the record's two instants.
        status = CongressEventPage.status_at(item, now)
        item.status, item.status_label = status.value, status.label
    # Both event lists under their heading, so the template writes an event card once.
    boxes["event_groups"] = [
        (heading, events)
        for heading, events in (
            (_("Sắp diễn ra"), boxes["upcoming_events"]),
            (_("Đã diễn ra"), boxes["recent_events"]),
        )
        if events
    ]
    # What the cards' `|date` filters wrote, at a tenth of their cost: fifteen cards
    # with two dates each on every cold home page (issue #25).
    for item in boxes["featured_news"] + boxes["latest_news"]:
        item.iso_date, item.shown_date = day_texts(item.date)
    for item in boxes["upcoming_events"] + boxes["recent_events"]:
        # `|date` shows an instant in the current time zone.
        start = timezone.localtime(item.starts_at)
        item.iso_start = start.isoformat()
        item.shown_start = f"{start:%H:%M %d/%m}/{start.year:04}"
    kinds = dict(ProfileKind.choices)
    for item in boxes["featured_profiles"]:
        item.kind_label = kinds.get(item.kind, item.kind)
    cards = boxes["featured_news"] + boxes["latest_news"]
    for item in cards:
        item.image_id = item.main_image_id
    for item in boxes["featured_profiles"]:
        item.image_id = item.photo_id
    cards += boxes["featured_profiles"]
    images = responsive_images([item.image_id for item in cards if item.image_id], CARD_IMAGE)
    for item in cards:
        item.image = images.get(item.image_id)
    return boxes

from django.db import models
from django.db.models import Case, F, IntegerField, Q, Value, When, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from portal.view_restrictions import CachedViewRestrictionsMixin, public_pages

from .mixins import CARD_RENDITIONS, prefetch_image_renditions

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
        # skips the boxes' query, whose compilation alone costs several ms of CPU.
        boxes = SimpleLazyObject(lambda: home_boxes(self, timezone.now()))
        for name, *_rest in _BOXES:
            context[name] = SimpleLazyObject(lambda name=name: boxes[name])
        return context


# The home page's boxes, each a partition of one query over the pages under the
# home page: (box name, page relation, how many, order within the box).
_BOXES = (
    ("featured_news", "newspage", FEATURED_NEWS_COUNT, ("-newspage__date", "-id")),
    ("latest_news", "newspage", LATEST_NEWS_COUNT, ("-newspage__date", "-id")),
    (
        "upcoming_events",
        "congresseventpage",
        HOME_EVENTS_COUNT,
        ("congresseventpage__starts_at", "id"),
    ),
    (
        "recent_events",
        "congresseventpage",
        HOME_EVENTS_COUNT,
        ("-congresseventpage__starts_at", "-id"),
    ),
    (
        "featured_profiles",
        "modelprofilepage",
        FEATURED_PROFILES_COUNT,
        ("-last_published_at", "-id"),
    ),
)


def _ordering(fields):
    return [F(field[1:]).desc() if field.startswith("-") else F(field).asc() for field in fields]


def home_boxes(home, now):
    """Featured and latest news, upcoming and recent congress events and featured
    profiles under `home`, in a single query (plus at most one for image renditions)
    however much content exists, so the home page stays within its query budget.

    Each page falls into one box (a CASE expression); a row number per box, in the
    box's own order, keeps the first few of each.
    """
    box = Case(
        When(newspage__featured=True, then=Value(0)),
        When(newspage__isnull=False, then=Value(1)),
        When(congresseventpage__ends_at__gte=now, then=Value(2)),
        When(congresseventpage__isnull=False, then=Value(3)),
        When(modelprofilepage__featured=True, then=Value(4)),
        default=Value(-1),
        output_field=IntegerField(),
    )
    ranks = {
        f"rank_{position}": Window(RowNumber(), partition_by=[F("box")], order_by=_ordering(order))
        for position, (_name, _relation, _count, order) in enumerate(_BOXES)
    }
    keep = Q()
    for position, (_name, _relation, count, _order) in enumerate(_BOXES):
        keep |= Q(box=position, **{f"rank_{position}__lte": count})
    rows = (
        public_pages(Page.objects)
        .descendant_of(home)
        .annotate(box=box)
        .filter(box__gte=0)
        .select_related("newspage__main_image", "congresseventpage", "modelprofilepage__photo")
        .annotate(**ranks)
        .filter(keep)
        .order_by("box", "id")
    )
    boxes = {name: [] for name, *_rest in _BOXES}
    for row in rows:
        name, relation, _count, _order = _BOXES[row.box]
        boxes[name].append((getattr(row, f"rank_{row.box}"), getattr(row, relation)))
    boxes = {
        name: [item for _rank, item in sorted(items, key=lambda pair: pair[0])]
        for name, items in boxes.items()
    }
    prefetch_image_renditions(
        [item.main_image for item in boxes["featured_news"] + boxes["latest_news"]]
        + [profile.photo for profile in boxes["featured_profiles"]],
        CARD_RENDITIONS,
    )
    return boxes

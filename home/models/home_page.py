from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock

from .mixins import prefetch_image_renditions

FEATURED_NEWS_COUNT = 3
LATEST_NEWS_COUNT = 6
HOME_EVENTS_COUNT = 3
FEATURED_PROFILES_COUNT = 4


class HomePage(Page):
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
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("trang chủ")
        verbose_name_plural = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        # Each box is one query whatever the amount of content, and the images of
        # all boxes share one rendition query, to keep the page within its budget.
        from .congress_events import CongressEventPage
        from .news import NewsPage
        from .profiles import ModelProfilePage

        context = super().get_context(request, *args, **kwargs)
        news = (
            NewsPage.objects.live()
            .descendant_of(self)
            .select_related("main_image")
            .order_by("-date", "-first_published_at", "-id")
        )
        featured_news = list(news.filter(featured=True)[:FEATURED_NEWS_COUNT])
        featured_ids = [item.id for item in featured_news]
        latest_news = list(news.exclude(id__in=featured_ids)[:LATEST_NEWS_COUNT])

        now = timezone.now()
        events = CongressEventPage.objects.live().descendant_of(self)
        upcoming_events = list(
            events.filter(ends_at__gte=now).order_by("starts_at", "id")[:HOME_EVENTS_COUNT]
        )
        recent_events = list(
            events.filter(ends_at__lt=now).order_by("-starts_at", "-id")[:HOME_EVENTS_COUNT]
        )

        featured_profiles = list(
            ModelProfilePage.objects.live()
            .descendant_of(self)
            .filter(featured=True)
            .select_related("photo")
            .order_by("-last_published_at", "-id")[:FEATURED_PROFILES_COUNT]
        )
        prefetch_image_renditions(
            [item.main_image for item in [*featured_news, *latest_news]]
            + [profile.photo for profile in featured_profiles]
        )
        context.update(
            featured_news=featured_news,
            latest_news=latest_news,
            upcoming_events=upcoming_events,
            recent_events=recent_events,
            featured_profiles=featured_profiles,
        )
        return context

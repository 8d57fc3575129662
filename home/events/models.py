"""The congress and conference section: its index page, the event pages and their
honourees, related pages and photos."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

from home.blocks import BaseStreamBlock
from home.events.blocks import AgendaBlock
from home.events.ical import events_calendar
from home.models.mixins import SectionIntroductionMixin
from home.numerals import to_roman
from portal.listings import listing_fragment
from portal.view_restrictions import CachedViewRestrictionsMixin, public_pages
from search.indexing import FoldedSearchMixin, SearchPart, stream_text

YEAR_VALIDATORS = [MinValueValidator(1945), MaxValueValidator(2100)]
RECENT_EVENTS_COUNT = 12


class EventKind(models.TextChoices):
    CONGRESS = "dai-hoi", _("Đại hội Thi đua yêu nước")
    MODEL_CONFERENCE = "hoi-nghi-dien-hinh", _("Hội nghị điển hình tiên tiến")
    REVIEW_CONFERENCE = "hoi-nghi-tong-ket", _("Hội nghị tổng kết")


class EventLevel(models.TextChoices):
    COMMUNE = "xa", _("Cấp xã")
    DISTRICT = "huyen", _("Cấp huyện")
    PROVINCE = "tinh", _("Cấp tỉnh")
    NATIONAL = "toan-quoc", _("Toàn quốc")


class EventStatus(models.TextChoices):
    UPCOMING = "sap-dien-ra", _("Sắp diễn ra")
    IN_PROGRESS = "dang-dien-ra", _("Đang diễn ra")
    HELD = "da-dien-ra", _("Đã diễn ra")


class CongressEventIndexPage(
    RoutablePageMixin, SectionIntroductionMixin, CachedViewRestrictionsMixin, Page
):
    """The congress and conference section (/dai-hoi-thi-dua/) under the home page:
    upcoming and held events, and an iCalendar file of the upcoming ones."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.CongressEventPage"]
    template = "home/events/congress_event_index_page.html"

    class Meta:
        verbose_name = _("chuyên trang đại hội, hội nghị")
        verbose_name_plural = _("chuyên trang đại hội, hội nghị")

    def events(self):
        """Live public events of this section, as their cards and the calendar show
        them: no picture, body or agenda."""
        return public_pages(CongressEventPage.objects).child_of(self).defer("body", "agenda")

    def upcoming_events(self, moment=None):
        """Events not yet over (upcoming or in progress), soonest first."""
        moment = moment or timezone.now()
        return self.events().filter(ends_at__gte=moment).order_by("starts_at", "id")

    def held_events(self, moment=None):
        moment = moment or timezone.now()
        return self.events().filter(ends_at__lt=moment).order_by("-starts_at", "-id")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        moment = timezone.now()
        context["upcoming_events"] = self.upcoming_events(moment)
        context["held_events"] = self.held_events(moment)[:RECENT_EVENTS_COUNT]
        # The querysets are read only when the cards' fragment is not in the cache,
        # which lasts PAGE_CACHE_SECONDS like the pages (an event's status may change
        # meanwhile, as on a cached page).
        context["cards_fragment"] = listing_fragment(request, "event-cards")
        return context

    def ical_url(self):
        return self.url + self.reverse_subpage("ical")

    @path("ics/", name="ical")
    def ical_route(self, request):
        upcoming = self.upcoming_events().filter(starts_at__gt=timezone.now())
        return events_calendar(upcoming, request)


class CongressEventPage(FoldedSearchMixin, RoutablePageMixin, CachedViewRestrictionsMixin, Page):
    """One congress or conference under the congress index: when and where, the
    agenda, delegates, honoured profiles, related pages and photos."""

    kind = models.CharField(
        _("loại sự kiện"), max_length=24, choices=EventKind.choices, default=EventKind.CONGRESS
    )
    level = models.CharField(
        _("cấp"), max_length=16, choices=EventLevel.choices, default=EventLevel.PROVINCE
    )
    ordinal = models.PositiveSmallIntegerField(
        _("lần thứ"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_("Ghi bằng số (ví dụ 5); trang hiện số La Mã: lần thứ V."),
    )
    period_start = models.PositiveSmallIntegerField(
        _("giai đoạn từ năm"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    period_end = models.PositiveSmallIntegerField(
        _("giai đoạn đến năm"), null=True, blank=True, validators=YEAR_VALIDATORS
    )
    lead = models.TextField(
        _("tóm tắt"), blank=True, help_text=_("Hai ba câu giới thiệu sự kiện.")
    )
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("nội dung"), blank=True)
    starts_at = models.DateTimeField(
        _("bắt đầu"), help_text=_("Giờ Việt Nam (Asia/Ho_Chi_Minh).")
    )
    ends_at = models.DateTimeField(
        _("kết thúc"), help_text=_("Giờ Việt Nam (Asia/Ho_Chi_Minh).")
    )
    venue = models.CharField(
        _("địa điểm"),
        max_length=255,
        help_text=_("Ví dụ: Hội trường Trung tâm Hội nghị tỉnh, số 2 đường Lê Lợi."),
    )
    agenda = StreamField(AgendaBlock(), verbose_name=_("chương trình"), blank=True)
    delegate_count = models.PositiveIntegerField(_("số đại biểu"), null=True, blank=True)
    delegate_composition = models.TextField(
        _("thành phần đại biểu"),
        blank=True,
        help_text=_("Ví dụ: lãnh đạo tỉnh, đại diện các sở, ngành và điển hình tiên tiến."),
    )
    next_level_event = models.ForeignKey(
        "home.CongressEventPage",
        verbose_name=_("tiến tới đại hội cấp trên"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="preceding_events",
        help_text=_("Đại hội cấp trên mà sự kiện này chuẩn bị cho."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("level"), FieldPanel("ordinal")]),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
            ],
            heading=_("Loại sự kiện"),
        ),
        FieldPanel("lead"),
        FieldPanel("main_image"),
        FieldPanel("body"),
    ]
    time_panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("venue"),
        FieldPanel("delegate_count"),
        FieldPanel("delegate_composition"),
    ]
    agenda_panels = [FieldPanel("agenda")]
    related_panels = [
        FieldPanel("next_level_event"),
        InlinePanel("honourees", label=_("Điển hình được tôn vinh")),
        InlinePanel("related_pages", label=_("Trang liên quan")),
        InlinePanel("gallery_images", label=_("Ảnh sự kiện")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Nội dung")),
            ObjectList(time_panels, heading=_("Thời gian và địa điểm")),
            ObjectList(agenda_panels, heading=_("Chương trình")),
            ObjectList(related_panels, heading=_("Liên quan")),
            ObjectList(Page.promote_panels, heading=_("Quảng bá")),
            ObjectList(Page.settings_panels, heading=_("Cài đặt")),
        ]
    )
    search_parts = [
        SearchPart("lead"),
        SearchPart("venue"),
        SearchPart("body", text=stream_text),
    ]
    search_filters = ["starts_at"]

    parent_page_types = ["home.CongressEventIndexPage"]
    subpage_types = []
    template = "home/events/congress_event_page.html"

    class Meta:
        verbose_name = _("đại hội, hội nghị")
        verbose_name_plural = _("đại hội, hội nghị")

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            errors["ends_at"] = _("Giờ kết thúc phải sau giờ bắt đầu.")
        if self.period_start and self.period_end and self.period_end < self.period_start:
            errors["period_end"] = _("Năm kết thúc giai đoạn phải từ năm bắt đầu trở đi.")
        if self.next_level_event_id and self.next_level_event_id == self.pk:
            errors["next_level_event"] = _("Không thể chọn chính sự kiện này.")
        if errors:
            raise ValidationError(errors)

    @property
    def ordinal_roman(self):
        return to_roman(self.ordinal) if self.ordinal else ""

    def status_at(self, moment):
        """Upcoming, in progress or held at the instant `moment`."""
        if moment < self.starts_at:
            return EventStatus.UPCOMING
        if moment <= self.ends_at:
            return EventStatus.IN_PROGRESS
        return EventStatus.HELD

    @property
    def status(self):
        return self.status_at(timezone.now())

    @property
    def status_label(self):
        return EventStatus(self.status).label

    @property
    def period(self):
        if self.period_start and self.period_end:
            return f"{self.period_start}–{self.period_end}"
        return str(self.period_start or self.period_end or "")

    def ical_url(self):
        return self.url + self.reverse_subpage("ical")

    @path("ics/", name="ical")
    def ical_route(self, request):
        return events_calendar([self], request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Built only when the template's cached fragment is rendered: on a warm
        # request even composing these querysets was a fifth of its CPU time.
        context["honourees"] = SimpleLazyObject(
            lambda: list(
                self.honourees.select_related("profile")
                .filter(profile__live=True)
                .order_by("sort_order")
            )
        )
        context["related"] = SimpleLazyObject(
            lambda: list(
                self.related_pages.select_related("page")
                .filter(page__live=True)
                .order_by("sort_order")
            )
        )
        context["gallery"] = SimpleLazyObject(
            lambda: list(
                self.gallery_images.select_related("image").prefetch_related("image__renditions")
            )
        )
        return context


class CongressEventHonouree(Orderable):
    event = ParentalKey(CongressEventPage, on_delete=models.CASCADE, related_name="honourees")
    profile = models.ForeignKey(
        "home.ModelProfilePage",
        verbose_name=_("điển hình"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    note = models.CharField(
        _("ghi chú"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: báo cáo tham luận tại Đại hội."),
    )

    panels = [FieldPanel("profile"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("điển hình được tôn vinh")
        verbose_name_plural = _("điển hình được tôn vinh")


class CongressEventRelatedPage(Orderable):
    event = ParentalKey(
        CongressEventPage, on_delete=models.CASCADE, related_name="related_pages"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("trang"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Ví dụ: kế hoạch tổ chức Đại hội, tin tường thuật."),
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("trang liên quan")
        verbose_name_plural = _("trang liên quan")


class CongressEventImage(Orderable):
    event = ParentalKey(
        CongressEventPage, on_delete=models.CASCADE, related_name="gallery_images"
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(_("chú thích"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("ảnh sự kiện")
        verbose_name_plural = _("ảnh sự kiện")

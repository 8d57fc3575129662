"""The consultation index, the consultation pages with their candidates, and the
comments citizens send while a consultation is open."""

import datetime as dt

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from home.consultations import periods
from home.consultations.panels import PeriodPanel
from home.models.snippets import Award
from home.profiles.models import ProfileKind
from portal.listings import listing_fragment
from portal.localized_names import prefetch_localized_names
from portal.view_restrictions import CachedViewRestrictionsMixin, public_pages


class ConsultationIndexPage(CachedViewRestrictionsMixin, Page):
    """The "Lấy ý kiến Nhân dân" section (/lay-y-kien-nhan-dan/) under the home page:
    every consultation on candidates for a high award, open ones first. Editors add
    one consultation page under it per proposal."""

    introduction = models.TextField(
        _("giới thiệu"),
        blank=True,
        help_text=_(
            "Một câu giải thích vì sao Ban lấy ý kiến Nhân dân trước khi đề nghị khen "
            "thưởng cao, ví dụ: theo Nghị định 152/2025/NĐ-CP."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ConsultationPage"]
    max_count_per_parent = 1
    template = "home/consultations/consultation_index_page.html"

    class Meta:
        verbose_name = _("trang lấy ý kiến Nhân dân")
        verbose_name_plural = _("trang lấy ý kiến Nhân dân")

    def consultations(self):
        """Open consultations first (closing soonest first), then the coming ones,
        then the closed ones, newest first."""
        pages = list(
            public_pages(ConsultationPage.objects.child_of(self)).select_related(
                "award", "proposing_body"
            )
        )
        now = timezone.now()
        open_pages = sorted(
            (page for page in pages if page.is_open(now)), key=lambda page: page.closes_on
        )
        coming = sorted(
            (page for page in pages if page.is_coming(now)), key=lambda page: page.opens_on
        )
        closed = sorted(
            (page for page in pages if page.is_closed(now)),
            key=lambda page: page.closes_on,
            reverse=True,
        )
        return open_pages + coming + closed

    def listed_consultations(self):
        """`consultations()`, their awards named in the reader's language."""
        consultations = self.consultations()
        prefetch_localized_names(consultation.award for consultation in consultations)
        return consultations

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: read only when the list's fragment is not in the cache. Keyed by the
        # day: a consultation opens and closes at midnight.
        context["consultations"] = SimpleLazyObject(self.listed_consultations)
        context["list_fragment"] = listing_fragment(
            request, "consultation-list", timezone.localdate()
        )
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        children = ConsultationPage.objects.child_of(self).live()
        return periods.keep_fresh(response, children.values_list("opens_on", "closes_on"))


class ConsultationPage(RoutablePageMixin, CachedViewRestrictionsMixin, Page):
    """One public consultation under the consultation index: the body proposing a
    high award, the candidates with their dossiers, the period and where to write.
    Editors publish it when the proposal is ready; citizens comment through the
    form at gui-y-kien/ until the end of the closing date."""

    proposing_body = models.ForeignKey(
        "documents.IssuingBody",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("cơ quan đề nghị"),
    )
    proposing_body_text = models.CharField(
        _("cơ quan đề nghị (nếu chưa có trong danh mục)"),
        max_length=255,
        blank=True,
        help_text=_("Ví dụ: Ủy ban nhân dân xã Hòa Bình. Để trống khi đã chọn ở trên."),
    )
    award = models.ForeignKey(
        Award,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hình thức khen thưởng đề nghị"),
        help_text=_("Ví dụ: Huân chương Lao động hạng Ba."),
    )
    intro = RichTextField(
        _("nội dung thông báo"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Căn cứ, mục đích và cách gửi ý kiến, như văn bản thông báo của Ban."),
    )
    opens_on = models.DateField(_("ngày bắt đầu lấy ý kiến"))
    closes_on = models.DateField(
        _("ngày kết thúc lấy ý kiến"),
        help_text=_(
            "Hết ngày này (giờ Việt Nam), biểu mẫu gửi ý kiến tự đóng. Thời gian lấy ý "
            "kiến phải ít nhất 10 ngày làm việc."
        ),
    )
    comment_address = models.TextField(
        _("nơi nhận ý kiến"),
        blank=True,
        help_text=_(
            "Địa chỉ, thư điện tử của cơ quan nhận ý kiến, ví dụ: Ban Thi đua – Khen "
            "thưởng, số 8 đường Hoàng Văn Thụ; bantdkt@songxanh.gov.vn."
        ),
    )

    content_panels = [
        HelpPanel(
            content=_(
                "Công khai danh sách đề nghị khen thưởng cao để Nhân dân góp ý ít nhất 10 "
                "ngày làm việc. Khi trang được xuất bản, người dân gửi ý kiến qua biểu mẫu "
                "đến hết ngày kết thúc; ý kiến xem và xuất CSV, XLSX ở mục “Ý kiến Nhân "
                "dân” của trang quản trị."
            )
        ),
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("proposing_body"),
                FieldPanel("proposing_body_text"),
                FieldPanel("award"),
            ],
            heading=_("Đề nghị"),
        ),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]),
                PeriodPanel(),
                FieldPanel("comment_address"),
            ],
            heading=_("Thời gian và nơi nhận ý kiến"),
        ),
        InlinePanel("candidates", heading=_("Danh sách đề nghị"), min_num=1),
    ]

    parent_page_types = ["home.ConsultationIndexPage"]
    subpage_types = []
    template = "home/consultations/consultation_page.html"

    class Meta:
        verbose_name = _("đợt lấy ý kiến")
        verbose_name_plural = _("đợt lấy ý kiến")

    def clean(self):
        super().clean()
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError({"closes_on": _("Ngày kết thúc không được trước ngày bắt đầu.")})

    @property
    def proposing_body_name(self):
        return self.proposing_body.name if self.proposing_body_id else self.proposing_body_text

    @property
    def working_days(self):
        return periods.working_days(self.opens_on, self.closes_on)

    def is_open(self, now=None):
        return periods.is_open(self.opens_on, self.closes_on, now)

    def is_coming(self, now=None):
        return (now or timezone.now()) < periods.opens_at(self.opens_on)

    def is_closed(self, now=None):
        return (now or timezone.now()) >= periods.closes_at(self.closes_on)

    def contacts_erased_on(self):
        """The day the commenters' contact details go (erase_consultation_contacts)."""
        return self.closes_on + dt.timedelta(days=settings.CONSULTATION_CONTACT_RETENTION_DAYS)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the template's cached fragment is rendered.
        context["candidates"] = SimpleLazyObject(
            lambda: list(self.candidates.select_related("dossier"))
        )
        context["consultation_open"] = self.is_open()
        context["consultation_coming"] = self.is_coming()
        # Names the page's cached fragment: opening and closing change the page
        # without a publish.
        state = "coming" if context["consultation_coming"] else "closed"
        context["consultation_state"] = "open" if context["consultation_open"] else state
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        return periods.keep_fresh(response, [(self.opens_on, self.closes_on)])

    @path("gui-y-kien/", name="comment")
    def comment(self, request):
        from home.consultations.views import comment_form

        return comment_form(request, self)


class ConsultationCandidate(Orderable):
    """One collective or individual proposed for the award, as the list prints them:
    no birth date, ID number, address or phone is kept."""

    page = ParentalKey(ConsultationPage, on_delete=models.CASCADE, related_name="candidates")
    kind = models.CharField(_("đối tượng"), max_length=8, choices=ProfileKind.choices)
    name = models.CharField(
        _("tên tập thể, họ và tên"),
        max_length=255,
        help_text=_("Không ghi Ông, Bà, Đồng chí; ví dụ: Nguyễn Thị Lan."),
    )
    detail = models.CharField(
        _("chức vụ, đơn vị"),
        max_length=500,
        blank=True,
        help_text=_("Ví dụ: Chủ tịch Hội Nông dân xã Hòa Bình, tỉnh Sông Xanh."),
    )
    summary = models.TextField(
        _("tóm tắt thành tích"),
        blank=True,
        help_text=_("Vài câu, có số liệu cụ thể; toàn văn nằm trong hồ sơ đính kèm."),
    )
    dossier = models.ForeignKey(
        get_document_model_string(),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hồ sơ, báo cáo thành tích"),
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("name")]),
        FieldPanel("detail"),
        FieldPanel("summary"),
        FieldPanel("dossier"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("đối tượng đề nghị khen thưởng")
        verbose_name_plural = _("đối tượng đề nghị khen thưởng")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        from home.awards.names import without_honorific

        if self.kind == ProfileKind.INDIVIDUAL:
            self.name = without_honorific(self.name)
        super().save(*args, **kwargs)


class ConsultationComment(models.Model):
    """A citizen's comment on one candidate of a consultation. Only staff with the
    "view" permission of this model read them (admin "Ý kiến Nhân dân"); the contact
    is personal data, never shown publicly and erased a while after closing."""

    consultation = models.ForeignKey(
        ConsultationPage,
        on_delete=models.CASCADE,
        related_name="comments",
        verbose_name=_("đợt lấy ý kiến"),
    )
    candidate = models.ForeignKey(
        ConsultationCandidate,
        on_delete=models.SET_NULL,
        null=True,
        related_name="comments",
        verbose_name=_("đối tượng được góp ý"),
    )
    name = models.CharField(_("họ và tên người góp ý"), max_length=120)
    contact = models.CharField(_("điện thoại hoặc thư điện tử"), max_length=254, blank=True)
    text = models.TextField(_("nội dung ý kiến"), max_length=2000)
    created_at = models.DateTimeField(_("thời gian gửi"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("ý kiến Nhân dân")
        verbose_name_plural = _("ý kiến Nhân dân")

    def __str__(self):
        return f"{self.name} – {self.candidate or ''}"

    def visible_contact(self):
        """The contact while it may be kept; nothing once its erasure date has come,
        even before erase_consultation_contacts has run."""
        if timezone.localdate() >= self.consultation.contacts_erased_on():
            return ""
        return self.contact

    visible_contact.short_description = _("điện thoại hoặc thư điện tử")

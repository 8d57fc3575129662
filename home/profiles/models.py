"""The exemplary people and collectives section: its index page and filter form, the
profile pages and their initiatives and honours."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from documents.models import OfficialDocumentPage
from home.models.mixins import CARD_RENDITIONS, SectionIntroductionMixin, image_prefetch, paginate
from home.models.snippets import (
    TWO_LEVEL_GOVERNMENT_FROM,
    Award,
    AwardLevel,
    Locality,
    Sector,
    originals,
)
from portal.listings import listing_fragment
from portal.localized_names import prefetch_localized_names, with_reader_names
from portal.view_restrictions import CachedViewRestrictionsMixin, public_pages
from search.indexing import FoldedSearchMixin, SearchPart, html_text
from search.text import normalise_number

PROFILES_PER_PAGE = 12
YEAR_VALIDATORS = [MinValueValidator(1945), MaxValueValidator(2100)]


class ProfileKind(models.TextChoices):
    INDIVIDUAL = "ca-nhan", _("Cá nhân")
    COLLECTIVE = "tap-the", _("Tập thể")


class SnippetChoiceField(forms.ModelChoiceField):
    """A snippet option named in the reader's language (`with_reader_names`)."""

    def label_from_instance(self, obj):
        name = getattr(obj, "reader_name", None) or obj.name
        if isinstance(obj, Award):
            return f"{name} ({obj.get_level_display()})"
        return name


class ProfileFilterForm(forms.Form):
    """The profile index's filters. Values arrive from the address bar, so anything
    that does not validate is dropped with a message instead of failing."""

    kind = forms.ChoiceField(
        label=_("Đối tượng"),
        required=False,
        choices=[("", _("Tất cả")), *ProfileKind.choices],
    )
    linh_vuc = SnippetChoiceField(
        label=_("Lĩnh vực"),
        required=False,
        queryset=Sector.objects.none(),
        to_field_name="slug",
        empty_label=_("Tất cả lĩnh vực"),
    )
    dia_phuong = SnippetChoiceField(
        label=_("Địa phương"),
        required=False,
        queryset=Locality.objects.none(),
        to_field_name="slug",
        empty_label=_("Tất cả địa phương"),
    )
    danh_hieu = SnippetChoiceField(
        label=_("Danh hiệu, khen thưởng"),
        required=False,
        queryset=Award.objects.none(),
        empty_label=_("Tất cả danh hiệu"),
    )
    nam = forms.IntegerField(
        label=_("Năm được khen"), required=False, min_value=1945, max_value=2100
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The Vietnamese originals, which profiles point at; English copies would list
        # every term twice. Set here: the joined lookup needs the app registry ready.
        self.fields["linh_vuc"].queryset = with_reader_names(originals(Sector))
        self.fields["dia_phuong"].queryset = with_reader_names(originals(Locality))
        self.fields["danh_hieu"].queryset = with_reader_names(originals(Award))

    def filter(self, profiles):
        """Apply every valid filter to `profiles`; invalid ones are ignored."""
        self.is_valid()
        data = {
            name: value
            for name, value in getattr(self, "cleaned_data", {}).items()
            if value not in (None, "") and name not in self.errors
        }
        if data.get("kind"):
            profiles = profiles.filter(kind=data["kind"])
        if data.get("linh_vuc"):
            profiles = profiles.filter(sectors=data["linh_vuc"])
        if data.get("dia_phuong"):
            profiles = profiles.filter(locality=data["dia_phuong"])
        # Award and year together mean one honour: that award in that year.
        honour = {}
        if data.get("danh_hieu"):
            honour["award"] = data["danh_hieu"]
        if data.get("nam"):
            honour["year"] = data["nam"]
        if honour:
            profiles = profiles.filter(
                id__in=ProfileHonour.objects.filter(**honour).values("profile_id")
            )
        return profiles.distinct()


def profile_cards(request, form, profiles):
    """The requested page of `profiles` as `form` filters them, their sectors,
    locality and awards named in the reader's language (a query per snippet model,
    none in Vietnamese)."""
    if form.is_bound:
        profiles = form.filter(profiles)
    profiles_page = paginate(request, profiles, PROFILES_PER_PAGE)
    profiles_page.object_list = list(profiles_page.object_list)
    prefetch_localized_names(
        snippet
        for profile in profiles_page.object_list
        for snippet in (
            profile.locality,
            *profile.sectors.all(),
            *(honour.award for honour in profile.honours.all()),
        )
    )
    return profiles_page


class ModelProfileIndexPage(SectionIntroductionMixin, CachedViewRestrictionsMixin, Page):
    """The exemplary people and collectives section (/dien-hinh-tien-tien/) under the
    home page: lists profiles with filters by field, locality, award and year."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.ModelProfilePage"]
    template = "home/profiles/model_profile_index_page.html"

    class Meta:
        verbose_name = _("chuyên trang điển hình tiên tiến")
        verbose_name_plural = _("chuyên trang điển hình tiên tiến")

    def profiles(self):
        return (
            public_pages(ModelProfilePage.objects)
            .child_of(self)
            .select_related("locality")
            # Cards show the summary, never the achievements.
            .defer("achievements")
            .prefetch_related(
                image_prefetch("photo", *CARD_RENDITIONS),
                "sectors",
                Prefetch(
                    "honours",
                    queryset=ProfileHonour.objects.select_related("award").order_by(
                        "-year", "sort_order"
                    ),
                ),
            )
            .order_by("title", "id")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ProfileFilterForm(request.GET or None)
        profiles = self.profiles()
        # Lazy: the filters are checked and the profiles read only when the cards'
        # fragment is not in the cache.
        context.update(
            filter_form=form,
            filtered=form.is_bound and form.has_changed(),
            profiles_page=SimpleLazyObject(lambda: profile_cards(request, form, profiles)),
            cards_fragment=listing_fragment(request, "profile-cards", request.GET.urlencode()),
        )
        return context


class ModelProfilePage(FoldedSearchMixin, CachedViewRestrictionsMixin, Page):
    """One exemplary individual or collective under the profiles index: unit, field,
    locality, achievements, initiatives and the titles and awards received."""

    kind = models.CharField(
        _("đối tượng"), max_length=8, choices=ProfileKind.choices, default=ProfileKind.INDIVIDUAL
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("ảnh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Ảnh chân dung hoặc ảnh tập thể; nhớ ghi mô tả ảnh."),
    )
    unit = models.CharField(
        _("đơn vị"),
        max_length=255,
        blank=True,
        help_text=_("Cơ quan, đơn vị công tác; với tập thể là cơ quan chủ quản."),
    )
    position = models.CharField(
        _("chức vụ"),
        max_length=255,
        blank=True,
        help_text=_("Chức vụ, nghề nghiệp của cá nhân; để trống với tập thể."),
    )
    sectors = ParentalManyToManyField(Sector, verbose_name=_("lĩnh vực"), blank=True)
    locality = models.ForeignKey(
        Locality,
        verbose_name=_("địa phương"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="profiles",
    )
    summary = models.TextField(
        _("tóm tắt"),
        blank=True,
        help_text=_("Hai ba câu về điển hình, hiện trong danh sách và trang chủ."),
    )
    achievements = RichTextField(
        _("thành tích"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Những thành tích tiêu biểu, có số liệu cụ thể."),
    )
    featured = models.BooleanField(
        _("điển hình nổi bật"),
        default=False,
        help_text=_("Điển hình nổi bật được giới thiệu trên trang chủ."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("unit"),
                FieldPanel("position"),
                FieldPanel("sectors"),
                FieldPanel("locality"),
                FieldPanel("featured"),
            ],
            heading=_("Thông tin chung"),
        ),
        FieldPanel("photo"),
        FieldPanel("summary"),
        FieldPanel("achievements"),
        InlinePanel("initiatives", label=_("Sáng kiến")),
        InlinePanel("honours", label=_("Danh hiệu, khen thưởng")),
        InlinePanel(
            "award_links",
            label=_("Quyết định khen thưởng"),
            help_text=_(
                "Trang tự liệt kê các quyết định có tên (và đơn vị) của điển hình; chỉ "
                "thêm ở đây để xác nhận hoặc ẩn một quyết định."
            ),
        ),
    ]
    search_parts = [
        SearchPart("unit"),
        SearchPart("summary"),
        SearchPart("body", "achievements", text=html_text),
        # Readers look a person up by the title they received ("chiến sĩ thi đua").
        SearchPart("honours", "honour_names", index=False),
    ]
    search_filters = ["kind"]

    parent_page_types = ["home.ModelProfileIndexPage"]
    subpage_types = []
    template = "home/profiles/model_profile_page.html"

    def honour_names(self):
        """The titles and awards received with their years, as search text."""
        return "; ".join(
            f"{honour.award.name} {honour.year}" for honour in self.honours.select_related("award")
        )

    def honours_with_decisions(self, request):
        """The titles and awards received, each with the address of its decision
        where the archive holds it."""
        honours = list(self.honours.select_related("award"))
        urls = OfficialDocumentPage.urls_by_number(
            [honour.decision_number for honour in honours], self.locale_id, request
        )
        for honour in honours:
            honour.decision_url = urls.get(normalise_number(honour.decision_number))
        return honours

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Imported here: the awards package builds on this module's models.
        from home.awards.lookup_profiles import profile_award_rows

        # Read only when the template's cached fragment is rendered: a warm request
        # takes the fragment from the cache and runs none of these queries.
        context["honours"] = SimpleLazyObject(lambda: self.honours_with_decisions(request))
        context["award_rows"] = SimpleLazyObject(lambda: profile_award_rows(self))
        return context

    class Meta:
        verbose_name = _("điển hình tiên tiến")
        verbose_name_plural = _("điển hình tiên tiến")
        # The home page's box reads the few featured profiles: without it every
        # profile was read to find them (3 of the 5 ms of the home page's boxes at
        # 5,000 profiles, on the first request after a publish).
        indexes = [
            models.Index(fields=["page_ptr"], condition=Q(featured=True), name="profile_featured")
        ]


class InitiativeLevel(models.TextChoices):
    GRASSROOTS = "co-so", _("Cấp cơ sở")
    MINISTRY = "bo-nganh", _("Cấp bộ, ngành")
    PROVINCE = "tinh", _("Cấp tỉnh")
    NATIONAL = "toan-quoc", _("Toàn quốc")


class ProfileInitiative(Orderable):
    profile = ParentalKey(
        ModelProfilePage, on_delete=models.CASCADE, related_name="initiatives"
    )
    title = models.CharField(_("tên sáng kiến"), max_length=255)
    year = models.PositiveSmallIntegerField(_("năm công nhận"), validators=YEAR_VALIDATORS)
    level = models.CharField(
        _("phạm vi công nhận"), max_length=16, choices=InitiativeLevel.choices
    )

    panels = [FieldPanel("title"), FieldPanel("year"), FieldPanel("level")]

    class Meta(Orderable.Meta):
        verbose_name = _("sáng kiến")
        verbose_name_plural = _("sáng kiến")


class ProfileHonour(Orderable):
    profile = ParentalKey(ModelProfilePage, on_delete=models.CASCADE, related_name="honours")
    award = models.ForeignKey(
        Award, verbose_name=_("danh hiệu, khen thưởng"), on_delete=models.PROTECT
    )
    year = models.PositiveSmallIntegerField(_("năm"), validators=YEAR_VALIDATORS)
    decision_number = models.CharField(
        _("số quyết định"),
        max_length=64,
        blank=True,
        help_text=_("Số ký hiệu quyết định khen thưởng, ví dụ: 1234/QĐ-UBND."),
    )

    panels = [FieldPanel("award"), FieldPanel("year"), FieldPanel("decision_number")]

    def clean(self):
        super().clean()
        # Districts ended on 1 July 2025, their honours with them; a year alone cannot
        # tell the two halves of 2025 apart, so 2025 is still accepted.
        if (
            self.award_id
            and self.year
            and self.award.level == AwardLevel.DISTRICT
            and self.year > TWO_LEVEL_GOVERNMENT_FROM.year
        ):
            raise ValidationError(
                {
                    "award": _(
                        "Khen thưởng cấp huyện chỉ có đến ngày 01/7/2025, khi cấp huyện "
                        "kết thúc hoạt động: hãy chọn danh hiệu cấp xã hoặc cấp tỉnh."
                    )
                }
            )

    class Meta(Orderable.Meta):
        verbose_name = _("danh hiệu, khen thưởng")
        verbose_name_plural = _("danh hiệu, khen thưởng")



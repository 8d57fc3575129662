"""Snippets the content pages share: news categories, sectors, localities, awards and
the emulation clusters and blocs. Each is translatable (wagtail-localize): the
Vietnamese row is the original that pages and importers point at, an English copy
carries the name English pages show."""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin

# Local government has two levels since this day (tỉnh; xã, phường, đặc khu): districts
# and district towns (huyện, thị xã) no longer exist, nor do their honours.
TWO_LEVEL_GOVERNMENT_FROM = datetime.date(2025, 7, 1)


def originals(model):
    """The Vietnamese originals of a translatable snippet, the rows pages, filters and
    importers point at (a lazy queryset: the locale is joined, not looked up)."""
    return model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


class NewsCategory(TranslatableMixin, models.Model):
    """A section of the news (e.g. "Hoạt động của Ban", "Gương điển hình").

    Editors tick categories on each news page; the news index can list one category.
    """

    name = models.CharField(_("tên chuyên mục"), max_length=120)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=120,
        allow_unicode=False,
        help_text=_("Chữ không dấu, nối bằng gạch ngang, dùng trong địa chỉ lọc tin."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        # Names and slugs are unique within a language: the English copy may keep the slug.
        constraints = [
            models.UniqueConstraint(fields=["name", "locale"], name="unique_news_category_name"),
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_news_category_slug"),
        ]
        verbose_name = _("chuyên mục tin")
        verbose_name_plural = _("chuyên mục tin")

    def __str__(self):
        return self.name


class ProfileFilterTerm(TranslatableMixin, models.Model):
    """What sectors and localities share: a name unique in its language and the slug
    the profile index filters by. Each kind overrides `name` only to give it its own
    label."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=120,
        help_text=_("Chữ không dấu, nối bằng gạch ngang, dùng trong địa chỉ lọc."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "locale"], name="unique_%(app_label)s_%(class)s_name"
            ),
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_%(app_label)s_%(class)s_slug"
            ),
        ]

    def __str__(self):
        return self.name


class Sector(ProfileFilterTerm):
    """A field of work (lĩnh vực) such as education, health or agriculture.

    Profiles are tagged with sectors and the profile index filters by them.
    """

    name = models.CharField(_("tên lĩnh vực"), max_length=120)

    class Meta(ProfileFilterTerm.Meta):
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")


class Locality(ProfileFilterTerm):
    """A commune, ward or special zone (xã, phường, đặc khu) of the province, the
    local level since 1 July 2025. Profiles name the locality they work in and the
    profile index filters by it; an English copy carries the English name.
    """

    name = models.CharField(_("tên địa phương"), max_length=120)

    class Meta(ProfileFilterTerm.Meta):
        verbose_name = _("địa phương")
        verbose_name_plural = _("địa phương")


class AwardLevel(models.TextChoices):
    GRASSROOTS = "co-so", _("Cơ sở")
    DISTRICT = "huyen", _("Cấp huyện")
    MINISTRY = "bo-nganh", _("Cấp bộ, ngành")
    PROVINCE = "tinh", _("Cấp tỉnh")
    NATIONAL = "toan-quoc", _("Toàn quốc")
    STATE = "nha-nuoc", _("Nhà nước")


class Award(TranslatableMixin, models.Model):
    """A title or form of commendation (Chiến sĩ thi đua cấp tỉnh, Bằng khen, Huân
    chương …) with its level; profiles list the awards they received."""

    name = models.CharField(
        _("tên danh hiệu, hình thức khen thưởng"),
        max_length=200,
        help_text=_("Ví dụ: Chiến sĩ thi đua cấp tỉnh, Bằng khen của Chủ tịch UBND tỉnh."),
    )
    level = models.CharField(
        _("cấp khen thưởng"), max_length=16, choices=AwardLevel.choices
    )

    panels = [FieldPanel("name"), FieldPanel("level")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "level", "locale"], name="unique_award_name_level"
            )
        ]
        verbose_name = _("danh hiệu, hình thức khen thưởng")
        verbose_name_plural = _("danh hiệu, hình thức khen thưởng")

    def __str__(self):
        return f"{self.name} ({self.get_level_display()})"


class ClusterKind(models.TextChoices):
    CLUSTER = "cum", _("Cụm thi đua")
    BLOC = "khoi", _("Khối thi đua")


class EmulationCluster(TranslatableMixin, ClusterableModel):
    """An emulation cluster or bloc (Cụm / Khối thi đua): its member units and the
    leader and deputy units, which rotate every year. Shown on the clusters page."""

    name = models.CharField(
        _("tên cụm, khối"), max_length=200, help_text=_("Ví dụ: Khối thi đua số 8.")
    )
    kind = models.CharField(
        _("loại"), max_length=8, choices=ClusterKind.choices, default=ClusterKind.BLOC
    )
    description = models.TextField(
        _("mô tả"),
        blank=True,
        help_text=_("Một hai câu về phạm vi của cụm, khối (ví dụ: các sở kinh tế)."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        InlinePanel("members", label=_("Đơn vị thành viên")),
        InlinePanel("leaderships", label=_("Trưởng, phó cụm, khối theo năm")),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["kind", "name"]
        verbose_name = _("cụm, khối thi đua")
        verbose_name_plural = _("cụm, khối thi đua")

    def __str__(self):
        return self.name


class EmulationClusterMember(Orderable):
    cluster = ParentalKey(EmulationCluster, on_delete=models.CASCADE, related_name="members")
    unit = models.CharField(_("đơn vị"), max_length=255)

    panels = [FieldPanel("unit")]

    class Meta(Orderable.Meta):
        verbose_name = _("đơn vị thành viên")
        verbose_name_plural = _("đơn vị thành viên")

    def __str__(self):
        return self.unit


class EmulationClusterLeadership(Orderable):
    cluster = ParentalKey(
        EmulationCluster, on_delete=models.CASCADE, related_name="leaderships"
    )
    year = models.PositiveSmallIntegerField(
        _("năm"), validators=[MinValueValidator(1945), MaxValueValidator(2100)]
    )
    leader_unit = models.CharField(_("đơn vị trưởng"), max_length=255)
    deputy_unit = models.CharField(_("đơn vị phó"), max_length=255, blank=True)

    panels = [FieldPanel("year"), FieldPanel("leader_unit"), FieldPanel("deputy_unit")]

    class Meta(Orderable.Meta):
        ordering = ["-year"]
        verbose_name = _("trưởng, phó theo năm")
        verbose_name_plural = _("trưởng, phó theo năm")

    def __str__(self):
        return f"{self.year}: {self.leader_unit}"

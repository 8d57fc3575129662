"""Factories for the home app's content pages and snippets."""

import datetime as dt

import factory
import wagtail_factories
from django.utils import timezone

from home.models import (
    Award,
    AwardLevel,
    CongressEventIndexPage,
    CongressEventPage,
    EmulationClusterIndexPage,
    Locality,
    ModelProfileIndexPage,
    ModelProfilePage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    ProfileHonour,
    Sector,
)


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Chuyên mục {n}")
    slug = factory.Sequence(lambda n: f"chuyen-muc-{n}")

    class Meta:
        model = NewsCategory


class SectorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Lĩnh vực {n}")
    slug = factory.Sequence(lambda n: f"linh-vuc-{n}")

    class Meta:
        model = Sector


class LocalityFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Xã {n}")
    slug = factory.Sequence(lambda n: f"xa-{n}")

    class Meta:
        model = Locality


class AwardFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Bằng khen {n}")
    level = AwardLevel.PROVINCE

    class Meta:
        model = Award


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Tin tức"
    slug = "tin-tuc"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Tin số {n}")
    slug = factory.Sequence(lambda n: f"tin-so-{n}")
    lead = "Sapo của tin."
    date = factory.Sequence(lambda n: dt.date(2026, 1, 1) + dt.timedelta(days=n))

    class Meta:
        model = NewsPage


class ModelProfileIndexPageFactory(wagtail_factories.PageFactory):
    title = "Điển hình tiên tiến"
    slug = "dien-hinh-tien-tien"

    class Meta:
        model = ModelProfileIndexPage


class ModelProfilePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nguyễn Văn {n}")
    slug = factory.Sequence(lambda n: f"dien-hinh-{n}")
    unit = "Trường Tiểu học Thử Nghiệm"
    position = "Giáo viên"

    class Meta:
        model = ModelProfilePage


class ProfileHonourFactory(factory.django.DjangoModelFactory):
    profile = factory.SubFactory(ModelProfilePageFactory)
    award = factory.SubFactory(AwardFactory)
    year = 2024
    decision_number = factory.Sequence(lambda n: f"{n}/QĐ-UBND")

    class Meta:
        model = ProfileHonour


class CongressEventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Đại hội thi đua"
    slug = "dai-hoi-thi-dua"

    class Meta:
        model = CongressEventIndexPage


class CongressEventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Đại hội Thi đua yêu nước số {n}")
    slug = factory.Sequence(lambda n: f"dai-hoi-{n}")
    venue = "Hội trường tỉnh Thử Nghiệm"
    ordinal = 5
    starts_at = factory.LazyFunction(lambda: timezone.now() + dt.timedelta(days=10))
    ends_at = factory.LazyAttribute(lambda event: event.starts_at + dt.timedelta(hours=8))

    class Meta:
        model = CongressEventPage


class EmulationClusterIndexPageFactory(wagtail_factories.PageFactory):
    title = "Cụm, khối thi đua"
    slug = "cum-khoi-thi-dua"

    class Meta:
        model = EmulationClusterIndexPage

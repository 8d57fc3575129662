"""Factories shared by the whole suite."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone

from home.models import DailyPageViews, HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Ban Thi đua – Khen thưởng tỉnh Thử Nghiệm"
    slug = "home"
    introduction = "Cổng thông tin thi đua, khen thưởng."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Trang nội dung {n}")
    slug = factory.Sequence(lambda n: f"trang-noi-dung-{n}")
    introduction = "Giới thiệu ngắn."

    class Meta:
        model = StandardPage


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"nguoidung{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.invalid")
    password = factory.django.Password("mat-khau-thu-nghiem")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


class DailyPageViewsFactory(factory.django.DjangoModelFactory):
    day = factory.LazyFunction(timezone.localdate)
    views = 1

    class Meta:
        model = DailyPageViews

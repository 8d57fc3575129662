import datetime as dt

import pytest
from django.core.cache import caches
from django.utils import timezone

from tests.home.consultations.factories import make_consultation, make_index


@pytest.fixture(autouse=True)
def _no_rate_counts():
    """The rate limit counts in the default (in-memory) cache: each test starts at 0."""
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def index(home_page):
    return make_index(home_page)


@pytest.fixture
def open_consultation(index):
    return make_consultation(index, "dang-lay-y-kien", title="Đợt đang mở")


@pytest.fixture
def closed_consultation(index):
    today = timezone.localdate()
    return make_consultation(
        index,
        "da-ket-thuc",
        title="Đợt đã kết thúc",
        opens_on=today - dt.timedelta(days=40),
        closes_on=today - dt.timedelta(days=20),
        names=["Trần Văn Khải"],
    )


def comment_url(page):
    return page.url + "gui-y-kien/"


def comment_data(page, **overrides):
    data = {
        "name": "Phạm Thị Hoa",
        "contact": "0912 345 678",
        "candidate": page.candidates.first().pk,
        "text": "Bà Lan gương mẫu, được bà con trong xã tin yêu.",
        "website": "",
    }
    data.update(overrides)
    return data

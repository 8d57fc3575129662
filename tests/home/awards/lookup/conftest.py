"""Two public award decisions with namesakes and one collective, for the look-up,
its API, statistics, profile matches and the site search."""

import datetime

import pytest

from home.models import AwardLevel, AwardSearchPage
from tests.home.awards.factories import AwardDecisionPageFactory
from tests.home.awards.lookup.data import EXACT, LONGER, row
from tests.home.factories import AwardFactory


@pytest.fixture
def lookup_page(home_page):
    page = AwardSearchPage(title="Tra cứu khen thưởng", slug="tra-cuu-khen-thuong")
    home_page.add_child(instance=page)
    return page


@pytest.fixture
def awards(db):
    return {
        "province": AwardFactory(
            name="Bằng khen của Chủ tịch UBND tỉnh", level=AwardLevel.PROVINCE
        ),
        "grassroots": AwardFactory(name="Chiến sĩ thi đua cơ sở", level=AwardLevel.GRASSROOTS),
    }


@pytest.fixture
def decisions(archive, awards):
    """1187/QĐ-UBND (2024): the longer name listed before the exact one, and a
    collective; 25/QĐ-UBND (2025): the exact name again, at grassroots level."""
    older = AwardDecisionPageFactory(
        parent=archive,
        number="1187/QĐ-UBND",
        issued_on=datetime.date(2024, 3, 12),
        slug="quyet-dinh-1187",
    )
    row(older, 1, LONGER, "Giáo viên, Trường THCS Lê Lợi", awards["province"])
    row(older, 2, f"Bà {EXACT}", "Kế toán, Sở Tài chính", awards["province"])
    row(older, 3, "Phòng Giáo dục huyện Đồng Lâm", "", awards["province"], kind="tap-the")
    older.save_revision().publish()
    newer = AwardDecisionPageFactory(
        parent=archive,
        number="25/QĐ-UBND",
        issued_on=datetime.date(2025, 1, 10),
        slug="quyet-dinh-25",
    )
    row(newer, 1, EXACT, "Kế toán, Sở Tài chính", awards["grassroots"], year=2024)
    newer.save_revision().publish()
    return {"older": older, "newer": newer}

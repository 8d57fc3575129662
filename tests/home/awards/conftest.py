import pytest

from home.models import AwardLevel
from tests.documents.factories import DocumentArchivePageFactory
from tests.home.factories import AwardFactory


@pytest.fixture
def archive(home_page):
    return DocumentArchivePageFactory(parent=home_page)


@pytest.fixture
def chairman_award(db):
    return AwardFactory(name="Bằng khen của Chủ tịch UBND tỉnh", level=AwardLevel.PROVINCE)

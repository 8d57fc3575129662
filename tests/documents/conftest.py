import pytest

from tests.documents.factories import DocumentArchivePageFactory


@pytest.fixture
def archive(home_page):
    return DocumentArchivePageFactory(parent=home_page)

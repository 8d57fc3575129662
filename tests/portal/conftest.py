import pytest
from django.core.cache import caches


@pytest.fixture
def page_cache(settings):
    """The page cache on, empty, as `make serve` runs it (the test settings keep it off)."""
    settings.PAGE_CACHE = True
    caches["pages"].clear()
    yield caches["pages"]
    caches["pages"].clear()

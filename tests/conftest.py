import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.cache import caches
from wagtail.models import Locale, Page, Site

from home.models import PortalSettings
from portal import page_cache
from portal.redis_cache import reset_breakers
from tests.factories import HomePageFactory, UserFactory

editorial_setup = importlib.import_module(
    "home.migrations.0004_editorial_groups_and_approval_workflow"
)

# skip_policy lists the skipped tests at the end and, under REQUIRE_NO_SKIPS=1, fails on
# any skip but the Elasticsearch ones; database_marker runs a test marked
# `database("postgresql")` on that database only, deselecting it elsewhere.
pytest_plugins = ["tests.skip_policy", "tests.database_marker"]


class InputCounter:
    """Inputs the fuzz suite generated in this run, examples and shrinks alike."""

    def __init__(self):
        self.total = 0

    def count(self):
        self.total += 1


FUZZ_COUNTER = pytest.StashKey[InputCounter]()


def pytest_configure(config):
    config.stash[FUZZ_COUNTER] = InputCounter()


def pytest_terminal_summary(terminalreporter, config):
    total = config.stash[FUZZ_COUNTER].total
    if total:
        terminalreporter.write_line(f"fuzz: {total} generated inputs in total")


@pytest.fixture(scope="session")
def fuzz_inputs(pytestconfig):
    """The run's input counter: every fuzz example calls `fuzz_inputs.count()`."""
    return pytestconfig.stash[FUZZ_COUNTER]


@pytest.fixture(autouse=True)
def _isolated_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _redis_presumed_up():
    """Every test starts with closed circuit breakers: an outage one test caused
    (an unreachable Redis) must not leave the next one without its cache."""
    reset_breakers()


@pytest.fixture(autouse=True)
def _fresh_page_generation(_redis_presumed_up):
    """A new page cache generation per test. Tests roll back their transactions, so
    the purges that saving sites and pages schedule on commit never run, and the
    next test could otherwise find the previous one's routes and pages."""
    page_cache.purge()


@pytest.fixture
def fragment_cache(settings):
    """Fragments cached as under `make serve`; the page cache stays off, so every
    request renders the page and only the fragments come from the cache."""
    settings.FRAGMENT_CACHE = True
    caches["default"].clear()
    caches["pages"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def locales(db):
    vi = Locale.objects.get_or_create(language_code="vi")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    return {"vi": vi, "en": en}


@pytest.fixture
def home_page(locales):
    """A Vietnamese home page as the default site's root, its English translation
    and filled-in site settings: the tree every page test builds on."""
    root = Page.get_first_root_node()
    # Wagtail's initial migration leaves a welcome page on the slug we need.
    root.get_children().delete()
    home = HomePageFactory(parent=root)
    english = home.copy_for_translation(locales["en"])
    english.title = "Emulation and Commendation Board of Test Province"
    english.save_revision().publish()
    Site.objects.all().delete()
    site = Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )
    PortalSettings.objects.create(
        site=site,
        organisation_name="Sở Nội vụ tỉnh Thử Nghiệm",
        organisation_name_en="Department of Home Affairs, Test Province",
        board_name="Ban Thi đua – Khen thưởng",
        board_name_en="Emulation and Commendation Board",
        address="Số 1 đường Thử Nghiệm",
        phone="0200 3 000 111",
        fax="0200 3 000 222",
        email="banthidua@example.invalid",
        editorial_head="Trần Thị Biên Tập",
    )
    return home


@pytest.fixture
def editorial(home_page):
    """The editorial groups and workflow of home migration 0004, applied again: a test
    that flushed the database may have run before, and applying twice changes nothing."""
    editorial_setup.create_editorial_setup(apps, None)


def _member(group_name):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(editorial):
    """A member of "Biên tập viên": may edit and submit, not publish."""
    return _member(editorial_setup.EDITORS)


@pytest.fixture
def leader(editorial):
    """A member of the leaders' group: approves and publishes."""
    return _member(editorial_setup.LEADERS)


@pytest.fixture
def superuser(editorial):
    return UserFactory(is_superuser=True, is_staff=True)

import importlib
import io

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
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


@pytest.fixture(scope="module")
def _demo_in_module(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo site, loaded once per test module inside a transaction that the end of
    the module rolls back. Loading it takes seconds; each test of the module then runs
    in a savepoint inside this transaction (pytest-django's `db` nests, as Django's
    TestCase does over setUpTestData), so it sees the demo as loaded and its own
    writes vanish after it. Returns the demo's media folder."""
    media = tmp_path_factory.mktemp("demo-media")
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        # Earlier tests' cached renditions and routes name rows rolled back since.
        for cache in caches.all():
            cache.clear()
        with override_settings(MEDIA_ROOT=media):
            Locale.objects.get_or_create(language_code="vi")
            Locale.objects.get_or_create(language_code="en")
            call_command("load_demo_data", stdout=io.StringIO())
    yield media
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        outer.__exit__(None, None, None)
        for cache in caches.all():
            cache.clear()


@pytest.fixture
def demo_site(_demo_in_module, db, settings):
    """The demo site as `load_demo_data` leaves it, shared by the module's tests (see
    `_demo_in_module`); the demo's pictures stay where it wrote them."""
    settings.MEDIA_ROOT = _demo_in_module

"""Real-browser tests: one Chromium per session, a fresh context and page per test,
against one live server that serves the demo site for the whole session.

Debian's Chromium is used (Playwright's own browser download does not work
offline). Where it is missing the tests are skipped with a message saying how to
install it, except under REQUIRE_BROWSER_TESTS=1 (CI), where they fail instead.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management import call_command
from django.db import connection
from django.test.testcases import LiveServerThread
from wagtail.models import Page

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
AXE_SCRIPT = Path(settings.BASE_DIR) / "var" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
INSTALL_HINT = (
    "Chromium not found at {path}. Install it with "
    "`sudo apt-get install chromium chromium-driver` (or `make browser-deps` as root)."
)
AXE_HINT = "axe-core not found at {path}. Install it with `make browser-deps` (needs npm)."
DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 375, "height": 740}
# Headless Chromium says "HeadlessChrome" in its user agent, which the crawler list
# rightly treats as a robot, so its view beacons would not be counted. The tests play
# a reader's browser, so they present the ordinary desktop and phone strings.
DESKTOP_AGENT = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Safari/537.36"
)
PHONE_AGENT = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/130.0.0.0 Mobile Safari/537.36"
)


def _required():
    return os.environ.get("REQUIRE_BROWSER_TESTS") == "1"


def _missing_browser():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed: run `make install`."
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return INSTALL_HINT.format(path=CHROMIUM)
    return None


def pytest_report_header(config):
    missing = _missing_browser()
    if missing is None:
        return f"browser tests: Chromium at {CHROMIUM}"
    return f"browser tests: {missing}"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    # After pytest-django's own ordering: browser tests last, since their session
    # keeps the demo site in the database until the session ends.
    items.sort(key=lambda item: "browser" in item.keywords)
    missing = _missing_browser()
    axe_missing = None if AXE_SCRIPT.is_file() else AXE_HINT.format(path=AXE_SCRIPT)
    for item in items:
        if "browser" not in item.keywords:
            continue
        reason = missing or (axe_missing if "axe" in item.fixturenames else None)
        # Under REQUIRE_BROWSER_TESTS=1 nothing is skipped: the `chromium` and `axe`
        # fixtures fail with the same message instead.
        if reason is not None and not _required():
            item.add_marker(pytest.mark.skip(reason=f"browser test skipped: {reason}"))


class _ServerThread(LiveServerThread):
    """Django's live test server thread (as LiveServerTestCase uses): threaded, serves
    static files and media, each request thread with its own database connection."""


@pytest.fixture(scope="session")
def browser_media_root(tmp_path_factory):
    return tmp_path_factory.mktemp("browser-media")


@pytest.fixture(autouse=True)
def _isolated_media(settings, browser_media_root):
    # Overrides the suite's per-test media folder: the session's demo images and
    # attachments must stay where the live server finds them.
    settings.MEDIA_ROOT = browser_media_root


@pytest.fixture
def transactional_db(demo_site, django_db_blocker):
    """Browser tests' database access: rows are committed (the live server's threads
    must see them, as with pytest-django's `transactional_db`) but, unlike it, not
    flushed after each test, so the demo site is loaded once per session.

    Asking for this name also makes pytest-django create the test database."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker, browser_media_root):
    """The demo site, loaded once, committed and removed again at the end.

    Browser tests run after every other test (see pytest_collection_modifyitems), so
    they neither see nor leave rows of other tests."""
    from django.core.cache import caches
    from django.test import override_settings

    with django_db_blocker.unblock():
        if "test" not in str(connection.settings_dict["NAME"]):
            pytest.fail("browser tests refuse to run outside the test database")
        if not Page.objects.exists():
            # An earlier serialized-rollback test flushed the tables, taking the rows
            # the migrations create (root page, locales, groups) with them.
            contents = getattr(connection, "_test_serialized_contents", None)
            if not contents:
                pytest.fail("the test database was emptied and cannot be restored")
            connection.creation.deserialize_db_from_string(contents)
        before = connection.creation.serialize_db_to_string()
        # Earlier tests' cached renditions name files in their own media folders and
        # images whose ids the demo site reuses: served, they would be 404s.
        for cache in caches.all():
            cache.clear()
        with override_settings(MEDIA_ROOT=browser_media_root):
            call_command("load_demo_data", stdout=open(os.devnull, "w"))  # noqa: SIM115
        yield
        # As Django's serialized rollback does: without the post-migrate signal the
        # content types come back with their own primary keys.
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        connection.creation.deserialize_db_from_string(before)


@pytest.fixture(scope="session")
def live_url(demo_site, django_db_blocker):
    """Base URL of a threaded live server on 127.0.0.1 (port BROWSER_TEST_PORT, or
    any free one)."""
    thread = _ServerThread(
        "127.0.0.1", StaticFilesHandler, port=int(os.environ.get("BROWSER_TEST_PORT", "0"))
    )
    thread.daemon = True
    thread.start()
    thread.is_ready.wait()
    if thread.error:
        raise thread.error
    yield f"http://127.0.0.1:{thread.port}"
    thread.terminate()


@pytest.fixture(scope="session")
def chromium(demo_site):
    # The demo site comes first: once Playwright runs, this thread reaches Django's
    # connections through another context, which lacks the test database's
    # serialized contents that demo_site may need.
    missing = _missing_browser()
    if missing is not None:
        pytest.fail(f"REQUIRE_BROWSER_TESTS=1: {missing}")
    from playwright.sync_api import sync_playwright

    # Playwright's synchronous API runs an event loop in this thread, which makes
    # Django refuse ORM calls from the test body ("async unsafe"); the calls are in
    # fact synchronous. Only while the browser runs (browser tests come last), so no
    # other test's subprocess inherits it.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(chromium, live_url, transactional_db):
    """Factory for pages in fresh browser contexts (own cookies and session storage),
    each watched for console errors and uncaught exceptions: none may occur."""
    contexts = []
    errors = []
    autosaves = set()

    def note_autosave(response):
        # Wagtail's editor autosaves the form as the editor types and is answered
        # 400 while a required field is still empty; the editor shows "autosave
        # paused". Chromium logs that answer like any failed request.
        request = response.request
        if (
            response.status == 400
            and request.method == "POST"
            and request.resource_type in {"fetch", "xhr"}
            and "/admin/pages/" in request.url
        ):
            autosaves.add(request.url)

    def note_console(message):
        if message.type == "error":
            errors.append((message.text, message.location.get("url")))

    def open_page(phone=False, **options):
        options.setdefault("viewport", PHONE if phone else DESKTOP)
        options.setdefault("user_agent", PHONE_AGENT if phone else DESKTOP_AGENT)
        if phone:
            options.setdefault("is_mobile", True)
            options.setdefault("has_touch", True)
        context = chromium.new_context(base_url=live_url, accept_downloads=True, **options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        page = context.new_page()
        page.on("console", note_console)
        page.on("pageerror", lambda error: errors.append((f"uncaught: {error}", page.url)))
        page.on("response", note_autosave)
        return page

    yield open_page
    for context in contexts:
        context.close()
    unexpected = [
        f"{text} ({url})"
        for text, url in errors
        if not (text.startswith("Failed to load resource") and url in autosaves)
    ]
    assert unexpected == []


@pytest.fixture
def page(new_page):
    """A desktop page in a fresh context."""
    return new_page()


@pytest.fixture
def phone_page(new_page):
    """A 375-pixel-wide phone page in a fresh context."""
    return new_page(phone=True)


@pytest.fixture
def axe():
    """Runs axe-core (vendored from npm into var/npm) on a page; returns the WCAG 2.1
    A and AA violations as short readable lines."""
    if not AXE_SCRIPT.is_file():
        pytest.fail(f"REQUIRE_BROWSER_TESTS=1: {AXE_HINT.format(path=AXE_SCRIPT)}")

    def run(page):
        page.add_script_tag(path=str(AXE_SCRIPT))
        result = page.evaluate(
            """() => axe.run(document, {runOnly: {type: "tag",
                values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})"""
        )
        return [
            f"{violation['id']}: {violation['help']} – "
            + "; ".join(node["target"][0] for node in violation["nodes"][:5])
            for violation in result["violations"]
        ]

    return run


@pytest.fixture(scope="session")
def screenshots():
    """Folder for the screenshot artifacts (var/screenshots, not committed)."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    return SCREENSHOTS

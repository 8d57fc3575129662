"""The skip policy (tests/skip_policy.py) and the `database` marker
(tests/database_marker.py), run on small suites of their own with pytester."""

import pytest
from django.db import connection

pytest_plugins = ["pytester"]

# Django's own plugin stays out of the inner runs: they test the hooks, not Django.
PLUGINS = ["-p", "no:django", "-p", "no:cacheprovider", "-p", "tests.skip_policy"]

ONE_SKIP = """
import pytest

def test_runs():
    pass

def test_needs_a_tool():
    pytest.skip("the tool is missing")
"""

ONE_ALLOWED_SKIP = """
import pytest

def test_runs():
    pass

@pytest.mark.elasticsearch
def test_needs_a_cluster():
    pytest.skip("no cluster")
"""


@pytest.fixture
def strict(monkeypatch):
    monkeypatch.setenv("REQUIRE_NO_SKIPS", "1")
    monkeypatch.delenv("SKIP_REPORT", raising=False)


@pytest.fixture
def lenient(monkeypatch):
    monkeypatch.delenv("REQUIRE_NO_SKIPS", raising=False)
    monkeypatch.delenv("SKIP_REPORT", raising=False)


def test_unexpected_skip_fails_the_run_when_required(pytester, strict):
    pytester.makepyfile(ONE_SKIP)
    result = pytester.runpytest(*PLUGINS)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(
        ["*UNEXPECTED: test_unexpected_skip_fails_the_run_when_required.py::test_needs_a_tool"
         " - the tool is missing", "1 unexpected skip(s): REQUIRE_NO_SKIPS=1 fails this run*"]
    )


def test_skip_of_an_elasticsearch_test_is_allowed_when_required(pytester, strict):
    pytester.makepyfile(ONE_ALLOWED_SKIP)
    result = pytester.runpytest(*PLUGINS)
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["allowed (elasticsearch): *::test_needs_a_cluster - no cluster"])


def test_unexpected_skip_is_listed_but_passes_when_not_required(pytester, lenient):
    pytester.makepyfile(ONE_SKIP)
    result = pytester.runpytest(*PLUGINS)
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(["UNEXPECTED: *::test_needs_a_tool - the tool is missing"])


def test_skipif_marker_counts_as_a_skip(pytester, strict):
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.skipif(True, reason="gettext is missing")
        def test_catalogue():
            pass
        """
    )
    result = pytester.runpytest(*PLUGINS)
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_module_that_skips_itself_fails_the_run_when_required(pytester, strict):
    pytester.makepyfile(
        """
        import pytest

        pytest.importorskip("a_module_that_does_not_exist")

        def test_never_collected():
            pass
        """
    )
    result = pytester.runpytest(*PLUGINS)
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_expected_failure_is_not_a_skip(pytester, strict):
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.xfail(reason="known bug")
        def test_known_bug():
            assert False
        """
    )
    result = pytester.runpytest(*PLUGINS)
    assert result.ret == pytest.ExitCode.OK


def test_failing_run_keeps_its_failure(pytester, strict):
    pytester.makepyfile(ONE_SKIP + "\ndef test_broken():\n    assert False\n")
    result = pytester.runpytest(*PLUGINS)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.assert_outcomes(passed=1, skipped=1, failed=1)


def test_report_file_lists_the_skips(pytester, strict, monkeypatch):
    report = pytester.path / "skips.txt"
    monkeypatch.setenv("SKIP_REPORT", str(report))
    pytester.makepyfile(ONE_ALLOWED_SKIP)
    pytester.runpytest(*PLUGINS)
    assert report.read_text().splitlines() == [
        "1 passed, 0 failed",
        "allowed (elasticsearch): test_report_file_lists_the_skips.py::test_needs_a_cluster"
        " - no cluster",
        "1 skipped, all allowed",
    ]


def test_report_file_counts_failures(pytester, strict, monkeypatch):
    report = pytester.path / "skips.txt"
    monkeypatch.setenv("SKIP_REPORT", str(report))
    pytester.makepyfile("def test_runs():\n    pass\n\ndef test_broken():\n    assert False\n")
    pytester.runpytest(*PLUGINS)
    assert report.read_text().splitlines()[0] == "1 passed, 1 failed"


def test_report_file_counts_a_test_failing_in_call_and_teardown_once(
    pytester, strict, monkeypatch
):
    report = pytester.path / "skips.txt"
    monkeypatch.setenv("SKIP_REPORT", str(report))
    pytester.makepyfile(
        """
        import pytest

        @pytest.fixture
        def breaks_on_teardown():
            yield
            raise RuntimeError("teardown")

        def test_broken(breaks_on_teardown):
            assert False
        """
    )
    pytester.runpytest(*PLUGINS)
    assert report.read_text().splitlines()[0] == "0 passed, 1 failed"


def test_report_file_says_when_nothing_skipped(pytester, strict, monkeypatch):
    report = pytester.path / "skips.txt"
    monkeypatch.setenv("SKIP_REPORT", str(report))
    pytester.makepyfile("def test_runs():\n    pass\n")
    pytester.runpytest(*PLUGINS)
    assert report.read_text() == "1 passed, 0 failed\nno test skipped\n"


def test_test_of_another_database_is_deselected_not_skipped(pytester, strict):
    pytester.makepyfile(
        f"""
        import pytest

        @pytest.mark.database("{connection.vendor}")
        def test_this_database():
            pass

        @pytest.mark.database("another_database")
        def test_other_database():
            pass
        """
    )
    result = pytester.runpytest(*PLUGINS, "-p", "tests.database_marker")
    assert result.ret == pytest.ExitCode.OK
    result.assert_outcomes(passed=1, deselected=1)
    result.stdout.fnmatch_lines(["1 test(s) of another database deselected on *"])

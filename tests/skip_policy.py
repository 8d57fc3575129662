"""Which tests may skip, and a list of those that did.

Every run that skipped something ends with a "skipped tests" section: the allowed
skips and the unexpected ones apart, each with its reason. With REQUIRE_NO_SKIPS=1
(CI sets it) an unexpected skip fails the run: a missing tool or service must not turn
a test into a silent pass. Only tests marked `elasticsearch` may skip there, because
they need a cluster at ELASTICSEARCH_URL and CI has none.

SKIP_REPORT=<path> also writes the section to that file (even when nothing skipped),
after a first line "N passed, N failed", so that .ci/run can repeat it for each pass
at the very end of its output and close with the totals of both.

Loaded from tests/conftest.py through `pytest_plugins`; independent of Django so that
its own tests can run it with pytester.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ALLOWED_MARKER = "elasticsearch"
REQUIRE_ENV = "REQUIRE_NO_SKIPS"
REPORT_ENV = "SKIP_REPORT"
TITLE = "skipped tests"


@dataclass
class Skip:
    nodeid: str
    reason: str


# eq=False keeps it hashable, as pluggy needs of a plugin.
@dataclass(eq=False)
class SkipPolicy:
    required: bool
    report_path: Path | None
    allowed: list[Skip] = field(default_factory=list)
    unexpected: list[Skip] = field(default_factory=list)
    passed: int = 0
    # By test, so that a test failing in its call and its teardown counts once.
    failed: set[str] = field(default_factory=set)

    def pytest_runtest_logreport(self, report):
        if report.failed:
            self.failed.add(report.nodeid)
        elif report.passed and report.when == "call":
            self.passed += 1

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item, call):
        report = yield
        # An expected failure is reported as "skipped" too, with `wasxfail`: not a skip.
        if report.skipped and not hasattr(report, "wasxfail"):
            skip = Skip(item.nodeid, _reason(report))
            if item.get_closest_marker(ALLOWED_MARKER) is not None:
                self.allowed.append(skip)
            else:
                self.unexpected.append(skip)
        return report

    def pytest_collectreport(self, report):
        # A module that skips itself as a whole (pytest.skip(allow_module_level=True),
        # importorskip) carries no marker: always unexpected.
        if report.skipped:
            self.unexpected.append(Skip(report.nodeid, _reason(report)))

    def pytest_sessionfinish(self, session):
        # A run whose only module skipped itself would otherwise end "no tests collected".
        passing = (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED)
        if self.required and self.unexpected and session.exitstatus in passing:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
        if self.report_path is not None:
            counts = f"{self.passed} passed, {len(self.failed)} failed"
            self.report_path.write_text("\n".join([counts, *self.lines()]) + "\n", encoding="utf-8")

    def pytest_terminal_summary(self, terminalreporter):
        if not (self.allowed or self.unexpected):
            return
        terminalreporter.write_sep("=", TITLE)
        failing = self.required and bool(self.unexpected)
        for line in self.lines():
            terminalreporter.write_line(line, red=failing and not line.startswith("allowed"))

    def lines(self) -> list[str]:
        if not (self.allowed or self.unexpected):
            return ["no test skipped"]
        lines = [f"allowed ({ALLOWED_MARKER}): {s.nodeid} - {s.reason}" for s in self.allowed]
        lines += [f"UNEXPECTED: {s.nodeid} - {s.reason}" for s in self.unexpected]
        if not self.unexpected:
            lines.append(f"{len(self.allowed)} skipped, all allowed")
        elif self.required:
            lines.append(
                f"{len(self.unexpected)} unexpected skip(s): {REQUIRE_ENV}=1 fails this run; "
                f"only tests marked `{ALLOWED_MARKER}` may skip"
            )
        else:
            lines.append(
                f"{len(self.unexpected)} unexpected skip(s) "
                f"(with {REQUIRE_ENV}=1, as in CI, this run would fail)"
            )
        return lines


def _reason(report) -> str:
    # Skip reports carry (path, line, "Skipped: reason").
    if isinstance(report.longrepr, tuple):
        return report.longrepr[2].removeprefix("Skipped: ")
    return str(report.longrepr)


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        f"{ALLOWED_MARKER}: needs a live Elasticsearch at ELASTICSEARCH_URL; "
        "the only tests that may skip under REQUIRE_NO_SKIPS=1",
    )
    report = os.environ.get(REPORT_ENV)
    policy = SkipPolicy(
        required=os.environ.get(REQUIRE_ENV) == "1",
        report_path=Path(report) if report else None,
    )
    config.pluginmanager.register(policy, "skip_policy")

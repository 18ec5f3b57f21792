"""Shared fixtures: the sample workshop, a helper that reads schedule text, golden files."""

from __future__ import annotations

import contextlib
import os
import textwrap
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from program.loading import Loaded, load_program
from program.settings import FeedSpec, Settings, load_program_file

from helpers import CHICAGO, ROOT, SAMPLE_PROGRAM_FILE
from helpers import notify_pair as build_notify_pair

pytest_plugins = ("site_fixtures",)
"""The browser and the two sites the attendee site's browser tests open (module-scoped)."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--accept", action="store_true", help="Rewrite golden files from the current output.")


NO_SKIPS_VARIABLE = "PROGRAM_TEST_NO_SKIPS"

# Property tests have no per-example deadline: on a loaded machine (CI shares its cores) a slow
# example is not a bug. Under CI they are derandomized, so a run is repeatable and cannot fail
# on an example no earlier run met.
hypothesis_settings.register_profile("program", deadline=None)
hypothesis_settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
hypothesis_settings.load_profile("ci" if os.environ.get(NO_SKIPS_VARIABLE) == "1" else "program")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> object:
    """Turn a skip into a failure when PROGRAM_TEST_NO_SKIPS=1 (set by `.ci/run`).

    On a bare machine (only Python and pip) tests that need a browser or a system font skip
    with their reason; CI installs those, so there a skip means something is missing.
    """
    outcome = yield
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    if os.environ.get(NO_SKIPS_VARIABLE) == "1" and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under {NO_SKIPS_VARIABLE}=1: {reason}"
    return None


@pytest.fixture
def accept(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--accept"))


@pytest.fixture(scope="session")
def sample() -> Loaded:
    """The sample workshop as `program build seeds/mlsys2022.toml` run in the project loads it."""
    with contextlib.chdir(ROOT):
        return load_program(load_program_file(SAMPLE_PROGRAM_FILE.relative_to(ROOT)))


LoadText = Callable[..., Loaded]


@pytest.fixture
def load_text(tmp_path: Path) -> LoadText:
    """Write schedule-page text to a file and load it as a whole program."""

    def load(
        text: str,
        *,
        first_date: date = date(2022, 12, 3),
        keep_going: bool = False,
        name: str = "feed.txt",
        encoding: str = "utf-8",
    ) -> Loaded:
        path = tmp_path / name
        path.write_bytes(textwrap.dedent(text).lstrip("\n").encode(encoding))
        settings = Settings(feeds=(FeedSpec(path),), title="Test", first_date=first_date, timezone=CHICAGO)
        return load_program(settings, keep_going=keep_going)

    return load


@pytest.fixture(scope="session")
def notify_pair(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seed 002 built (out-old/), the same page edited as issue 30 asks (new/), and a people file."""
    return build_notify_pair(tmp_path_factory.mktemp("notify"))

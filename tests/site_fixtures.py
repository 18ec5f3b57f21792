"""The browser and the two sites the attendee site's browser tests open: one of each a test module.

A pytest plugin of tests/conftest.py. A module that needs another site (the ranking test's
own writers) defines its own fixture of that name.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from in_chromium import launched_chromium
from program.loading import Loaded, load_program
from program.settings import FeedSpec, Settings
from site_pages import write_site

from helpers import FRAB

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, driven by Playwright (the tests that use it are skipped without it)."""
    yield from launched_chromium()


@pytest.fixture(scope="module")
def site(sample: Loaded, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample workshop's site: its index.html."""
    return write_site(sample, tmp_path_factory.mktemp("site") / "out")


@pytest.fixture(scope="module")
def congress(tmp_path_factory: pytest.TempPathFactory) -> tuple[Loaded, Path]:
    """38C3: four days, 1,007 events in 53 rooms, times in Europe/Berlin; and its site's index.html."""
    loaded = load_program(Settings(feeds=(FeedSpec(FRAB / "examples" / "xml" / "schedule-38c3-20251206.xml"),)))
    return loaded, write_site(loaded, tmp_path_factory.mktemp("congress") / "out")

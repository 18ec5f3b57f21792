"""What the browser tests share: Debian's headless Chromium driven by Playwright, or a skip.

Playwright drives that binary (`executable_path`); it downloads no browser.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
try:
    from playwright.sync_api import Browser, sync_playwright

    HAS_PLAYWRIGHT = True
except ImportError:  # pragma: no cover - the test extra installs it
    HAS_PLAYWRIGHT = False

NEEDS_CHROMIUM = [
    pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium (Debian package chromium) is not installed"),
    pytest.mark.skipif(not HAS_PLAYWRIGHT, reason="the playwright package is not installed (test extra)"),
]
"""A browser test module's `pytestmark`."""


def launched_chromium() -> Iterator[Browser]:
    """Chromium, headless, for as long as the caller's fixture lasts."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()

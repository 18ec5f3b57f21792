"""What the browser tests share: Debian's headless Chromium driven by Playwright, or a skip.

Playwright drives that binary (`executable_path`); it downloads no browser.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

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


AXE = Path(__file__).resolve().parent / "data" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

if TYPE_CHECKING:
    from playwright.sync_api import Page


def opened_site(browser: Browser, page_file: Path, width: int = 1280) -> Page:
    """The attendee site at `page_file` in a new window `width` px wide, its script ready, with no script error."""
    page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(page_file.as_uri())
    page.wait_for_selector("html[data-ready]")
    assert errors == []
    return page


def axe_violations(page: Page) -> list[str]:
    """What axe-core finds against WCAG 2.1 A and AA on the page as it is now: rule and first places."""
    page.add_script_tag(path=str(AXE))
    violations: list[str] = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
        ".map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))",
        WCAG_AA,
    )
    return violations

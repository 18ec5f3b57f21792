"""`program serve` seen in headless Chromium: an edit reloads the open pages, a broken feed shows its error.

`program serve` runs in a subprocess on a copy of the sample, on a free port; Playwright
drives the system's Chromium (`executable_path`, no download), as test_site_in_chromium.py
does, and is skipped the same way when either is missing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from in_chromium import NEEDS_CHROMIUM

from helpers import SAMPLE_PAGE, SAMPLE_PROGRAM_FILE, Serving, copy_of_the_sample

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = NEEDS_CHROMIUM

WITHIN = 2.0
"""Seconds from saving a file to the open page showing the new build (the issue's bound, at the sample's size)."""

SLACK = 10.0
"""Seconds allowed where the issue sets no bound (the error shown, the page mended): a busy CI machine."""

PAGES = ("index.html", "program.html", "speakers.html")
OVERLAY = "#__program-error"


@pytest.fixture
def serving(tmp_path: Path) -> Iterator[tuple[Serving, str]]:
    copy_of_the_sample(tmp_path)
    running = Serving(tmp_path, SAMPLE_PROGRAM_FILE.name, "--no-pdf", "--port", "0")
    try:
        yield running, running.url()
    finally:
        assert running.stop() == 0, running.stderr


def _open(browser: Browser, url: str, errors: list[str]) -> Page:
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    return page


def _edit(path: Path, *replacements: str) -> float:
    """Replace each `old` by its `new` (pairs) in `path`, saved once; return when, on the monotonic clock."""
    text = path.read_text(encoding="utf-8")
    for old, new in zip(replacements[::2], replacements[1::2], strict=True):
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    return time.monotonic()


def _shows(page: Page, text: str, timeout: float) -> None:
    script = "text => document.body !== null && document.body.innerText.includes(text)"  # null while reloading
    page.wait_for_function(script, arg=text, timeout=max(timeout, 0.001) * 1000)


def test_an_edit_reloads_the_open_pages_and_a_broken_feed_shows_its_error_until_mended(
    browser: Browser, serving: tuple[Serving, str], tmp_path: Path
) -> None:
    running, url = serving
    feed, program_file = tmp_path / SAMPLE_PAGE.name, tmp_path / SAMPLE_PROGRAM_FILE.name
    errors: list[str] = []
    pages = {name: _open(browser, url + ("" if name == "index.html" else name), errors) for name in PAGES}
    for name, page in pages.items():
        _shows(page, "Jeff Dean", 5)
        assert page.evaluate("document.querySelectorAll('script[data-program-serve]').length") == 1, name

    # An item's title and a speaker's name, edited in the feed: every open page shows them.
    saved = _edit(feed, "Opening Remarks\n", "Opening Words\n", "Olga Solodova ·", "Olga Solodovnikova ·")
    for name in ("index.html", "program.html"):
        _shows(pages[name], "Opening Words", WITHIN - (time.monotonic() - saved))
    _shows(pages["speakers.html"], "Solodovnikova", WITHIN - (time.monotonic() - saved))
    print(f"edit to reloaded pages: {time.monotonic() - saved:.2f} s")

    # The program's title, edited in the program file.
    saved = _edit(program_file, 'title = "ML for Systems Workshop', 'title = "ML for Systems Day')
    pages["index.html"].wait_for_function(
        "document.title.includes('ML for Systems Day')", timeout=max(WITHIN - (time.monotonic() - saved), 0.001) * 1000
    )

    # Broken: the error, with its file and line, over every page; the last good build stays.
    _edit(feed, "Sat 8:30 a.m. - 8:40 a.m.", "Sat 8:30 a.m. - banana")
    for page in pages.values():
        page.evaluate("window.before_the_mend = true")
        page.wait_for_selector(OVERLAY, timeout=SLACK * 1000)
        assert f"{SAMPLE_PAGE.name}:1: error: unreadable-block" in page.inner_text(OVERLAY)
    assert "Opening Words" in pages["program.html"].inner_text("body")
    assert any(f"{SAMPLE_PAGE.name}:1: error: unreadable-block" in line for line in running.stderr)

    # Mended: the message goes, the pages reload onto the new build.
    _edit(feed, "Sat 8:30 a.m. - banana", "Sat 8:30 a.m. - 8:45 a.m.")
    for page in pages.values():
        page.wait_for_function("window.before_the_mend === undefined", timeout=SLACK * 1000)
        page.wait_for_selector(OVERLAY, state="detached", timeout=SLACK * 1000)
    _shows(pages["program.html"], "8:45", SLACK)
    assert errors == []


def test_a_page_opened_while_the_build_is_broken_shows_the_error_at_once(
    browser: Browser, serving: tuple[Serving, str], tmp_path: Path
) -> None:
    _, url = serving
    feed = tmp_path / SAMPLE_PAGE.name
    _edit(feed, "Sat 8:30 a.m. - 8:40 a.m.", "Sat 8:30 a.m. - banana")
    errors: list[str] = []

    page = _open(browser, url, errors)

    page.wait_for_selector(OVERLAY, timeout=SLACK * 1000)
    assert f"{SAMPLE_PAGE.name}:1: error" in page.inner_text(OVERLAY)
    assert errors == []

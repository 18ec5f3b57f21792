"""The attendee site as the browser tests open it: written from a program, opened at a width, its items shown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from program.loading import Loaded
from program.pipeline import write_outputs
from program.rendering import render_outputs
from program.writers import WRITERS

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

PRESSED = (
    "[...document.querySelectorAll('.star[aria-pressed=true]')].map(b => b.closest('[data-item-id]').dataset.itemId)"
)
SITE_WRITERS = ("site", "site-assets", "ics")


def write_site(loaded: Loaded, out: Path) -> Path:
    write_outputs(render_outputs(loaded.program, [WRITERS[name] for name in SITE_WRITERS]), out, folders=["site"])
    return out / "index.html"


def open_page(browser: Browser, page_file: Path, *, width: int = 390, **options: Any) -> Page:
    context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True, **options)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(page_file.as_uri())
    if options.get("java_script_enabled", True):
        page.wait_for_selector("html[data-ready]")
    assert errors == []
    return page


def visible_ids(page: Page) -> list[str]:
    """The items shown, once the script has shown or hidden every item (it does so a slice per frame)."""
    page.wait_for_function("document.documentElement.dataset.settled !== '0'")
    ids: list[str] = page.evaluate(
        "[...document.querySelectorAll('[data-item-id]')].filter(e => e.offsetParent !== null)"
        ".map(e => e.dataset.itemId)"
    )
    return ids

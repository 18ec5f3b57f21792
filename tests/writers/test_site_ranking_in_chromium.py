"""The attendee site of 38C3 in headless Chromium: search results ranked, tracks as colours.

Skipped when Chromium (Debian's `chromium`) or the `playwright` package is missing.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from in_chromium import NEEDS_CHROMIUM, axe_violations, opened_site
from program.loading import Loaded, load_program
from program.pipeline import write_outputs
from program.rendering import render_outputs
from program.settings import FeedSpec, Settings
from program.writers import WRITERS
from program.writers.site_tracks import PALETTE

from helpers import FRAB

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = NEEDS_CHROMIUM


@pytest.fixture(scope="module")
def congress(tmp_path_factory: pytest.TempPathFactory) -> tuple[Loaded, Path]:
    """38C3: four days, 1,007 events, seven tracks."""
    loaded = load_program(Settings(feeds=(FeedSpec(FRAB / "examples" / "xml" / "schedule-38c3-20251206.xml"),)))
    out = tmp_path_factory.mktemp("congress") / "out"
    outputs = render_outputs(loaded.program, [WRITERS[name] for name in ("site", "site-assets", "ics")])
    write_outputs(outputs, out, folders=["site"])
    return loaded, out / "index.html"


def _best(page: Page, query: str) -> list[str]:
    page.fill("#_q", query)
    page.wait_for_selector("#_best:not([hidden])")
    hrefs: list[str] = page.eval_on_selector_all("#_best_list a", "links => links.map(a => a.getAttribute('href'))")
    return hrefs


def test_a_title_match_is_listed_above_earlier_abstract_only_matches(
    browser: Browser, congress: tuple[Loaded, Path]
) -> None:
    loaded, site_file = congress
    timed = [item for item in loaded.program.items if item.start]
    in_title = [item for item in timed if "climate" in item.title.lower()]
    in_abstract = [item for item in timed if "climate" in (item.abstract or "").lower() and item not in in_title]
    # What makes the case: one title match, on the evening of 29 December, after abstract-only ones.
    assert len(in_title) == 1
    title_match = in_title[0]
    assert title_match.start is not None
    assert any(item.start is not None and item.start < title_match.start for item in in_abstract)
    page = opened_site(browser, site_file)

    best = _best(page, "climate")

    assert best[0] == f"#item-{title_match.id}"
    assert set(best[1:]) <= {f"#item-{item.id}" for item in in_abstract}
    # The days below keep their time order; the list above leads to the item, by keyboard too.
    page.focus("#_best_list a")
    page.keyboard.press("Enter")
    page.wait_for_function(f"location.hash === '#item-{title_match.id}'")
    assert page.is_visible(f"#item-{title_match.id}")


def test_a_word_starting_with_the_term_ranks_above_a_word_containing_it(
    browser: Browser, congress: tuple[Loaded, Path]
) -> None:
    loaded, site_file = congress
    in_title = [item for item in loaded.program.items if "crypt" in item.title.lower()]
    starting = [item for item in in_title if re.search(r"(^|\W)crypt", item.title.lower())]
    assert (len(in_title), len(starting)) == (9, 7)  # "Cryptography…" seven times, "…encrypted…" twice
    page = opened_site(browser, site_file)

    best = _best(page, "crypt")

    by_href = {f"#item-{item.id}": item for item in in_title}
    assert {by_href[href].id for href in best[:7]} == {item.id for item in starting}
    starts = [by_href[href].start or datetime.max for href in best[:7]]
    assert starts == sorted(starts)  # ties in time order
    assert set(best[7:9]) == {f"#item-{item.id}" for item in in_title if item not in starting}


def test_tracks_have_different_colours_on_cards_and_in_the_filter(
    browser: Browser, congress: tuple[Loaded, Path]
) -> None:
    loaded, site_file = congress
    tracks = sorted({item.track for item in loaded.program.items if item.track})
    assert len(tracks) == 7
    page = opened_site(browser, site_file)

    chips = page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('.i .tr')]"
        ".map(chip => [chip.textContent, getComputedStyle(chip).backgroundColor]))"
    )
    options = page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('#_track option[class]')]"
        ".map(option => [option.textContent, getComputedStyle(option).backgroundColor]))"
    )

    expected = {track: _rgb(PALETTE[number]) for number, track in enumerate(tracks)}
    assert chips == options == expected
    assert len(set(chips.values())) == len(tracks)


def _rgb(colour: str) -> str:
    red, green, blue = (int(colour[at : at + 2], 16) for at in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


@pytest.mark.parametrize("width", [390, 1280])
def test_axe_core_finds_no_violation_with_track_colours_and_best_matches(
    browser: Browser, congress: tuple[Loaded, Path], width: int
) -> None:
    page = opened_site(browser, congress[1], width=width)
    _best(page, "security")

    assert axe_violations(page) == []

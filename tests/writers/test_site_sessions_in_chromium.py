"""A session's talks on the attendee site, in headless Chromium: inside their session, in order.

HAOC 2021's page (tests/data/pages/haoc-2021.md) gives each slot its time and heading and lists
the talks inside it, without times of their own; the expectations are read from that page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import icalendar
import pytest

from in_chromium import NEEDS_CHROMIUM, axe_violations, opened_site
from program.loading import load_program
from program.pipeline import write_outputs
from program.rendering import render_outputs
from program.settings import FeedSpec, Settings
from program.writers import WRITERS

from helpers import ROOT

if TYPE_CHECKING:
    from playwright.sync_api import Browser

pytestmark = NEEDS_CHROMIUM

HAOC = ROOT / "tests" / "data" / "pages" / "haoc-2021.md"
SESSIONS = [
    ["Keynote", ["Too Many Tests, Too Little Time: How to Find Bugs Faster"]],
    [
        "Paper Presentation Session I",
        [
            "CARE: Infusing Causal Aware Thinking to Root Cause Analysis in Cloud System",
            "Frisbee: A Suite for Benchmarking Systems Recovery",
        ],
    ],
    ["Invited Talk I", ["On the Art of Wielding a Double-Edged Sword (or Finessing Modern Networks)"]],
    [
        "Paper Presentation Session II",
        [
            "Examining Raft's behaviour during partial network failures",
            "Service mesh circuit breaker: From panic button to performance management tool",
        ],
    ],
    ["Invited Talk II", ["Sampling Distributed Traces: Evolution from 2005 to Today"]],
]
"""Each slot with talks on the page, and its talks' titles in the page's order."""
SESSIONS_WITH_TALKS = """[...document.querySelectorAll('.day article.i:has(> .talks)')].map(session => [
    session.querySelector(':scope > h3').textContent.trim(),
    [...session.querySelectorAll(':scope > .talks > li > article h4')].map(h => h.textContent.trim())])"""
VISIBLE_TITLES = (
    "[...document.querySelectorAll('article.i > :is(h3, h4)')].filter(h => h.checkVisibility())"
    ".map(h => h.textContent.trim())"
)


@pytest.fixture(scope="module")
def haoc_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    program = load_program(Settings(feeds=(FeedSpec(HAOC),))).program
    out = tmp_path_factory.mktemp("haoc") / "out"
    writers = [WRITERS[name] for name in ("site", "site-assets", "ics", "html")]
    write_outputs(render_outputs(program, writers), out, folders=["site"])
    return out / "index.html"


@pytest.mark.parametrize("width", [390, 1280])
def test_site_shows_each_sessions_talks_inside_it_in_order(browser: Browser, haoc_site: Path, width: int) -> None:
    page = opened_site(browser, haoc_site, width)

    sessions = page.evaluate(SESSIONS_WITH_TALKS)
    others = page.locator("#_others").count()

    assert (sessions, others) == (SESSIONS, 0)


def test_site_talk_inside_session_shows_its_people_and_abstract(browser: Browser, haoc_site: Path) -> None:
    page = opened_site(browser, haoc_site, 1280)
    talk = page.locator("article.i", has_text="Frisbee: A Suite").last

    people = talk.locator(".pp").inner_text()
    talk.locator("summary").click()
    abstract = talk.locator("details p").inner_text()

    assert people == "Fotis Nikolaidis, Antony Chazapis, Manolis Marazakis, Angelos Bilas"
    assert abstract.startswith("With failures being unavoidable, a system's ability to recover")


def test_site_search_for_a_talk_shows_it_inside_its_session_only(browser: Browser, haoc_site: Path) -> None:
    page = opened_site(browser, haoc_site, 390)

    page.fill("#_q", "frisbee")
    page.wait_for_selector("html[data-settled='1']")

    assert page.inner_text("#_status") == "1 of 18 items shown."  # the talk: its session is only around it
    assert page.evaluate(VISIBLE_TITLES) == [
        "Paper Presentation Session I",
        "Frisbee: A Suite for Benchmarking Systems Recovery",
    ]


def test_site_starred_talks_calendar_event_is_its_sessions(browser: Browser, haoc_site: Path) -> None:
    page = opened_site(browser, haoc_site, 390)

    page.locator("article.i", has_text="Examining Raft").last.locator(".star").first.click()
    calendar = icalendar.Calendar.from_ical(
        page.evaluate("fetch(document.getElementById('_ics').href).then(r => r.text())")
    )

    assert [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")] == ["Paper Presentation Session II"]


@pytest.mark.parametrize("width", [390, 1280])
def test_site_with_talks_in_sessions_is_accessible_and_fits(browser: Browser, haoc_site: Path, width: int) -> None:
    page = opened_site(browser, haoc_site, width)

    assert (axe_violations(page), page.evaluate("document.documentElement.scrollWidth")) == ([], width)


@pytest.mark.parametrize("width", [390, 1280])
def test_program_html_shows_talks_inside_their_sessions_row(browser: Browser, haoc_site: Path, width: int) -> None:
    page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
    page.goto(haoc_site.with_name("program.html").as_uri())

    row = page.locator("tr").filter(has=page.get_by_text("Paper Presentation Session I", exact=True))
    titles = [title.inner_text() for title in row.locator("ol.talks li .title").all()]

    assert titles == SESSIONS[1][1]
    assert row.locator("ol.talks").is_visible()


def test_site_starred_talk_shows_in_my_schedule_within_its_session(browser: Browser, haoc_site: Path) -> None:
    page = opened_site(browser, haoc_site, 390)

    page.locator("article.i", has_text="Examining Raft").last.locator(".star").first.click()
    page.click("button[data-view=mine]")
    page.wait_for_selector("html[data-settled='1']")

    assert page.evaluate(VISIBLE_TITLES) == [
        "Paper Presentation Session II",
        "Examining Raft's behaviour during partial network failures",
    ]

"""The attendee site (index.html) in headless Chromium, driven by Playwright, opened from file://.

Phone and wide layouts, search and filters, stars kept across a reload, the share link, the
calendar the browser makes (parsed by icalendar and vobject, its UIDs those of program.ics),
keyboard use, reading without JavaScript, dark mode, now/next at a fixed clock.

Skipped when Chromium (Debian's `chromium`) or the `playwright` package is missing; Playwright
drives that binary (`executable_path`), it downloads no browser.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import icalendar
import pytest
import vobject

from in_chromium import NEEDS_CHROMIUM
from program.loading import Loaded
from program.model import Kind
from program.writers.calendar_events import event_uid
from site_pages import PRESSED, open_page, visible_ids, write_site

from conftest import LoadText
from helpers import CHICAGO, entry

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = NEEDS_CHROMIUM


def test_every_item_is_on_the_page_once(browser: Browser, site: Path, sample: Loaded) -> None:
    page = open_page(browser, site)

    ids = page.evaluate("[...document.querySelectorAll('[data-item-id]')].map(e => e.dataset.itemId)")

    assert Counter(ids) == Counter(item.id for item in sample.program.items)
    assert sorted(visible_ids(page)) == sorted(ids)


def test_a_phone_never_scrolls_sideways(browser: Browser, site: Path) -> None:
    page = open_page(browser, site, width=390)

    widest = page.evaluate(
        "Math.max(document.documentElement.scrollWidth,"
        " ...[...document.querySelectorAll('body *')].map(e => e.getBoundingClientRect().right))"
    )

    assert widest <= 390


def test_the_overlapping_invited_talk_sits_beside_the_poster_session_on_a_wide_screen(
    browser: Browser, site: Path, sample: Loaded
) -> None:
    talk = next(item for item in sample.program.items if item.title.startswith("Steve Keckler"))
    session = next(item for item in sample.program.items if item.kind is Kind.POSTER_SESSION and item.overlaps(talk))
    page = open_page(browser, site, width=1280)

    boxes = [page.locator(f'[data-item-id="{item.id}"]').bounding_box() for item in (talk, session)]

    assert boxes[0] is not None and boxes[1] is not None
    assert abs(boxes[0]["y"] - boxes[1]["y"]) < 5  # the same row
    assert boxes[0]["x"] + boxes[0]["width"] <= boxes[1]["x"] or boxes[1]["x"] + boxes[1]["width"] <= boxes[0]["x"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280


def test_rooms_are_columns_on_a_wide_screen_and_one_list_on_a_phone(
    browser: Browser, load_text: LoadText, tmp_path: Path
) -> None:
    feed = "".join(
        entry(time, title, f"({kind})", room, people=people)
        for time, title, kind, room, people in [
            ("Sat 9:00 a.m. - 9:30 a.m.", "Compilers one", "Talk", "Room 2", "Ada Lovelace"),
            ("Sat 9:00 a.m. - 9:30 a.m.", "Storage one", "Talk", "Room 10", "Alan Turing"),
            ("Sat 9:30 a.m. - 10:00 a.m.", "Compilers two", "Talk", "Room 2", "Grace Hopper"),
            ("Sat 9:30 a.m. - 10:00 a.m.", "Storage two", "Talk", "Room 10", "Edsger Dijkstra"),
        ]
    )
    site_file = write_site(load_text(feed), tmp_path / "out")
    wide = open_page(browser, site_file, width=1280)
    phone = open_page(browser, site_file, width=390)

    def lefts(page: Page) -> dict[str, float]:
        result: dict[str, float] = page.evaluate(
            "Object.fromEntries([...document.querySelectorAll('[data-item-id]')]"
            ".map(e => [e.querySelector('h3').textContent, e.getBoundingClientRect().left]))"
        )
        return result

    columns, rows = lefts(wide), lefts(phone)
    assert columns["Compilers one"] == columns["Compilers two"] < columns["Storage one"] == columns["Storage two"]
    assert wide.locator(".room").all_inner_texts() == ["Room 2", "Room 10"]
    assert len(set(rows.values())) == 1


def test_search_finds_titles_people_and_abstract_words(browser: Browser, site: Path, sample: Loaded) -> None:
    page = open_page(browser, site)
    spotlight = next(item for item in sample.program.items if "superoptimizer" in item.title)
    poster = next(item for item in sample.program.items if item.kind is Kind.POSTER and item.paper == spotlight.paper)

    page.fill("#_q", "superoptimizer")
    page.wait_for_function("document.getElementById('_status').textContent.startsWith('2 of')")
    assert sorted(visible_ids(page)) == sorted([spotlight.id, poster.id])

    page.fill("#_q", "jeff dean")
    page.wait_for_function("document.getElementById('_status').textContent.startsWith('1 of')")
    assert [sample.program.items_by_id()[item_id].title for item_id in visible_ids(page)] == [
        "Jeff Dean - Invited Talk"
    ]

    page.fill("#_q", "")
    page.wait_for_function("document.getElementById('_status').textContent === ''")
    assert len(visible_ids(page)) == len(sample.program.items)


def _shown_after(page: Page, field: str, text: str) -> list[str]:
    page.fill(field, text)
    page.wait_for_function("document.getElementById('_status').textContent !== ''")
    return visible_ids(page)


def test_search_ignores_case_and_accents(browser: Browser, site: Path, sample: Loaded) -> None:
    page = open_page(browser, site)
    clement = {item.id for item in sample.program.items if any("Clément" in name for name in item.people)}
    assert clement

    assert set(_shown_after(page, "#_q", "clement")) == clement
    assert set(_shown_after(page, "#_q", "CLÉMENT")) == clement
    assert set(_shown_after(page, "#_person", "clement metz")) == clement


def test_search_finds_an_umlaut_written_either_way(browser: Browser, congress: tuple[Loaded, Path]) -> None:
    loaded, site_file = congress
    page = open_page(browser, site_file)
    gruter = [item.id for item in loaded.program.items if "Ada Grüter" in item.people]
    assert len(gruter) == 1

    for typed in ("Gruter", "grueter", "Grüter"):
        assert _shown_after(page, "#_q", typed) == gruter
    assert _shown_after(page, "#_person", "Grueter") == gruter


def test_a_merged_person_is_found_by_their_other_spelling(browser: Browser, site: Path, sample: Loaded) -> None:
    person = next(person for person in sample.program.people if "Steve Keckler" in person.aliases)
    assert person.display != "Steve Keckler"
    page = open_page(browser, site)

    assert set(_shown_after(page, "#_person", "Steve Keckler")) == set(person.items)
    page.fill("#_person", "")
    assert set(_shown_after(page, "#_q", "steve keckler")) >= set(person.items)


def test_no_heading_stays_over_nothing_and_an_empty_result_says_how_to_clear_it(
    browser: Browser, site: Path, sample: Loaded
) -> None:
    page = open_page(browser, site)
    talk = next(item for item in sample.program.items if item.title == "Jeff Dean - Invited Talk")
    assert page.locator("#_postersh").is_visible()

    assert _shown_after(page, "#_q", "jeff dean") == [talk.id]
    assert page.locator("#_postersh").is_hidden()  # no poster matches: no "Posters" heading

    assert _shown_after(page, "#_q", "no such words anywhere") == []
    assert page.inner_text("#_status").startswith("Nothing matches")
    page.click("#_clear")
    page.wait_for_function("document.getElementById('_status').textContent === ''")
    assert len(visible_ids(page)) == len(sample.program.items)
    assert page.locator("#_postersh").is_visible()
    assert page.locator("#_clear").is_hidden()


def test_a_program_without_posters_has_no_posters_view(browser: Browser, congress: tuple[Loaded, Path]) -> None:
    page = open_page(browser, congress[1], width=1280)

    assert page.locator(".views button").all_inner_texts() == ["Program", "My schedule", "Speakers"]
    assert page.locator("#_posters, #_postersh").count() == 0


def test_filters_by_kind_and_person(browser: Browser, site: Path, sample: Loaded) -> None:
    page = open_page(browser, site)
    posters = {item.id for item in sample.program.items if item.kind is Kind.POSTER}

    page.select_option("#_kind", label="Poster")
    page.wait_for_function("document.getElementById('_status').textContent !== ''")
    assert set(visible_ids(page)) == posters

    page.select_option("#_kind", label="all")
    page.fill("#_person", "David Pan")
    page.wait_for_function("document.getElementById('_status').textContent !== ''")
    person = next(person for person in sample.program.people if person.display == "David Pan")
    assert set(visible_ids(page)) == set(person.items)


def _star(page: Page, item_id: str) -> None:
    page.click(f'[data-item-id="{item_id}"] .star')


def test_stars_survive_a_reload_and_make_my_schedule(browser: Browser, site: Path, sample: Loaded) -> None:
    page = open_page(browser, site)
    chosen = [sample.program.items[1].id, next(item.id for item in sample.program.items if item.kind is Kind.POSTER)]

    for item_id in chosen:
        _star(page, item_id)
    page.reload()
    page.wait_for_selector("html[data-ready]")

    pressed = page.evaluate(PRESSED)
    assert sorted(pressed) == sorted(chosen)
    page.click("button[data-view=mine]")
    assert sorted(visible_ids(page)) == sorted(chosen)


def _uids(calendar_text: str) -> list[str]:
    return [str(event["UID"]) for event in icalendar.Calendar.from_ical(calendar_text).walk("VEVENT")]


def test_the_calendar_made_in_the_browser_has_program_ics_events(browser: Browser, site: Path, sample: Loaded) -> None:
    page = open_page(browser, site)
    talk = sample.program.items[1]
    poster = next(item for item in sample.program.items if item.kind is Kind.POSTER)  # shown at both sessions
    for item in (talk, poster):
        _star(page, item.id)
    page.click("button[data-view=mine]")

    with page.expect_download() as download_info:
        page.click("#_ics")
    data = Path(download_info.value.path()).read_bytes()
    text = data.decode()

    whole = (site.parent / "program.ics").read_bytes().decode()
    by_uid = {str(event["UID"]): event for event in icalendar.Calendar.from_ical(whole).walk("VEVENT")}
    uids = _uids(text)
    by_id = sample.program.items_by_id()
    sessions = [event_uid(by_id[session], sample.program) for session in poster.sessions]
    assert len(sessions) == 2
    assert uids == [event_uid(talk, sample.program), *sessions]  # running order, a poster as its sessions
    assert all(uid in by_uid for uid in uids)
    parsed = vobject.readOne(text)
    assert sorted(str(event.uid.value) for event in parsed.vevent_list) == sorted(uids)
    assert "BEGIN:VTIMEZONE" in text
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded by icalendar
    events = text.split("BEGIN:VEVENT")[1:]
    assert all(("BEGIN:VEVENT" + event.split("END:VEVENT")[0]) in whole for event in events)  # the same bytes


def test_the_share_link_restores_the_stars_on_another_device(browser: Browser, site: Path, sample: Loaded) -> None:
    page = open_page(browser, site)
    chosen = [item.id for item in sample.program.items[2:4]]
    for item_id in chosen:
        _star(page, item_id)
    link = page.get_attribute("#_share", "href")
    assert link is not None

    other = browser.new_context(viewport={"width": 390, "height": 900}).new_page()  # no localStorage shared
    other.goto(link)
    other.wait_for_selector("html[data-ready]")

    pressed = other.evaluate(PRESSED)
    assert sorted(pressed) == sorted(chosen)
    assert sorted(visible_ids(other)) == sorted(chosen)  # My schedule is shown


@pytest.mark.parametrize("mangled", ["#fav={id},%E0%A4%A", "#fav=%E0%A4%A,{id}", "#%E0%A4%A"])
def test_a_malformed_share_link_does_not_stop_the_script(
    browser: Browser, site: Path, sample: Loaded, mangled: str
) -> None:
    shared, other = (item.id for item in sample.program.items[2:4])
    page = browser.new_context(viewport={"width": 390, "height": 900}).new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    page.goto(site.as_uri() + mangled.format(id=shared))
    page.wait_for_selector("html[data-ready]")
    page.click("button[data-view=program]")  # the shared link shows My schedule
    _star(page, other)  # the script still answers

    assert errors == []
    assert sorted(page.evaluate(PRESSED)) == sorted([shared, other] if "fav=" in mangled else [other])


def test_keyboard_alone_stars_an_item_and_downloads_the_calendar(browser: Browser, site: Path) -> None:
    page = open_page(browser, site)

    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('star')"):
            break
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.getAttribute('aria-pressed')") == "true"

    page.focus("button[data-view=mine]")
    page.keyboard.press("Enter")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "_ics":
            break
    with page.expect_download() as download_info:
        page.keyboard.press("Enter")
    assert len(_uids(Path(download_info.value.path()).read_bytes().decode())) == 1


def test_everything_reads_without_javascript(browser: Browser, site: Path, sample: Loaded) -> None:
    page = open_page(browser, site, java_script_enabled=False)

    assert sorted(visible_ids(page)) == sorted(item.id for item in sample.program.items)
    assert page.locator(".star").first.is_hidden()
    assert "Abstract" in page.inner_text("main")


def test_dark_mode_follows_the_system(browser: Browser, site: Path) -> None:
    light = open_page(browser, site, color_scheme="light")
    dark = open_page(browser, site, color_scheme="dark")

    background = "getComputedStyle(document.body).backgroundColor"
    assert light.evaluate(background) == "rgb(255, 255, 255)"
    assert dark.evaluate(background) == "rgb(18, 18, 18)"


def test_now_and_next_by_the_device_clock(browser: Browser, site: Path, sample: Loaded) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 900})
    page = context.new_page()
    page.clock.set_fixed_time(datetime(2022, 12, 3, 10, 25, tzinfo=CHICAGO))
    page.goto(site.as_uri())
    page.wait_for_selector("html[data-ready]")

    now = page.evaluate("[...document.querySelectorAll('.now')].map(e => e.dataset.itemId)")
    upcoming = page.evaluate("[...document.querySelectorAll('.next')].map(e => e.dataset.itemId)")

    by_id = sample.program.items_by_id()
    assert [by_id[item_id].kind for item_id in now] == [Kind.POSTER_SESSION]
    assert [by_id[item_id].title for item_id in upcoming] == [
        "A code superoptimizer through neural Monte-Carlo tree search"
    ]


def test_times_switch_to_the_device_zone(browser: Browser, site: Path, sample: Loaded) -> None:
    page = open_page(browser, site, timezone_id="Europe/Paris")
    first = f'[data-item-id="{sample.program.items[0].id}"] .t'
    assert page.inner_text(first) == "8:30 a.m.–8:40 a.m."

    page.click("#_tz")

    assert page.inner_text(first) == "Sat 3:30 p.m.–3:40 p.m."

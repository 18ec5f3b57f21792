"""The attendee site (index.html) in headless Chromium, driven by Playwright, opened from file://.

Phone and wide layouts, search and filters, stars kept across a reload, the share link, the
calendar the browser makes (parsed by icalendar and vobject, its UIDs those of program.ics),
keyboard use, reading without JavaScript, dark mode, now/next at a fixed clock.

Skipped when Chromium (Debian's `chromium`) or the `playwright` package is missing; Playwright
drives that binary (`executable_path`), it downloads no browser.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import icalendar
import pytest
import vobject

from in_chromium import NEEDS_CHROMIUM, axe_violations, launched_chromium
from program.model import Kind
from program.pipeline import Loaded, load_program, write_outputs
from program.rendering import render_outputs
from program.settings import FeedSpec, Settings, load_program_file
from program.writers import WRITERS
from program.writers.calendar_events import event_uid

from conftest import LoadText
from helpers import CHICAGO, FRAB, ROOT, SAMPLE_PROGRAM_FILE, entry

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = NEEDS_CHROMIUM

PRESSED = (
    "[...document.querySelectorAll('.star[aria-pressed=true]')].map(b => b.closest('[data-item-id]').dataset.itemId)"
)
SITE_WRITERS = ("site", "site-assets", "ics")


def _write_site(loaded: Loaded, out: Path) -> Path:
    write_outputs(render_outputs(loaded.program, [WRITERS[name] for name in SITE_WRITERS]), out, folders=["site"])
    return out / "index.html"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from launched_chromium()


@pytest.fixture(scope="module")
def site(sample: Loaded, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write_site(sample, tmp_path_factory.mktemp("site") / "out")


@pytest.fixture(scope="module")
def congress(tmp_path_factory: pytest.TempPathFactory) -> tuple[Loaded, Path]:
    """38C3: four days, 1,007 events in 53 rooms, times in Europe/Berlin."""
    loaded = load_program(Settings(feeds=(FeedSpec(FRAB / "examples" / "xml" / "schedule-38c3-20251206.xml"),)))
    return loaded, _write_site(loaded, tmp_path_factory.mktemp("congress") / "out")


def _open(browser: Browser, page_file: Path, *, width: int = 390, **options: Any) -> Page:
    context = browser.new_context(viewport={"width": width, "height": 900}, accept_downloads=True, **options)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(page_file.as_uri())
    if options.get("java_script_enabled", True):
        page.wait_for_selector("html[data-ready]")
    assert errors == []
    return page


def _visible_ids(page: Page) -> list[str]:
    """The items shown, once the script has shown or hidden every item (it does so a slice per frame)."""
    page.wait_for_function("document.documentElement.dataset.settled !== '0'")
    ids: list[str] = page.evaluate(
        "[...document.querySelectorAll('[data-item-id]')].filter(e => e.offsetParent !== null)"
        ".map(e => e.dataset.itemId)"
    )
    return ids


def test_every_item_is_on_the_page_once(browser: Browser, site: Path, sample: Loaded) -> None:
    page = _open(browser, site)

    ids = page.evaluate("[...document.querySelectorAll('[data-item-id]')].map(e => e.dataset.itemId)")

    assert Counter(ids) == Counter(item.id for item in sample.program.items)
    assert sorted(_visible_ids(page)) == sorted(ids)


def test_a_phone_never_scrolls_sideways(browser: Browser, site: Path) -> None:
    page = _open(browser, site, width=390)

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
    page = _open(browser, site, width=1280)

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
    site_file = _write_site(load_text(feed), tmp_path / "out")
    wide = _open(browser, site_file, width=1280)
    phone = _open(browser, site_file, width=390)

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
    page = _open(browser, site)
    spotlight = next(item for item in sample.program.items if "superoptimizer" in item.title)
    poster = next(item for item in sample.program.items if item.kind is Kind.POSTER and item.paper == spotlight.paper)

    page.fill("#_q", "superoptimizer")
    page.wait_for_function("document.getElementById('_status').textContent.startsWith('2 of')")
    assert sorted(_visible_ids(page)) == sorted([spotlight.id, poster.id])

    page.fill("#_q", "jeff dean")
    page.wait_for_function("document.getElementById('_status').textContent.startsWith('1 of')")
    assert [sample.program.items_by_id()[item_id].title for item_id in _visible_ids(page)] == [
        "Jeff Dean - Invited Talk"
    ]

    page.fill("#_q", "")
    page.wait_for_function("document.getElementById('_status').textContent === ''")
    assert len(_visible_ids(page)) == len(sample.program.items)


def _shown_after(page: Page, field: str, text: str) -> list[str]:
    page.fill(field, text)
    page.wait_for_function("document.getElementById('_status').textContent !== ''")
    return _visible_ids(page)


def test_search_ignores_case_and_accents(browser: Browser, site: Path, sample: Loaded) -> None:
    page = _open(browser, site)
    clement = {item.id for item in sample.program.items if any("Clément" in name for name in item.people)}
    assert clement

    assert set(_shown_after(page, "#_q", "clement")) == clement
    assert set(_shown_after(page, "#_q", "CLÉMENT")) == clement
    assert set(_shown_after(page, "#_person", "clement metz")) == clement


def test_search_finds_an_umlaut_written_either_way(browser: Browser, congress: tuple[Loaded, Path]) -> None:
    loaded, site_file = congress
    page = _open(browser, site_file)
    gruter = [item.id for item in loaded.program.items if "Ada Grüter" in item.people]
    assert len(gruter) == 1

    for typed in ("Gruter", "grueter", "Grüter"):
        assert _shown_after(page, "#_q", typed) == gruter
    assert _shown_after(page, "#_person", "Grueter") == gruter


def test_a_merged_person_is_found_by_their_other_spelling(browser: Browser, site: Path, sample: Loaded) -> None:
    person = next(person for person in sample.program.people if "Steve Keckler" in person.aliases)
    assert person.display != "Steve Keckler"
    page = _open(browser, site)

    assert set(_shown_after(page, "#_person", "Steve Keckler")) == set(person.items)
    page.fill("#_person", "")
    assert set(_shown_after(page, "#_q", "steve keckler")) >= set(person.items)


def test_no_heading_stays_over_nothing_and_an_empty_result_says_how_to_clear_it(
    browser: Browser, site: Path, sample: Loaded
) -> None:
    page = _open(browser, site)
    talk = next(item for item in sample.program.items if item.title == "Jeff Dean - Invited Talk")
    assert page.locator("#_postersh").is_visible()

    assert _shown_after(page, "#_q", "jeff dean") == [talk.id]
    assert page.locator("#_postersh").is_hidden()  # no poster matches: no "Posters" heading

    assert _shown_after(page, "#_q", "no such words anywhere") == []
    assert page.inner_text("#_status").startswith("Nothing matches")
    page.click("#_clear")
    page.wait_for_function("document.getElementById('_status').textContent === ''")
    assert len(_visible_ids(page)) == len(sample.program.items)
    assert page.locator("#_postersh").is_visible()
    assert page.locator("#_clear").is_hidden()


def test_a_program_without_posters_has_no_posters_view(browser: Browser, congress: tuple[Loaded, Path]) -> None:
    page = _open(browser, congress[1], width=1280)

    assert page.locator(".views button").all_inner_texts() == ["Program", "My schedule", "Speakers"]
    assert page.locator("#_posters, #_postersh").count() == 0


def test_filters_by_kind_and_person(browser: Browser, site: Path, sample: Loaded) -> None:
    page = _open(browser, site)
    posters = {item.id for item in sample.program.items if item.kind is Kind.POSTER}

    page.select_option("#_kind", label="Poster")
    page.wait_for_function("document.getElementById('_status').textContent !== ''")
    assert set(_visible_ids(page)) == posters

    page.select_option("#_kind", label="all")
    page.fill("#_person", "David Pan")
    page.wait_for_function("document.getElementById('_status').textContent !== ''")
    person = next(person for person in sample.program.people if person.display == "David Pan")
    assert set(_visible_ids(page)) == set(person.items)


def _star(page: Page, item_id: str) -> None:
    page.click(f'[data-item-id="{item_id}"] .star')


def test_stars_survive_a_reload_and_make_my_schedule(browser: Browser, site: Path, sample: Loaded) -> None:
    page = _open(browser, site)
    chosen = [sample.program.items[1].id, next(item.id for item in sample.program.items if item.kind is Kind.POSTER)]

    for item_id in chosen:
        _star(page, item_id)
    page.reload()
    page.wait_for_selector("html[data-ready]")

    pressed = page.evaluate(PRESSED)
    assert sorted(pressed) == sorted(chosen)
    page.click("button[data-view=mine]")
    assert sorted(_visible_ids(page)) == sorted(chosen)


def _uids(calendar_text: str) -> list[str]:
    return [str(event["UID"]) for event in icalendar.Calendar.from_ical(calendar_text).walk("VEVENT")]


def test_the_calendar_made_in_the_browser_has_program_ics_events(browser: Browser, site: Path, sample: Loaded) -> None:
    page = _open(browser, site)
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
    page = _open(browser, site)
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
    assert sorted(_visible_ids(other)) == sorted(chosen)  # My schedule is shown


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
    page = _open(browser, site)

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
    page = _open(browser, site, java_script_enabled=False)

    assert sorted(_visible_ids(page)) == sorted(item.id for item in sample.program.items)
    assert page.locator(".star").first.is_hidden()
    assert "Abstract" in page.inner_text("main")


def test_dark_mode_follows_the_system(browser: Browser, site: Path) -> None:
    light = _open(browser, site, color_scheme="light")
    dark = _open(browser, site, color_scheme="dark")

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
    page = _open(browser, site, timezone_id="Europe/Paris")
    first = f'[data-item-id="{sample.program.items[0].id}"] .t'
    assert page.inner_text(first) == "8:30 a.m.–8:40 a.m."

    page.click("#_tz")

    assert page.inner_text(first) == "Sat 3:30 p.m.–3:40 p.m."


@pytest.mark.parametrize(("width", "scheme"), [(390, "light"), (1280, "dark")])
def test_axe_core_finds_no_wcag_aa_violation(browser: Browser, site: Path, width: int, scheme: str) -> None:
    page = _open(browser, site, width=width, color_scheme=scheme)
    page.click("[data-item-id] .star")  # a pressed star too
    page.click("button[data-view=mine]")
    page.click("button[data-view=program]")

    assert axe_violations(page) == []


def test_axe_core_finds_no_wcag_aa_violation_on_a_congress_with_its_day_list(
    browser: Browser, congress: tuple[Loaded, Path]
) -> None:
    page = _open(browser, congress[1], width=390)
    page.click("text=Sun 29")

    assert axe_violations(page) == []


@pytest.mark.parametrize("width", [390, 1280])
def test_the_third_day_of_a_congress_is_one_tap_away_and_shown_alone(
    browser: Browser, congress: tuple[Loaded, Path], width: int
) -> None:
    loaded, site_file = congress
    page = _open(browser, site_file, width=width)
    links = page.locator("nav.daynav a[href^='#day-']")
    days = ["Fri 27", "Sat 28", "Sun 29", "Mon 30"]
    assert links.all_inner_texts() == (days if width == 390 else [f"{day} Dec" for day in days])  # the month if room
    nav = page.locator("nav.daynav").bounding_box()
    assert nav is not None and nav["height"] < 60  # one row, "All days" too, even on a phone

    page.click("text=Sun 29")
    page.wait_for_function("document.querySelector('a[href=\"#day-2024-12-29\"]').getAttribute('aria-current')")

    heading = page.locator("#day-2024-12-29h").bounding_box()
    assert heading is not None
    stays = page.locator("nav.daynav").bounding_box()
    assert stays is not None and 0 <= stays["y"] < 8  # the list stays on screen
    assert stays["y"] + nav["height"] <= heading["y"] < stays["y"] + nav["height"] + 40  # the day just below it
    assert page.evaluate("location.hash") == "#day-2024-12-29"
    sunday = {
        item.id
        for item in loaded.program.items
        if item.start and loaded.program.day_of(item.start) == loaded.program.days[2]
    }
    assert set(_visible_ids(page)) == sunday
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.locator("#_now").is_hidden()  # the congress is over


def test_one_day_of_a_congress_is_under_30_phone_screens(browser: Browser, congress: tuple[Loaded, Path]) -> None:
    """38C3's fullest day, 306 events in 63 rooms, on a 390 × 844 phone."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(congress[1].as_uri() + "#day-2024-12-29")
    page.wait_for_selector("html[data-ready]")

    screens = page.evaluate("document.body.scrollHeight / innerHeight")

    assert len(_visible_ids(page)) == 306
    assert screens < 30


def test_all_days_shows_the_whole_program_and_a_search_looks_through_every_day(
    browser: Browser, congress: tuple[Loaded, Path]
) -> None:
    loaded, site_file = congress
    page = _open(browser, site_file, width=390)
    assert len(_visible_ids(page)) < len(loaded.program.items) / 2  # the first day only

    page.click("#_all")
    every = len(_visible_ids(page))
    page.click("text=Fri 27")
    page.fill("#_q", "OSSSO Blocker")
    page.wait_for_function("document.getElementById('_status').textContent.includes('items shown')")
    found = _visible_ids(page)

    blockers = [item.id for item in loaded.program.items if "OSSSO Blocker" in item.title]
    days = {loaded.program.day_of(item.start) for item in loaded.program.items if item.id in found and item.start}
    assert every == len(loaded.program.items)
    assert sorted(found) == sorted(blockers)
    assert len(days) > 1


def test_a_deep_link_opens_its_item_on_its_day(browser: Browser, congress: tuple[Loaded, Path]) -> None:
    loaded, site_file = congress
    item = next(
        item
        for item in loaded.program.items
        if item.start and item.abstract and item.links and loaded.program.day_of(item.start) == loaded.program.days[3]
    )
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_file.as_uri() + f"#item-{item.id}")
    page.wait_for_selector("html[data-ready]")

    card = page.locator(f"#item-{item.id}")
    box = card.bounding_box()
    assert box is not None and 0 <= box["y"] < 120  # scrolled to, below the day list
    assert card.locator("details").get_attribute("open") is not None  # opened: its abstract
    assert card.locator("p.x a").first.is_visible()  # and its links, kept closed on a phone's list
    assert page.locator("a[href='#day-2024-12-30']").get_attribute("aria-current") == "location"
    assert card.locator("h3 a").get_attribute("href") == f"#item-{item.id}"  # the title is the link to share


def test_now_jumps_to_what_runs_while_the_congress_runs(browser: Browser, congress: tuple[Loaded, Path]) -> None:
    loaded, site_file = congress
    context = browser.new_context(viewport={"width": 390, "height": 844}, timezone_id="Europe/Berlin")
    page = context.new_page()
    page.clock.set_fixed_time(datetime.fromisoformat("2024-12-28T14:05:00+01:00"))
    page.goto(site_file.as_uri())
    page.wait_for_selector("html[data-ready]")

    page.click("#_now")

    target = page.evaluate("location.hash.slice('#item-'.length)")
    item = loaded.program.items_by_id()[target]
    assert item.start is not None and item.end is not None
    assert item.start <= datetime.fromisoformat("2024-12-28T14:05:00+01:00") < item.end
    box = page.locator(f'[data-item-id="{target}"]').bounding_box()
    nav = page.locator("nav.daynav").bounding_box()
    assert box is not None and nav is not None
    assert nav["height"] <= box["y"] < nav["height"] + 20
    assert "now" in (page.get_attribute(f'[data-item-id="{target}"]', "class") or "")


def test_next_shows_what_comes_when_nothing_runs(browser: Browser, site: Path, sample: Loaded) -> None:
    page = browser.new_context(viewport={"width": 390, "height": 900}).new_page()
    page.clock.set_fixed_time(datetime(2022, 12, 3, 8, 0, tzinfo=CHICAGO))  # half an hour before the first item
    page.goto(site.as_uri())
    page.wait_for_selector("html[data-ready]")

    assert page.inner_text("#_now") == "Next"
    assert page.get_attribute("#_now", "href") == "#item-" + sample.program.items[0].id
    assert page.locator("nav.daynav").is_visible()  # a one-day program: the list holds only this link


def test_a_kind_reads_the_same_on_a_card_and_in_the_filter(browser: Browser, congress: tuple[Loaded, Path]) -> None:
    loaded, site_file = congress
    page = _open(browser, site_file, width=1280)
    other = next(item for item in loaded.program.items if item.kind is Kind.OTHER and item.label == "other")
    tea = next(item for item in loaded.program.items if item.title == "Welcome to the House of Tea! <3")

    assert " · Other · " in page.inner_text(f'[data-item-id="{other.id}"] .m')
    assert "Other" in page.locator("#_kind option").all_inner_texts()
    assert " · Other · " in page.inner_text(f'[data-item-id="{tea.id}"] .m')  # a three-hour welcome: no Opening
    assert "Opening" not in page.locator("#_kind option").all_inner_texts()  # 38C3's opening is a "Ceremony"


@pytest.mark.parametrize("feed", ["sample", "congress"])
def test_the_printable_program_the_site_links_to_reflows_on_a_phone(
    browser: Browser, sample: Loaded, congress: tuple[Loaded, Path], feed: str, tmp_path: Path
) -> None:
    loaded = sample if feed == "sample" else congress[0]
    write_outputs(render_outputs(loaded.program, [WRITERS["html"]]), tmp_path)
    page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    page.goto((tmp_path / "program.html").as_uri())

    width = page.evaluate("document.documentElement.scrollWidth")
    smallest = page.evaluate(
        "Math.min(...[...document.querySelectorAll('body *')].filter(e => e.offsetParent !== null && e.innerText)"
        ".map(e => parseFloat(getComputedStyle(e).fontSize)))"
    )

    assert width <= 390
    assert smallest >= 11  # px: no 6 pt labels


# ---- a German build: the script's words from the page's data, and the 12/24-hour switch ----
FIRST_TIME = "document.querySelector('[data-item-id] .t').textContent"


@pytest.fixture(scope="module")
def german_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    with contextlib.chdir(ROOT):
        loaded = load_program(load_program_file(SAMPLE_PROGRAM_FILE).merged_with(locale="de"))
    return _write_site(loaded, tmp_path_factory.mktemp("german") / "out")


def _reload(page: Page) -> None:
    page.reload()
    page.wait_for_selector("html[data-ready]")


def test_german_site_clock_switch_rewrites_times_and_is_remembered(browser: Browser, german_site: Path) -> None:
    page = _open(browser, german_site)
    printed = page.evaluate(FIRST_TIME)

    page.click("#_clock")
    twelve = page.evaluate(FIRST_TIME)
    _reload(page)
    kept = page.evaluate(FIRST_TIME)
    page.click("#_clock")

    assert (printed, twelve, kept, page.evaluate(FIRST_TIME)) == ("08:30–08:40", "8:30 AM–8:40 AM", twelve, printed)


def test_german_site_script_messages_are_german(browser: Browser, german_site: Path) -> None:
    page = _open(browser, german_site, width=1280)

    page.fill("#_q", "xyzzy")
    page.wait_for_function("document.getElementById('_status').textContent !== ''")

    assert page.text_content("#_status") == "Keine Treffer: Suche oder Filter ändern oder zurücksetzen."

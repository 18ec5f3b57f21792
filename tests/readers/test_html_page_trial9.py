"""Saved pages a tester tried unseen (trial 9): 5G-MeMU 2024, 3D GeoInfo 2021 and Keystone DH 2023.

Expectations written by hand from the pages (tests/data/html_pages/, PROVENANCE.md).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from html_page_files import DATA, read_page
from program.feed_reading import read_feed
from program.model import Severity
from program.readers import ReadContext, detect_readers
from program.readers.html_page import HtmlPageReader
from program.settings import FeedSpec


def test_rows_under_a_timed_row_are_its_talks_and_no_abstract_gives_a_date() -> None:
    # `<td>9:00 AM</td><td>Keynotes Presentation</td>`, then rows of an empty time cell and a box:
    # "Zhaowei Tan (UC Riverside, USA)", <strong>title</strong>, an abstract ("… from 1 to N …").
    program = read_page("5gmemu2024-program.html", "America/Los_Angeles")
    days = {item.start.date() for item in program.items if item.start is not None}
    talks = [item for item in program.items if item.start is None]
    sessions = {item.id: item.title for item in program.items}

    assert days == {date(2024, 12, 9)}  # "Date: Monday, December 9, 2024"; never 2025-05-01 nor 2024-07-06
    assert [(item.title[:30], item.people[:1], sessions[item.sessions[0]]) for item in talks] == [
        ("Mitigating the Adverse Effects", ("Zhaowei Tan",), "Keynotes Presentation"),
        ("From 1 to N: Scaling up Radio ", ("Chunyi Peng",), "Keynotes Presentation"),
        ("Towards application level ener", ("Abhishek Girish Dandekar",), "Paper Presentation"),
        ("Towards Continuous latency Mon", ("Satis Kumar Permal",), "Paper Presentation"),
        ("Adaptive End-to-End Monitoring", ("Leandro Alfonso",), "Paper Presentation"),
    ]
    assert (talks[0].abstract or "").startswith("The advent of 5G brings the promise")
    assert not any("skipped" in line for line in program.reading)


def test_a_bootstrap_grid_of_time_rows_with_parallel_papers_is_read() -> None:
    # `<div class="row schedule-item"><div class="col-md-2"><time>10:30</time></div>` then two `col-md-5`
    # papers `<h4>1A-1&nbsp;<span>Authors</span></h4><p>Title</p>`; tabs "11 Oct" … "14 Oct"; "New York EDT".
    program = read_page("3dgeoinfo2021-program.html", None, date(2021, 10, 11))
    at_1030 = [
        item for item in program.items if item.start is not None and item.start.isoformat()[:16] == "2021-10-11T10:30"
    ]

    assert program.timezone == "America/New_York"
    assert [(item.title[:24], item.people[:1], item.end and item.end.time().isoformat()) for item in at_1030] == [
        ("Section 1A: Data Creatio", ("Anh Vu Vo",), "12:15:00"),
        ("Section 1B: 3D LA and BI", ("Jesper Paasch",), "12:15:00"),
        ("Computing watertight Vol", ("Markus Wilhelm Jahn",), "10:45:00"),
        ("Converting BIM Data to C", ("Hanis Rashidan",), "10:45:00"),
    ]
    assert sorted({item.start.date().day for item in program.items if item.start}) == [11, 12, 13, 14]


def test_parallel_panels_under_a_sessions_time_are_slots_in_their_rooms_with_their_talks() -> None:
    # `<h3>Session 2: 1:15-2:45</h3>`, `<h4>Gilman 308 -- Panel 9: "…"</h4><ul><li>"Care and Proximity: …" —
    # Brienne Adams</li><li>Amanda Licastro, "Building an XR Community at Scale"</li><li>Chair: Nadejda Webb</li>`.
    text = (DATA / "keystonedh2023-schedule.md").read_text(encoding="utf-8")
    program = read_page("keystonedh2023-schedule.md", "America/New_York", date(2023, 6, 16))
    panel = next(item for item in program.items if item.title.startswith("Panel 9"))
    talks = [item for item in program.items if item.sessions == (panel.id,)]

    assert [reader.name for reader in detect_readers(text[:2000])] == ["html-page"]
    assert (panel.start, panel.location, panel.people) == (
        datetime(2023, 6, 17, 13, 15, tzinfo=ZoneInfo("America/New_York")),
        "Gilman 308",
        ("Nadejda Webb",),
    )
    assert [(talk.title[:18], talk.people) for talk in talks] == [
        ("Care and Proximity", ("Brienne Adams",)),
        ("Building an XR Com", ("Amanda Licastro",)),
    ]
    assert not [line for line in program.reading if "not placed" in line]


def test_time_headings_under_a_day_that_is_no_real_date_are_an_error_not_a_traceback() -> None:
    page = "<h2>Tuesday, December 13th</h2><h3>9:00-10:00: Opening</h3><h3>10:00-11:00: Talk</h3>"
    context = ReadContext(first_date=date(2021, 12, 1), timezone=ZoneInfo("UTC"))

    program = HtmlPageReader().read(page, source="page.html", context=context)

    assert program.items == ()
    assert {problem.code for problem in program.problems} == {"unreadable-page-day"}


def test_a_control_character_in_a_bootstrap_rows_title_is_left_out_not_a_traceback() -> None:
    # Found by the hostile cases made from the 3D GeoInfo page: lxml cells cannot hold a U+0001.
    row = '<div class="row"><div class="col-md-2"><time>{}</time></div><div class="col-md-10"><h4>{}</h4></div></div>'
    page = "<div>" + row.format("08:30", "Opening\x01 Remarks") + row.format("09:00", "Keynote") + "</div>"
    context = ReadContext(first_date=date(2021, 10, 11), timezone=ZoneInfo("UTC"))

    program = HtmlPageReader().read(page, source="page.html", context=context)

    assert [item.title for item in program.items] == ["Opening Remarks", "Keynote"]


def test_a_first_day_the_page_overrides_with_its_own_dates_is_said_to_be_unused() -> None:
    # The sweep read it with --date 2024-06-14: the page's "Monday, December 9, 2024" placed every item,
    # and nothing said that the date given went unused.
    given = ReadContext(first_date=date(2024, 6, 14), timezone=ZoneInfo("America/Los_Angeles"))
    near = ReadContext(first_date=date(2024, 12, 8), timezone=ZoneInfo("America/Los_Angeles"))

    read = read_feed(FeedSpec(DATA / "5gmemu2024-program.html"), given).program
    unused = [problem for problem in read.problems if problem.code == "date-not-used"]

    assert {item.start.date() for item in read.items if item.start is not None} == {date(2024, 12, 9)}
    assert [(problem.severity, problem.source.line if problem.source else None) for problem in unused] == [
        (Severity.WARNING, 68)  # the first item's row
    ]
    assert "(2024-06-14) is none of this feed's days: it dates its items itself, 2024-12-09 to 2024-12-09" in str(
        unused[0]
    )
    assert not [
        p
        for p in read_feed(FeedSpec(DATA / "5gmemu2024-program.html"), near).program.problems
        if p.code == "date-not-used"
    ]

"""Day headings that give a weekday and an ISO date ("### Monday 2020-10-05"), on a real page."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from program.readers.base import ReadContext
from program.readers.lines.day_headings import day_heading
from program.readers.notation.dates import WrittenDate, parse_date
from program.readers.schedule_page import SchedulePageReader

PAGE = Path(__file__).parent.parent / "data" / "pages" / "snakemake-byoc-schedule.md"
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def test_a_weekday_before_an_iso_date_is_that_date_checked_against_the_weekday() -> None:
    assert parse_date("Monday 2020-10-05") == WrittenDate(2020, 10, 5, weekday=0)
    assert parse_date("Tue, 2020-10-06").resolve(None) == date(2020, 10, 6)
    assert day_heading("Wednesday 2020-10-07") == WrittenDate(2020, 10, 7, weekday=2)


def _at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2020, 10, day, hour, minute, tzinfo=STOCKHOLM)


def test_a_three_day_page_with_dated_headings_needs_no_date_and_puts_each_slot_on_its_day() -> None:
    # NBIS Snakemake BYOC 2020: "### Monday 2020-10-05", "### Tuesday 2020-10-06", "### Wednesday 2020-10-07"
    program = SchedulePageReader().read(
        PAGE.read_text(encoding="utf-8"), source=PAGE.name, context=ReadContext(timezone=STOCKHOLM)
    )

    assert [(item.title, item.start, item.end) for item in program.items] == [
        ("Welcome and introduction", _at(5, 9, 0), _at(5, 9, 10)),
        ("Lectures", _at(5, 9, 10), _at(5, 10, 10)),
        ("Short break", _at(5, 10, 10), _at(5, 10, 15)),
        ("Breakout rooms: ice-breaker session", _at(5, 10, 15), _at(5, 10, 30)),
        ("Breakout rooms: feedback session (incl. break)", _at(5, 10, 30), _at(5, 12, 30)),
        ("Wrap-up day 1", _at(5, 12, 30), _at(5, 12, 45)),  # "**ca. 12.45** End of day 1"
        ("Lectures", _at(6, 9, 0), _at(6, 9, 30)),
        ("Short break", _at(6, 9, 30), _at(6, 9, 35)),
        ("Breakout rooms: coding session (incl. break)", _at(6, 9, 35), _at(6, 12, 0)),
        ("Feedback session for open questions & wrap-up day 2", _at(6, 12, 0), _at(6, 12, 30)),
        ("Lectures", _at(7, 9, 0), _at(7, 9, 30)),
        ("Short break", _at(7, 9, 30), _at(7, 9, 35)),
        ("Breakout rooms: coding session (incl. break)", _at(7, 9, 35), _at(7, 12, 0)),
        ("Feedback session for open questions & final wrap-up", _at(7, 12, 0), _at(7, 12, 30)),
    ]
    assert not any("not placed" in line and "2020-10-06" in line for line in program.reading)
    assert not any("not placed: 'ca." in line or "End of" in line for line in program.reading)
    approximate = [p.message for p in program.problems if p.code == "uncertain-entry"]
    assert approximate == [
        "'ca. 12.45': an approximate time, read as 12.45",
        "'ca. 12.30': an approximate time, read as 12.30",
        "'ca. 12.30': an approximate time, read as 12.30",
    ]

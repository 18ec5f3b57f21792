"""The conference sites' day pages copied as text: "Title Fri 28 Jul 07:00 a.m." lines, people, details."""

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from program.readers.base import Line, ReadContext
from program.readers.lines.dated import dated_title
from program.readers.lines.schedule import read_schedule_lines

PAGES = Path(__file__).parent.parent / "data" / "pages"
_NOTE = "Registration Check-in Desk closing at 6 pm. Badge pickup."


def _lines(text: str) -> list[Line]:
    return [Line(number, raw) for number, raw in enumerate(text.split("\n"), start=1)]


def test_day_page_details_after_an_event_are_its_abstract_not_unplaced() -> None:
    text = (PAGES / "icml-2022-day-7-23.md").read_text(encoding="utf-8")

    read = read_schedule_lines(_lines(text), ReadContext(first_date=date(2022, 7, 23)), source="day.md")

    assert [(item.title, item.label, item.abstract) for item in read.items] == [
        (
            "Registration Check-in Desk",
            "Registration Desk",
            "Registration Check-in Desk closing at 6 pm. Badge pickup.",
        ),
        ("AI for Agent-Based Modelling (AI4ABM)", "Workshop", None),
    ]
    assert read.unplaced == ()
    assert read.outside == 2  # the site's "Skip to …" line and "Timezone:"; the last event's people are its
    assert read.shape == ("title, date and time lines",)


def test_day_page_zone_written_after_the_time_is_the_pages_zone() -> None:
    text = (
        "Expo Talk Panel: On Engines Sat 14 Jun 9:00 a.m. PDT\nAda Lovelace\nTutorial: Notes Sat 14 Jun 2:00 p.m. PDT"
    )

    read = read_schedule_lines(_lines(text), ReadContext(first_date=date(2025, 6, 14)), source="day.md")

    assert [(item.title, item.start, item.end, item.people, item.kind.value) for item in read.items] == [
        ("On Engines", _pacific(2025, 6, 14, 9), None, ("Ada Lovelace",), "other"),
        ("Notes", _pacific(2025, 6, 14, 14), None, (), "talk"),
    ]
    assert read.zone == ZoneInfo("America/Los_Angeles")


def test_dated_title_reads_both_date_orders_and_refuses_other_text_after_the_time() -> None:
    first = dated_title("Oral Session 3A Tue Jul 25, 2023 10:30 a.m.")
    assert first is not None
    assert (first.text.title, first.day.year, first.day.month, first.day.day, first.found.span.start.minutes) == (
        "Oral Session 3A",
        2023,
        7,
        25,
        630,
    )
    assert dated_title("Lunch Fri 28 Jul 12:00 p.m. and more") is None


def _pacific(year: int, month: int, day: int, hour: int) -> datetime:
    return datetime(year, month, day, hour, tzinfo=ZoneInfo("America/Los_Angeles"))

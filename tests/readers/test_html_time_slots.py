"""Saved pages laid out around `<time datetime>` elements, read by their structure (`html_time_slots`).

The expectations are typed by hand from each page's source (tests/data/html_pages, see its
PROVENANCE.md): the `datetime` attributes give the times, the slot's title element the title,
its speaker elements the people, the theme's `data-slot-detail` the room.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Program
from program.readers.base import ReadContext
from program.readers.html_page import HtmlPageReader
from program.readers.html_time_slots import moment

DATA = Path(__file__).parent.parent / "data" / "html_pages"

# (start, end, title, people, room, kind), times on 7 December 2018 in Melbourne
PGDU = [
    ("08:00", "08:50", "Registration", (), "Hall", "other"),
    ("08:50", "09:00", "Welcome", (), "Hall", "opening"),
    ("09:00", "09:50", "Securing PostgreSQL -- Exploring the PostgreSQL STIG and Beyond", ("Joe Conway",),
     "Conference Room", "talk"),
    ("09:50", "10:30", "How to teach an elephant to dance rock’n’roll or unconvetional techniques of query "
     "optimization in PostgreSQL", ("Maxim Boguk",), "Conference Room", "talk"),
    ("10:30", "10:50", "Morning Tea", (), "Bobby McGee", "break"),
    ("10:50", "11:30", "Need is the mother of all Inventions!! Is very true for PostgreSQL 10 Logical Replication",
     ("Rajni Baliyan",), "Conference Room", "talk"),
    ("11:30", "12:10", "Queues in PostgreSQL", ("Thomas Munro",), "Conference Room", "talk"),
    ("12:10", "13:00", "Lunch Break", (), "Bobby McGee", "break"),
    ("13:00", "13:50", "Distributed PostgreSQL", ("Simon Riggs",), "Conference Room", "talk"),
    ("13:50", "14:30", "How to contribute to PostgreSQL", ("Hari Babu Kommi",), "Conference Room", "talk"),
    ("14:30", "14:50", "Afternoon Tea", (), "Bobby McGee", "break"),
    ("14:50", "15:30", "Multimaster isn't magic: when and how to use multi-master replication and BDR",
     ("Craig Ringer",), "Conference Room", "talk"),
    ("15:30", "16:15", "Lightning Talk Session", ("Gabriele Bartolini", "Gary Evans", "Robert Lechte"),
     "Conference Room", "spotlight"),  # lightning talks are spotlights, as on the text pages (PROVENANCE.md)
    ("16:15", "16:30", "Event Wrap Up", (), "Conference Room", "other"),
    ("16:30", "17:30", "Networking Drinks", (), "Hall", "social"),
]  # fmt: skip
"""'Morning Tea' and 'Afternoon Tea' are breaks (the kind table knows 'tea' since issue 28's fixes)."""

# (start, end, title, kind), 9 November 2012; the page names no speakers (only /speaker/… links)
FULL_FRONTAL = [
    ("09:00", "09:40", "Registration", "other"),
    ("09:40", "09:50", "Opening Remarks", "opening"),
    ("09:50", "10:30", "All you need is <body/>", "talk"),
    ("10:30", "11:10", "Is HTML relevent in the era of web apps?", "talk"),
    ("11:10", "11:40", "Break (30mins)", "break"),
    ("11:40", "12:20", "Offline Rules", "talk"),
    ("12:20", "13:00", "Exploring the game console browser landscape", "talk"),
    ("13:00", "14:30", "Lunch (90mins)", "break"),
    ("14:30", "15:10", "Building Web Apps of the future. Tomorrow, today and yesterday.", "talk"),
    ("15:10", "15:50", "Writing Testable JavaScript", "talk"),
    ("15:50", "16:20", "Break (30mins)", "break"),
    ("16:20", "17:00", "Making things with Maths", "talk"),
    ("17:00", "17:40", "Tales of Suckage and Awesomeness", "talk"),
    ("17:40", "18:00", "Closing Remarks", "closing"),
    ("19:00", "23:59", "After Party", "other"),
]


def _read(name: str, zone: str | None, first: date | None = None) -> Program:
    text = (DATA / name).read_text(encoding="utf-8")
    context = ReadContext(first_date=first, timezone=ZoneInfo(zone) if zone else None)
    return HtmlPageReader().read(text, source=name, context=context)


def _on(day: date, clock: str, zone: ZoneInfo) -> datetime:
    hour, minute = map(int, clock.split(":"))
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def test_pgdu_reads_every_slot_from_its_time_elements() -> None:
    program = _read("pgdu-2018-schedule.html", "Australia/Melbourne", date(2018, 12, 7))
    zone = ZoneInfo("Australia/Melbourne")
    got = [(item.start, item.end, item.title, item.people, item.location, item.kind.value) for item in program.items]
    day = date(2018, 12, 7)
    want = [
        (_on(day, start, zone), _on(day, end, zone), title, people, room, kind)
        for start, end, title, people, room, kind in PGDU
    ]
    assert got == want
    assert program.reading[0] == "15 <time datetime> slots, 15 items, 10 people"


def test_pgdu_datetimes_without_a_year_need_the_first_date() -> None:
    with pytest.raises(UsageError, match="--date"):
        _read("pgdu-2018-schedule.html", "Australia/Melbourne")


def test_full_frontal_reads_titles_not_the_widgets_text() -> None:
    program = _read("fullfrontal-2012-schedule.php", "Europe/London")
    zone, day = ZoneInfo("Europe/London"), date(2012, 11, 9)
    got = [(item.start, item.end, item.title, item.people, item.kind.value) for item in program.items]
    want = [(_on(day, start, zone), _on(day, end, zone), title, (), kind) for start, end, title, kind in FULL_FRONTAL]
    assert got == want


def test_full_frontal_lists_each_slots_other_text_as_not_placed() -> None:
    program = _read("fullfrontal-2012-schedule.php", "Europe/London")
    unplaced = [line for line in program.reading if ": not placed: " in line]
    assert len(unplaced) == 15  # one "Finished" per slot ("Up Next" belongs to the times' element)
    assert all(line.endswith("not placed: Finished") for line in unplaced)


def test_naive_datetimes_need_a_zone() -> None:
    with pytest.raises(UsageError, match="--timezone"):
        _read("fullfrontal-2012-schedule.php", None)


def test_an_offset_in_the_attribute_is_an_instant_shown_in_the_zone() -> None:
    page = (
        "<html><body><ol>"
        '<li><time datetime="2019-10-12T09:00+03:00">9</time><time datetime="2019-10-12T09:30+03:00">9:30</time>'
        '<span class="summary">Opening</span></li>'
        '<li><time datetime="2019-10-12T09:30:00Z">x</time><h3>Keynote</h3>'
        '<span itemprop="performer">Ada Lovelace <span class="position">Analyst</span></span></li>'
        "</ol></body></html>"
    )
    program = HtmlPageReader().read(page, source="p.html", context=ReadContext(timezone=ZoneInfo("Europe/Paris")))
    first, second = program.items
    assert first.start == datetime(2019, 10, 12, 9, 0, tzinfo=timezone(timedelta(hours=3)))
    # the same instant at Paris's clock (trial 7: a `Z` time was shown at the UTC clock under a London label)
    assert (first.start.hour, first.start.utcoffset()) == (8, timedelta(hours=2))
    assert first.end == datetime(2019, 10, 12, 9, 30, tzinfo=timezone(timedelta(hours=3)))
    assert second.start == datetime(2019, 10, 12, 9, 30, tzinfo=UTC)
    assert (second.title, second.people) == ("Keynote", ("Ada Lovelace",))


@pytest.mark.parametrize("value", ["2019-01-01", "", "tomorrow T10:00", "2019-01-01T25:00"])
def test_datetimes_without_a_time_are_not_slots(value: str) -> None:
    assert moment(value) is None

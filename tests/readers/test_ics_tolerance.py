"""A property icalendar cannot read outside the events: a warning at its line, the events still read."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError
from program.model import Severity, SourceRef
from program.readers import ReadContext
from program.readers.ics import IcsReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "ics"
NEW_YORK = ZoneInfo("America/New_York")


def test_scitt_calendar_level_refresh_interval_is_a_warning_not_a_refusal() -> None:
    # Line 6 is `REFRESH-INTERVAL;VALUE=DURATION:P60M` (60 months is no iCalendar duration).
    # The one VEVENT: 2024-06-03 11:00-12:00 New York, FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,
    # UNTIL=20250106T160000Z: counted by hand, Jun 3, 17; Jul 1, 15, 29; Aug 12, 26; Sep 9, 23;
    # Oct 7, 21; Nov 4, 18; Dec 2, 16, 30 (Jan 13 is past UNTIL): 16 calls.
    data = (DATA / "scitt-schedule.ics").read_bytes()
    program = IcsReader().read_bytes(data, source="scitt-schedule.ics", context=ReadContext())
    first = datetime(2024, 6, 3, 11, tzinfo=NEW_YORK)
    assert [item.start for item in program.items][:3] == [first, first + timedelta(14), first + timedelta(28)]
    assert len(program.items) == 16
    assert program.items[-1].start == datetime(2024, 12, 30, 11, tzinfo=NEW_YORK)
    assert program.items[-1].end == datetime(2024, 12, 30, 12, tzinfo=NEW_YORK)
    assert {item.title for item in program.items} == {"SCITT Community Call"}
    assert program.title == "SCITT Community Events"
    assert [(problem.severity, problem.code, problem.source) for problem in program.problems] == [
        (Severity.WARNING, "ignored-property", SourceRef("scitt-schedule.ics", 6))
    ]
    assert "REFRESH-INTERVAL" in program.problems[0].message


def test_a_bad_offset_in_a_zone_still_refuses_the_calendar() -> None:
    # A zone's offsets make every time: dropping one would shift events silently.
    text = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "BEGIN:VTIMEZONE",
            "TZID:Test/Zone",
            "BEGIN:STANDARD",
            "DTSTART:19701101T020000",
            "TZOFFSETFROM:-0400",
            "TZOFFSETTO:five hours",
            "END:STANDARD",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "UID:1",
            "DTSTART;TZID=Test/Zone:20240603T110000",
            "SUMMARY:Call",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    with pytest.raises(ParseError, match="icalendar can read"):
        IcsReader().read(text, source="zone.ics", context=ReadContext())


def test_events_outside_any_calendar_are_refused_with_where_a_calendar_was_expected() -> None:
    # Fuzz case ics-1567: icalendar parses a VEVENT standing alone; read as a calendar, it raised IndexError.
    text = "BEGIN:VEVENT\r\nDTSTART:20250101T100000Z\r\nSUMMARY:Opening\r\nEND:VEVENT\r\n"

    with pytest.raises(ParseError, match="found no calendar") as raised:
        IcsReader().read(text, source="alone.ics", context=ReadContext(timezone=ZoneInfo("UTC")))

    assert raised.value.source == SourceRef("alone.ics", 1)

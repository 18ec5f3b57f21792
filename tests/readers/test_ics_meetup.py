"""A meetup venue's calendar (Bitcoin Park, session 11): all-day events are said skipped, timed ones read.

Expectations from the file itself (tests/data/ics/PROVENANCE.md), read with icalendar.
"""

from __future__ import annotations

from datetime import datetime

import icalendar

from program.readers import ReadContext
from program.readers.ics import IcsReader

from helpers import ROOT

NAME = "bitcoinpark-meetups.ics"
PATH = ROOT / "tests" / "data" / "ics" / NAME


def test_timed_events_read_all_day_events_said_skipped() -> None:
    events = icalendar.Calendar.from_ical(PATH.read_text(encoding="utf-8")).walk("VEVENT")
    timed = [event for event in events if isinstance(event.decoded("DTSTART"), datetime)]
    assert (len(events), len(timed)) == (120, 23)
    expected = sorted(
        (str(event["SUMMARY"]), event.decoded("DTSTART"), event.decoded("DTEND"), str(event["LOCATION"]))
        for event in timed
    )
    program = IcsReader().read_bytes(PATH.read_bytes(), source=NAME, context=ReadContext())
    assert sorted((item.title, item.start, item.end, item.location) for item in program.items) == expected
    assert program.timezone == "America/Chicago"
    assert not any(item.people for item in program.items)  # no speakers in the calendar
    skipped = [line for line in program.reading if line.startswith("skipped:")]
    assert len(skipped) == 97  # every all-day event said, not dropped (check folds them into one line)
    assert "all-day event 'Bitcoin Veterans Summit'" in skipped[0]

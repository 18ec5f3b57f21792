"""Trial 22's calendar (unseen): ESUG 2011's Apple iCal export, its speakers after " -- " in SUMMARY.

Expectations from the file (tests/data/ics/PROVENANCE.md), read with icalendar: the title is
SUMMARY before its last " -- ", the speakers after it split at "," and "and"; an event whose
tail names no person ("IWST 2011 -- Workshop") keeps its whole SUMMARY and has no speaker.
"""

from __future__ import annotations

import re

import icalendar

from program.readers import ReadContext
from program.readers.ics import IcsReader
from program.readers.ics_text import double_dash_calendar, summary_people

from helpers import ROOT

NAME = "esug2011.ics"
PATH = ROOT / "tests" / "data" / "ics" / NAME


def _expected(event: icalendar.cal.Component) -> tuple[str, tuple[str, ...]]:
    summary = " ".join(str(event["SUMMARY"]).split())
    title, dash, tail = summary.rpartition(" -- ")
    if not dash or tail == "Workshop":  # "IWST 2011 -- Workshop" names no person
        return summary, ()
    names = re.split(r",\s*|\s+and\s+", re.sub(r"\(administered\)$", "", tail))
    return title, tuple(name.strip() for name in names)


def test_speakers_after_double_dash_read() -> None:
    events = icalendar.Calendar.from_ical(PATH.read_text(encoding="utf-8")).walk("VEVENT")
    assert len(events) == 57
    expected = sorted(
        (*_expected(event), event.decoded("DTSTART"), event.decoded("DTEND"), str(event.get("LOCATION", "")) or None)
        for event in events
    )
    program = IcsReader().read_bytes(PATH.read_bytes(), source=NAME, context=ReadContext())
    assert program.timezone == "Europe/London"
    got = sorted((item.title, item.people, item.start, item.end, item.location) for item in program.items)
    assert got == expected
    assert sum(1 for item in program.items if item.people) == 47
    web_panel = next(item for item in program.items if item.title == "Web Panel")
    assert web_panel.people == ("Stephane Ducasse",)
    making = next(item for item in program.items if item.title == "Making the Past serve your Future")
    assert making.people == ("Andreas Hiltner", "Niall Ross", "Dirk Verleysen")


def test_double_dash_in_a_title_is_no_speaker() -> None:
    # One " -- " in a title (Google's LGBT History Festival) is no convention; a sentence is no name.
    assert summary_people("Carl Vaernet -- The Nazi Doctor Who Escaped Justice", "double-dash") is None
    assert summary_people("IWST 2011 -- Workshop", "double-dash") is None
    assert not double_dash_calendar(["Securing Container Runtimes -- Ada Lovelace", "Lunch", "Talk -- Bo Chen"])
    assert double_dash_calendar(["A -- Ada Lovelace", "B -- Bo Chen", "C -- Cy Twombly", "IWST -- Workshop"])

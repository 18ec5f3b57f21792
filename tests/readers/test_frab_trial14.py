"""Trial 14's wafer export of DebConf17 (Montréal), whose `<date>` says `+00:00` after a local time.

wafer's pentabarf template before July 2018 (CTPUG/wafer, until 7540be02) wrote each slot as
`{{ day }}T{{ slot start }}+00:00`, "Not sure what to do about timezones here": DebConf17's
breakfast is `<date>2017-08-05T07:45:00+00:00</date>` beside `<start>07:45</start>` (lines
1272-1273 of the excerpt), with no `<time_zone_name>`. Given `--timezone America/Toronto`, the
dates are read as Montréal's wall clock (07:45, not 03:45), said in a warning. Expectations read
each `<event>` of the file with ElementTree: its `<start>` on its `<date>`'s day, plus `<duration>`.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from program.model import Program
from program.readers.base import ReadContext, decode_feed
from program.readers.frab_xml import FrabXmlReader

DEBCONF17 = Path(__file__).resolve().parent.parent / "data" / "frab" / "real" / "wafer-debconf17-excerpt.xml"
MONTREAL = ZoneInfo("America/Toronto")
UTC = ZoneInfo("UTC")


def _read(zone: ZoneInfo | None, text: str | None = None) -> Program:
    written = text if text is not None else decode_feed(DEBCONF17.read_bytes(), DEBCONF17.name)
    return FrabXmlReader().read(written, source=DEBCONF17.name, context=ReadContext(timezone=zone))


def _expected(zone: ZoneInfo) -> set[tuple[str, datetime, datetime, tuple[str, ...], str]]:
    """Each event's title, its `<start>` on its `<date>`'s day in `zone`, its end, persons and room."""
    events = set()
    for event in ET.parse(DEBCONF17).getroot().iter("event"):
        day = (event.findtext("date") or "").strip()[:10]
        start = datetime.fromisoformat(f"{day}T{(event.findtext('start') or '').strip()}").replace(tzinfo=zone)
        hours, minutes = (event.findtext("duration") or "").strip().split(":")
        people = tuple((person.text or "").strip() for person in event.iter("person"))
        title = " ".join((event.findtext("title") or "").split())
        events.add(
            (
                title,
                start,
                start + timedelta(hours=int(hours), minutes=int(minutes)),
                people,
                event.findtext("room") or "",
            )
        )
    return events


def test_debconf17_with_its_zone_given_is_at_its_local_start_times() -> None:
    program = _read(MONTREAL)

    got = {(item.title, item.start, item.end, item.people, item.location or "") for item in program.items}
    assert len(program.items) == 22
    assert got == _expected(MONTREAL)
    breakfast = next(item for item in program.items if item.title == "Breakfast")
    assert breakfast.start == datetime(2017, 8, 5, 7, 45, tzinfo=MONTREAL)  # not 03:45
    [said] = [problem for problem in program.problems if problem.code == "zone-offset-mismatch"]
    assert said.message == (
        "the export names no time zone and writes its dates in UTC ('+00:00') at the clock time of their <start> "
        "(2017-08-05T10:00:00+00:00 beside 10:00), which is the conference's wall clock: 22 dates are read as "
        "America/Toronto times, not UTC"
    )
    assert program.timezone == "America/Toronto"


def test_debconf17_without_a_zone_is_shown_in_utc_and_the_warning_says_what_the_zone_would_do() -> None:
    program = _read(None)

    assert {(item.title, item.start) for item in program.items} == {
        (title, start) for title, start, *_ in _expected(UTC)
    }
    [said] = [problem for problem in program.problems if problem.code == "no-time-zone"]
    assert "pass --timezone Area/City" in said.message
    assert "every event's UTC date has the clock time of its <start>" in said.message
    assert "with --timezone they are read as that zone's times" in said.message


def test_one_date_that_is_not_its_starts_clock_keeps_every_date_an_instant() -> None:
    text = decode_feed(DEBCONF17.read_bytes(), DEBCONF17.name).replace(
        "<start>07:45</start>", "<start>03:45</start>", 1
    )
    program = _read(MONTREAL, text)

    breakfast = next(item for item in program.items if item.title == "Breakfast")
    assert breakfast.start == datetime(2017, 8, 5, 3, 45, tzinfo=MONTREAL)  # 07:45 UTC, as its date says
    assert not [problem for problem in program.problems if problem.code == "zone-offset-mismatch"]

"""frab durations as the schema writes them: `h:mm` and `h:mm:ss` (c3voc's schedule.xml.xsd).

PyData Berlin 2015's hand-built export for the recording team (tests/data/frab/real/
voc-pydataberlin2015.xml, PROVENANCE.md) writes `<duration>0:40:00</duration>`; it was read
as 0 days 40 hours, so every talk ended one to three days late (trial 5). Expectations
written by hand from the file.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.model import SourceRef
from program.readers.base import ReadContext, decode_feed
from program.readers.frab_event import parse_duration
from program.readers.frab_xml import FrabXmlReader

PYDATA = Path(__file__).resolve().parent.parent / "data" / "frab" / "real" / "voc-pydataberlin2015.xml"
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("written", "length"),
    [
        ("00:30", timedelta(minutes=30)),
        ("0:40:00", timedelta(minutes=40)),
        ("3:00:00", timedelta(hours=3)),
        ("00:30:15", timedelta(minutes=30, seconds=15)),
        ("26:00", timedelta(hours=26)),
    ],
)
def test_a_duration_is_hours_minutes_and_seconds(written: str, length: timedelta) -> None:
    assert parse_duration(written, SourceRef("schedule.xml", 1)) == length


def test_pydata_berlin_talks_end_when_their_durations_say() -> None:
    program = FrabXmlReader().read(
        decode_feed(PYDATA.read_bytes(), PYDATA.name), source=PYDATA.name, context=ReadContext(timezone=BERLIN)
    )
    by_title = {item.title: item for item in program.items}

    assert (by_title["Blosc"].start, by_title["Blosc"].end) == (
        datetime(2015, 5, 29, 10, 20, tzinfo=BERLIN),
        datetime(2015, 5, 29, 11, 0, tzinfo=BERLIN),
    )
    assert by_title["Scientific computing with Python: Tools for the solution of continuous problems"].end == (
        datetime(2015, 5, 29, 12, 20, tzinfo=BERLIN)
    )
    measure = by_title["Measure, don't Guess - How to find out if and where to optimize"]  # 3:00:00
    assert (measure.start, measure.end) == (
        datetime(2015, 5, 29, 13, 30, tzinfo=BERLIN),
        datetime(2015, 5, 29, 16, 30, tzinfo=BERLIN),
    )
    assert by_title["Interactive Data Visualizations with Python"].end == datetime(2015, 5, 29, 12, 30, tzinfo=BERLIN)
    assert all(item.end - item.start <= timedelta(hours=3) for item in program.items if item.start and item.end)
    assert not [problem for problem in program.problems if problem.code == "long-item"]


def test_pydata_berlins_untitled_keynote_is_titled_by_its_speaker_and_said() -> None:
    """Line 65: `<title></title>`, type keynote, person Matthew Rocklin, 09:30 for 0:50:00 in Innospace.

    An empty title was an unreadable-event error that refused the whole export (25 events).
    """
    program = FrabXmlReader().read(
        decode_feed(PYDATA.read_bytes(), PYDATA.name), source=PYDATA.name, context=ReadContext(timezone=BERLIN)
    )
    keynote = next(item for item in program.items if item.source.line == 65)

    assert (keynote.title, keynote.people, keynote.kind.value, keynote.location) == (
        "Matthew Rocklin",
        ("Matthew Rocklin",),
        "keynote",
        "Innospace",
    )
    assert (keynote.start, keynote.end) == (
        datetime(2015, 5, 29, 9, 30, tzinfo=BERLIN),
        datetime(2015, 5, 29, 10, 20, tzinfo=BERLIN),
    )
    assert not [problem for problem in program.problems if problem.severity.value == "error"]
    untitled = [problem.source for problem in program.problems if problem.code == "untitled-event"]
    assert untitled == [SourceRef(PYDATA.name, 65)]
    assert len(program.items) == 25

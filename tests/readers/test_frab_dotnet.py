"""29C3's frab schedule as a Windows Phone app re-serialised it (.NET): a date that is only a day.

tests/data/frab/real/dotnet-29c3-2012.xml is baurmatt/WP-29C3 `29C3/schedule.en.xml` at
59d76bd (PROVENANCE.md there): every `<date>` is a bare midnight without offset
(`2012-12-27T00:00:00`) beside the event's clock time (`<start>11:30</start>`), three are
`0001-01-01T00:00:00`, and nothing names a zone. The expectations below are read from the
XML by hand.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Item, Kind, Program, Severity
from program.readers.base import ReadContext
from program.readers.frab_xml import FrabXmlReader

REAL = Path(__file__).resolve().parent.parent / "data" / "frab" / "real"
NAME = "dotnet-29c3-2012.xml"
BERLIN = ZoneInfo("Europe/Berlin")


def _read(name: str = NAME, zone: ZoneInfo | None = BERLIN) -> Program:
    text = (REAL / name).read_text(encoding="utf-8")
    return FrabXmlReader().read(text, source=name, context=ReadContext(timezone=zone))


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2012, 12, day, hour, minute, tzinfo=BERLIN)


EXPECTED = [
    # (title, start, end, room, people), by hand from the XML.
    ("Not my department", _at(27, 11, 30), _at(27, 12, 30), "Saal 1", ("Jacob Appelbaum",)),
    # Listed on day 2012-12-27 in Saal 1 after its 23:00 talks, at 00:15: the night after.
    ("Nougatbytes 10", _at(28, 0, 15), _at(28, 1, 15), "Saal 1", ("Ben", "Rainer")),
    (
        "The future of protocol reversing and simulation applied on ZeroAccess botnet",
        _at(29, 23),
        _at(30, 0),
        "Saal 6",
        ("Frédéric Guihéry", "Georges Bossert"),
    ),
    # Dated 0001-01-01: placed at its <start> on the day that lists it.
    ("Opening Event", _at(27, 11), _at(27, 11, 15), "Saal 1", ("bios",)),
    ("Meldegesetz", _at(28, 11, 30), _at(28, 12, 30), "Saal 4", ("Katharina Nocun", "Rena Tangens")),
]


def _fields(item: Item) -> tuple[str, datetime | None, datetime | None, str | None, tuple[str, ...]]:
    return (item.title, item.start, item.end, item.location, item.people)


@pytest.mark.parametrize("expected", EXPECTED, ids=[row[0][:30] for row in EXPECTED])
def test_a_midnight_date_is_the_day_and_start_the_time(expected: tuple[object, ...]) -> None:
    program = _read()

    [item] = [item for item in program.items if item.title == expected[0]]
    assert _fields(item) == expected


def test_every_event_is_read_and_none_at_midnight() -> None:
    program = _read()

    assert len(program.items) == 96
    assert not [item for item in program.items if item.start is not None and item.start.hour == 0 == item.start.minute]


def test_placeholder_dates_are_warned_at_their_events() -> None:
    program = _read()

    assert [
        (problem.severity, problem.code, problem.source and problem.source.line) for problem in program.problems
    ] == [
        (Severity.WARNING, "placeholder-date", 16),
        (Severity.WARNING, "placeholder-date", 341),
        (Severity.WARNING, "placeholder-date", 1136),
    ]
    assert "'0001-01-01T00:00:00'" in program.problems[0].message


def test_without_a_zone_it_asks_for_one() -> None:
    with pytest.raises(UsageError) as caught:
        _read(zone=None)

    assert NAME in str(caught.value)
    assert "--timezone" in str(caught.value)


def test_other_zone_takes_effect() -> None:
    program = _read(zone=ZoneInfo("America/New_York"))

    [item] = [item for item in program.items if item.title == "Not my department"]
    assert item.start == datetime(2012, 12, 27, 11, 30, tzinfo=ZoneInfo("America/New_York"))


def test_it_agrees_with_frab_s_own_29c3_export() -> None:
    # frab-29c3-2012.xml is 29C3 as frab wrote it (<day_change>04:00): the same talks at the same
    # starts in the same rooms. The three events only here were added to the schedule later.
    ours = {item.title: (item.start, item.location) for item in _read().items}
    frab = {item.title: (item.start, item.location) for item in _read("frab-29c3-2012.xml").items}

    shared = ours.keys() & frab.keys()
    assert len(shared) == 93
    assert {title: ours[title] for title in shared} == {title: frab[title] for title in shared}


def test_lightning_talks_are_talks_not_papers() -> None:
    # Line 1157: "Lightning Talks 1", subtitle "5 Minutes of Fame", type "other", Nick Farr, 2:15 in Saal 4.
    program = _read()

    lightning = [item for item in program.items if item.title.startswith("Lightning Talks")]
    assert [(item.title, item.kind, item.paper) for item in lightning] == [
        ("Lightning Talks 1", Kind.TALK, None),
        ("Lightning Talks 2", Kind.TALK, None),
        ("Lightning Talks 3", Kind.TALK, None),
    ]

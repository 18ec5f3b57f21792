"""program.ics: read back by icalendar and two independent parsers, compared with the model."""

from __future__ import annotations

from datetime import UTC, date, datetime

import attrs
import icalendar
import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream

from program.loading import Loaded
from program.model import Item, Kind, Link, Program, SourceRef
from program.writers import RenderOptions
from program.writers.calendar_events import event_uid
from program.writers.ics import IcsWriter

from helpers import CHICAGO

HOSTILE = 'Commas, semicolons; back\\slash "quotes" <script>alert(1)</script> & a very long line ' * 3


def _parse(text: str) -> icalendar.Calendar:
    calendar = icalendar.Calendar.from_ical(text)
    assert isinstance(calendar, icalendar.Calendar)
    return calendar


@pytest.fixture(scope="module")
def sample_ics(sample: Loaded) -> str:
    return IcsWriter().write(sample.program, RenderOptions()).decode()


def _timed(program: Program) -> list[Item]:
    return [item for item in program.items if item.start is not None]


def _expected_events(program: Program) -> list[tuple[str, str, datetime, datetime | None]]:
    return [(event_uid(item, program), item.title, item.start, item.end) for item in _timed(program) if item.start]


def test_icalendar_reads_one_event_per_timed_item(sample: Loaded, sample_ics: str) -> None:
    calendar = _parse(sample_ics)

    events = [(str(event["UID"]), str(event["SUMMARY"]), event.start, event.end) for event in calendar.events]

    assert events == _expected_events(sample.program)


def test_ical_library_reads_the_same_events(sample: Loaded, sample_ics: str) -> None:
    calendar = IcsCalendarStream.calendar_from_ics(sample_ics)

    events = [(event.uid, event.summary, event.dtstart, event.dtend) for event in calendar.events]

    assert events == _expected_events(sample.program)
    assert [event.categories for event in calendar.events] == [[item.kind.display] for item in _timed(sample.program)]


def test_vobject_reads_the_same_events(sample: Loaded, sample_ics: str) -> None:
    calendar = vobject.readOne(sample_ics)

    events = [
        (event.uid.value, event.summary.value, event.dtstart.value, event.dtend.value) for event in calendar.vevent_list
    ]

    assert events == _expected_events(sample.program)
    assert all(
        event.dtstart.value.tzinfo.utcoffset(event.dtstart.value).total_seconds() == -6 * 3600
        for event in calendar.vevent_list
    )


def test_calendar_has_timezone_name_and_deterministic_stamp(sample_ics: str) -> None:
    calendar = _parse(sample_ics)
    stamps = {event.DTSTAMP for event in calendar.events}

    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["America/Chicago"]
    assert (calendar["X-WR-CALNAME"], calendar["NAME"], calendar["X-WR-TIMEZONE"]) == (
        "ML for Systems Workshop at NeurIPS 2022",
        "ML for Systems Workshop at NeurIPS 2022",
        "America/Chicago",
    )
    assert stamps == {datetime(2022, 12, 2, tzinfo=UTC)}
    assert "DTSTART;TZID=America/Chicago:20221203T083000" in sample_ics.splitlines()


def test_descriptions_carry_people_abstract_and_posters(sample: Loaded, sample_ics: str) -> None:
    calendar = IcsCalendarStream.calendar_from_ics(sample_ics)
    by_summary = {event.summary: event for event in calendar.events}
    heat = next(item for item in sample.program.items if item.kind is Kind.SPOTLIGHT and item.title.startswith("HEAT"))
    session = by_summary["Poster Session | Coffee Break"]

    assert by_summary[heat.title].description == f"Authors: {', '.join(heat.people)}\n\n{heat.abstract}"
    assert session.description is not None
    assert session.description.splitlines()[0] == "Posters presented:"
    assert len(session.description.splitlines()) == 1 + 19
    assert by_summary["Jeff Dean - Invited Talk"].description == "Speaker: Jeff Dean"


def test_sample_events_have_venue_url_and_transparency(sample_ics: str) -> None:
    calendar = _parse(sample_ics)
    events = calendar.walk("VEVENT")

    assert {str(event["LOCATION"]) for event in events} == {
        "New Orleans Ernest N. Morial Convention Center, New Orleans, LA"
    }
    assert {str(event["URL"]) for event in events} == {"https://mlforsystems.org/"}
    assert [str(event["TRANSP"]) for event in events].count("TRANSPARENT") == 2


def test_hostile_text_survives_every_parser() -> None:
    start = datetime(2022, 12, 3, 9, tzinfo=CHICAGO)
    item = Item(
        id="talk-hostile-abc123",
        kind=Kind.TALK,
        title=HOSTILE,
        source=SourceRef("feed.txt", 1),
        start=start,
        end=start.replace(hour=10),
        people=("Zoë D'Arcy, Jr.", "李 雷"),
        abstract=HOSTILE + "\nSecond line",
        links=(Link("Video", "https://example.org/v?a=1&b=2"),),
    )
    program = Program(title="T; with, specials", timezone="America/Chicago", days=(date(2022, 12, 3),), items=(item,))
    text = IcsWriter().write(program, RenderOptions()).decode()
    expected_description = (
        f"Speakers: Zoë D'Arcy, Jr., 李 雷\n\n{HOSTILE}\nSecond line\n\nVideo: https://example.org/v?a=1&b=2"
    )

    [by_icalendar] = _parse(text).walk("VEVENT")
    [by_ical] = IcsCalendarStream.calendar_from_ics(text).events
    [by_vobject] = vobject.readOne(text).vevent_list

    assert [str(by_icalendar["SUMMARY"]), by_ical.summary, by_vobject.summary.value] == [HOSTILE] * 3
    assert [str(by_icalendar["DESCRIPTION"]), by_ical.description, by_vobject.description.value] == [
        expected_description
    ] * 3
    assert max(len(line.encode()) for line in text.split("\r\n")) <= 75


def test_rebuild_gives_identical_bytes(sample: Loaded) -> None:
    first = IcsWriter().write(sample.program, RenderOptions())
    second = IcsWriter().write(attrs.evolve(sample.program), RenderOptions())

    assert first == second

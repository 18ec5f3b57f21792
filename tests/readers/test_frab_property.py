"""For any valid frab document, read → schedule.xml → read gives the same events.

The documents are generated in both ways exports give a start: a `<date>` with its offset
(frab since 2014, pretalx, the hub) or only a `<start>` clock time on the listing day
(pentabarf, FOSDEM, frab before 2014), with and without a day change in the small hours,
rooms wrapping events or not.
"""

from __future__ import annotations

import tempfile
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from program.loading import load_program
from program.model import Program
from program.readers.base import ReadContext
from program.readers.frab_xml import FrabXmlReader
from program.settings import FeedSpec, Settings
from program.writers import RenderOptions
from program.writers.frab_xml import FrabXmlWriter

ZONES = ("Europe/Berlin", "Europe/Brussels", "America/New_York", "Asia/Kolkata")
TITLE = st.text(st.sampled_from("abcdefgxyzÄéß 0123&<>\"'-:"), min_size=1, max_size=30).filter(str.strip)
NAME = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzé"), min_size=2, max_size=10).map(str.title)


@st.composite
def _event(draw: st.DrawFn) -> dict[str, object]:
    return {
        "title": " ".join(draw(TITLE).split()),
        "at": time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 5, 15, 30, 45]))),
        "minutes": draw(st.integers(1, 36)) * 5,
        "persons": draw(st.lists(NAME, max_size=3, unique=True)),
    }


@st.composite
def frab_documents(draw: st.DrawFn) -> tuple[str, str]:
    """A frab schedule.xml and the zone it names."""
    zone = draw(st.sampled_from(ZONES))
    first = draw(st.dates(date(2000, 1, 1), date(2030, 12, 1)))
    dated = draw(st.booleans())
    change = draw(st.sampled_from([None, time(4, 0), time(6, 0)]))
    wrapped = draw(st.booleans()) or dated
    root = ET.Element("schedule")
    conference = ET.SubElement(root, "conference")
    ET.SubElement(conference, "title").text = "Generated"
    ET.SubElement(conference, "time_zone_name").text = zone
    if change is not None:
        ET.SubElement(conference, "day_change").text = change.strftime("%H:%M")
    for number in range(draw(st.integers(1, 3))):
        day_date = first + timedelta(days=number)
        day = ET.SubElement(root, "day", index=str(number + 1), date=day_date.isoformat())
        for room_number in range(draw(st.integers(1, 2))):
            room_name = f"Room {room_number + 1}"
            parent = ET.SubElement(day, "room", name=room_name) if wrapped else day
            needs_one = number == room_number == 0  # a program has an event
            for event in draw(st.lists(_event(), min_size=int(needs_one), max_size=4)):
                _add_event(parent, event, room_name, day_date, ZoneInfo(zone), dated=dated, change=change)
    return ET.tostring(root, encoding="unicode"), zone


def _add_event(
    parent: ET.Element,
    event: dict[str, object],
    room: str,
    day: date,
    zone: ZoneInfo,
    *,
    dated: bool,
    change: time | None,
) -> None:
    at = event["at"]
    assert isinstance(at, time)
    element = ET.SubElement(parent, "event", guid=f"g{len(parent)}-{room}-{day}")
    if dated:
        on = day + timedelta(days=1) if change is not None and at < change else day
        ET.SubElement(element, "date").text = datetime.combine(on, at, tzinfo=zone).isoformat()
    ET.SubElement(element, "start").text = at.strftime("%H:%M")
    minutes = event["minutes"]
    assert isinstance(minutes, int)
    ET.SubElement(element, "duration").text = f"{minutes // 60:02d}:{minutes % 60:02d}"
    ET.SubElement(element, "room").text = room
    ET.SubElement(element, "title").text = str(event["title"])
    persons = ET.SubElement(element, "persons")
    for name in event["persons"]:  # type: ignore[attr-defined]
        ET.SubElement(persons, "person").text = name


def _events(program: Program) -> list[tuple[str, str, str, str | None, tuple[str, ...]]]:
    return sorted(
        (item.title, item.start.isoformat(), str(item.end), item.location, item.people)
        for item in program.items
        if item.start is not None
    )


@settings(max_examples=30, deadline=None)
@given(frab_documents())
def test_read_write_read_gives_the_same_events(document: tuple[str, str]) -> None:
    text, zone = document
    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "schedule.xml"
        feed.write_text(text, encoding="utf-8")
        program = load_program(Settings(feeds=(FeedSpec(feed),)), keep_going=True).program
    read = FrabXmlReader().read(text, source="schedule.xml", context=ReadContext())

    written = FrabXmlWriter().write(program, RenderOptions())
    again = FrabXmlReader().read(written, source="again.xml", context=ReadContext())

    assert _events(again) == _events(read)
    assert len(read.items) == len(ET.fromstring(text).findall(".//event"))
    assert again.timezone == read.timezone == zone


def test_an_event_across_the_spring_forward_night_ends_an_elapsed_duration_later() -> None:
    # Hypothesis found it: a day's date and "00:00" are a time in the zone itself, and adding
    # two hours there in wall-clock time ended at 02:00 +01:00, an hour that does not exist.
    text = (
        "<schedule><conference><title>Generated</title><time_zone_name>Europe/Berlin</time_zone_name>"
        "<day_change>04:00</day_change></conference><day index='1' date='2024-03-30'><event guid='g0'>"
        "<start>00:00</start><duration>02:00</duration><room>Room 1</room><title>Night</title><persons />"
        "</event></day></schedule>"
    )

    (item,) = FrabXmlReader().read(text, source="schedule.xml", context=ReadContext()).items

    assert item.start is not None and item.end is not None
    assert item.end.astimezone(UTC) - item.start.astimezone(UTC) == timedelta(hours=2)
    assert item.end.isoformat() == "2024-03-31T03:00:00+02:00"

"""frab, pentabarf and pretalx exports as they were written since 2007, read whole.

Every export here is real (tests/data/frab/real/PROVENANCE.md names each one's repository,
path and commit); each test counts what it expects with an independent reader (ElementTree
or json), never with ours.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError, UsageError
from program.model import Item, Program, Severity
from program.readers import detect_readers
from program.readers.base import ReadContext
from program.readers.frab_json import FrabJsonReader
from program.readers.frab_times import listed_day_change
from program.readers.frab_xml import FrabXmlReader

REAL = Path(__file__).resolve().parent.parent / "data" / "frab" / "real"
BRUSSELS = ZoneInfo("Europe/Brussels")
BERLIN = ZoneInfo("Europe/Berlin")

DATELESS = [
    # (file, zone): pentabarf (FOSDEM, mttcrsp/fosdem 5719808) and frab before 2014.
    ("fosdem-2007-pentabarf.xml", BRUSSELS),
    ("fosdem-2008-pentabarf.xml", BRUSSELS),
    ("fosdem-2012-pentabarf.xml", BRUSSELS),
    ("fosdem-2015-pentabarf.xml", BRUSSELS),
    ("fosdem-2024-pentabarf.xml", BRUSSELS),
    ("frab-camp2011-ccc11.xml", BERLIN),
    ("frab-29c3-2012.xml", BERLIN),
    ("frab-30c3-2013.xml", BERLIN),
]


def _read_xml(name: str, zone: ZoneInfo | None = None) -> Program:
    text = (REAL / name).read_text(encoding="utf-8")
    return FrabXmlReader().read(text, source=name, context=ReadContext(timezone=zone))


def _start(item: Item) -> datetime:
    assert item.start is not None
    return item.start


def _listed_day(item: Item) -> str | None:
    return item.frab.day if item.frab else None


def _expected_starts(name: str, zone: ZoneInfo) -> list[tuple[str, datetime, str | None]]:
    """(title, start, room) of each event, worked out from the XML by hand's rule: the day's date, the clock time."""
    root = ET.parse(REAL / name).getroot()
    change = (root.findtext("conference/day_change") or "").strip()[:5]
    expected = []
    for day in root.iter("day"):
        for room_name, event in [(None, e) for e in day.findall("event")] + [
            (room.get("name"), e) for room in day.findall("room") for e in room.findall("event")
        ]:
            clock = (event.findtext("start") or "").strip()
            moment = datetime.fromisoformat(f"{day.get('date')}T{clock}").replace(tzinfo=zone)
            # The night after a day: before a day change in the small hours (FOSDEM's 09:00 is a morning);
            # with none (30C3), before 06:00, as PROVENANCE.md counts "early start": 30C3 days run 11:00 to 00:00.
            if clock < (change if change and change <= "08:00" else "06:00"):
                moment += timedelta(days=1)
            title = " ".join((event.findtext("title") or "").split())
            expected.append((title, moment, (event.findtext("room") or room_name or "").strip() or None))
    return expected


@pytest.mark.parametrize(("name", "zone"), DATELESS)
def test_events_with_a_clock_time_only_are_read_on_their_day(name: str, zone: ZoneInfo) -> None:
    program = _read_xml(name, zone)

    expected = _expected_starts(name, zone)
    read = [(item.title, item.start, item.location) for item in program.items]
    assert len(read) == len(expected) == len(ET.parse(REAL / name).getroot().findall(".//event"))
    assert sorted(read, key=repr) == sorted(expected, key=repr)
    assert not [problem for problem in program.problems if problem.severity is Severity.ERROR]


def test_a_talk_after_midnight_belongs_to_the_night_after_its_day() -> None:
    program = _read_xml("frab-29c3-2012.xml", BERLIN)

    # 29C3 lists "Nougatbytes 10" first in Saal 1 of 2012-12-27, at 00:15; <day_change>04:00.
    [item] = [item for item in program.items if item.title.startswith("Nougatbytes")]
    assert item.start == datetime(2012, 12, 28, 0, 15, tzinfo=BERLIN)
    assert _listed_day(item) == "2012-12-27"


def test_fosdem_2007_events_sit_in_their_day_and_name_their_room() -> None:
    program = _read_xml("fosdem-2007-pentabarf.xml", BRUSSELS)

    rooms = {item.location for item in program.items}
    assert "Chavanne" in rooms
    assert None not in rooms
    first = program.items[0]
    assert (first.start, first.end) == (
        datetime(2007, 2, 25, 15, 0, tzinfo=BRUSSELS),
        datetime(2007, 2, 25, 15, 45, tzinfo=BRUSSELS),
    )


@pytest.mark.parametrize(("name", "_zone"), DATELESS[:2])
def test_clock_times_without_a_zone_ask_for_one(name: str, _zone: ZoneInfo) -> None:
    with pytest.raises(UsageError) as caught:
        _read_xml(name)

    assert name in str(caught.value)
    assert "--timezone" in str(caught.value)


def test_offsets_without_a_zone_name_are_shown_as_written_with_a_warning() -> None:
    # pretalx rC3 channels 2020 (voc/schedule 0a403ee): "+01:00" on every event, no time_zone_name.
    name = "pretalx-rc3-channels-2020.json"
    text = (REAL / name).read_text(encoding="utf-8")

    program = FrabJsonReader().read(text, source=name, context=ReadContext())

    assert program.timezone == "Etc/GMT-1"
    [warning] = program.problems
    assert (warning.severity, warning.code) == (Severity.WARNING, "no-time-zone")
    assert "UTC+01:00" in warning.message
    assert "--timezone" in warning.message
    written = [
        event["date"]
        for day in json.loads(text)["schedule"]["conference"]["days"]
        for events in day["rooms"].values()
        for event in events
    ]
    assert sorted(_start(item).isoformat() for item in program.items) == sorted(written)


def test_a_schedule_root_that_is_not_frab_is_named_so() -> None:
    # EuroPython's own format (EuroPython/europython.xml cdff8aa): <schedule><day><entry>.
    with pytest.raises(ParseError) as caught:
        _read_xml("nonfrab-europython2014.xml")

    assert caught.value.reason == "not a frab schedule: its <day> elements hold <entry>, no <event>"  # trial 7


def _minified_with_two_broken_events() -> tuple[str, list[str]]:
    """The GOOD 2025 pretalx one-line schedule.json (OSC/GOOD-static 37eb483), two events' durations spoilt."""
    document = json.loads((REAL / "pretalx-good2025.json").read_text(encoding="utf-8"))
    days = document["schedule"]["conference"]["days"]
    broken = []
    for day_number, room_number, event_number in ((0, 0, 0), (1, 0, 1)):
        room = list(days[day_number]["rooms"])[room_number]
        days[day_number]["rooms"][room][event_number]["duration"] = "soon"
        broken.append(f"$.schedule.conference.days[{day_number}].rooms[{json.dumps(room)}][{event_number}]")
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")), broken


def test_problems_of_a_one_line_export_are_located_by_json_path() -> None:
    text, broken = _minified_with_two_broken_events()

    program = FrabJsonReader().read(text, source="good.json", context=ReadContext())

    errors = [problem for problem in program.problems if problem.severity is Severity.ERROR]
    assert [str(problem.source) for problem in errors] == ["good.json:1", "good.json:1"]
    assert [problem.message.rpartition("(at ")[2].rstrip(")") for problem in errors] == broken
    assert len(program.items) == 70


def test_json_events_with_a_clock_time_only_are_read_on_their_day_and_not_called_malformed_dates() -> None:
    # rC3 channels 2020 (voc/schedule 0a403ee), as frab before 2014 wrote JSON: "start" and no "date".
    document = json.loads((REAL / "pretalx-rc3-channels-2020.json").read_text(encoding="utf-8"))
    days = document["schedule"]["conference"]["days"]
    expected = []
    for day in days:
        for events in day["rooms"].values():
            for event in events:
                expected.append(datetime.fromisoformat(event.pop("date")).replace(tzinfo=BERLIN))
    day = days[0]
    first = next(iter(day["rooms"].values()))[0]
    first["start"] = "25:61"

    program = FrabJsonReader().read(json.dumps(document), source="rc3.json", context=ReadContext(timezone=BERLIN))

    [error] = program.problems
    assert "expected an event start time such as 09:30, found '25:61'" in error.message
    assert "date" not in error.message.partition(",")[0]
    assert sorted(_start(item) for item in program.items) == sorted(expected[1:])


def test_line_breaks_inside_json_strings_are_read_with_a_warning() -> None:
    # frab 2013 wrote raw line breaks inside strings; here one put back into a real export.
    text = (REAL / "pretalx-rc3-channels-2020.json").read_text(encoding="utf-8")
    first_abstract = text.index('"abstract": "') + len('"abstract": "')
    broken = f"{text[:first_abstract]}First line\nsecond line {text[first_abstract:]}"

    program = FrabJsonReader().read(broken, source="rc3.json", context=ReadContext())

    [warning] = [problem for problem in program.problems if problem.code == "raw-line-break"]
    assert warning.severity is Severity.WARNING
    assert any((item.abstract or "").startswith("First line\nsecond line") for item in program.items)


def test_the_listed_day_is_kept_for_the_schedule_writers() -> None:
    program = _read_xml("frab-camp2011-ccc11.xml", BERLIN)

    days = {_listed_day(item) for item in program.items}
    root = ET.parse(REAL / "frab-camp2011-ccc11.xml").getroot()
    assert days == {day.get("date") for day in root.iter("day")}
    # The first event listed, on 2011-08-10 at 00:00 (<day_change>06:00), is that day's night.
    assert (_listed_day(program.items[0]), program.items[0].start) == (
        "2011-08-10",
        datetime(2011, 8, 11, tzinfo=BERLIN),
    )


@pytest.mark.parametrize(
    ("conference", "start", "end", "expected"),
    [
        (None, "2024-12-27T10:00:00+01:00", "2024-12-28T06:00:00+01:00", time(6)),  # 38C3: a day ends at 06:00
        (None, "2022-09-06T04:00:00+02:00", "2022-09-07T03:59:00+02:00", time(4)),  # pretalx: 04:00 to 03:59
        (None, "2013-12-27T06:00:00", None, time(6)),  # a day that starts in the small hours
        (time(4), "2024-02-03T09:00:00", "2024-02-03T19:00:00", time(4)),  # a day that ends on its date
        (time(4), None, None, time(4)),  # 29C3: <day_change>04:00
        (time(9), None, None, None),  # FOSDEM: <day_change>09:00:00, its mornings
        (None, None, None, None),
    ],
)
def test_the_day_change_of_a_listing_day(
    conference: time | None, start: str | None, end: str | None, expected: time | None
) -> None:
    assert listed_day_change(conference, start, end) == expected


def test_a_hand_made_exports_bare_person_elements_are_its_speakers() -> None:
    # AKSW/lswt2019.aksw.org 52261a7 (Jekyll): <person>Dr. Sebastian Tramp, Andreas Heinecke</person> in <event>.
    program = _read_xml("jekyll-lswt2019.xml")

    people = {item.title: item.people for item in program.items}
    written = [
        " ".join((event.findtext("title") or "").split())
        for event in ET.parse(REAL / "jekyll-lswt2019.xml").getroot().iter("event")
        if (event.findtext("person") or "").startswith("Dr. Sebastian Tramp")
    ]
    assert [people[title] for title in written] == [("Dr. Sebastian Tramp", "Andreas Heinecke")] * len(written)
    assert written
    assert sum(1 for names in people.values() if names) > len(people) // 2


FAR = [
    ("<date>9999-12-31T23:30:00-05:00</date><duration>01:00</duration>", "expected a time in the years 1000 to 9998"),
    ("<date>9998-12-31T23:30:00+00:00</date><duration>48:00</duration>", "expected a time in the years 1000 to 9998"),
    ("<start>23:30</start><duration>01:00</duration>", "expected a day in the years 1000 to 9998"),
]


@pytest.mark.parametrize(("fields", "reason"), FAR)
def test_far_years_are_an_error_at_the_events_line_not_a_traceback(fields: str, reason: str) -> None:
    text = (
        '<?xml version="1.0"?>\n<schedule><conference><title>C</title></conference>\n'
        f'<day date="9999-12-31" index="1"><room name="A">\n<event guid="1">{fields}<title>Late</title></event>\n'
        "</room></day></schedule>\n"
    )

    program = FrabXmlReader().read(text, source="far.xml", context=ReadContext(timezone=BERLIN))

    [error] = program.problems
    assert (error.code, str(error.source)) == ("unreadable-event", "far.xml:4")
    assert reason in error.message


def test_far_years_in_json_are_an_error_at_the_events_path() -> None:
    event = {"guid": "1", "title": "Late", "date": "9999-12-31T23:30:00-05:00", "duration": "01:00", "room": "A"}
    day = {"index": 1, "date": "9999-12-31", "rooms": {"A": [event]}}
    text = json.dumps({"schedule": {"conference": {"title": "C", "time_zone_name": "Europe/Berlin", "days": [day]}}})

    program = FrabJsonReader().read(text, source="far.json", context=ReadContext())

    [error] = program.problems
    assert error.code == "unreadable-event"
    assert error.message.endswith('(at $.schedule.conference.days[0].rooms["A"][0])')
    assert "expected a time in the years 1000 to 9998" in error.message


@pytest.mark.parametrize(
    ("path", "zone", "count", "offsets"),
    [
        # voc/schedule d342eb9 validator/json/examples/pretalx-democon.json: names UTC, writes +01:00.
        ("examples/json/pretalx-democon.json", "UTC", 36, "+01:00"),
        # Wilm0r/giggity c6330ae (DebConf 23, wafer): names Asia/Kolkata, writes its dates in UTC.
        ("real/wafer-debconf23.xml", "Asia/Kolkata", 117, "+00:00"),
    ],
)
def test_offsets_the_named_zone_does_not_have_are_said(path: str, zone: str, count: int, offsets: str) -> None:
    feed = REAL.parent / path
    reader = FrabJsonReader() if feed.suffix == ".json" else FrabXmlReader()

    program = reader.read(feed.read_text(encoding="utf-8"), source=feed.name, context=ReadContext())

    [warning] = [problem for problem in program.problems if problem.code == "zone-offset-mismatch"]
    assert program.timezone == zone
    assert f"names the zone {zone} but {count} events carry offsets it does not have" in warning.message
    assert f"({offsets})" in warning.message


def test_an_export_whose_offsets_are_its_zones_says_nothing_of_them() -> None:
    # EventFahrplan b25abfa, 38C3: Europe/Berlin, +01:00 on every event.
    feed = REAL.parent / "examples" / "xml" / "schedule-38c3-20251206.xml"

    program = FrabXmlReader().read(feed.read_text(encoding="utf-8"), source=feed.name, context=ReadContext())

    assert not [problem for problem in program.problems if problem.code == "zone-offset-mismatch"]


def test_an_empty_duration_reads_alike_in_xml_and_json() -> None:
    # rC3 channels 2020 (voc/schedule 0a403ee) with its first event's duration emptied, as Jekyll's LSWT writes it.
    document = json.loads((REAL / "pretalx-rc3-channels-2020.json").read_text(encoding="utf-8"))
    first = next(iter(document["schedule"]["conference"]["days"][0]["rooms"].values()))[0]
    first["duration"] = ""

    program = FrabJsonReader().read(json.dumps(document), source="rc3.json", context=ReadContext())

    [item] = [item for item in program.items if item.title == first["title"]]
    assert (item.start, item.end) == (datetime.fromisoformat(first["date"]), None)
    assert [problem.code for problem in program.problems if problem.code != "no-time-zone"] == ["no-duration"]


def test_a_json_whose_schedule_is_not_frab_is_left_to_detection_to_refuse() -> None:
    # MozFest's site data (lonnen/mozfest-data a4bef95): {"schedule": {"all-5": {"10": {"startTime": …}}}},
    # mistaken for frab (its first key) and refused 'expected "schedule.conference" to be an object'.
    text = (REAL / "nonfrab-mozfest-schedule-excerpt.json").read_text(encoding="utf-8")

    assert [reader.name for reader in detect_readers(text)] == []

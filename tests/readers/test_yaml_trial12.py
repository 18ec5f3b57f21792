"""Site data a new user brought unseen (session 11): CLIN 35, AGN on the Beach II (2026), WBCI 2022.

CLIN 35's `programme.json` (an excerpt: its first five entries) writes a parallel block as an
untitled slot `{type, start, end, location, events: [{track, title, location, talks: [{time,
title, author, abstract}]}]}`: four sessions side by side, each holding its talks, each talk
timed `09:15–09:35` (an en dash). It names no date and no zone. AGN on the Beach II keeps
`{event, copy, legend, days: [{date: "Monday · 21 September 2026", sessions: [{start, end, title,
type, location, description}]}]}` and its zone in words, `"timezone": "East Africa Time (UTC+3)"`.
ICRS 2026's conference-app JSON (an excerpt: 7 of its 237 sessions) writes `{meta: {timezone:
"Pacific/Auckland"}, rooms: [{id, label}], sessions: [{date, start, end, room: "301", talks:
[{title, start, end, presenter, affiliation}]}], events: [{title, date, start, end, location}]}`.
WBCI 2022's `_data/schedule.yml` writes tabs inside lines
(`speakers: <TAB>Gislainy …`), which PyYAML refuses and YAML 1.2 reads as spaces.
Expectations are counted from the files with `json` and PyYAML, or written by hand from them.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import yaml

from program.errors import ParseError
from program.feed_reading import read_feed
from program.model import Kind, Program
from program.readers import ReadContext
from program.readers.json_rows import JsonRowsReader
from program.readers.yaml_site import YamlSiteReader
from program.settings import FeedSpec

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
LEUVEN = ZoneInfo("Europe/Brussels")
NAIROBI = ZoneInfo("Africa/Nairobi")
AUCKLAND = ZoneInfo("Pacific/Auckland")
SAO_PAULO = ZoneInfo("America/Sao_Paulo")
CLIN_DAY = date(2025, 9, 19)
"""The file names no day: any first day given is the day of every entry."""


def _read(name: str, context: ReadContext) -> Program:
    return YamlSiteReader().read((DATA / name).read_text(encoding="utf-8"), source=name, context=context)


def _at(day: date, clock: str, zone: ZoneInfo) -> datetime:
    hour, minute = clock.split(":")
    return datetime(day.year, day.month, day.day, int(hour), int(minute), tzinfo=zone)


def test_clin35_parallel_sessions_and_the_talks_each_holds() -> None:
    entries = json.loads((DATA / "clin35-programme-excerpt.json").read_text(encoding="utf-8"))
    program = _read("clin35-programme-excerpt.json", ReadContext(first_date=CLIN_DAY, timezone=LEUVEN))

    expected: list[tuple[str, str, str, tuple[str, ...], str]] = []
    for entry in entries:
        if "events" not in entry:
            expected.append((entry["title"], entry["start"], entry["end"], (), entry["location"]))
            continue
        for session in entry["events"]:
            expected.append((session["title"], entry["start"], entry["end"], (), session["location"]))
            for talk in session["talks"]:
                start, end = talk["time"].split("–")
                people = tuple(talk["author"].split(", "))
                expected.append((talk["title"], start, end, people, session["location"]))
    assert len(expected) == 24  # 4 entries of their own, 4 parallel sessions, 16 talks

    read = [
        (item.title, item.start, item.end, tuple(item.people), item.location or "")
        for item in sorted(program.items, key=lambda item: item.source.line or 0)
    ]
    assert read == [
        (title, _at(CLIN_DAY, start, LEUVEN), _at(CLIN_DAY, end, LEUVEN), people, room)
        for title, start, end, people, room in expected
    ]
    sessions = {item.id: item.title for item in program.items}
    talks = [item for item in program.items if item.kind is Kind.TALK]
    assert len(talks) == 16
    assert {sessions[item.sessions[0]] for item in talks} == {
        "Language Learning",
        "Resources and Evaluation",
        "Linguistics 1",
        "Machine Translation",
    }
    assert any("16 talks in sessions' talks read as items" in line for line in program.reading)


def test_clin35_is_left_to_the_site_reader_and_json_rows_says_why() -> None:
    text = (DATA / "clin35-programme-excerpt.json").read_text(encoding="utf-8")
    assert not JsonRowsReader().detect(text[:2000])
    with pytest.raises(ParseError) as refused:  # named as rows, its talks would be lost: it says so
        JsonRowsReader().read(text, source="clin35.json", context=ReadContext(first_date=CLIN_DAY, timezone=LEUVEN))
    assert refused.value.source.line == 9
    assert 'row /1 has none and holds 4 titled entries under "events"' in refused.value.reason
    assert "--format yaml-site" in refused.value.reason
    # without --format: its slots holding sessions are a site's shape, detected as such
    context = ReadContext(first_date=CLIN_DAY, timezone=LEUVEN)
    detected = read_feed(FeedSpec(DATA / "clin35-programme-excerpt.json"), context)
    assert detected.reader == "yaml-site"
    assert len(detected.program.items) == 24


def test_agn_beach_2026_days_of_sessions() -> None:
    document = json.loads((DATA / "agnbeach2026-programme.json").read_text(encoding="utf-8"))
    program = _read("agnbeach2026-programme.json", ReadContext(timezone=NAIROBI))

    expected = []
    for day in document["days"]:
        written = datetime.strptime(day["date"].split(" · ")[1], "%d %B %Y").date()
        for session in day["sessions"]:
            start, end = _at(written, session["start"], NAIROBI), _at(written, session["end"], NAIROBI)
            expected.append((session["title"], start, end, session["location"]))
    assert len(expected) == 22
    assert [(item.title, item.start, item.end, item.location) for item in program.items] == expected
    assert all(not item.people for item in program.items)  # the draft names no speakers
    detected = read_feed(FeedSpec(DATA / "agnbeach2026-programme.json"), ReadContext(timezone=NAIROBI))
    assert detected.reader == "yaml-site"  # no --format: its days of sessions, after 2,500 characters of page copy
    assert [(item.title, item.start, item.end, item.location) for item in detected.program.items] == expected
    # without --timezone: the zone it names in words, a fixed UTC+3, with a warning naming --timezone
    fixed = _read("agnbeach2026-programme.json", ReadContext())
    assert [item.start for item in fixed.items] == [start for _, start, _, _ in expected]
    assert fixed.timezone == "Etc/GMT-3"
    warned = [problem for problem in fixed.problems if problem.code == "no-time-zone"]
    assert len(warned) == 1
    assert "'East Africa Time (UTC+3)' (event.timezone)" in warned[0].message
    assert "--timezone" in warned[0].message


def test_icrs2026_sessions_talks_and_events_in_the_zone_and_rooms_it_names() -> None:
    document = json.loads((DATA / "icrs2026-programme-excerpt.json").read_text(encoding="utf-8"))
    program = _read("icrs2026-programme-excerpt.json", ReadContext())  # no --timezone: meta.timezone

    rooms = {room["id"]: room["label"] for room in document["rooms"]}
    expected: list[tuple[str, datetime, datetime, tuple[str, ...], str | None]] = []
    for session in document["sessions"]:
        day = date.fromisoformat(session["date"])
        room = rooms[session["room"]]
        expected.append(
            (session["title"], _at(day, session["start"], AUCKLAND), _at(day, session["end"], AUCKLAND), (), room)
        )
        for talk in session["talks"]:
            person = f"{talk['presenter']} [{talk['affiliation']}]" if talk["affiliation"] else talk["presenter"]
            start, end = _at(day, talk["start"], AUCKLAND), _at(day, talk["end"], AUCKLAND)
            expected.append((talk["title"], start, end, (person,), room))
    for event in document["events"]:
        day = date.fromisoformat(event["date"])
        start, end = _at(day, event["start"], AUCKLAND), _at(day, event["end"], AUCKLAND)
        expected.append((event["title"], start, end, (), event["location"] or None))
    assert len(expected) == 7 + 44 + 27

    read = [(item.title, item.start, item.end, tuple(item.people), item.location) for item in program.items]
    assert read == expected
    assert program.timezone == "Pacific/Auckland"
    assert "times read in Pacific/Auckland, the zone the file names (meta.timezone)" in program.reading
    assert "also the entries at events[] (27)" in program.reading


def test_wbci2022_tabs_inside_lines_read_as_spaces_and_its_events_said_unread() -> None:
    text = (DATA / "wbci2022-schedule.yml").read_text(encoding="utf-8")
    with pytest.raises(yaml.YAMLError):  # what PyYAML alone makes of it
        yaml.safe_load(text)
    # every tab after a line's indentation a space, as YAML 1.2 reads it
    days = yaml.safe_load(re.sub(r"(?m)^([ ]*)(.*)$", lambda line: line[1] + line[2].replace("\t", " "), text))
    program = _read("wbci2022-schedule.yml", ReadContext(timezone=SAO_PAULO))

    slots = [(day["date"], slot) for day in days for slot in day["timeslots"]]
    assert len(slots) == 15
    assert [(item.start, item.end) for item in program.items] == [
        (
            _at(date.fromisoformat(day), slot["startTime"], SAO_PAULO),
            _at(date.fromisoformat(day), slot["endTime"], SAO_PAULO),
        )
        for day, slot in slots
    ]
    assert program.items[0].title == "Open remarks / Sala: 202"
    assert program.items[6].title == (
        "Palestra (Auditório IC-2): Entregas Urbanas em Last Mile na Loggi: estado da prática e perspectivas"
    )
    assert program.items[14].title == "Special Session: Colóquio em Blockchain e Web Descentralizada / Sala: 202"
    assert "tabs inside a line read as spaces, as YAML 1.2 does (line 205, 208, 209, 211, 214, 225)" in program.reading
    # the talks each slot lists under `events` (54, with `note: 9:30 - 9:45` times) are not read: said, not lost
    assert sum(len(slot.get("events") or []) for _, slot in slots) == 54
    assert "not read: events" in program.reading


def test_a_plain_null_is_nothing_and_the_next_usual_key_holds_the_room() -> None:
    # ICRS 2026's poster sessions: `"room": null, "location": "Ariki Hall | Level 3 | NZICC"` (the whole file only)
    text = (
        '{"meta": {"timezone": "Pacific/Auckland"}, "sessions": [{"title": "Poster Session 1", "date": "2026-07-20",'
        ' "start": "17:30", "end": "18:30", "room": null, "location": "Ariki Hall | Level 3 | NZICC"}]}'
    )
    program = YamlSiteReader().read(text, source="icrs.json", context=ReadContext())
    assert [item.location for item in program.items] == ["Ariki Hall | Level 3 | NZICC"]
    quoted = YamlSiteReader().read(text.replace("null", '"null"'), source="icrs.json", context=ReadContext())
    assert [item.location for item in quoted.items] == ["null"]  # a quoted "null" is the text written


def test_a_poster_session_holds_posters() -> None:
    # ICRS 2026's poster sessions (the whole file only): `"kind": "poster"` holding 267 and 278 entries
    text = (
        '{"meta": {"timezone": "Pacific/Auckland"}, "sessions": [{"kind": "poster", "title": "Poster Session 1",'
        ' "date": "2026-07-20", "start": "17:30", "end": "18:30", "location": "Ariki Hall", "talks": ['
        '{"title": "Status of coral reefs in Wadi El Gemal", "start": "17:30", "end": "18:30", "presenter": "A B"},'
        '{"title": "Harvesting Sargassum", "start": "17:30", "end": "18:30", "presenter": "C D"}]},'
        ' {"kind": "session", "title": "Reef fish ecology", "date": "2026-07-21", "start": "10:15", "end": "11:45",'
        ' "talks": [{"title": "Mesopredatory sharks", "start": "10:15", "end": "10:30", "presenter": "E F"}]}]}'
    )
    program = YamlSiteReader().read(text, source="icrs.json", context=ReadContext())
    assert [item.kind for item in program.items] == [
        Kind.POSTER_SESSION,
        Kind.POSTER,
        Kind.POSTER,
        Kind.OTHER,
        Kind.TALK,
    ]


def test_sessions_titled_only_by_their_description() -> None:
    # The shape of NSG 2026's programme.json as seen before (the file itself was not found again):
    # `[{"date": …, "sessions": [{"time": "09:00-10:00", "description": "<strong>Keynote Talk 1:</strong> …"}]}]`
    text = json.dumps(
        [
            {
                "date": "2026-05-12",
                "sessions": [
                    {"time": "08:30-09:00", "description": "Registration"},
                    {
                        "time": "09:00-10:00",
                        "description": "<strong>Keynote Talk 1:</strong> Sensing the subsurface<br>"
                        "<strong>Speaker:</strong> Ada Lovelace",
                    },
                    {"time": "10:00-10:30", "description": "<strong>Coffee Break</strong>"},
                ],
            }
        ]
    )
    program = YamlSiteReader().read(text, source="nsg.json", context=ReadContext(timezone=LEUVEN))
    day = date(2026, 5, 12)
    assert [(item.title, item.start, item.end, item.people, item.kind) for item in program.items] == [
        ("Registration", _at(day, "08:30", LEUVEN), _at(day, "09:00", LEUVEN), (), Kind.OTHER),
        (
            "Sensing the subsurface",
            _at(day, "09:00", LEUVEN),
            _at(day, "10:00", LEUVEN),
            ("Ada Lovelace",),
            Kind.KEYNOTE,
        ),
        ("Coffee Break", _at(day, "10:00", LEUVEN), _at(day, "10:30", LEUVEN), (), Kind.BREAK),
    ]
    assert "3 entries titled by their description's first line (its label their type)" in program.reading
    assert all(not item.abstract for item in program.items)  # the description was all title and speaker

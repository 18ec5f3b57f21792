"""Sessionize exports: every session of the real exports read once, at its local time, with its place."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Kind, Severity
from program.readers import ReadContext, decode_feed, detect_readers
from program.readers.sessionize import SessionizeReader

DATA = Path(__file__).parent.parent / "data" / "sessionize"
BEFORE_ACCEPTANCE = DATA / "qa-or-the-highway-2026-before-acceptance.json"  # a real export with no session yet
PARTLY_SCHEDULED = DATA / "cdkday2023-sessions.json"
"""38 of its 39 sessions untimed: read in its own test."""
EXPORTS = sorted(path for path in DATA.glob("*.json") if path not in (BEFORE_ACCEPTANCE, PARTLY_SCHEDULED))
VIENNA = ZoneInfo("Europe/Vienna")
CONTEXT = ReadContext(timezone=VIENNA)


def _sessions(document: Any) -> list[dict[str, Any]]:
    """The sessions of any view, each once, in document order, as the json module sees them."""
    if isinstance(document, dict):
        return list(document["sessions"])
    found: dict[str, dict[str, Any]] = {}
    for entry in document:
        lists = [room["sessions"] for room in entry.get("rooms", [])] + [entry.get("sessions", [])]
        for session in (session for sessions in lists for session in sessions):
            found.setdefault(session["id"], session)
    return list(found.values())


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8-sig"))


def _read(path: Path, context: ReadContext = CONTEXT) -> Any:
    return SessionizeReader().read(decode_feed(path.read_bytes(), path.name), source=path.name, context=context)


@pytest.mark.parametrize("path", EXPORTS, ids=lambda path: path.name)
def test_every_session_is_read_once_with_its_local_times(path: Path) -> None:
    expected = [
        (" ".join(session["title"].split()), session["startsAt"].removesuffix("Z"), session["endsAt"].removesuffix("Z"))
        for session in _sessions(_load(path))
    ]

    program = _read(path)

    got = [
        (item.title, item.start.replace(tzinfo=None).isoformat(), item.end.replace(tzinfo=None).isoformat())
        for item in program.items
    ]
    assert got == expected
    assert {item.start.tzinfo for item in program.items} == {VIENNA}
    assert [problem for problem in program.problems if problem.severity is Severity.ERROR] == []


@pytest.mark.parametrize("path", [path for path in EXPORTS if path.name.endswith("-all.json")], ids=lambda p: p.name)
def test_all_data_joins_speakers_and_rooms_by_id(path: Path) -> None:
    document = _load(path)
    names = {speaker["id"]: speaker["fullName"] for speaker in document["speakers"]}
    rooms = {room["id"]: room["name"] for room in document["rooms"]}

    program = _read(path)

    assert [item.people for item in program.items] == [
        tuple(names[key] for key in session["speakers"]) for session in document["sessions"]
    ]
    assert [item.location for item in program.items] == [rooms[session["roomId"]] for session in document["sessions"]]


def test_the_grid_lists_each_session_twice_and_it_is_read_once() -> None:
    program = _read(DATA / "sessionize-demo-2017-gridsmart.json")

    assert len(program.items) == len({item.frab.id for item in program.items if item.frab}) == 11
    assert program.reading[1] == "22 listings of sessions: each session read once, where first listed"
    assert 'the "Z" after the times is not UTC (Sessionize writes local times): read as local times' in program.reading


def test_a_session_names_its_line_the_line_of_its_id() -> None:
    path = DATA / "orlando-codecamp-2020-all.json"
    lines = path.read_text(encoding="utf-8-sig").split("\n")

    program = _read(path)

    assert [lines[item.source.line - 1].strip() for item in program.items[:2]] == [
        '"id": "7b3d6b07-294f-4319-8234-aae9701d98b5",',
        '"id": "176149",',
    ]


def test_the_bom_export_is_read_with_or_without_decoding() -> None:
    path = DATA / "orlando-codecamp-2020-all.json"
    raw = path.read_bytes().decode("utf-8")

    assert raw.startswith("\ufeff")
    assert SessionizeReader().read(raw, source=path.name, context=CONTEXT).items == _read(path).items


def test_categories_give_kind_label_and_track_and_service_sessions_their_title_kind() -> None:
    orlando = _read(DATA / "orlando-codecamp-2020-all.json")
    scottish = _read(DATA / "scottish-summit-2026-all.json")

    assert (orlando.items[0].title, orlando.items[0].kind, orlando.items[0].label) == ("Keynote", Kind.KEYNOTE, None)
    assert (orlando.items[1].kind, orlando.items[1].label) == (Kind.TALK, "Session")
    assert scottish.items[0].track == "Dynamics & Power Platform"


def _answers(item: Any) -> dict[str, str]:
    return {answer.question: answer.answer for answer in item.frab.answers or ()}


def test_every_category_is_kept_with_the_session_level_and_tags_included() -> None:
    # Fluttercon's grid names its categories on each session: "Session format", "Level", "Tags"
    fluttercon = _read(DATA / "fluttercon-nyc-2024-grid.json")
    background = next(item for item in fluttercon.items if item.title.startswith("Background Processing"))

    assert background.label == "Session"
    assert background.track is None  # tags are no track
    assert _answers(background) == {
        "Session format": "Session",
        "Level": "Advanced",
        "Tags": "Application Architecture / Navigation, Flutter Multiplatform (Desktop, Web, Embedded, etc.), "
        "Package & Plugin Development",
    }
    assert "categories and questions kept with each session: Session format, Level, Tags" in fluttercon.reading


def test_a_category_named_category_is_the_track_when_none_is_named_track() -> None:
    # Orlando Code Camp calls its track "Category"; the ids 30936, 30935, 36613 name its items
    orlando = _read(DATA / "orlando-codecamp-2020-all.json")
    apps = next(item for item in orlando.items if item.title == "Build intelligent Apps")

    assert (apps.track, apps.label) == ("AI/ML", "Session")
    assert _answers(apps) == {"Level": "Introductory and overview", "Session format": "Session", "Category": "AI/ML"}


def test_categories_worded_as_questions_keep_their_words() -> None:
    scottish = _read(DATA / "scottish-summit-2026-all.json")

    assert _answers(scottish.items[0]) == {
        "Which track does your session best fit into?": "Dynamics & Power Platform",
        "What level is your session aimed at?": "100 - Beginner",
    }


@pytest.mark.parametrize("path", EXPORTS, ids=lambda path: path.name)
def test_an_export_is_told_by_its_content(path: Path) -> None:
    text = decode_feed(path.read_bytes(), path.name)

    assert [reader.name for reader in detect_readers(text)] == ["sessionize"]


def test_local_times_without_a_zone_stop_the_build_naming_the_option() -> None:
    with pytest.raises(UsageError, match="--timezone"):
        _read(DATA / "global-azure-austria-2024-all.json", ReadContext())


def test_times_with_a_z_ask_for_the_zone_the_event_was_scheduled_in_utc_for_an_online_one() -> None:
    with pytest.raises(UsageError, match=r'the "Z" after them is no UTC.*UTC for an online event'):
        _read(PARTLY_SCHEDULED, ReadContext())

    program = _read(PARTLY_SCHEDULED, ReadContext(timezone=ZoneInfo("UTC")))
    keynote = next(item for item in program.items if item.start is not None)
    assert (keynote.title, keynote.start, keynote.people) == (
        "Keynote: Contributing to the CDK",
        datetime(2023, 9, 29, 17, 50, tzinfo=ZoneInfo("UTC")),
        ("Kendra Neil",),
    )
    assert len(program.items) == 39
    assert [reader.name for reader in detect_readers(decode_feed(PARTLY_SCHEDULED.read_bytes(), "x"))] == ["sessionize"]


def _rewritten(path: Path, change: Any) -> str:
    document = _load(path)
    change(document)
    return json.dumps(document, indent=2)


def test_an_export_taken_before_scheduling_is_an_error_without_invented_times() -> None:
    def unschedule(document: Any) -> None:
        for session in document["sessions"]:
            session["startsAt"] = session["endsAt"] = None

    text = _rewritten(DATA / "global-azure-austria-2024-all.json", unschedule)

    program = SessionizeReader().read(text, source="a.json", context=ReadContext())

    assert [item.start for item in program.items] == [None] * 15
    assert [(problem.severity, problem.code) for problem in program.problems] == [
        (Severity.ERROR, "unscheduled-export")
    ]


def test_a_real_export_taken_before_any_session_was_accepted_is_claimed_and_an_error() -> None:
    text = BEFORE_ACCEPTANCE.read_text(encoding="utf-8")
    assert _load(BEFORE_ACCEPTANCE)["sessions"] == []

    program = SessionizeReader().read(text, source=BEFORE_ACCEPTANCE.name, context=ReadContext())

    assert [reader.name for reader in detect_readers(text)] == ["sessionize"]
    assert program.items == ()
    assert [(problem.severity, problem.code) for problem in program.problems] == [
        (Severity.ERROR, "unscheduled-export")
    ]
    assert "lists no session" in program.problems[0].message


def test_a_session_that_cannot_be_read_is_an_error_at_its_line_and_path() -> None:
    def break_third(document: Any) -> None:
        document["sessions"][2]["endsAt"] = document["sessions"][2]["startsAt"]

    text = _rewritten(DATA / "global-azure-austria-2024-all.json", break_third)

    program = SessionizeReader().read(text, source="a.json", context=CONTEXT)

    [problem] = program.problems
    assert problem.code == "unreadable-event"
    assert problem.message.endswith("(at $.sessions[2])")
    assert problem.source is not None and problem.source.line is not None
    assert text.split("\n")[problem.source.line - 1].strip() == '"id": "655642",'
    assert len(program.items) == 14


def test_a_time_in_the_night_the_clocks_go_back_keeps_its_wall_clock() -> None:
    text = json.dumps(
        {
            "sessions": [
                {
                    "id": "1",
                    "title": "Late",
                    "startsAt": "2024-10-27T02:30:00",
                    "endsAt": "2024-10-27T03:30:00",
                    "isServiceSession": False,
                    "speakers": [],
                    "categoryItems": [],
                    "roomId": None,
                }
            ],
            "speakers": [],
            "rooms": [],
            "categories": [],
        }
    )

    [item] = SessionizeReader().read(text, source="a.json", context=CONTEXT).items

    assert item.start == datetime(2024, 10, 27, 2, 30, tzinfo=VIENNA)
    assert item.end is not None and item.end.timestamp() - item.start.timestamp() == 7200


@pytest.mark.parametrize("path", [path for path in EXPORTS if "grid" in path.name], ids=lambda path: path.name)
def test_a_grid_session_starts_at_its_time_slots_wall_clock_z_or_not(path: Path) -> None:
    # Each time slot is labelled with a bare wall-clock time ("slotStart": "08:00:00"); the
    # sessions in it start at that clock time whether the export adds a "Z" (2017) or not
    # (2018-2024): the "Z" is no UTC offset, and the item starts at the slot's local time.
    document = _load(path)
    slots = {
        room["session"]["id"]: (day["date"][:10], slot["slotStart"], room["session"]["startsAt"])
        for day in document
        for slot in day["timeSlots"]
        for room in slot["rooms"]
    }
    assert all(starts[11:19] == clock for _, clock, starts in slots.values())

    program = _read(path)

    got = {item.frab.guid or str(item.frab.id): item.start for item in program.items if item.frab}
    assert {
        key: (start.date().isoformat(), start.time().isoformat()) for key, start in got.items() if key in slots
    } == {key: (date, clock) for key, (date, clock, _) in slots.items()}


def test_an_object_of_sessions_naming_speakers_and_rooms_keeps_them() -> None:
    # GDG Warsaw DevFest 2019: {"sessions": [...]} whose sessions carry {id, name} speakers and a room name
    program = _read(DATA / "devfest-warsaw-2019-sessions.json", ReadContext(timezone=ZoneInfo("Europe/Warsaw")))

    by_title = {item.title: item for item in program.items}
    opening = by_title["Hello and welcome to DevFest"]
    jetpack = by_title["Android Jetpack - what you need to know in 2019"]
    tranquility = by_title["Tranquility Base: Datacenter-as-Code with reusable components for your cloud"]
    environment = by_title["How Flutter helps with saving the environment"]
    assert (opening.title, opening.people, opening.location) == (
        "Hello and welcome to DevFest",
        ("Jakub Kolakowski",),
        "Cloud",
    )
    assert (jetpack.people, jetpack.location) == (("Miłosz Lewandowski",), "Mobile")
    assert tranquility.people == ("Aleksander Madej", "Paweł Bolonek")
    assert (environment.people, environment.location) == (
        ("Grzegorz Pakuła", "Cezary Śliwiński", "Daniel Michalak"),
        "Radzymin",
    )
    assert opening.start == datetime(2019, 12, 7, 9, 0, tzinfo=ZoneInfo("Europe/Warsaw"))
    assert program.reading[0] == "Sessionize Sessions view: 48 sessions (0 service sessions), 39 speakers, 4 rooms"
    assert [problem for problem in program.problems if problem.code == "unknown-reference"] == []

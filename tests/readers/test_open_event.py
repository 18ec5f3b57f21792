"""Open Event sessions.json: every shown session of the real exports read, at its offset's instant."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Severity
from program.readers import ReadContext, decode_feed, detect_readers
from program.readers.open_event import OpenEventReader

DATA = Path(__file__).parent.parent / "data" / "open_event"
EXPORTS = sorted(DATA.glob("*.json"))
BERLIN = ReadContext(timezone=ZoneInfo("Europe/Berlin"))


def _sessions(path: Path) -> list[dict[str, Any]]:
    """The sessions an event shows (accepted or confirmed, not deleted), as the json module sees them."""
    document = json.loads(path.read_text(encoding="utf-8"))
    sessions = document["sessions"] if isinstance(document, dict) else document
    return [
        session
        for session in sessions
        if session.get("state", "accepted") in ("accepted", "confirmed") and not session.get("deleted-at")
    ]


def _start(session: dict[str, Any]) -> str | None:
    return session.get("starts-at") or session.get("start_time")


def _read(path: Path, context: ReadContext = BERLIN) -> Any:
    return OpenEventReader().read(decode_feed(path.read_bytes(), path.name), source=path.name, context=context)


@pytest.mark.parametrize("path", EXPORTS, ids=lambda path: path.name)
def test_every_shown_session_is_read_or_named_in_an_error(path: Path) -> None:
    sessions = _sessions(path)
    titled = [session for session in sessions if (session.get("title") or session.get("name") or "").strip()]

    program = _read(path)

    errors = [problem for problem in program.problems if problem.severity is Severity.ERROR]
    assert len(program.items) + len(errors) == len(sessions)
    assert len(titled) == len(program.items)  # an end before the start is a warning: the session keeps its start


def _written(start: str, session: dict[str, Any]) -> datetime:
    """The time as the session writes it: with its offset, else in the zone it names (2016), else naive."""
    moment = datetime.fromisoformat(start)
    zone = session.get("timezone")
    return moment.replace(tzinfo=ZoneInfo(zone)) if moment.tzinfo is None and zone else moment


@pytest.mark.parametrize("path", EXPORTS, ids=lambda path: path.name)
def test_times_are_the_instants_the_offsets_say(path: Path) -> None:
    expected = {
        (" ".join(str(session.get("title") or session.get("name")).split()), _written(start, session))
        for session in _sessions(path)
        if (session.get("title") or session.get("name") or "").strip()
        and (start := _start(session))
        and start != (session.get("ends-at") or session.get("end_time"))
    }
    naive = any(moment.tzinfo is None for _, moment in expected)

    program = _read(path)

    got = {(item.title, item.start) for item in program.items if item.start is not None}
    if naive:  # a wall-clock time of the given zone
        got = {(title, start.replace(tzinfo=None)) for title, start in got}
    assert got <= expected
    assert {item.start.tzinfo for item in program.items if item.start} <= {BERLIN.timezone}


def test_speakers_rooms_tracks_and_types_come_from_the_embedded_objects() -> None:
    program = _read(DATA / "droidcon17-sessions.json")

    item = next(item for item in program.items if item.title == "First, Do No Harm")
    assert (item.people, item.location, item.track, item.label) == (
        ("Annyce Davis",),
        "Theatre 1",
        "Keynote",
        "45 Minutes session",
    )
    assert item.frab is not None and [person.id for person in item.frab.persons] == [2]


def test_offsets_without_a_zone_are_shown_at_the_offset_with_a_warning() -> None:
    program = _read(DATA / "droidcon17-sessions.json", ReadContext())

    assert program.timezone == "Etc/GMT+7"
    assert [problem.code for problem in program.problems] == ["no-time-zone"]
    assert program.items[0].start is not None and program.items[0].start.isoformat() == "2017-04-10T10:00:00-07:00"


def test_times_without_offsets_stop_the_build_naming_the_option() -> None:
    with pytest.raises(UsageError, match="--timezone"):
        _read(DATA / "mozillaallhands16-sessions.json", ReadContext())


def test_proposals_are_left_out_and_said_and_unscheduled_sessions_are_untimed() -> None:
    program = _read(DATA / "nextcloudconference2017-sessions.json")

    assert program.reading[-1] == (
        "skipped: $[41] 'Coding sprint' (nextcloudconference2017-sessions.json:2342): state 'pending'"
    )
    untimed = [problem for problem in program.problems if problem.code == "unscheduled-session"]
    assert len(untimed) == sum(1 for item in program.items if item.start is None) == 17


def test_html_abstracts_are_read_as_text() -> None:
    program = _read(DATA / "oscal2017-sessions.json")

    assert program.items[0].abstract is not None
    assert program.items[0].abstract.startswith("Mutation testing is a technique in which the software under test")
    assert "<" not in program.items[0].abstract and "&amp;" not in program.items[0].abstract


def test_an_end_before_the_start_is_a_warning_at_its_line_and_the_session_keeps_its_start() -> None:
    path = DATA / "mozillaallhands16-sessions.json"
    lines = path.read_text(encoding="utf-8").split("\n")

    program = _read(path)

    # "starts-at":"2016-12-09T09:00:00", "ends-at":"2016-12-08T10:00:00": the day before.
    [problem] = [problem for problem in program.problems if problem.code == "end-before-start"]
    assert problem.severity is Severity.WARNING
    assert problem.message == (
        "'FP&A Session with Jim': its ends-at '2016-12-08T10:00:00' is before its starts-at "
        "'2016-12-09T09:00:00'; read as a start only (at $[19])"
    )
    assert problem.source is not None and problem.source.line is not None
    assert lines[problem.source.line - 1].strip() == '"title":"FP&A Session with Jim",'
    kept = [item for item in program.items if item.source == problem.source]
    assert [(item.start, item.end) for item in kept] == [(datetime(2016, 12, 9, 9, tzinfo=BERLIN.timezone), None)]


@pytest.mark.parametrize("path", EXPORTS, ids=lambda path: path.name)
def test_an_export_is_told_by_its_content(path: Path) -> None:
    text = decode_feed(path.read_bytes(), path.name)

    assert [reader.name for reader in detect_readers(text)] == ["open-event"]


def test_times_the_2016_export_writes_in_utc_are_shown_in_the_given_zone() -> None:
    # FOSSASIA 2016 (Science Centre Singapore) opened at 9:30: its export writes "01:30" with "timezone": "UTC".
    path = DATA / "fossasia2016-droidgen-sessions.json"
    singapore = ZoneInfo("Asia/Singapore")

    program = _read(path, ReadContext(timezone=singapore))

    shown = {
        item.title: (item.start, item.end, item.people, item.location)
        for item in program.items
        if item.title in ("Grand Opening", "Rethinking Drone Delivery with Open Source", "UNESCO YouthMobile")
    }
    assert shown == {
        "Grand Opening": (
            datetime(2016, 3, 18, 9, 30, tzinfo=singapore),
            datetime(2016, 3, 18, 10, 0, tzinfo=singapore),
            ("Hong Phuc Dang",),
            "Dalton Hall",
        ),
        "Rethinking Drone Delivery with Open Source": (
            datetime(2016, 3, 18, 10, 40, tzinfo=singapore),
            datetime(2016, 3, 18, 11, 10, tzinfo=singapore),
            ("Bernard Leong",),
            "Dalton Hall",  # written "  Dalton Hall" (room 1) on every session but the first
        ),
        "UNESCO YouthMobile": (
            datetime(2016, 3, 18, 11, 15, tzinfo=singapore),
            datetime(2016, 3, 18, 11, 45, tzinfo=singapore),
            ("Davide Storti, ITO Misako",),  # one speaker object in the export
            "Dalton Hall",
        ),
    }
    assert not [problem for problem in program.problems if problem.code == "no-time-zone"]


def test_times_in_utc_without_a_zone_are_shown_in_utc_with_a_warning() -> None:
    program = _read(DATA / "fossasia2016-droidgen-sessions.json", ReadContext())

    assert program.timezone == "UTC"
    assert [problem.code for problem in program.problems if problem.code == "no-time-zone"] == ["no-time-zone"]
    assert program.items[0].start == datetime(2016, 3, 18, 1, 30, tzinfo=ZoneInfo("UTC"))


def test_a_short_abstract_every_session_shares_is_a_placeholder_left_out() -> None:
    program = _read(DATA / "fossasia2016-droidgen-sessions.json")

    assert program.items[0].abstract == (
        "Welcome to the 8th year of FOSSASIA. A friendly community of Open Technologists meets at the "
        "Science Centre Singapore."
    )
    assert not [item for item in program.items if "Short Abstract for the event" in (item.abstract or "")]

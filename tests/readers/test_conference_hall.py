"""Conference Hall's schedule export (DevQuest 2026, trial 22): detected, zone from the file, speakers, rooms.

Expectations from the file with `json` (tests/data/conference_hall/PROVENANCE.md): the title,
`start`/`end` as Paris wall clock (Conference Hall writes the zone's wall clock with a `Z`, and
the site shows `getUTCHours()`), `proposal.speakers[].name`, and `track` as the room.
"""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError
from program.readers import ReadContext, detect_readers
from program.readers.conference_hall import ConferenceHallReader

from helpers import ROOT

PATH = ROOT / "tests" / "data" / "conference_hall" / "devquest2026-schedule-excerpt.json"
PARIS = ZoneInfo("Europe/Paris")


def _wall(written: str) -> datetime:
    return datetime.fromisoformat(written.removesuffix("Z")).replace(tzinfo=PARIS)


def test_devquest_sessions_read_in_the_files_zone() -> None:
    text = PATH.read_text(encoding="utf-8")
    sessions = json.loads(text)["sessions"]
    assert len(sessions) == 25
    expected = sorted(
        (
            session["title"],
            _wall(session["start"]),
            _wall(session["end"]),
            tuple(speaker["name"] for speaker in (session["proposal"] or {}).get("speakers", [])),
            session["track"],
        )
        for session in sessions
    )
    assert [reader.name for reader in detect_readers(text)] == ["conference-hall"]
    program = ConferenceHallReader().read(text, source=PATH.name, context=ReadContext())
    assert program.timezone == "Europe/Paris"  # from "timeZone", no --timezone asked for
    got = sorted((item.title, item.start, item.end, item.people, item.location) for item in program.items)
    assert got == expected
    keynote = next(item for item in program.items if item.title == "Keynote")
    assert (keynote.start, keynote.people, keynote.location) == (datetime(2026, 6, 11, 9, 0, tzinfo=PARIS), (), "Forge")
    git = next(item for item in program.items if item.title.startswith("Vous croyez connaître Git"))
    assert git.people == ("Anthony Pena", "Yann-Thomas Le Moigne")
    assert git.label == "Workshop"
    assert not program.problems


def test_another_zone_shows_the_same_instants() -> None:
    text = PATH.read_text(encoding="utf-8")
    program = ConferenceHallReader().read(text, source=PATH.name, context=ReadContext(timezone=ZoneInfo("UTC")))
    keynote = next(item for item in program.items if item.title == "Keynote")
    assert keynote.start == datetime(2026, 6, 11, 7, 0, tzinfo=ZoneInfo("UTC"))


def test_unknown_zone_and_bad_time_said_with_their_place() -> None:
    document = '{"name": "x", "days": [], "timeZone": "Mars/Olympus", "sessions": [{"track": "A", "proposal": null}]}'
    with pytest.raises(ParseError, match="Mars/Olympus"):
        ConferenceHallReader().read(document, source="s.json", context=ReadContext())
    broken = (
        '{"days": [], "timeZone": "Europe/Paris", "sessions": [\n'
        '{"id": "a", "start": "soon", "end": "2026-06-11T10:00:00.000Z", "track": "A", "title": "T", "proposal": null}'
        "]}"
    )
    program = ConferenceHallReader().read(broken, source="s.json", context=ReadContext())
    (problem,) = program.problems
    assert problem.source is not None and problem.source.line == 2
    assert "expected the session's start such as 2026-06-11T09:00:00.000Z, found 'soon'" in problem.message

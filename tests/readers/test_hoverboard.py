"""Hoverboard's data (GDG DevFest sites): sessions placed by each day's timeslot cells, joined by id.

Expectations from the files with `json` (tests/data/hoverboard/PROVENANCE.md): every id in every
cell is an item at its slot's times; cell i of a row of several cells is in `tracks[i]`, a row's
one cell spans the tracks (no one room); people are the `speakers{}` names of the session's ids.
The layout rules beyond these (`extend`, several sessions in one cell, a one-cell row beside a
cell spanning down) are gdg-x/hoverboard's `speakers-sessions-schedule-map` and `schedule-time`.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError, UsageError
from program.feed_reading import _head as feed_head
from program.readers import ReadContext, detect_readers
from program.readers.hoverboard import HoverboardReader
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "hoverboard"
TAIPEI = DATA / "devfest-taipei2018-excerpt.json"
BREST = DATA / "devfest-bdm2019-excerpt.json"
OHIO = DATA / "devfest-ohio2023-excerpt.json"
PORTO = DATA / "devfest-porto2016" / "schedule.json"
Row = tuple[str, datetime | None, datetime | None, tuple[str, ...], str | None]


def _clock(on: date, written: str, zone: ZoneInfo) -> datetime:
    hours, minutes = written.split(":")
    return datetime.combine(on, datetime.min.time(), zone) + timedelta(hours=int(hours), minutes=int(minutes))


def _expected(
    days: list[tuple[str, Any]], sessions: dict[str, Any], speakers: dict[str, Any], zone: ZoneInfo
) -> list[Row]:
    found: list[Row] = []
    for day, written in days:
        tracks = [track["title"] for track in written["tracks"]]
        for slot in written["timeslots"]:
            cells = slot["sessions"]
            for index, cell in enumerate(cells):
                for session_id in cell["items"] if isinstance(cell, dict) else cell:
                    session = sessions[str(session_id)]
                    people = tuple(
                        speakers[str(name)]["name"] for name in session.get("speakers") or [] if str(name) in speakers
                    )
                    on = date.fromisoformat(day)
                    start, end = _clock(on, slot["startTime"], zone), _clock(on, slot["endTime"], zone)
                    room = tracks[index] if len(cells) > 1 else None
                    found.append((" ".join(session["title"].split()), start, end, people, room))
    return sorted(found, key=repr)


def _read(path: Path, zone: ZoneInfo) -> list[Row]:
    program = HoverboardReader().read(
        path.read_text(encoding="utf-8"), source=path.as_posix(), context=ReadContext(timezone=zone)
    )
    assert not [problem for problem in program.problems if problem.severity.value == "error"]
    return sorted(((item.title, item.start, item.end, item.people, item.location) for item in program.items), key=repr)


@pytest.mark.parametrize(
    ("path", "zone", "count"),
    [(TAIPEI, "Asia/Taipei", 35), (BREST, "Europe/Paris", 42), (OHIO, "America/New_York", 20)],
    ids=lambda value: value.name if isinstance(value, Path) else str(value),
)
def test_every_session_a_cell_places_is_read(path: Path, zone: str, count: int) -> None:
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    expected = _expected(list(document["schedule"].items()), document["sessions"], document["speakers"], ZoneInfo(zone))
    assert len(expected) == count
    assert [reader.name for reader in detect_readers(text)] == ["hoverboard"]
    assert not detect_readers(feed_head(path.read_bytes(), path.name))  # the opening alone names no format
    assert _read(path, ZoneInfo(zone)) == expected


def test_taipei_rooms_breaks_and_sessions_in_no_slot() -> None:
    taipei = ZoneInfo("Asia/Taipei")
    program = HoverboardReader().read(
        TAIPEI.read_text(encoding="utf-8"), source=TAIPEI.name, context=ReadContext(timezone=taipei)
    )
    material = next(item for item in program.items if item.title == "Material Design Update")
    assert (material.start, material.end) == (
        datetime(2018, 11, 17, 10, 30, tzinfo=taipei),
        datetime(2018, 11, 17, 11, 15, tzinfo=taipei),
    )
    assert material.people == ("Takuo Suzuki / 鈴木拓生",)
    assert material.location == "102"  # the row's second cell: tracks[1]
    breaks = [item for item in program.items if item.title == "Break"]
    assert len(breaks) == 3  # session 149 sits in three slots
    assert {item.location for item in breaks} == {None}  # one cell across the five tracks
    assert any("5 sessions in no timeslot" in line and "116" in line for line in program.reading)


def test_porto_v1_joins_the_sessions_and_speakers_beside_it() -> None:
    lisbon = ZoneInfo("Europe/Lisbon")
    days = json.loads(PORTO.read_text(encoding="utf-8"))
    sessions = json.loads((PORTO.parent / "sessions.json").read_text(encoding="utf-8"))
    speakers = json.loads((PORTO.parent / "speakers.json").read_text(encoding="utf-8"))
    expected = _expected([(day["date"], day) for day in days], sessions, speakers, lisbon)
    assert len(expected) == 21
    assert [reader.name for reader in detect_readers(PORTO.read_text(encoding="utf-8"))] == ["hoverboard"]
    assert _read(PORTO, lisbon) == expected


def test_v1_without_its_sessions_file_says_which_file(tmp_path: Path) -> None:
    schedule = tmp_path / "schedule.json"
    schedule.write_text(PORTO.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ParseError, match=r"expected .*sessions\.json beside this Hoverboard v1 schedule") as caught:
        HoverboardReader().read(
            schedule.read_text(), source=schedule.as_posix(), context=ReadContext(timezone=ZoneInfo("UTC"))
        )
    assert caught.value.source is not None and caught.value.source.line == 1


GRID = """{
  "schedule": {
    "2016-09-09": {
      "tracks": [{"title": "Expo"}, {"title": "Conference"}, {"title": "Workshops"}],
      "timeslots": [
        {"startTime": "11:00", "endTime": "11:40",
         "sessions": [{"items": [1, 2]}, {"items": [3]}, {"extend": 3, "items": [4]}]},
        {"startTime": "11:50", "endTime": "12:30", "sessions": [{"items": [5]}, {"items": [6]}]},
        {"startTime": "12:30", "endTime": "14:00", "sessions": [{"items": [7]}]},
        {"startTime": "14:00", "endTime": "14:40", "sessions": [{"items": [8]}]},
        {"startTime": "9:45", "endTime": "bientôt", "sessions": [{"items": [9]}]},
        {"startTime": "15:00", "endTime": "16:00", "sessions": [{"items": [404]}]}
      ]
    }
  },
  "sessions": {
    "1": {"title": "First half"}, "2": {"title": "Second half", "speakers": ["ada", "nobody"]},
    "3": {"title": "Talk"}, "4": {"title": "Workshop"}, "5": {"title": "Next"}, "6": {"title": "Other"},
    "7": {"title": "Lunch", "isBreak": true}, "8": {"title": "Keynote", "track": {"title": "Main hall"}},
    "9": {"title": "Broken"}
  },
  "speakers": {"ada": {"name": "Ada Lovelace"}}
}
"""


def test_hoverboards_own_layout_extend_shared_cells_and_spans() -> None:
    paris = ZoneInfo("Europe/Paris")
    program = HoverboardReader().read(GRID, source="grid.json", context=ReadContext(timezone=paris))
    by_title = {item.title: item for item in program.items}

    def at(hour: int, minute: int) -> datetime:
        return datetime(2016, 9, 9, hour, minute, tzinfo=paris)

    # two sessions in one cell share its 40 minutes, one after the other
    assert (by_title["First half"].start, by_title["First half"].end) == (at(11, 0), at(11, 20))
    assert (by_title["Second half"].start, by_title["Second half"].end) == (at(11, 20), at(11, 40))
    assert by_title["Second half"].people == ("Ada Lovelace",)
    # `extend: 3` ends with the third row from its own, and the lunch row's one cell spans only the
    # columns left of it (as Hoverboard's grid-area does)
    assert (by_title["Workshop"].end, by_title["Workshop"].location) == (at(14, 0), "Workshops")
    assert by_title["Lunch"].location == "Expo + Conference"
    assert by_title["Keynote"].location == "Main hall"  # the session's own track
    problems = {problem.message: problem for problem in program.problems}
    unknown = next(problem for message, problem in problems.items() if "names speaker 'nobody'" in message)
    assert unknown.code == "unknown-reference"
    clock = next(problem for message, problem in problems.items() if "bientôt" in message)
    assert 'expected the timeslot\'s "endTime" such as "09:30", found \'bientôt\'' in clock.message
    assert clock.source is not None and clock.source.line == 11
    missing = next(problem for message, problem in problems.items() if "'404'" in message)
    assert missing.severity.value == "error" and missing.source is not None and missing.source.line == 12
    assert "Broken" not in by_title


def test_no_zone_asks_for_timezone() -> None:
    with pytest.raises(UsageError, match="--timezone"):
        HoverboardReader().read(GRID, source="grid.json", context=ReadContext())


def test_a_site_reader_forced_on_hoverboard_data_refuses_it_rather_than_read_its_tracks() -> None:
    """yaml-site once read Brest's day's `tracks[]` as 4 untimed items and exited 0 (trial 42 #02)."""
    with pytest.raises(ParseError, match=r"expected a list of schedule entries .*: pass --format hoverboard"):
        YamlSiteReader().read(
            BREST.read_text(encoding="utf-8"), source=BREST.name, context=ReadContext(timezone=ZoneInfo("UTC"))
        )


def test_a_day_that_is_no_date_is_refused_at_its_line() -> None:
    document = GRID.replace('"2016-09-09"', '"9999-12-31"')
    with pytest.raises(ParseError, match=r"expected the day's \"date\" .* found '9999-12-31'") as caught:
        HoverboardReader().read(document, source="grid.json", context=ReadContext(timezone=ZoneInfo("UTC")))
    assert caught.value.source is not None and caught.value.source.line == 3

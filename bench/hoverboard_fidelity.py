"""How much of each real Hoverboard (GDG DevFest site) data file the hoverboard reader keeps, field by field.

Run from the project root:  python bench/hoverboard_fidelity.py

For every file in tests/data/hoverboard (the Firebase import, and v1's schedule.json with the
sessions.json and speakers.json beside it) the items are worked out here with the json module,
following gdg-x/hoverboard's `speakers-sessions-schedule-map` and `schedule-time`: every id in every
cell of a day's timeslots is an item; its start the slot's, its end the slot's (or, with `extend: n`,
the nth row's from its own); n sessions in one cell share its time, each `floor(ms / n)`, ends cut to
the minute; cell i of a row of several cells is in `tracks[i]`, a row's one cell spans the tracks up
to the first a cell above still covers (no room when several, their titles joined by " + " when some);
a session's own `track` title wins; people the speakers' names by id. Then the file is read with the
reader and each item compared in order. Prints a markdown table.
"""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "hoverboard"
sys.path.insert(0, str(ROOT / "src"))

from count_tables import print_counts  # noqa: E402  (run as a script: bench/ is on the path)

from program.readers import ReadContext  # noqa: E402
from program.readers.hoverboard import HoverboardReader  # noqa: E402

ZONES = {
    "devfest-taipei2018-excerpt.json": "Asia/Taipei",
    "devfest-bdm2019-excerpt.json": "Europe/Paris",
    "devfest-ohio2023-excerpt.json": "America/New_York",
    "devfest-porto2016/schedule.json": "Europe/Lisbon",
}
FIELDS = ("title", "start", "end", "people", "room")
Expected = dict[str, Any]


def _minutes(written: str) -> int:
    hours, minutes = written.strip().split(":")[:2]
    return int(hours) * 60 + int(minutes)


def _sources(path: Path) -> tuple[list[tuple[str, Any]], dict[str, Any], dict[str, Any]]:
    document = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(document, list):  # v1: the days; sessions and speakers beside them
        beside = {name: json.loads((path.parent / f"{name}.json").read_text(encoding="utf-8")) for name in _V1}
        return [(day["date"], day) for day in document], beside["sessions"], beside["speakers"]
    days = [(day.get("date") or key, day) for key, day in document["schedule"].items()]
    return days, document["sessions"], document.get("speakers", {})


_V1 = ("sessions", "speakers")


def expected(path: Path, zone: ZoneInfo) -> list[Expected]:
    """Every item the file's grid shows, as Hoverboard lays it out."""
    days, sessions, speakers = _sources(path)
    found: list[Expected] = []
    for day, written in days:
        midnight = datetime.combine(date.fromisoformat(day), datetime.min.time(), zone)
        tracks = [track.get("title") for track in written["tracks"]]
        covering: dict[int, int] = {}
        slots = written["timeslots"]
        for row, slot in enumerate(slots):
            cells = slot["sessions"]
            for column, cell in enumerate(cells):
                ids = cell["items"] if isinstance(cell, dict) else cell
                extend = cell.get("extend") if isinstance(cell, dict) else None
                start = _minutes(slot["startTime"])
                end = _minutes(slots[row + extend - 1]["endTime"] if extend else slot["endTime"])
                room = _room(column, len(cells), tracks, covering)
                begin = start
                for index, session_id in enumerate(ids, start=1):
                    session = sessions[str(session_id)]
                    finish = end if len(ids) == 1 else start + (end - start) * 60_000 // len(ids) * index // 60_000
                    own = session.get("track")
                    names = [speakers.get(str(one), {}).get("name") for one in session.get("speakers") or []]
                    found.append(
                        {
                            "title": " ".join(session["title"].split()),
                            "start": midnight + timedelta(minutes=begin),
                            "end": midnight + timedelta(minutes=finish) if finish > begin else None,
                            "people": tuple(name.strip() for name in names if name),
                            "room": own["title"] if isinstance(own, dict) and own.get("title") else room,
                        }
                    )
                    begin = finish
                if extend:
                    covering[column + 1] = extend
            covering = {key: left - 1 for key, left in covering.items() if left > 1}
    return found


def _room(column: int, count: int, tracks: list[str | None], covering: dict[int, int]) -> str | None:
    if count != 1:
        return tracks[column] if column < len(tracks) else None
    spanned = tracks[: (min(covering) if covering else len(tracks) + 1) - 1]
    if len(spanned) == 1:
        return spanned[0]
    return " + ".join(title for title in spanned if title) if spanned and len(spanned) < len(tracks) else None


def measure(name: str) -> list[Any]:
    """The table row of one file: items worked out, read, and each field's exact count."""
    path = DATA / name
    zone = ZoneInfo(ZONES[name])
    wanted = expected(path, zone)
    program = HoverboardReader().read(
        path.read_text(encoding="utf-8"), source=path.as_posix(), context=ReadContext(timezone=zone)
    )
    got = [
        {"title": item.title, "start": item.start, "end": item.end, "people": item.people, "room": item.location}
        for item in program.items
    ]
    exact = dict.fromkeys(FIELDS, 0)
    for one, other in zip(wanted, got, strict=False):
        for field in FIELDS:
            exact[field] += one[field] == other[field]
    errors = sum(1 for problem in program.problems if problem.severity.value == "error")
    return [name, len(wanted), len(got), errors, *(f"{exact[field]}/{len(wanted)}" for field in FIELDS)]


def main() -> None:
    """Print the table of every real file."""
    rows = [measure(name) for name in ZONES]
    print_counts("file", "items (json)", FIELDS, rows)


if __name__ == "__main__":
    main()

"""How much of each real Django fixture the django-fixture reader keeps, field by field.

Run from the project root:  python bench/django_fixture_fidelity.py

Each fixture's items are worked out here with the json module and the site's own models, written
out per site (not the reader's generic joins): PyCon Korea 2014's `pyconkr.program` rows with their
`times` (`programtime.begin`/`end`), `date` (`programdate.day`), `rooms` (names joined by ", ") and
`speakers` (names); PyCon SK 2016's `konfera.schedule` rows with their `talk` (title, primary and
secondary speaker), else their `description`, `start` (UTC), `duration` (minutes) and `room`. Then the
file is read with the reader and each item compared in start order. Prints a markdown table.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "django_fixture"
sys.path.insert(0, str(ROOT / "src"))

from program.readers import ReadContext  # noqa: E402
from program.readers.django_fixture import DjangoFixtureReader  # noqa: E402

Expected = tuple[str, datetime, datetime | None, str | None, tuple[str, ...]]
"""An item as the source gives it: title, start, end, room, people."""


def _rows(name: str) -> dict[str, dict[int, dict[str, Any]]]:
    tables: dict[str, dict[int, dict[str, Any]]] = {}
    for row in json.loads((DATA / name).read_text(encoding="utf-8")):
        tables.setdefault(row["model"], {})[row["pk"]] = row["fields"]
    return tables


def pyconkr2014(zone: ZoneInfo) -> list[Expected]:
    """PyCon Korea 2014: each program at its time rows' first begin to last end, on its date, its rooms and speakers."""
    tables = _rows("pyconkr2014-fixture-excerpt.json")
    found: list[Expected] = []
    for program in tables["pyconkr.program"].values():
        day = date.fromisoformat(tables["pyconkr.programdate"][program["date"]]["day"])
        slots = [tables["pyconkr.programtime"][key] for key in program["times"]]
        begin = min(time.fromisoformat(slot["begin"]) for slot in slots)
        end = max(time.fromisoformat(slot["end"]) for slot in slots)
        rooms = ", ".join(tables["pyconkr.room"][key]["name"] for key in program["rooms"]) or None
        people = tuple(tables["pyconkr.speaker"][key]["name"] for key in program["speakers"])
        at = datetime.combine(day, begin, tzinfo=zone), datetime.combine(day, end, tzinfo=zone)
        found.append((program["name"], *at, rooms, people))
    return found


def pyconsk2016(zone: ZoneInfo) -> list[Expected]:
    """PyCon SK 2016 (django-konfera): each schedule row, its talk's title and speakers, else its description."""
    tables = _rows("pyconsk2016-konfera-test-data.json")
    speakers = tables["konfera.speaker"]
    found: list[Expected] = []
    for slot in tables["konfera.schedule"].values():
        talk = tables["konfera.talk"][slot["talk"]] if slot["talk"] is not None else None
        start = datetime.fromisoformat(slot["start"].replace("Z", "+00:00")).astimezone(zone)
        keys = [talk["primary_speaker"], talk["secondary_speaker"]] if talk else []
        people = tuple(f"{speakers[key]['first_name']} {speakers[key]['last_name']}" for key in keys if key)
        room = tables["konfera.room"][slot["room"]]["title"] if slot["room"] else None
        title = talk["title"] if talk else slot["description"]
        found.append((title, start, start + timedelta(minutes=slot["duration"]), room, people))
    return found


FILES: dict[str, tuple[Callable[[ZoneInfo], list[Expected]], str]] = {
    "pyconkr2014-fixture-excerpt.json": (pyconkr2014, "Asia/Seoul"),
    "pyconsk2016-konfera-test-data.json": (pyconsk2016, "Europe/Bratislava"),
}


def main() -> None:
    """Print the table."""
    print("| file | items in source | items read | titles | starts | ends | rooms | people |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, (expected_of, zone_name) in FILES.items():
        zone = ZoneInfo(zone_name)
        expected = sorted(expected_of(zone), key=lambda item: (item[1], item[0]))
        program = DjangoFixtureReader().read(
            (DATA / name).read_text(encoding="utf-8"), source=name, context=ReadContext(timezone=zone)
        )
        got = sorted(
            ((item.title, item.start, item.end, item.location, item.people) for item in program.items),
            key=lambda item: (item[1] or datetime.min.replace(tzinfo=zone), item[0]),
        )
        pairs = list(zip(expected, got, strict=False))
        exact = [sum(one[field] == other[field] for one, other in pairs) for field in range(5)]
        total = len(expected)
        print(f"| {name} | {total} | {len(got)} | " + " | ".join(f"{count}/{total}" for count in exact) + " |")


if __name__ == "__main__":
    main()

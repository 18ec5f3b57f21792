"""How much of an Indico JSON export the reader keeps: entries in the source against items read, field by field.

Run from the project root:  python bench/indico_fidelity.py [EXPORT.json ...]

Default: the real excerpts in tests/data/indico. The source is counted with the standard
library's json alone: every contribution and break (a timetable's, or an event's sessions'
and contributions'), and every session block without contributions. Each is then looked for
among the items read, by title: a field counts as exact when some item of that title has the
source's value (times as instants, in the event's zone; a poster's start is its poster
session's, since posters are shown at their session; people as "Given Family" when the
export gives the parts, else the name as written; affiliations as the people's
`affiliation` fields, compared with what the people index splits off the names read).
Prints a markdown table.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from program.model import Kind, Program  # noqa: E402
from program.people.affiliations import split_affiliation  # noqa: E402
from program.readers import ReadContext  # noqa: E402
from program.readers.indico import IndicoReader  # noqa: E402

EXPORTS = sorted((ROOT / "tests" / "data" / "indico").glob("*.json"))
FIELDS = ("start", "end", "room", "people", "affiliations")

Fields = dict[str, Any]


def _stamp(raw: Any) -> datetime | None:
    if not isinstance(raw, dict) or not raw.get("date"):
        return None
    return datetime.fromisoformat(f"{raw['date']}T{raw.get('time') or '00:00:00'}").replace(tzinfo=ZoneInfo(raw["tz"]))


def _name(person: dict[str, Any]) -> str:
    given = person.get("firstName") or person.get("first_name") or ""
    family = person.get("familyName") or person.get("last_name") or ""
    return " ".join(f"{given} {family}".split()) or " ".join(str(person.get("name") or person.get("fullName")).split())


def _affiliations(people: list[Any]) -> tuple[tuple[str, str | None], ...]:
    """Each person once with the first affiliation given (CHEP 2009 lists one presenter twice)."""
    found: dict[str, str | None] = {}
    for person in people:
        found[_name(person)] = (
            found.get(_name(person)) or " ".join(str(person.get("affiliation") or "").split()) or None
        )
    return tuple(found.items())


def _entry(raw: dict[str, Any], block: dict[str, Any] | None, people_keys: tuple[str, ...]) -> Fields:
    people: list[Any] = next((raw[key] for key in people_keys if raw.get(key)), [])
    room = raw.get("roomFullname") or raw.get("room") or (block or {}).get("roomFullname") or (block or {}).get("room")
    poster = block is not None and (
        (block.get("session") or {}).get("isPoster") or "poster session" in (block.get("title") or "").casefold()
    )
    return {
        "title": " ".join(str(raw.get("title")).split()),
        "start": _stamp((block if poster else raw).get("startDate")),
        "end": _stamp((block if poster else raw).get("endDate")),
        "room": room or None,
        "people": tuple(dict.fromkeys(_name(person) for person in people)),
        "affiliations": _affiliations(people),
    }


def source_entries(document: dict[str, Any]) -> Iterator[Fields]:
    """Every contribution, break and empty session block, as json alone sees them."""
    results = document["results"]
    if isinstance(results, dict):
        for days in results.values():
            for entries in days.values():
                for raw in entries.values():
                    inner = raw.get("entries") or {}
                    if raw.get("entryType") == "Session" and inner:
                        yield from (_entry(child, raw, ("presenters",)) for child in inner.values())
                    else:
                        yield _entry(raw, None, ("presenters", "conveners"))
        return
    for event in results:
        seen = set()
        for slot in event.get("sessions") or []:
            if not slot.get("contributions"):
                yield _entry(slot, None, ("conveners",))
            for raw in slot.get("contributions") or []:
                seen.add(raw.get("db_id") or raw.get("id"))
                yield _entry(raw, slot, ("speakers", "presenters", "primaryauthors"))
        for raw in event.get("contributions") or []:
            if raw.get("startDate") and (raw.get("db_id") or raw.get("id")) not in seen:
                yield _entry(raw, None, ("speakers", "presenters", "primaryauthors"))


def _ours(program: Program) -> dict[str, list[Fields]]:
    sessions = {item.id: item for item in program.items if item.kind is Kind.POSTER_SESSION}
    found: dict[str, list[Fields]] = {}
    for item in program.items:
        shown = sessions[item.sessions[0]] if item.start is None and item.sessions else item
        split = tuple(split_affiliation(name) for name in item.people)
        found.setdefault(item.title, []).append(
            {
                "start": shown.start,
                "end": shown.end,
                "room": item.location,
                "people": tuple(name for name, _ in split),
                "affiliations": split,
            }
        )
    return found


def measure(path: Path) -> dict[str, Any]:
    """The counts of one export: entries in the source, items read, and exact fields."""
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    source = list(source_entries(document))
    program = IndicoReader().read(text, source=path.name, context=ReadContext())
    ours = _ours(program)
    blocks = sum(1 for item in program.items if item.kind is Kind.POSTER_SESSION)
    exact: Counter[str] = Counter(dict.fromkeys(("title", *FIELDS), 0))  # an event with no entries: 0/0
    for entry in source:
        candidates = ours.get(entry["title"], [])
        exact["title"] += bool(candidates)
        for field in FIELDS:
            exact[field] += any(candidate[field] == entry[field] for candidate in candidates)
    return {
        "file": path.name,
        "shape": "timetable" if isinstance(document["results"], dict) else "event",
        "source": len(source),
        "read": len(program.items) - blocks,
        "errors": sum(1 for problem in program.problems if problem.severity.value == "error"),
        **exact,
    }


def main(argv: list[str]) -> None:
    """Print the table for the exports named in `argv` (default: the real excerpts)."""
    paths = [Path(arg) for arg in argv] or EXPORTS
    print("| export | shape | entries in source | items read | errors | " + " | ".join(("title", *FIELDS)) + " |")
    print("| --- | --- | ---: | ---: | ---: |" + " ---: |" * (1 + len(FIELDS)))
    for path in paths:
        row = measure(path)
        cells = " | ".join(f"{row[field]}/{row['source']}" for field in ("title", *FIELDS))
        print(f"| {row['file']} | {row['shape']} | {row['source']} | {row['read']} | {row['errors']} | {cells} |")


if __name__ == "__main__":
    main(sys.argv[1:])

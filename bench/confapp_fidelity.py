"""How much of each real Sessionize, Open Event and pretalx widget file `program` reads: sessions, and fields exact.

Run from the project root:  python bench/confapp_fidelity.py

For every file in tests/data/sessionize, tests/data/open_event and tests/data/pretalx_widget
(pretalx widget: every entry of `talks`; titles and room names that are {language: text}
mappings as their "en" text, else their first; rooms by id, speakers by code; times the
instants their offsets give), the sessions are counted
with the json module alone (Sessionize: each session id of the view once; Open Event: the
accepted or confirmed sessions that are not deleted) and their fields worked out from the
JSON the way the format documents them: the title, the start and end (Sessionize: the
wall-clock text without its "Z"; Open Event: the instant its offset gives, none when it
starts when it ends, and no end when it ends before it starts), the room (Sessionize All
data: by roomId), the speakers (All data: by
id, fullName), rooms and names with runs of white space as one space; for Sessionize also
the categories (each category's name with its items joined by ", ": "Level": "Advanced";
All data: items by id). Then the file is
read with `program`'s reader (zone Europe/Berlin) and each session's fields compared with
the item read for it. Prints a markdown table.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from count_tables import print_counts  # noqa: E402  (run as a script: bench/ is on the path)

from program.model import Item  # noqa: E402
from program.readers import ReadContext, decode_feed  # noqa: E402
from program.readers.open_event import OpenEventReader  # noqa: E402
from program.readers.pretalx_widget import PretalxWidgetReader  # noqa: E402
from program.readers.sessionize import SessionizeReader  # noqa: E402

DATA = ROOT / "tests" / "data"
ZONE = ZoneInfo("Europe/Berlin")
FIELDS = ("title", "start", "end", "room", "people")
COLUMNS = (*FIELDS, "categories")  # categories: Sessionize only
Expected = dict[str, Any]


def _title(value: Any) -> str:
    return " ".join(str(value or "").split())


def sessionize_expected(document: Any) -> Iterator[Expected]:
    """Each session of a Sessionize view once, its fields from the JSON."""
    if isinstance(document, dict):
        names = {speaker["id"]: speaker.get("fullName") for speaker in document.get("speakers", [])}
        rooms = {room["id"]: room["name"] for room in document.get("rooms", [])}
        items = {
            entry["id"]: (category["title"], entry["name"])
            for category in document.get("categories", [])
            for entry in category["items"]
        }
        for session in document["sessions"]:
            # All data names speakers by id; a {"sessions": […]} Sessions view embeds {"id", "name"} (GDG Warsaw)
            people = [key["name"] if isinstance(key, dict) else names[key] for key in session["speakers"]]
            room = session.get("room") if isinstance(session.get("room"), str) else rooms.get(session.get("roomId"))
            found = _sessionize(session, room, people)
            found["categories"] = _joined([items[key] for key in session.get("categoryItems", []) if key in items])
            yield found
        return
    seen = set()
    for entry in document:
        for room in entry.get("rooms", []):
            for session in room["sessions"]:
                if session["id"] not in seen:
                    seen.add(session["id"])
                    people = [speaker["name"] for speaker in session["speakers"]]
                    yield _sessionize(session, session.get("room") or room["name"], people)
        for session in entry.get("sessions", []):
            if session["id"] not in seen:
                seen.add(session["id"])
                yield _sessionize(session, session.get("room"), [speaker["name"] for speaker in session["speakers"]])


def _joined(pairs: list[tuple[str, str]]) -> dict[str, str]:
    joined: dict[str, list[str]] = {}
    for category, item in pairs:
        joined.setdefault(category, []).append(item)
    return {category: ", ".join(items) for category, items in joined.items()}


def _sessionize(session: dict[str, Any], room: str | None, people: list[str]) -> Expected:
    def clock(value: str | None) -> str | None:
        return value.removesuffix("Z") if value else None

    start, end = clock(session.get("startsAt")), clock(session.get("endsAt"))
    pairs = [
        (category["name"], entry["name"])
        for category in session.get("categories") or []
        if isinstance(category, dict)
        for entry in category.get("categoryItems") or []
    ]
    return {
        "title": _title(session["title"]),
        "start": start,
        "end": end,
        "room": _title(room) or None,
        "people": [_title(name) for name in people],
        "categories": _joined(pairs),
    }


def open_event_expected(document: Any) -> Iterator[Expected]:
    """Each session an Open Event export shows, its fields from the JSON."""
    sessions = document["sessions"] if isinstance(document, dict) else document
    for session in sessions:
        if session.get("state", "accepted") not in ("accepted", "confirmed") or session.get("deleted-at"):
            continue
        start = session.get("starts-at") or session.get("start_time")
        end = session.get("ends-at") or session.get("end_time")
        if start and start == end:
            start = end = None
        room = session.get("microlocation") or session.get("location")
        begins = _written(start, session.get("timezone")) if start else None
        ends = _written(end, session.get("timezone")) if end else None
        yield {
            "title": _title(session.get("title") or session.get("name")),
            "start": begins,
            "end": None if begins and ends and ends < begins else ends,  # an end before the start: start only
            "room": _title(room.get("name") if isinstance(room, dict) else room) or None,
            "people": [_title(speaker["name"]) for speaker in session.get("speakers") or [] if speaker.get("name")],
        }


def _written(value: str, zone: str | None) -> datetime:
    """The instant an Open Event time gives: its offset's, else the zone the session names (2016), else naive."""
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=ZoneInfo(zone)) if moment.tzinfo is None and zone else moment


def _localized(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("en") or next((text for text in value.values() if text), "")
    return _title(value)


def widget_expected(document: Any) -> Iterator[Expected]:
    """Each talk or break of a pretalx widget file, its fields from the JSON."""
    rooms = {room["id"]: _localized(room["name"]) for room in document.get("rooms", [])}
    names = {speaker["code"]: speaker["name"] for speaker in document.get("speakers", [])}
    for talk in document["talks"]:
        yield {
            "title": _localized(talk["title"]),
            "start": datetime.fromisoformat(talk["start"]) if talk.get("start") else None,
            "end": datetime.fromisoformat(talk["end"]) if talk.get("end") else None,
            "room": rooms.get(talk.get("room")) or None,
            "people": [_title(names[code]) for code in talk.get("speakers") or []],
        }


def _naive(value: Any) -> bool:
    return isinstance(value, datetime) and value.tzinfo is None


def sessionize_got(item: Item, naive: bool = False) -> Expected:
    """The item's fields, its times as wall-clock text (Sessionize's own notation)."""

    def clock(moment: datetime | None) -> str | None:
        return moment.replace(tzinfo=None).isoformat() if moment else None

    categories = {answer.question: answer.answer for answer in (item.frab.answers if item.frab else None) or ()}
    return {"title": item.title, "start": clock(item.start), "end": clock(item.end), "room": item.location,
            "people": list(item.people), "categories": categories}  # fmt: skip


def open_event_got(item: Item, naive: bool = False) -> Expected:
    """The item's fields; `naive`: the export's times have no offset, so its wall clock is compared."""

    def moment(value: datetime | None) -> datetime | None:
        return value.replace(tzinfo=None) if value and naive else value

    return {"title": item.title, "start": moment(item.start), "end": moment(item.end), "room": item.location,
            "people": list(item.people)}  # fmt: skip


def measure(
    path: Path, reader: Any, expected: Callable[[Any], Iterator[Expected]], got: Callable[..., Expected]
) -> list[Any]:
    """The table row of one export: sessions counted, read, and each field's exact count."""
    document = json.loads(path.read_text(encoding="utf-8-sig"))
    sessions = list(expected(document))
    program = reader.read(
        decode_feed(path.read_bytes(), path.name), source=path.name, context=ReadContext(timezone=ZONE)
    )
    items = list(program.items)
    exact = dict.fromkeys(COLUMNS, 0)
    read = 0
    for session in sessions:  # the reader keeps document order: align by title
        if items and items[0].title == session["title"]:
            read += 1
            found = got(items.pop(0), naive=session["start"] is not None and _naive(session["start"]))
            for field in COLUMNS:
                exact[field] += field in session and _kept(field, found.get(field), session[field])
    errors = sum(1 for problem in program.problems if problem.severity.value == "error")
    compared = [f"{exact[field]}/{read}" if sessions and field in sessions[0] else "—" for field in COLUMNS]
    return [path.name, len(sessions), read, errors, *compared]


def _kept(field: str, found: Any, expected: Any) -> bool:
    """Whether the field was read exact; categories: every category given, with its items (answers may add more)."""
    if field == "categories":
        return all(found.get(name) == items for name, items in expected.items())
    return bool(found == expected)


def main() -> None:
    """Print the table of every real export."""
    rows = []
    for path in sorted((DATA / "sessionize").glob("*.json")):
        rows.append(measure(path, SessionizeReader(), sessionize_expected, sessionize_got))
    for path in sorted((DATA / "open_event").glob("*.json")):
        rows.append(measure(path, OpenEventReader(), open_event_expected, open_event_got))
    for path in sorted((DATA / "pretalx_widget").glob("*.json")):
        rows.append(measure(path, PretalxWidgetReader(), widget_expected, open_event_got))
    print_counts("export", "sessions (json)", COLUMNS, rows)


if __name__ == "__main__":
    main()

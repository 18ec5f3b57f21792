"""What a site's schedule document says beside its entries: its zone, its rooms by id, other lists of entries.

A conference site's JSON may carry its settings with its sessions. ICRS 2026 writes
`{"meta": {"timezone": "Pacific/Auckland", …}, "rooms": [{"id": "301", "label": "Room 301"}],
"sessions": [{…, "room": "301", "talks": […]}], "events": [{"title": "Welcome function", …}]}`:
the zone its times are in (no `--timezone` is then needed), the rooms its sessions name by id,
a second list of entries beside the first, read too, and a session of posters. AGN on the Beach II writes its zone in
words, `"timezone": "East Africa Time (UTC+3)"`: a fixed offset, read with a warning.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo, available_timezones

import attrs

from program.model import Item, Kind, Problem, Severity, SourceRef
from program.readers.lines.days import zones_named
from program.readers.yaml_located import Located
from program.readers.yaml_shape import Found, folded, is_entry
from program.readers.yaml_slots import held_key

_ZONE_KEYS = frozenset({"timezone", "tz", "timezonename", "zone"})
"""Zone keys; a key ending in `timezone` is one too (NLUUG's Hugo front matter: `event_timezone: Europe/Amsterdam`)."""
_SETTINGS_DEPTH = 2
"""The document's own keys and those of the mappings it holds (`meta`, `event`, `conference`)."""
_ROOM_NAME_KEYS = ("label", "name", "title")


def named_zone(data: Any, source: str) -> tuple[ZoneInfo, str, Problem | None] | None:
    """The zone the document names for its times: (zone, where it is named, a warning when a fixed offset)."""
    for where, written in _settings(data, "", 0):
        if written in available_timezones():
            return ZoneInfo(written), where, None
        named = zones_named(f"times {written}")
        if named:
            zone = named[0][0]
            message = (
                f"the file names its times' zone as {written!r} ({where}): they are read at {zone.key}, a fixed "
                "UTC offset (no summer time); to read them in the place's own zone, pass --timezone Area/City"
            )
            return zone, where, Problem(Severity.WARNING, "no-time-zone", message, SourceRef(source, 1))
    return None


def _settings(data: Any, path: str, depth: int) -> list[tuple[str, str]]:
    """The (path, text) of each zone key among the document's own settings, nearest first."""
    if not isinstance(data, dict) or depth >= _SETTINGS_DEPTH:
        return []
    found = [
        (f"{path}{key}", held.strip())
        for key, held in data.items()
        if (folded(key) in _ZONE_KEYS or folded(key).endswith("timezone")) and isinstance(held, str) and held.strip()
    ]
    for key, held in data.items():
        found += _settings(held, f"{path}{key}.", depth + 1)
    return found


def with_room_names(items: list[Item], data: Any) -> tuple[list[Item], str | None]:
    """The items with each room named by id replaced by its name from the document's `rooms` list; the reading line.

    Only when most of the rooms the items name are the list's ids; a room written as its name stays
    (ICRS 2026's poster sessions: `"room": null`, `"location": "Ariki Hall | Level 3 | NZICC"`).
    """
    listed = data.get("rooms") if isinstance(data, dict) else None
    if not isinstance(listed, list):
        return items, None
    names = {}
    for room in listed:
        if isinstance(room, dict) and isinstance(room.get("id"), str):
            name = next((room[key] for key in _ROOM_NAME_KEYS if isinstance(room.get(key), str)), None)
            if name and name.strip():
                names[room["id"].strip()] = name.strip()
    rooms = {item.location for item in items if item.location}
    ids = rooms & names.keys()
    if not ids or len(ids) * 3 < len(rooms) * 2 or rooms <= set(names.values()):
        return items, None
    named = [attrs.evolve(item, location=names[item.location]) if item.location in ids else item for item in items]
    return (
        named,
        f"rooms named by id from the file's rooms list ({len(ids)} rooms: {', '.join(sorted(ids)[:3])}, …)",
    )


def other_entry_lists(data: Any, read_key: str, mapping: dict[str, str]) -> list[str]:
    """The keys of the document's other lists of entries (a title and a time each, most of them) beside the one read.

    ICRS 2026 keeps its registration hours and functions under `events` beside its `sessions`:
    both are its schedule, and both are read.
    """
    if not isinstance(data, dict):
        return []
    keys = []
    for key, held in data.items():
        if key == read_key or not isinstance(held, list) or not held:
            continue
        entries = [one for one in held if isinstance(one, Located)]
        if entries and len(entries) == len(held) and sum(is_entry(one, mapping) for one in entries) * 2 >= len(entries):
            keys.append(key)
    return keys


_POSTERS = frozenset({Kind.POSTER, Kind.POSTER_SESSION})


def poster_kinds(found: Found, kind: Kind, mapping: dict[str, str], in_poster_session: bool) -> tuple[Kind, bool]:
    """The entry's kind, and whether the session it is in (or it is) holds posters.

    ICRS 2026's `{"kind": "poster", "title": "Poster Session 1", "talks": [267 entries]}` is a
    poster session and its entries its posters, not 267 talks at one time in one hall.
    """
    if not found.held:
        in_poster_session = kind in _POSTERS and held_key(found.entry, mapping) is not None
    if not in_poster_session:
        return kind, False
    return (Kind.POSTER if found.held else Kind.POSTER_SESSION), True

"""A static site's JSON of sessions by day key, a day's list perhaps split by track: one table of rows.

WebRTC Conference Japan 2016's `_data/sessions.json` is `{"day1": [{start, end, title, …}, …],
"day2": {"track1": [...], "track2": [...]}}`: a list of rows for the first day and, for the
second, a list per track. As one list under a key, only `day1` was read, and day 2's 18 sessions
were left without a word. Here every list is read: each row takes its day's number (`day2` is 2,
the day after day 1, which is --date) and the track it is filed under as its room, as a sheet
with `Day` and `Room` columns would give them; a row's own day or room is kept.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from program.readers.json_table import JsonRows, list_lines

_DAY_KEY = re.compile(r"^day[\s_-]*(?P<number>\d{1,2})$", re.IGNORECASE)
_DAY_FIELD = "day"
_ROOM_FIELD = "room"


def day_lists(document: Any, text: str, source: str) -> JsonRows | None:
    """The rows of every day's list (and every track's within a day), with their day and room, else None.

    None unless the document is an object of two or more day keys ("day1", "Day 2"), each holding
    a list of row objects or an object of such lists.
    """
    if not isinstance(document, dict) or len(document) < 2 or not all(map(_DAY_KEY.match, document)):
        return None
    if not all(_is_rows(value) or _is_tracks(value) for value in document.values()):
        return None
    rows: list[Mapping[str, Any]] = []
    places: list[tuple[str, int]] = []
    for day_key, value in document.items():
        number = _DAY_KEY.match(day_key)
        assert number is not None
        day_at = _key_position(text, day_key)
        lists = [(None, value)] if isinstance(value, list) else list(value.items())
        for track, entries in lists:
            key, after = (day_key, 0) if track is None else (track, day_at)
            lines = list_lines(text, key, len(entries), source, after)
            base = "/" + _escaped(day_key) + ("" if track is None else "/" + _escaped(track))
            for index, (row, line) in enumerate(zip(entries, lines, strict=True)):
                rows.append(_placed(row, number["number"], track))
                places.append((f"{base}/{index}", line))
    return JsonRows(tuple(rows), None, tuple(places))


def said(found: JsonRows) -> str:
    """What `program check` says of the lists read: their keys and the day and room they give."""
    lists = list(dict.fromkeys(pointer.rsplit("/", 1)[0] for pointer, _ in found.places))
    return (
        f"the lists under {', '.join(json.dumps(key.lstrip('/')) for key in lists)} of {len(found.rows)} JSON objects: "
        "each day key a day (day 1 is --date), each track key the room"
    )


def _placed(row: Mapping[str, Any], day: str, track: str | None) -> Mapping[str, Any]:
    keys = {key.casefold() for key in row}
    given = {_DAY_FIELD: day, **({_ROOM_FIELD: track} if track is not None else {})}
    return {**row, **{field: value for field, value in given.items() if field not in keys}}


def _is_rows(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(row, dict) for row in value)


def _is_tracks(value: Any) -> bool:
    return isinstance(value, dict) and bool(value) and all(_is_rows(inner) for inner in value.values())


def _key_position(text: str, key: str) -> int:
    found = re.search(rf'"{re.escape(key)}"\s*:', text)
    return found.end() if found is not None else 0


def _escaped(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")

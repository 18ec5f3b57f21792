"""Columns a header does not name as times or rooms, whose values say what they are.

HCD 2025's schedule master (Tokyo) heads its columns `track, time_block, timetable1, timetable2`:
`timetable1`/`timetable2` are each session's start and end ("13:15", "14:45"), `time_block` the
same as a range ("13:15–14:45", wrong once: `16:20–17:30` for a break from 17:20), and `track`
the room each session is in ("202教室", "1Fホール", "3Fラウンジ"). A pair of columns of one name
numbered 1 and 2 whose values are all clock times, the second never before the first, are the
start and the end; a track column whose values are nearly all places is the room.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.readers.tabular.cells import Cell, Table

_NUMBERED = re.compile(r"^(?P<stem>.*?\D)\s*(?P<number>[12])$")
_CLOCK = re.compile(r"^(?P<hours>\d{1,2})[:.](?P<minutes>\d{2})$")
_PLACE = re.compile(
    r"(?:\b(?:room|hall|salle|sala|saal|raum|aula|auditorium|amphi\w*|lounge|foyer|lobby|floor)\b"
    r"|教室|ホール|会議室|ラウンジ|会場|講堂|ルーム|\d+\s*F\b|^\w?\s*-?\s*\d{2,4}\w?$)",
    re.IGNORECASE,
)
_AT_LEAST = 3
"""Fewer rows than this say too little of a column."""
_PLACES_SHARE = 0.75
_PAIR = 2


def _values(table: Table, header: int, column: int) -> list[str]:
    return [
        row[column].text.strip() for row in table.rows[header + 1 :] if column < len(row) and row[column].text.strip()
    ]


def _minutes(text: str) -> int | None:
    found = _CLOCK.match(text)
    return int(found["hours"]) * 60 + int(found["minutes"]) if found else None


def with_numbered_times(
    table: Table, header: int, cells: Sequence[Cell], fields: dict[str, tuple[int, ...]]
) -> tuple[dict[str, tuple[int, ...]], str | None]:
    """The fields with `X1`/`X2` clock-time columns as the start and end (over a `time` range); what was decided."""
    if {"start", "end"} & fields.keys():
        return fields, None
    numbered: dict[str, dict[str, int]] = {}
    for column, cell in enumerate(cells):
        if isinstance(cell.value, str) and (found := _NUMBERED.match(cell.text.strip())) is not None:
            numbered.setdefault(found["stem"].casefold(), {})[found["number"]] = column
    for pair in numbered.values():
        if len(pair) != _PAIR or any(column in used for used in fields.values() for column in pair.values()):
            continue
        first, second = pair["1"], pair["2"]
        rows = [
            (_minutes(row[first].text.strip()), _minutes(row[second].text.strip()))
            for row in table.rows[header + 1 :]
            if max(first, second) < len(row) and (row[first].text.strip() or row[second].text.strip())
        ]
        if len(rows) < _AT_LEAST or any(a is None or b is None or b < a for a, b in rows):
            continue
        timed = {field: columns for field, columns in fields.items() if field != "time"}
        timed.update(start=(first,), end=(second,))
        ranged = f", over {cells[fields['time'][0]].text!r}" if "time" in fields else ""
        said = f"{cells[first].text!r} and {cells[second].text!r} hold clock times: read as start and end{ranged}"
        return dict(sorted(timed.items(), key=lambda pair: pair[1][0])), said
    return fields, None


def with_track_rooms(
    table: Table, header: int, cells: Sequence[Cell], fields: dict[str, tuple[int, ...]]
) -> tuple[dict[str, tuple[int, ...]], str | None]:
    """The fields with the track column as the room when the table has none and the tracks are places."""
    if "room" in fields or len(fields.get("track", ())) != 1:
        return fields, None
    column = fields["track"][0]
    names = set(_values(table, header, column))
    places = [name for name in names if _PLACE.search(name)]
    if len(places) < _AT_LEAST or len(places) < _PLACES_SHARE * len(names):
        return fields, None
    rooms = {**{field: columns for field, columns in fields.items() if field != "track"}, "room": (column,)}
    said = f"{cells[column].text!r} names places ({', '.join(sorted(places)[:3])}, …): read as the room"
    return dict(sorted(rooms.items(), key=lambda pair: pair[1][0])), said

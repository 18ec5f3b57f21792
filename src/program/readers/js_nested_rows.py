"""Sessions a script's module keeps nested under days and tracks, as the rows of one table.

Dev Journey Madrid #18 (2018) keeps its programme as `scheduleInfo = [{ date: '09/06/2018', tracks:
[{ displayName: 'Auditorio', items: [{ content: { title, speakers: [{ name }] }, time: { start:
{ hour: '09', min: '45' }, end: {…} } }] }] }]`: days → tracks → sessions, as a site's YAML nests
them (`yaml_shape`). No level is a table by itself, so js-rows refused the module. Here the
levels are walked down to the list whose entries make a header: each session takes its day's date
and, from a level filed under `tracks`/`rooms`, that level's name as its room, as a sheet with
`Date` and `Room` columns would give them (a session's own date or room is kept). A session's
unnamed objects (`content`, `time`) are lifted into it, and an `{hour, min}` object is its clock
time, so that the keys are read as a header by the names `json-rows` knows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from program.readers.js_literal import ModuleList
from program.readers.json_table import JsonRows
from program.readers.tabular.cells import Cell
from program.readers.tabular.columns import header_fields, is_header

_HOUR_KEYS = ("hour", "hours", "h")
_MINUTE_KEYS = ("min", "mins", "minute", "minutes", "m")
_DATE_KEYS = ("date", "day", "fecha", "dia", "día", "data")
_NAME_KEYS = ("displayname", "name", "title", "label", "room", "track", "titulo", "título", "nome", "nombre", "titre")
_ROOM_LEVEL = re.compile(r"^(?:tracks?|rooms?|stages?|salas?|halls?|venues?|locations?)$", re.IGNORECASE)
"""The key of a list whose entries are rooms: its entries' names are their sessions' rooms."""
_DAY_LEVEL = re.compile(r"^(?:days?|dates?|dias?|días|jours?|tage?|giorni|дни)$", re.IGNORECASE)
"""The key of a list whose entries are days: an entry's name (`titulo: '12/06 - Segunda'`) is its sessions' date."""
_SLOT_LEVEL = re.compile(
    r"^(?:(?:time)?slots?|times?|hours?|horarios?|horários?|horas?|créneaux|zeiten)$", re.IGNORECASE
)
"""The key of a list whose entries are time slots: an entry's name (`titulo: '08:30 - 09:00'`) is its sessions' time."""
_TIME_KEYS = ("time", "hora", "horario", "horário")
"""A level's own time (a slot's `time: '10:00 - 10:30'`), given to its sessions that write none."""
_MAX_DEPTH = 4


def nested_rows(lists: Sequence[ModuleList], text: str) -> JsonRows | None:
    """The sessions nested under the lists' levels (days, tracks), each with its enclosing date and room; else None."""
    rows: list[Mapping[str, Any]] = []
    places: list[tuple[str, int]] = []
    for found in lists:
        base = "" if len(lists) == 1 else "/" + found.name
        for pointer, row in _sessions(found.value, found.name, {}, base, 0):
            rows.append(row)
            places.append((pointer, 0))
    if not rows:
        return None
    return JsonRows(tuple(rows), None, tuple(zip((p for p, _ in places), _lines(text, rows), strict=True)))


def said(lists: Sequence[ModuleList], found: JsonRows) -> str:
    """What `program check` says of the levels read."""
    paths = dict.fromkeys(re.sub(r"/\d+", "[]", pointer).replace("/", ".") for pointer, _ in found.places)
    names = ", ".join(f"{lists[0].name}{path}" if len(lists) == 1 else path.lstrip(".") for path in paths)
    return f"sessions nested in the module's lists ({names}): {len(found.rows)}, each with its enclosing date and room"


def _sessions(
    entries: list[Any], key: str, enclosing: dict[str, str], pointer: str, depth: int
) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """The entries as sessions when they make a header, else the sessions of each entry's one list of objects."""
    if not entries or not all(isinstance(entry, dict) for entry in entries) or depth > _MAX_DEPTH:
        return
    lifted = [_lifted(entry) for entry in entries]
    if _is_rows(lifted, enclosing) and depth > 0:
        for index, row in enumerate(lifted):
            own = {name.casefold() for name in row}
            timed = bool({"start", "time"} & _fields(list(row)).keys())  # its own time, not its slot's
            given = {name: v for name, v in enclosing.items() if name not in own and not (timed and name == "time")}
            yield f"{pointer}/{index}", {**row, **given}
        return
    for index, entry in enumerate(entries):
        children = [(name, value) for name, value in entry.items() if _is_objects(value)]
        if len(children) != 1:
            continue
        child_key, child = children[0]
        inner = {**enclosing, **_level_fields(entry, key, depth)}
        yield from _sessions(child, child_key, inner, f"{pointer}/{index}/{child_key}", depth + 1)


def _level_fields(entry: Mapping[str, Any], key: str, depth: int) -> dict[str, str]:
    """What a level gives its sessions: its date and time, and its name as their room when it is filed as a room.

    A level filed under days (`dias`) names their date, one under slots (`horarios`) their time (SComp 2017:
    `titulo: '12/06 - Segunda'`, `titulo: '08:30 - 09:00'`), when it writes no `date` or `time` of its own.
    """
    scalars = {name.casefold(): value for name, value in entry.items() if isinstance(value, str | int) and value != ""}
    key = key.rpartition(".")[2]  # a list under an object's key: `data().dias`
    fields: dict[str, str] = {}
    named = next((scalars[name] for name in _NAME_KEYS if name in scalars), None)
    if (date := next((scalars[name] for name in _DATE_KEYS if name in scalars), None)) is not None:
        fields["date"] = str(date)
    elif _DAY_LEVEL.match(key) and named is not None:
        fields["date"] = str(named)
    if (time := next((scalars[name] for name in _TIME_KEYS if name in scalars), None)) is not None:
        fields["time"] = str(time)  # a slot's own time, given to the sessions it holds
    elif depth > 0 and _SLOT_LEVEL.match(key) and named is not None:
        fields["time"] = str(named)
    if depth > 0 and _ROOM_LEVEL.match(key) and named is not None:
        fields["room"] = str(named)
    return fields


def _lifted(entry: Mapping[str, Any]) -> dict[str, Any]:
    """The entry with its clock objects as `HH:MM` and its unnamed objects' keys (`content.title`) its own."""
    row: dict[str, Any] = {}
    for name, value in entry.items():
        clock = _clock(value)
        if clock is not None:
            row[name] = clock
        elif isinstance(value, dict) and not _named(value):
            for inner, inner_value in _lifted(value).items():
                row.setdefault(inner, inner_value)
        else:
            row[name] = value
    return row


def _clock(value: Any) -> str | None:
    """`{hour: '09', min: '45'}` as "09:45"; None for any other value."""
    if not isinstance(value, dict):
        return None
    keys = {name.casefold(): part for name, part in value.items()}
    hour = next((keys[name] for name in _HOUR_KEYS if name in keys), None)
    minute = next((keys[name] for name in _MINUTE_KEYS if name in keys), 0)
    if len(keys) > 2 or not str(hour).isdigit() or not str(minute).isdigit():
        return None
    return f"{int(str(hour)):02d}:{int(str(minute)):02d}"


def _named(value: Mapping[str, Any]) -> bool:
    """Whether an object is a thing with a name (a person, a room), read whole rather than lifted."""
    return any(isinstance(value.get(name), str) for name in ("name", "displayName"))


def _is_objects(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(entry, dict) for entry in value)


def _fields(keys: list[str]) -> dict[str, tuple[int, ...]]:
    return header_fields(tuple(Cell(key, 1) for key in keys))


def _is_rows(rows: list[dict[str, Any]], enclosing: Mapping[str, str]) -> bool:
    """Whether the entries make a header with a time, their enclosing levels' date and time counted."""
    fields = _fields(list(dict.fromkeys([*(key for row in rows for key in row), *enclosing])))
    return is_header(fields) and bool({"start", "time"} & fields.keys())


def _lines(text: str, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """The line each session's title is written on, found in order; the line before's when it cannot be."""
    lines: list[int] = []
    position, line = 0, 1
    for row in rows:
        title = next((value for value in row.values() if isinstance(value, str) and len(value) > 3), None)
        at = _find(text, title, position) if title else -1
        if at >= 0:
            position, line = at, text.count("\n", 0, at) + 1
        lines.append(line)
    return lines


def _find(text: str, value: str, after: int) -> int:
    """Where `value` is written after `after`: as it is, or as JSON escapes it."""
    for written in (value, json.dumps(value, ensure_ascii=False)[1:-1]):
        if (at := text.find(written, after)) >= 0:
            return at
    return -1

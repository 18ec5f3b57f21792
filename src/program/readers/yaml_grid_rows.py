"""A programme drawn as a grid of rows: NLUUG's Hugo pages keep their conference's timetable so.

The NLUUG najaarsconferentie 2023's `_index.md` is front matter only; its `schedule-event` layout
draws `event_schedule` as a table. `headers[]` heads the columns (a blank one over the times, then
`Zaal 1`, `Zaal 2`, `Zaal 3`); each of `rows[]` holds `columns[]`, the first `{time: 08:30}`, the
others a cell each: `{talk: {speaker, title, link, keynote}}` or `{textfield: {text}}`, `size: 3`
when it spans three rooms. A row whose only cell is empty is a changeover: no entry, but its time
ends the row above. No list holds the entries, so each cell is made one the site reader knows: its
start the row's time, its end the next row's, its room the header over it (none when it spans every
room, the rooms' names joined when it spans some, as an HTML grid's merged cell), its date the
event's own when the document gives the event's one day (`event_start`, not the page's `date`).
"""

from __future__ import annotations

import re
from typing import Any

from program.readers.yaml_located import Located
from program.readers.yaml_shape import folded

_CLOCK = re.compile(r"^\d{1,2}[:.h]\d{2}$")
_ROW_KEYS = frozenset({"rows"})
_CELL_KEYS = frozenset({"columns", "cells", "cols"})
_HEADER_KEYS = frozenset({"headers", "header", "heads"})
_TIME_KEYS = frozenset({"time", "start", "hour"})
_SPAN_KEYS = frozenset({"size", "span", "colspan"})
_TITLE_KEYS = ("title", "text", "name")
_PEOPLE_KEYS = ("speaker", "speakers", "presenter", "presenters")
_LINK_KEYS = ("link", "url")
_EVENT_START_KEYS = frozenset({"eventstart", "eventdate", "eventstartdate", "startdate", "eventbegin"})
_EVENT_END_KEYS = frozenset({"eventend", "eventenddate", "enddate"})
_ISO_DAY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")


def grid_rows(data: Any) -> tuple[list[Located], bool] | None:
    """The entries of a timetable kept as rows of cells, and whether the event's one day dates them; else None.

    The timetable is a mapping in the document (or the document's own) holding `rows`, most of
    whose rows hold a list of cells opening with a clock time and nothing else.
    """
    if not isinstance(data, dict):
        return None
    for held in (data, *(one for one in data.values() if isinstance(one, dict))):
        rows = _timed_rows(held)
        if rows:
            day = _event_day(data)
            return _entries(rows, _room_names(held), day), day is not None
    return None


def _timed_rows(held: dict[str, Any]) -> list[tuple[str, list[Located]]]:
    """Each row's time and its cells after the time's; [] unless most rows are so."""
    listed = next((one for key, one in held.items() if folded(key) in _ROW_KEYS and isinstance(one, list)), None)
    if not listed:
        return []
    rows = []
    for row in listed:
        cells = (
            next((one for key, one in row.items() if folded(key) in _CELL_KEYS), None)
            if isinstance(row, dict)
            else None
        )
        first = cells[0] if isinstance(cells, list) and cells and isinstance(cells[0], Located) else None
        clock = _clock(first) if first is not None else None
        if clock is not None and isinstance(cells, list):
            rows.append((clock, [cell for cell in cells[1:] if isinstance(cell, Located)]))
    return rows if len(rows) >= 2 and len(rows) * 2 > len(listed) else []


def _clock(cell: Located) -> str | None:
    """The cell's clock time when that is all it holds (beside empty layout keys), else None."""
    times = [str(one).strip() for key, one in cell.items() if folded(key) in _TIME_KEYS]
    if len(times) != 1 or not _CLOCK.match(times[0]):
        return None
    return times[0]


def _room_names(held: dict[str, Any]) -> list[str]:
    """The columns' names as the headers write them ("" for a blank one), the time column's included."""
    listed = next((one for key, one in held.items() if folded(key) in _HEADER_KEYS and isinstance(one, list)), [])
    names = []
    for header in listed:
        text = next(
            (str(header[key]).strip() for key in _TITLE_KEYS if isinstance(header, dict) and header.get(key)), ""
        )
        names.append(text)
    return names


def _event_day(data: dict[str, Any]) -> str | None:
    """The event's one day, as the document's event start (and end, if any) write it; else None."""
    starts = {_ISO_DAY.match(str(one)) for key, one in data.items() if folded(key) in _EVENT_START_KEYS}
    ends = {_ISO_DAY.match(str(one)) for key, one in data.items() if folded(key) in _EVENT_END_KEYS}
    days = {found[1] for found in starts | ends if found is not None}
    return days.pop() if len(days) == 1 and any(found is not None for found in starts) else None


def _content(cell: Located) -> dict[str, Any]:
    """What a cell shows: its own title keys, else the one mapping it holds (`talk:`, `textfield:`)."""
    if any(cell.get(key) for key in _TITLE_KEYS):
        return cell
    return next((one for one in cell.values() if isinstance(one, dict)), {})


def _entries(rows: list[tuple[str, list[Located]]], names: list[str], day: str | None) -> list[Located]:
    rooms = names[1:] if names else []
    entries: list[Located] = []
    for index, (clock, cells) in enumerate(rows):
        column = 0
        for cell in cells:
            size = next((str(one).strip() for key, one in cell.items() if folded(key) in _SPAN_KEYS), "1")
            span = int(size) if size.isdigit() and int(size) > 0 else 1
            covered = [name for name in rooms[column : column + span] if name]
            column += span
            shown = _content(cell)
            title = next((str(shown[key]).strip() for key in _TITLE_KEYS if str(shown.get(key) or "").strip()), "")
            if not title:
                continue  # an empty cell: a changeover, or a room left free
            entry = Located({"start": clock, "title": title})
            entry.line = cell.line
            entry.update({"date": day} if day else {})
            entry.update({"end": rows[index + 1][0]} if index + 1 < len(rows) else {})
            if covered and not (len(covered) == len(rooms) > 1):
                entry["room"] = " + ".join(covered)
            people = [str(shown[key]).strip() for key in _PEOPLE_KEYS if str(shown.get(key) or "").strip()]
            entry.update({"speakers": people[0]} if people else {})
            link = next((str(shown[key]).strip() for key in _LINK_KEYS if str(shown.get(key) or "").strip()), "")
            entry.update({"link": link} if link else {})
            entry.update({"type": "keynote"} if str(shown.get("keynote", "")).strip() == "true" else {})
            entries.append(entry)
    return entries

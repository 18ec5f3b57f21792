"""Where and when Hoverboard shows each session of a day's grid: its cells' times and rooms.

Hoverboard (gdg-x/hoverboard, `functions/src/schedule-generator/speakers-sessions-schedule-map`
and `utils/schedule-time`) lays a day out as a CSS grid of its `timeslots` (rows) and `tracks`
(columns), and this module follows it:

- cell i of a row of several cells is column i + 1: the track `tracks[i]`;
- a row's one cell spans the columns up to the first one a cell above still covers (`extend`),
  else every track: it is in no one room when it spans several (a keynote or a break across
  the rooms, as an HTML grid's cell across all rooms), in the one it covers otherwise;
- a cell's `extend: n` makes it end with the `n`th row from its own (`timeslots[i + n - 1]`);
- a cell listing several sessions shares its time among them: Hoverboard gives each the
  same share (`floor(length / count)` in milliseconds, cut to the minute) one after another;
- a session's own `track` ({title}) is its track wherever its cell stands.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs

from program.readers.app_json import listed, written
from program.readers.notation.times import ClockError, parse_clock

_DAY = 24 * 60


@attrs.frozen
class Placement:
    """One session id where a day's grid shows it.

    Attributes:
        session: the session's id as written.
        start, end: minutes after the day's midnight (the end may pass 1440: past midnight).
        room: the track's title, several joined with " + ", or None across every track.
        row: the index of the timeslot the cell stands in.
        column: the cell's index in its row.
    """

    session: str
    start: int
    end: int
    room: str | None
    row: int
    column: int


class SlotError(ValueError):
    """A timeslot or cell that cannot be placed: what was expected, at which slot."""

    def __init__(self, reason: str, row: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.row = row


def track_titles(day: Mapping[str, Any]) -> list[str | None]:
    """The titles of a day's tracks, in column order (None for one without a title)."""
    tracks = listed(day.get("tracks"))
    return [written(track.get("title")) if isinstance(track, Mapping) else written(track) for track in tracks]


def cell_items(cell: Any) -> list[str]:
    """The session ids a cell lists: v2's `{"items": [...]}`, v1's bare list."""
    items = cell.get("items") if isinstance(cell, Mapping) else cell
    return [found for one in listed(items) if (found := written(one)) is not None]


def minutes(slot: Mapping[str, Any], key: str, row: int) -> int:
    """A timeslot's `startTime` or `endTime` in minutes after midnight ('9:30' is 09:30).

    Raises:
        SlotError: for a time that is missing or no clock time.
    """
    text = written(slot.get(key))
    try:
        return parse_clock(text or "").minutes
    except ClockError:
        raise SlotError(f'expected the timeslot\'s "{key}" such as "09:30", found {slot.get(key)!r}', row) from None


def placements(day: Mapping[str, Any]) -> Iterator[Placement | SlotError]:
    """Every session id of a day's grid where Hoverboard shows it, in row and cell order; a slot it cannot place."""
    slots = listed(day.get("timeslots"))
    titles = track_titles(day)
    extended: dict[int, int] = {}  # column (1-based) -> rows a cell above still covers, this one included
    for row, slot in enumerate(slots):
        if not isinstance(slot, Mapping):
            yield SlotError(f"expected a timeslot object, found {type(slot).__name__}", row)
            continue
        cells = listed(slot.get("sessions"))
        try:
            start = minutes(slot, "startTime", row)
            yield from _row(slots, row, start, cells, titles, extended)
        except SlotError as error:
            yield error
        for column, cell in enumerate(cells, start=1):
            rows = cell.get("extend") if isinstance(cell, Mapping) else None
            if isinstance(rows, int) and not isinstance(rows, bool) and rows > 1:
                extended[column] = rows
        for column in list(extended):
            extended[column] -= 1
            if extended[column] < 1:
                del extended[column]


def _row(  # noqa: PLR0913, PLR0917 -- one row of the grid and what the rows above leave covered
    slots: Sequence[Any], row: int, start: int, cells: Sequence[Any], titles: list[str | None], extended: dict[int, int]
) -> Iterator[Placement]:
    for column, cell in enumerate(cells):
        ids = cell_items(cell)
        if not ids:
            continue
        end = _cell_end(slots, row, start, cell)
        room = _room(column, len(cells), titles, extended)
        share = (end - start) * 60_000 // len(ids)  # Hoverboard's milliseconds, each end cut to the minute
        begin = start
        for index, session in enumerate(ids, start=1):
            finish = end if len(ids) == 1 else start + share * index // 60_000
            yield Placement(session, begin, finish, room, row, column)
            begin = finish


def _cell_end(slots: Sequence[Any], row: int, start: int, cell: Any) -> int:
    rows = cell.get("extend") if isinstance(cell, Mapping) else None
    last = row
    if isinstance(rows, int) and not isinstance(rows, bool) and rows > 1:
        last = row + rows - 1
        if last >= len(slots) or not isinstance(slots[last], Mapping):
            raise SlotError(f'expected {rows} timeslots from this one for its cell\'s "extend": {rows}', row)
    end = minutes(slots[last], "endTime", row)
    return end + _DAY if end < start else end  # a slot ending past midnight ("22:00" to "01:00")


def _room(column: int, count: int, titles: list[str | None], extended: dict[int, int]) -> str | None:
    if count != 1:
        return titles[column] if column < len(titles) else None
    last = min(extended) - 1 if extended else len(titles)  # the columns it spans: 1 to `last`
    covered = [title for title in titles[:last] if title]
    if len(covered) == 1 or (covered and last < len(titles)):
        return " + ".join(covered)
    return None

"""A pipe table whose columns are days, not rooms ("| Time | Thursday | Friday |").

A course page's timetable (BODL's Introduction To R, 2023) heads each column with a weekday, a
date or "Day n": its cells are that day's slots at the row's time, in no room. The day is read
as a page's day heading is, so it resolves as they do: a weekday from --date or the page's own
first date, "Monday 12" in that month, a full date as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.readers.lines.day_headings import day_heading
from program.readers.lines.rows import Header
from program.readers.notation.dates import WrittenDate
from program.readers.notation.leading import leading_span
from program.readers.notation.times import TimeSpan

_TIME_COLUMN = re.compile(r"^(?:time|times|hours?|zeit|heure|hora)\b", re.IGNORECASE)
"""A day's own time column ("Time (Eastern) | Monday, June 26 | Time (Eastern) | Tuesday, June 27", INR 2023)."""

_FEWEST_DAYS = 2
"""A lone day column ("| Time | Monday |") is a day's title over its one list, read as rooms were."""


Placed = tuple[str | None, WrittenDate | None, str, TimeSpan]
"""A table cell's room (None for a day column), day, text and time."""
DayColumns = dict[int, tuple[WrittenDate, int | None]]
"""Each day column's day and its own time column, if it has one, by the day column's index."""


def header_days(header: Header | None) -> DayColumns | None:
    """Each day column's day, when every room-like column of the header names a day or a time; else None.

    >>> header_days(Header({"time": 0}, {1: "Thursday", 2: "Friday"}))[2][0].weekday
    4
    >>> header_days(Header({"time": 0}, {1: "Room A", 2: "Friday"})) is None
    True
    >>> header_days(Header({"time": 0}, {1: "Monday, June 26", 2: "Time", 3: "Tuesday, June 27"}))[3][1]
    2
    """
    if header is None:
        return None
    days: DayColumns = {}
    clock: int | None = None
    for index, name in sorted(header.rooms.items()):
        day = day_heading(name)
        if (not name or _TIME_COLUMN.match(name)) and day is None:  # an unnamed column between days: its times
            clock = index
        elif day is None:
            return None
        else:
            days[index] = (day, clock)
    return days if len(days) >= _FEWEST_DAYS else None


def day_cells(days: DayColumns, cells: Sequence[str], span: TimeSpan) -> list[Placed]:
    """The (no room, day, text, time) of each filled day cell of a row, at its own time column's time where it has one.

    A cell that opens with a time range is at that time; a dash alone marks a day empty.

    >>> days = header_days(Header({"time": 0}, {1: "Monday", 2: "Tuesday"}))
    >>> nine = leading_span("9:00").span
    >>> [(day.weekday, text) for _, day, text, _ in day_cells(days, ["9:00", "Lunch", "-"], nine)]
    [(0, 'Lunch')]
    >>> [(text, at.start.minutes) for _, _, text, at in day_cells(days, ["9:00", "", "16:00-17:00 Keynote"], nine)]
    [('Keynote', 960)]
    """
    placed: list[Placed] = []
    for index, (day, clock) in days.items():
        if index >= len(cells) or not cells[index].strip(" -–—"):
            continue
        own = leading_span(cells[clock]) if clock is not None and clock < len(cells) else None
        text, at = cells[index], own.span if own is not None else span
        inside = leading_span(text)  # "16:00–17:00 Closing keynote" (IICCSSS 2023): the cell's own time
        if inside is not None and inside.span.end is not None and inside.rest.strip():
            text, at = inside.rest.strip(" :-–—"), inside.span
        placed.append((None, day, text, at))
    return placed


def days_said(header: Header, days: DayColumns) -> str:
    """The shape `check` reports: "days as columns: Thursday, Friday"."""
    return "days as columns: " + ", ".join(header.rooms[index] for index in days)


def corner_days(cells: Sequence[str]) -> Header | None:
    """A header of days over a blank corner, a blank column before a day its own times (`| | Day 1 || Day 2 |`).

    CBW's INR 2023 page (March) heads its table so, each day's time column unnamed:
    `| 8:30| Arrivals & Check-in |8:30| Arrivals |`.

    >>> corner_days(["", "Day 1", "", "Day 2"]).rooms
    {1: 'Day 1', 2: '', 3: 'Day 2'}
    >>> corner_days(["", "Track A", "Track B"]) is None
    True
    """
    named = {index: cell.strip() for index, cell in enumerate(cells) if cell.strip()}
    if cells[0].strip() or len(named) < _FEWEST_DAYS or any(day_heading(cell) is None for cell in named.values()):
        return None
    return Header({"time": 0}, {index: named.get(index, "") for index in range(1, len(cells))})

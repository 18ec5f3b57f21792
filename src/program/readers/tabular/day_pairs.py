r"""Grid columns that each name two days or more: `Jours impairs\n(mer 23 et ven 25)`.

The Cour Mayonnaise's programme at Aurillac 2023 (an .ods) plays each column on two days, the
odd and the even days of the festival, its header naming them in brackets. Read as rooms, every
show was on --date once, in a room named for the days. Each such column is read as one column a
day it names, every cell played on each of them: the grid then has days as columns, each day read
as a weekday column's is (`mer 23`: the 23rd on or after --date, a Wednesday).
"""

from __future__ import annotations

import re

import attrs

from program.readers.notation.dates import DateError, parse_date
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.grid import Grid

_BRACKETED = re.compile(r"\((?P<days>[^()]+)\)")
_JOINS = re.compile(r"\s*(?:,|;|&|\bet\b|\band\b|\bund\b|\by\b|\be\b)\s*", re.IGNORECASE)
_LEAST_DAYS = 2


def paired_day_columns(table: Table, grid: Grid) -> tuple[Table, Grid, tuple[str, ...]]:
    """The grid with each column of several days written as one column a day, and what `check` says.

    The table and grid as they are, and nothing, unless every column names two days or more
    (and no merged cells span the columns: a merge's place would move).
    """
    if grid.days or grid.turned or table.merged:
        return table, grid, ()
    named: list[tuple[int, list[str]]] = []
    for column, name in grid.rooms:
        days = _days(name)
        if days is None:
            return table, grid, ()
        named.append((column, days))
    rows: list[tuple[Cell, ...]] = list(table.rows[: grid.header])
    heading = table.rows[grid.header]
    rows.append(
        (
            heading[0],
            *(Cell(day, heading[column].line, heading[column].label) for column, days in named for day in days),
        )
    )
    for cells in table.rows[grid.header + 1 :]:
        blank = Cell(None, cells[0].line if cells else 0)
        rows.append(
            (
                cells[0] if cells else blank,
                *(cells[column] if column < len(cells) else blank for column, days in named for _ in days),
            )
        )
    spread = [day for _, days in named for day in days]
    rooms = tuple((position, day) for position, day in enumerate(spread, start=1))
    said = "; ".join(f"{name!r} → {', '.join(days)}" for (_, name), (_, days) in zip(grid.rooms, named, strict=True))
    return (
        attrs.evolve(table, rows=tuple(rows)),
        attrs.evolve(grid, rooms=rooms, days=True, day=None),
        (f"columns of several days, each cell played on each: {said}",),
    )


def _days(name: str) -> list[str] | None:
    """The days a column's name lists in brackets ("mer 23 et ven 25"), each a date or a weekday and day; else None."""
    found = _BRACKETED.search(name)
    if found is None:
        return None
    days = [part for part in _JOINS.split(found["days"].strip()) if part]
    if len(days) < _LEAST_DAYS:
        return None
    try:
        written = [parse_date(day) for day in days]
    except DateError:
        return None
    return days if all(date.day is not None for date in written) else None

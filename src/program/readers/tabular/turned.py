"""Grids turned over: rooms as rows, times as columns ("Main Stage | … " under "9am-10am | 10-11am | …").

Instincts 2014 keeps a sheet a day: the day in the corner ("DAY 1 - Mar 13"), the hours
along row 1, a room a row, an event merged across the hours it lasts. The sheet is turned
over (each cell keeping its place, "Sheet1!E2") and read as a grid of rooms as columns.
"""

from __future__ import annotations

import attrs

from program.readers.base import ReadContext
from program.readers.tabular.cells import Cell, Table, column_letter
from program.readers.tabular.columns import HEADER_SEARCH
from program.readers.tabular.grid import Grid, find_grid, read_grid
from program.readers.tabular.placing import TableRead, unread_above
from program.readers.tabular.time_cells import is_time_cell

_TIMES_AT_LEAST = 2
"""Time cells a row needs to be the hours of a turned grid."""


def read_turned(table: Table, context: ReadContext) -> TableRead | None:
    """Read the table as a grid turned over when it is one (see `find_turned`); else None.

    Raises:
        UsageError: when the grid needs a first date or a time zone it lacks.
    """
    found = find_turned(table)
    if found is None:
        return None
    top, turned, grid = found
    read = read_grid(turned, grid, context)
    return attrs.evolve(read, reading=(*read.reading, *unread_above(table, top)))


def find_turned(table: Table) -> tuple[int, Table, Grid] | None:
    """Return the row of times, the table turned over and its grid when its rows are rooms; else None."""
    for top, cells in enumerate(table.rows[:HEADER_SEARCH]):
        timed = [column for column, cell in enumerate(cells) if column and is_time_cell(cell)]
        if len(timed) < _TIMES_AT_LEAST:
            continue
        turned = turn(table, top)
        grid = find_grid(turned)
        if grid is None or grid.days or grid.header != 0:
            return None
        where = f"rooms in column {column_letter(grid.header)}, times in row {top + 1}"
        corner = turned.rows[0][0]
        if grid.day is not None and corner.text:
            where += f", the day in {corner.label or corner.line}: {corner.text!r}"
        return top, turned, attrs.evolve(grid, turned=where)
    return None


def turn(table: Table, top: int) -> Table:
    """The table from row `top` down, its rows made columns; cells and merged ranges keep their places."""
    rows = table.rows[top:]
    width = max((len(cells) for cells in rows), default=0)
    turned = tuple(
        tuple(cells[column] if column < len(cells) else Cell(None, cells[0].line) for cells in rows if cells)
        for column in range(width)
    )
    merged = tuple(
        (first_column, first_row - top, last_column, last_row - top)
        for first_row, first_column, last_row, last_column in table.merged
        if first_row >= top
    )
    return Table(table.source, turned, sheet=table.sheet, merged=merged)

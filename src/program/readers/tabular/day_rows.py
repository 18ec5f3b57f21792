"""A grid whose first column marks where each day begins, its times in the second (GUADEC 2017).

GUADEC 2017's sheet has rooms from column C, times in column B, and in column A the day's
number beside its first time ("1" beside 09:30, "2" beside the next day's 09:30). Read as a
grid with its times in column A, the day numbers were taken for times (1 p.m.) and one item
of 65 was read. Such a table is cut into one grid a day, each without column A and under
its day written as a title ("Day 2", or the marker itself when it is a date or a weekday),
so that `grid` reads each as a one-day grid does.
"""

from __future__ import annotations

import re

import attrs

from program.readers.base import ReadContext
from program.readers.notation.dates import DateError, parse_date
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import HEADER_SEARCH
from program.readers.tabular.grid import find_grid, is_time_cell, read_grid
from program.readers.tabular.placing import TableRead

_DAY_NUMBER = re.compile(r"^(?:day\s*)?(?P<number>[1-9]|[12]\d|3[01])$", re.IGNORECASE)


@attrs.frozen
class DayRows:
    """Where a day-marked grid's parts are.

    Attributes:
        header: the row of room names (from column C).
        starts: the rows where a day begins, each with the day as a grid's title writes it.
    """

    header: int
    starts: tuple[tuple[int, str], ...]


def find_day_rows(table: Table) -> DayRows | None:
    """The table's day markers in column A over times in column B, under a header of rooms; else None."""
    for index, cells in enumerate(table.rows[:HEADER_SEARCH]):
        rooms = [cell for cell in cells[2:] if cell.text]
        if len(rooms) < 2 or any(is_time_cell(cell) for cell in cells[:2]):
            continue
        below = [(row, cells) for row, cells in enumerate(table.rows[index + 1 :], start=index + 1) if _filled(cells)]
        markers = [(row, cells[0]) for row, cells in below if cells[0].text]
        timed = sum(1 for _, cells in below if len(cells) > 1 and is_time_cell(cells[1]))
        titles = [_title(cell) for _, cell in markers]
        if (
            markers
            and markers[0][0] == below[0][0]
            and len(markers) * 3 <= len(below)
            and timed * 2 >= len(below)
            and all(title is not None for title in titles)
        ):
            return DayRows(index, tuple((row, title) for (row, _), title in zip(markers, titles, strict=True) if title))
    return None


def _filled(cells: tuple[Cell, ...]) -> bool:
    return any(cell.text for cell in cells)


def _title(cell: Cell) -> str | None:
    """The day a marker writes, as a grid's title row writes it ("1" → "Day 1"); None when it is no day."""
    number = _DAY_NUMBER.match(cell.text)  # before the time test: a bare "1" reads as 1 o'clock too
    if number is not None:
        return f"Day {number['number']}"
    if is_time_cell(cell):
        return None
    try:
        return cell.text if parse_date(cell.text) is not None else None
    except DateError:
        return None


def day_tables(table: Table, found: DayRows) -> list[Table]:
    """One table a day: the day as a title row, the header and the day's rows, each without column A."""
    ends = [row for row, _ in found.starts[1:]] + [len(table.rows)]
    header = table.rows[found.header][1:]
    tables = []
    for (start, title), end in zip(found.starts, ends, strict=True):
        marker = table.rows[start][0]
        rows = (
            (Cell(title, marker.line, marker.label),),
            header,
            *(cells[1:] for cells in table.rows[start:end]),
        )
        tables.append(Table(table.source, rows, sheet=table.sheet, merged=_merged(table, start, end)))
    return tables


def _merged(table: Table, start: int, end: int) -> tuple[tuple[int, int, int, int], ...]:
    """The merged ranges inside rows start..end-1, moved to the day's table (two rows above, one column left)."""
    return tuple(
        (first_row - start + 2, first_column - 1, last_row - start + 2, last_column - 1)
        for first_row, first_column, last_row, last_column in table.merged
        if start <= first_row and last_row < end and first_column >= 1
    )


def read_day_rows(table: Table, found: DayRows, context: ReadContext) -> TableRead | None:
    """Each day's grid read, the items in day order; None when a day's part is no grid after all."""
    days = day_tables(table, found)
    grids = [find_grid(day) for day in days]
    if any(grid is None for grid in grids):
        return None
    reads = [read_grid(day, grid, context) for day, grid in zip(days, grids, strict=True) if grid is not None]
    said = f"days marked in column A, times in column B: {', '.join(title for _, title in found.starts)}"
    # each day's grid has lost column A, so its times are in its A: the sheet's B
    lines = [
        f"{title}: {line.replace('times in column A', 'times in column B')}"
        for (_, title), read in zip(found.starts, reads, strict=True)
        for line in read.reading
    ]
    return TableRead(
        tuple(item for read in reads for item in read.items),
        tuple(problem for read in reads for problem in read.problems),
        (said, *lines),
    )

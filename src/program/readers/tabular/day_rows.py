r"""A grid whose first column marks where each day begins, its times in the second (GUADEC 2017, eRum 2016).

GUADEC 2017's sheet has rooms from column C, times in column B, and in column A the day's
number beside its first time ("1" beside 09:30, "2" beside the next day's 09:30). Read as a
grid with its times in column A, the day numbers were taken for times (1 p.m.) and one item
of 65 was read. Such a table is cut into one grid a day, each without column A and under
its day written as a title ("Day 2", or the marker itself when it is a date or a weekday),
so that `grid` reads each as a one-day grid does.

eRum 2016's "Program" sheet is the same grid two columns in (columns A and B empty), its
markers merged cells of lines ("Day 2\nConference\n13.10": the date is the day), and its
header of rooms ("Hours | Room AULA | Room 111A | Room 308A") written again before each day,
naming that day's rooms; its first day, workshops in one column, comes before any header.
Each day takes the last header above its marker (the first one for a day above them all),
and the headers are no rows of any day.
"""

from __future__ import annotations

import re

import attrs

from program.readers.base import ReadContext
from program.readers.notation.dates import DateError, parse_date
from program.readers.tabular.cells import Cell, Table, column_letter
from program.readers.tabular.columns import HEADER_SEARCH
from program.readers.tabular.grid import find_grid, read_grid
from program.readers.tabular.placing import TableRead
from program.readers.tabular.time_cells import is_time_cell

_DAY_NUMBER = re.compile(r"^(?:day\s*)?(?P<number>[1-9]|[12]\d|3[01])$", re.IGNORECASE)


@attrs.frozen
class DayRows:
    """Where a day-marked grid's parts are.

    Attributes:
        header: the first row of room names (from column C).
        starts: the rows where a day begins, each with the day as a grid's title writes it.
        headers: every row of room names, the first and those written again before a day.
        offset: the empty columns left of the day markers, left out ("column A" is the first after them).
    """

    header: int
    starts: tuple[tuple[int, str], ...]
    headers: tuple[int, ...] = ()
    offset: int = 0


def find_day_rows(table: Table) -> DayRows | None:
    """The table's day markers in column A over times in column B, under a header of rooms; else None.

    Columns empty in every row on the left are left out first (a sheet drawn from column C).
    """
    offset = _empty_columns(table)
    trimmed = _trimmed(table, offset)
    for index, cells in enumerate(trimmed.rows[:HEADER_SEARCH]):
        if not _is_header(cells):
            continue
        headers = (index, *(row for row in range(index + 1, len(trimmed.rows)) if _repeats(trimmed, index, row)))
        found = _days(trimmed, index, headers)
        if found is not None:
            return attrs.evolve(found, offset=offset)
    return None


def _is_header(cells: tuple[Cell, ...]) -> bool:
    return len([cell for cell in cells[2:] if cell.text]) >= 2 and not any(is_time_cell(cell) for cell in cells[:2])


def _repeats(table: Table, first: int, row: int) -> bool:
    """Whether a row is the header written again: the same words over the times ("Hours"), rooms beside them."""
    cells, header = table.rows[row], table.rows[first]
    # the cheap tests first: a sheet of 300,000 rows asks this of each for every header row tried
    return len(cells) > 1 and not cells[0].text and cells[1].text == header[1].text != "" and _is_header(cells)


def _days(table: Table, header: int, headers: tuple[int, ...]) -> DayRows | None:
    skipped = frozenset(headers)  # a set: a sheet of 300,000 repeated header rows made the tuple's test quadratic
    rows = [(row, cells) for row, cells in enumerate(table.rows) if row not in skipped and _filled(cells)]
    first = next((row for row, cells in rows if cells[0].text and _timed(cells)), None)
    if first is None or any(_timed(cells) for row, cells in rows if row < first):
        return None
    below = [(row, cells) for row, cells in rows if row >= first]
    markers = [(row, cells[0]) for row, cells in below if cells[0].text]
    timed = sum(1 for _, cells in below if _timed(cells))
    titles = [_title(cell) for _, cell in markers]
    if len(markers) * 3 <= len(below) and timed * 2 >= len(below) and all(title is not None for title in titles):
        starts = tuple((row, title) for (row, _), title in zip(markers, titles, strict=True) if title)
        return DayRows(header, starts, headers)
    return None


def _timed(cells: tuple[Cell, ...]) -> bool:
    return len(cells) > 1 and is_time_cell(cells[1])


def _filled(cells: tuple[Cell, ...]) -> bool:
    return any(cell.text for cell in cells)


def _title(cell: Cell) -> str | None:
    """The day a marker writes, as a grid's title row writes it ("1" → "Day 1"); None when it is no day.

    A marker of lines gives its day and date ("Day 2 / Conference / 13.10" → "Day 2, 13.10").
    """
    lines = ([line for line in cell.lines if line] if isinstance(cell.value, str) else []) or [cell.text]  # 1.0: "1"
    dated = next((line for line in lines if _date_line(line)), None)
    numbered = next((number for line in lines if (number := _DAY_NUMBER.match(line)) is not None), None)
    if dated is None and numbered is None:
        return None
    if dated is None or (len(lines) == 1 and numbered is not None):  # a bare "1" is a day, not 1 o'clock
        return f"Day {numbered['number']}" if numbered is not None else None
    # "Day 2, 13.10": a date a grid's title row cannot take for a time (13.10 alone reads as 1:10 p.m.)
    return f"Day {numbered['number']}, {dated}" if numbered is not None else dated


def _date_line(line: str) -> bool:
    """Whether a marker's line is a date: "13.10" beside the times is the 13th of October, not 1:10 p.m."""
    if _DAY_NUMBER.match(line):
        return False
    try:
        written = parse_date(line)
    except DateError:
        return False
    return written is not None and (written.month is not None or written.weekday is not None)


def _empty_columns(table: Table) -> int:
    """How many columns on the left are empty in every row."""
    widths = [next((column for column, cell in enumerate(cells) if cell.text), len(cells)) for cells in table.rows]
    return min((width for width, cells in zip(widths, table.rows, strict=True) if _filled(cells)), default=0)


def _trimmed(table: Table, offset: int) -> Table:
    if not offset:
        return table
    merged = tuple(
        (first_row, first_column - offset, last_row, last_column - offset)
        for first_row, first_column, last_row, last_column in table.merged
        if first_column >= offset
    )
    return Table(table.source, tuple(cells[offset:] for cells in table.rows), sheet=table.sheet, merged=merged)


def day_tables(table: Table, found: DayRows) -> list[Table]:
    """One table a day: the day as a title row, its header and the day's rows, each without column A."""
    table = _trimmed(table, found.offset)
    ends = [row for row, _ in found.starts[1:]] + [len(table.rows)]
    tables = []
    for (start, title), end in zip(found.starts, ends, strict=True):
        header = max((row for row in found.headers if row < start), default=found.header)
        marker = table.rows[start][0]
        kept = [row for row in range(start, end) if row not in found.headers]
        title_row = (Cell(title, marker.line, marker.label),)
        rows = (title_row, table.rows[header][1:], *(table.rows[row][1:] for row in kept))
        tables.append(Table(table.source, rows, sheet=table.sheet, merged=_merged(table, kept)))
    return tables


def _merged(table: Table, kept: list[int]) -> tuple[tuple[int, int, int, int], ...]:
    """The merged ranges inside the day's rows, moved to the day's table (below its two rows, one column left)."""
    places = {row: place + 2 for place, row in enumerate(kept)}
    return tuple(
        (places[first_row], first_column - 1, places[last_row], last_column - 1)
        for first_row, first_column, last_row, last_column in table.merged
        if first_row in places and last_row in places and first_column >= 1
    )


def read_day_rows(table: Table, found: DayRows, context: ReadContext) -> TableRead | None:
    """Each day's grid read, the items in day order; None when a day's part is no grid after all."""
    days = day_tables(table, found)
    grids = [find_grid(day, least=1) for day in days]
    if any(grid is None for grid in grids):
        return None
    reads = [read_grid(day, grid, context) for day, grid in zip(days, grids, strict=True) if grid is not None]
    markers, times = column_letter(found.offset), column_letter(found.offset + 1)
    said = f"days marked in column {markers}, times in column {times}: {', '.join(title for _, title in found.starts)}"
    # each day's grid has lost the marker column, so its times are in its A
    lines = [
        f"{title}: {line.replace('times in column A', f'times in column {times}')}"
        for (_, title), read in zip(found.starts, reads, strict=True)
        for line in read.reading
    ]
    return TableRead(
        tuple(item for read in reads for item in read.items),
        tuple(problem for read in reads for problem in read.problems),
        (said, *lines),
    )

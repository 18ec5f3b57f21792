r"""Grids: rooms as columns, time ranges as rows, "Title\nSpeaker" cells, merged cells spanning rooms."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date

import attrs

from program.errors import ParseError
from program.model import Item, Problem, Severity
from program.model.ids import item_id
from program.readers.base import ReadContext
from program.readers.kind_labels import kind_from_title
from program.readers.notation.afternoon import AfternoonClock, is_twelve_hour_sheet
from program.readers.notation.dates import DateError, WrittenDate, parse_date
from program.readers.notation.times import is_noon_written_as_am
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import HEADER_SEARCH
from program.readers.tabular.grid_cells import cell_entries, names_in_brackets
from program.readers.tabular.grid_days import TIME_HEADERS, column_days, far_clock, far_time_column
from program.readers.tabular.grid_room_heads import group_room, room_heads, titles_head
from program.readers.tabular.placing import TableRead, at, needs_zone
from program.readers.tabular.room_names import room_name
from program.readers.tabular.time_cells import cell_span, lenient_time_notes

_PLACEHOLDER = re.compile(r"^\s*[-–—]+\s*$")
"""A dash alone in a slot: nothing there (SNLab's Wednesday afternoon), not an item titled "-"."""
_WITH_MINUTES = re.compile(r"\d[:.h]\d\d")
"""A time written with its minutes (`10:00`, `9.30`, `14h00`)."""
_BARE_NUMBER = re.compile(r"^\s*\d{1,2}\s*$")
"""A cell of one or two digits alone (`07`): beside times written with minutes, a number (an id), no time."""


@attrs.frozen
class Grid:
    """Where a grid's parts are.

    Attributes:
        header: the row of room names.
        rooms: each room column's index and name (a day's name when `days`).
        day: the date a title row above the header writes, or None.
        days: the columns are days ("Time | Monday | Tuesday"), not rooms.
        turned: where a sheet turned over (rooms its rows, times its columns) has them, as the
            reading lines say it ("rooms in column A, times in row 1"); None for a sheet as is.
        far_times: the time column written again after the last room or day, which times the column
            beside it where it writes a time (`grid_days.far_time_column`), or None.
    """

    header: int
    rooms: tuple[tuple[int, str], ...]
    day: WrittenDate | None
    days: bool = False
    turned: str | None = None
    far_times: int | None = None


MAX_GRID_CELLS = 200_000
"""The most filled cells a grid may hold, an item each: 100 rooms by 2,000 slots. A 48 KB .ods repeating a
filled row 16,000 times over 100 columns made 1.6 million items in 46 s (the closing fuzz's workbook case 5402)."""


def _within_size(table: Table, grid: Grid) -> None:
    """Refuse a grid of more filled cells than MAX_GRID_CELLS, before its times are read."""
    columns = [column for column, _ in grid.rooms]
    filled = sum(
        1 for cells in table.rows[grid.header + 1 :] for column in columns if column < len(cells) and cells[column].text
    )
    if filled > MAX_GRID_CELLS:
        message = (
            f"expected a schedule grid of at most {MAX_GRID_CELLS:,} filled cells (an item each), found {filled:,}"
        )
        raise ParseError(message, table.where(table.rows[grid.header][0]))


def find_grid(table: Table, *, least: int = 2) -> Grid | None:
    """Return the table's grid: a header of two or more room names (one under a date) over `least` rows led by times.

    Else None.

    One row is enough for a day cut from a larger grid (`day_rows`: eRum 2016's last day).
    """
    for index, cells in enumerate(table.rows[:HEADER_SEARCH]):
        names = [(column, cell.text) for column, cell in enumerate(cells) if column and cell.text]
        corner = _corner_day(cells[0]) if cells else None
        # one room under a dated corner is a grid too: BSides CDMX 2018's `Viernes 22 Junio, 2018 | Workshops`
        if len(names) < (1 if corner is not None else 2) or (
            cells[0].text.casefold() not in TIME_HEADERS and not corner
        ):
            continue
        if any(cell_span(row[0] if row else None) is not None for row in table.rows[:index]):
            continue  # times above the "header": a table without one, not a grid
        below = [row[0] for row in table.rows[index + 1 :] if row and row[0].text]
        if len(below) >= least and sum(cell_span(cell) is not None for cell in below) * 2 >= len(below):
            day = corner or _title_day(table, index)
            far = far_time_column(table, index)  # `Time | Wednesday | Thursday | Friday | Time`
            names = [(column, name) for column, name in names if column != far]
            rooms = tuple(room for room in _rooms(cells) if room[0] != far)
            return Grid(index, rooms, day, days=_dated_header(names), far_times=far)
    return None


def _corner_day(cell: Cell) -> WrittenDate | None:
    """The date a grid's corner cell writes over its time column ("DAY 1 - Mar 13"), else None."""
    if not cell.text or cell_span(cell) is not None:
        return None
    try:
        return parse_date(cell.value)
    except DateError:
        return None


def _dated_header(names: list[tuple[int, str]]) -> bool:
    """Whether a header's names are days (Monday, Tuesday…): days as columns are not rooms."""
    try:
        return all(parse_date(name) is not None for _, name in names)
    except DateError:
        return False


def _rooms(cells: tuple[Cell, ...]) -> tuple[tuple[int, str], ...]:
    """Each room column and its name; a column without one belongs to the named one on its left (merged)."""
    rooms: list[tuple[int, str]] = []
    for column, cell in enumerate(cells[1:], start=1):
        name = room_name(", ".join(line for line in cell.lines if line)) or (rooms[-1][1] if rooms else "")
        if name:
            rooms.append((column, name))
    return tuple(rooms)


def _title_day(table: Table, header: int) -> WrittenDate | None:
    for cells in table.rows[:header]:
        for cell in cells:
            if cell.text:
                try:
                    return parse_date(cell.value)
                except DateError:
                    continue
    return None


def read_grid(table: Table, grid: Grid, context: ReadContext) -> TableRead:
    """Read a grid into items, one or more a filled cell.

    Raises:
        UsageError: when the grid needs a first date or a time zone it lacks.
    """
    _within_size(table, grid)
    days = column_days(table, grid, context)  # before the zone: its error asks for both when both are missing
    zone = needs_zone(table, context)
    time_columns = _time_columns(table, grid)
    far = () if grid.far_times is None else (grid.far_times,)
    times = {column: _row_times(table, grid, column) for column in {0, *time_columns, *far}}
    covered, spans = _merges(table)
    clocks = _clock_columns(grid, days, time_columns)
    room_columns = [column for column, _ in grid.rooms]
    named = names_in_brackets(table, [column for column, _ in grid.rooms], grid.header)
    group = group_room(table, grid.header, grid.rooms[0][0], grid.rooms[-1][0]) if grid.rooms else None
    items: list[Item] = []
    skipped: list[str] = []
    placeholders: list[str] = []
    row_word = "column" if grid.turned else "row"
    timed = {index for found in times.values() for index in found}
    # `12:25 pm - 01:25 pm | Salas A y B | Sala C` over `Symposium: …`: the rows below such heads, by row
    headed = room_heads(  # a head's time cell is its own (not the row above's, spanning it)
        table,
        [column for column in room_columns if column not in time_columns],
        {index for index in timed if not any((index, column) in covered for column in {0, *time_columns})},
        spans,
    )
    for index in range(grid.header + 1, len(table.rows)):
        cells = table.rows[index]
        at_row = index - 1 if index in headed else index  # a headed row's items are at its head's time
        if at_row not in timed or index + 1 in headed:  # a head's cells are its rooms, no items
            if any(cell.text for cell in cells) and index + 1 not in headed:
                skipped.append(f"skipped: {table.describe(cells[0])} (a {row_word} without a time in the grid)")
            continue
        for column, head in grid.rooms:
            cell = table.cell(index, column)
            if cell is None or not cell.text or (index, column) in covered or column in time_columns:
                continue
            if _PLACEHOLDER.match(cell.text):
                placeholders.append(f"{cell.label or f'line {cell.line}'} ({head})")
                continue
            minutes = times[far_clock(grid.far_times, times, column, at_row, clocks[column])]
            if at_row not in minutes:
                continue
            last_row, last_column = spans.get((index, column), (index, column))
            end_row = at_row if index in headed else last_row
            start, end = minutes[at_row][0], _last_end(minutes, at_row, end_row)
            location = _spanned_room(grid, time_columns, (column, last_column), group)
            location = headed[index][column] if index in headed else location
            for title, people, room_line, about, length in cell_entries(cell, named=named):
                kind = kind_from_title(title)
                ends = start + length if length else end  # a show's own length before the next row's start
                items.append(
                    Item(
                        id=item_id(kind, title),
                        kind=kind,
                        title=title,
                        source=table.where(cell),
                        start=at(days[column], start, zone),
                        end=at(days[column], ends, zone) if ends is not None and ends > start else None,
                        people=people,
                        abstract=about,
                        location=room_line or location,
                    )
                )
    said = _described(grid, time_columns)
    if placeholders:
        skipped.append(f"skipped: '-' (nothing in that slot) in {', '.join(placeholders)}")
    return TableRead(
        tuple(items), _stray_meridiems(table, times[0]), (said, *skipped, *_noon_notes(table, grid, times[0]))
    )


def _spanned_room(grid: Grid, time_columns: set[int], columns: tuple[int, int], group: str | None) -> str | None:
    """The room of a cell over the grid's columns first to last: their rooms' names, joined.

    A cell across every room is in the rooms' group's (`Gamingroom`), if a head names one, else in none;
    a grid of days has no rooms.
    """
    room_columns = [column for column, _ in grid.rooms]  # in order: a merged cell's rooms are a slice
    spanned = grid.rooms[bisect_left(room_columns, columns[0]) : bisect_right(room_columns, columns[1])]
    names = [name for column, name in spanned if column not in time_columns]
    if grid.days or titles_head(grid.rooms, time_columns):
        return None
    everywhere = len(names) == len(grid.rooms) - len(time_columns) > 1
    return group if everywhere else " + ".join(dict.fromkeys(names))


def _described(grid: Grid, time_columns: set[int]) -> str:
    """How the grid was read, for `program check`'s notes: its days or rooms and where its times are."""
    said = "days" if grid.days else "rooms"
    heads = ", ".join(dict.fromkeys(name for column, name in grid.rooms if column not in time_columns))
    if titles_head(grid.rooms, time_columns) and not grid.turned:
        return f"one item a row: titles in {heads}, no rooms; times in column A"
    if grid.turned:
        return f"grid turned over ({grid.turned}): {said} {heads}"
    far = f", and in {grid.rooms[-1][1]}'s column after it" if grid.far_times is not None else ""
    return f"grid: {said} {heads}; times in column A{far}"


def _last_end(minutes: dict[int, tuple[int, int | None]], first: int, last: int) -> int | None:
    """A cell's end: that of the last row it covers that gives one (a closing `22:00` row gives none)."""
    return next((minutes[r][1] for r in range(last, first - 1, -1) if r in minutes and minutes[r][1] is not None), None)


def _stray_meridiems(table: Table, times: dict[int, tuple[int, int | None]]) -> tuple[Problem, ...]:
    """A warning for each time cell read as 24-hour despite its am/pm ("13:30 - 14:00 PM"), as a text page's line."""
    return tuple(
        Problem(Severity.WARNING, "uncertain-entry", note, table.where(cell))
        for index in times
        if (cell := table.cell(index, 0)) is not None
        for note in lenient_time_notes(cell)
    )


def _noon_notes(table: Table, grid: Grid, times: dict[int, tuple[int, int | None]]) -> list[str]:
    """A reading line naming the time cells whose "12am" was read as noon ("11-12am"), if any."""
    places = [
        cell.label or str(cell.line)
        for index in times
        if (cell := table.cell(index, 0)) is not None
        and (span := cell_span(cell)) is not None
        and any(clock is not None and is_noon_written_as_am(clock) for clock in (span.start, span.end))
    ]
    return [f"'12am' read as noon (between a morning and an afternoon hour): {', '.join(places)}"] if places else []


def _clock_columns(grid: Grid, days: dict[int, date], time_columns: set[int]) -> dict[int, int]:
    """Each room column's time column: the last one before it on its day, else column A.

    One sweep over the columns: looking back from every cell took the rooms times the
    cells (a hostile sheet of 16,384 columns, 43 s).
    """
    clocks: dict[int, int] = {}
    last: dict[date, int] = {}
    for column, _ in grid.rooms:
        clocks[column] = last.get(days[column], 0)
        if column in time_columns:
            last[days[column]] = column
    return clocks


def _time_columns(table: Table, grid: Grid) -> set[int]:
    """Room (or day) columns that hold times: a day's own time column ("Friday" over a time and a talk column)."""
    found = set()
    led = [row[0].text for row in table.rows[grid.header + 1 :] if row and row[0].text]
    with_minutes = bool(led) and all(_WITH_MINUTES.search(text) for text in led)
    for column, _ in grid.rooms:
        cells = [
            cell
            for row in table.rows[grid.header + 1 :]
            if (cell := (row[column] if column < len(row) else None)) and cell.text
        ]
        if with_minutes and all(_BARE_NUMBER.match(cell.text) for cell in cells):
            continue  # the Turing posters' `10:00,07,08`: poster ids beside times written with minutes
        if len(cells) >= 2 and sum(cell_span(cell) is not None for cell in cells) * 4 >= len(cells) * 3:
            found.add(column)
    return found


def _row_times(table: Table, grid: Grid, column: int) -> dict[int, tuple[int, int | None]]:
    """The start and end minutes of each row a time column times (12-hour sheets read in order)."""
    timed = [
        (index, span)
        for index in range(grid.header + 1, len(table.rows))
        if (span := cell_span(table.cell(index, column))) is not None
    ]
    clock = AfternoonClock()
    twelve = is_twelve_hour_sheet([span for _, span in timed])
    minutes = {index: clock.place(span) if twelve else (span.start.minutes, span.end_minutes) for index, span in timed}
    if not twelve:
        minutes = _past_midnight(minutes)
    # A row that gives only its start ends when the next row starts.
    order = [index for index, _ in timed]
    for position, index in enumerate(order):
        start, end = minutes[index]
        if end is None and position + 1 < len(order):
            minutes[index] = (start, minutes[order[position + 1]][0])
    # A time cell over two rows (`<td rowspan="2">08:00 am - 09:00 am</td>`, Inmunología 2016) times both.
    for first_row, first_column, last_row, last_column in table.merged:
        if first_column <= column <= last_column and first_row in minutes:
            minutes.update(dict.fromkeys(range(first_row + 1, last_row + 1), minutes[first_row]))
    return minutes


_EVENING = 18 * 60
_SMALL_HOURS = 6 * 60


def _past_midnight(minutes: dict[int, tuple[int, int | None]]) -> dict[int, tuple[int, int | None]]:
    """The rows' minutes, those after an evening row's that fall in the small hours the next day's (past 1440).

    Aurillac 2023's courtyard closes its nights with `22h45`, `00h00`, `00h30`: the night after, not that
    morning, before the day opens.
    """
    placed: dict[int, tuple[int, int | None]] = {}
    shift, last = 0, None
    for index, (start, end) in minutes.items():
        if not shift and last is not None and last >= _EVENING and start < _SMALL_HOURS:
            shift = 24 * 60
        placed[index] = (start + shift, end + shift if end is not None else None)
        last = start
    return placed


def _merges(table: Table) -> tuple[set[tuple[int, int]], dict[tuple[int, int], tuple[int, int]]]:
    """The cells a merged range hides, and each range's last row and column by its first cell."""
    covered: set[tuple[int, int]] = set()
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for first_row, first_column, last_row, last_column in table.merged:
        spans[(first_row, first_column)] = (last_row, last_column)
        covered.update(
            (row, column)
            for row in range(first_row, last_row + 1)
            for column in range(first_column, last_column + 1)
            if (row, column) != (first_row, first_column)
        )
    return covered, spans

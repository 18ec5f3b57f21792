"""A grid's days: each column's date, and a time column written again after the last day.

COMSOC 2006 heads its grid `Time | Wednesday | Thursday | Friday | Time`: the right-hand column
is the left one again until Friday's afternoon, where its rowspans (`14:00-15:20`, `15:20-15:50`,
`15:50-17:10`) are Friday's own times beside Wednesday's and Thursday's `14:00-14:50`. It is no
room and no day: it times the column beside it wherever it writes a time.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from program.errors import ParseError, UsageError
from program.readers.base import ReadContext
from program.readers.notation.dates import DateError, NeedsFirstDateError, parse_date
from program.readers.tabular.cells import Table
from program.readers.tabular.time_cells import cell_span

if TYPE_CHECKING:  # grid imports this module
    from program.readers.tabular.grid import Grid

TIME_HEADERS = {"", "time", "times", "hour", "hours", "zeit", "uhrzeit", "heure", "horaire", "horaires", "slot"} | {
    "hora",  # the Andean ROAD workshop 2015's `Hora, Martes, Miercoles, Jueves, Viernes`
    "horario",
    "turno",  # Inmunología 2016: TURNO (the shift, MAÑANA/TARDE) over the time column, SALA A, B, C beside it
}

_NAMED_BETWEEN = 2
"""The fewest rooms or days between two time columns: `Time | Talks | Time` is a talk column's own times."""


def far_time_column(table: Table, header: int) -> int | None:
    """The header's last column when it names the time again over times, two named columns or more before it.

    The corner's name and the far one's are both time headers (`Time`, `Zeit`, `Hora`…), the far
    one not empty, and two in three of its filled cells below are times.
    """
    cells = table.rows[header]
    named = [column for column, cell in enumerate(cells) if column and cell.text]
    if len(named) < _NAMED_BETWEEN + 1 or cells[0].text.casefold() not in TIME_HEADERS:
        return None
    far = named[-1]
    if far != len(cells) - 1 or cells[far].text.casefold() not in TIME_HEADERS - {""}:
        return None
    below = [row[far] for row in table.rows[header + 1 :] if far < len(row) and row[far].text]
    timed = sum(cell_span(cell) is not None for cell in below)
    return far if len(below) >= 2 and timed * 3 >= len(below) * 2 else None


def far_clock(
    far: int | None, times: dict[int, dict[int, tuple[int, int | None]]], column: int, row: int, clock: int
) -> int:
    """The time column of a cell: the far one for the column beside it where it times the row, else `clock`."""
    return far if far is not None and column == far - 1 and row in times[far] else clock


def column_days(table: Table, grid: Grid, context: ReadContext) -> dict[int, date]:
    """Each column's day: the column's own (days as columns), else the title row's or the first date.

    Raises:
        UsageError: when a day needs the first date and there is none.
    """
    try:
        if grid.days:
            return {column: _column_day(name, context) for column, name in grid.rooms}
        day = grid.day.resolve(context.first_date) if grid.day is not None else context.first_date
    except NeedsFirstDateError:
        day = None
    except DateError as error:  # a title row's "31.02": a traceback before
        header = table.where(table.rows[grid.header][0])
        raise ParseError(f"expected a real date over the grid: {error}", header) from None
    if day is None:
        lacks = "days without a year or a first day" if grid.day is not None or grid.days else "times but no date"
        where = f" sheet {table.sheet!r}" if table.sheet else ""
        zone = "" if context.timezone else " and names no time zone"
        asked = "--date YYYY-MM-DD" + ("" if context.timezone else " and --timezone Area/City")
        raise UsageError(
            f"{table.source}{where}: the grid has {lacks}{zone}; pass {asked} or set them in the program file"
        )
    return {column: day for column, _ in grid.rooms}


def _column_day(name: str, context: ReadContext) -> date:
    """The day a column's header names ("Monday 12*" in --date's month).

    Raises:
        UsageError: when the header's weekday is not its date's (a wrong --date).
    """
    try:
        return parse_date(name).resolve(context.first_date)
    except NeedsFirstDateError:
        raise
    except DateError as error:
        raise UsageError(f"the day column {name!r}: {error}; check --date YYYY-MM-DD (the first day)") from None

"""What reading a table gives, and the wall-clock moments and settings every layout needs."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import attrs

from program.errors import UsageError
from program.model import Item, Problem
from program.readers.base import ReadContext
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import Mapping, field_of


@attrs.frozen
class TableRead:
    """What one table gave.

    Attributes:
        items: its items, in table order.
        problems: rows that could not be read.
        reading: what was read, for `program check` ("columns: …", "skipped: …").
        addresses: (name, email address) pairs an Email column gives for its row's people.
    """

    items: tuple[Item, ...]
    problems: tuple[Problem, ...]
    reading: tuple[str, ...]
    addresses: tuple[tuple[str, str], ...] = ()


def needs_zone(table: Table, context: ReadContext, cell: Cell | None = None) -> ZoneInfo:
    """The zone of the table's wall-clock times: the context's, or an error naming --timezone (at `cell`'s line).

    Raises:
        UsageError: when the context has no zone.
    """
    if context.timezone is None:
        place = f"{table.source}:{cell.line}" if cell is not None else table.source
        holder = "table" if table.holder == "sheet" else table.holder  # "the script's list's times" (ProIT Fest)
        raise UsageError(
            f"{place}: the {holder}'s times have no time zone; pass --timezone Area/City "
            "(or set timezone in the program file)"
        )
    return context.timezone


def needs_date(table: Table, what: str, context: ReadContext, cell: Cell | None = None) -> UsageError:
    """The error for a sheet whose times need a first date (named: --date), and a zone too when it has none.

    Both are asked for at once: asked one at a time, a user ran the command twice (trial 5). The
    `cell` (the first row's that needs the date) gives the place: FILE:LINE.
    """
    place = f"{table.source}:{cell.line}" if cell is not None else table.source
    if context.timezone is None:
        return UsageError(
            f"{place}: the {table.holder} has {what} and names no time zone; pass --date YYYY-MM-DD (the first day) "
            "and --timezone Area/City, or set date and timezone in the program file"
        )
    return UsageError(
        f"{place}: the {table.holder} has {what}; pass --date YYYY-MM-DD (the first day) "
        "or set date in the program file"
    )


def days_written(table: Table, mapping: Mapping) -> tuple[str, Cell | None]:
    """Where a sheet writes its days, for the error asking for --date: each date column's name and first value.

    MFRI's acoustic workshop 2026 numbers its days in `day` (1 to 4) and writes them without a year in `date_en`
    and `date_is` ("Monday 5 October", "Mánudagur 5. október"): the error named none of them, so a user could not
    tell which column wanted the year. Returns the words to add ("" without a header) and the first dated cell.

    >>> table = Table("a.csv", ((Cell("day", 1), Cell("date_en", 1)), (Cell("1", 2), Cell("Monday 5 October", 2))))
    >>> days_written(table, Mapping(0, {"date": (0,)}, (("day", "date"),)))
    (" (its days: day '1', date_en 'Monday 5 October')", Cell(value='1', line=2, label=None))
    """
    if mapping.header is None:
        return "", None
    header = table.rows[mapping.header]
    said: list[str] = []
    first: Cell | None = None
    for column, name in enumerate(header):
        if not name.text or field_of(name.text) != "date":
            continue
        cells = (row[column] for row in table.rows[mapping.header + 1 :] if column < len(row) and row[column].text)
        if (cell := next(cells, None)) is not None:
            said.append(f"{name.text} {cell.text!r}")
            first = cell if first is None or cell.line < first.line else first
    return (f" (its days: {', '.join(said)})" if said else ""), first


def undated_days(table: Table, mapping: Mapping, context: ReadContext) -> UsageError:
    """The error for a sheet whose days want a year or a first day: at the first dated row, naming its date columns."""
    days, cell = days_written(table, mapping)
    return needs_date(table, f"dates without a year, weekdays or day numbers{days}", context, cell)


def at(day: date, minutes: int, zone: ZoneInfo) -> datetime:
    """The wall-clock moment `minutes` after `day`'s midnight in `zone` (past 1440: the next day)."""
    return datetime.combine(day + timedelta(days=minutes // 1440), datetime.min.time(), tzinfo=zone) + timedelta(
        minutes=minutes % 1440
    )


def unread_above(table: Table, first: int) -> list[str]:
    """The filled cells above row `first` (a title over the sheet), each said with its place as not read."""
    return [
        f"not read: {table.describe(cell)} {cell.text!r} (above the table)"
        for cells in table.rows[:first]
        for cell in cells
        if cell.text
    ]

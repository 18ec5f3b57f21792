"""What reading a table gives, and the wall-clock moments and settings every layout needs."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import attrs

from program.errors import UsageError
from program.model import Item, Problem
from program.readers.base import ReadContext
from program.readers.tabular.cells import Cell, Table


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

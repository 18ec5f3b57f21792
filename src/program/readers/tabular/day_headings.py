"""A row of its own that names the day of the rows below it: "Thursday 21 October / BST time zone day / Session 3".

PROBPROG 2021's schedule CSV has no date column: each session is a block under a row naming
its day (and, after a slash, what the day is), the first above the header. Such a row was
skipped as a row without a title, and every item fell on the first day. Its day is now the
day of the rows below it, until the next such row; a date without a year takes the first
day's (`--date`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.readers.lines.day_headings import day_heading
from program.readers.notation.dates import WrittenDate
from program.readers.tabular.cells import Cell, Table

_PARTS = re.compile(r"\s+(?:/|\||–|—|-)\s+")
"""What joins a day to the words after it on the row: " / ", " | ", " – "."""


def heading_day(cells: Sequence[Cell]) -> WrittenDate | None:
    """The day a row of one filled cell names before any " / " (a date with its month and day), else None."""
    filled = [cell.text for cell in cells if cell.text]
    if len(filled) != 1:
        return None
    day = day_heading(_PARTS.split(filled[0].strip(), maxsplit=1)[0])
    return day if day is not None and day.month is not None and day.day is not None else None


def day_above(table: Table, header: int | None) -> WrittenDate | None:
    """The day the nearest row above the header names on its own (see `heading_day`), else None."""
    for cells in reversed(table.rows[: header or 0]):
        if any(cell.text for cell in cells):
            return heading_day(cells)
    return None


def heading_or_skipped(
    table: Table, cells: Sequence[Cell], why: str, said: tuple[list[str], list[str]], own: WrittenDate | None = None
) -> WrittenDate | None:
    """The day a row left out names for the rows below, said read; else None, the row said skipped (`why`).

    `own` is the date the row writes in its date column: alone on its row, with its month and day
    (A3-RONA 2024's `3-Nov` row opening the third day), it is the day of the rows below.
    """
    notes, skipped = said
    alone = own is not None and own.month is not None and own.day is not None
    if alone and sum(bool(cell.text) for cell in cells) == 1:
        heading: WrittenDate | None = own
    else:
        heading = heading_day(cells)
    if heading is not None:
        shown = " | ".join(cell.text for cell in cells if cell.text)[:60]
        notes.append(f"{table.describe(cells[0])} ({shown!r}: the day of the rows below)")
        return heading
    skipped.append(f"{table.describe(cells[0])} ({why})")
    return None

"""A row of its own that names the day of the rows below it: "Thursday 21 October / BST time zone day / Session 3".

PROBPROG 2021's schedule CSV has no date column: each session is a block under a row naming
its day (and, after a slash, what the day is), the first above the header. Such a row was
skipped as a row without a title, and every item fell on the first day. Its day is now the
day of the rows below it, until the next such row; a date without a year takes the first
day's (`--date`).

A weekday alone on its row is a day too (Arduino Day Santa Cruz 2020's workbook: `viernes` above
its header, `sabado` above the header written again): the first such day on or after `--date`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.readers.lines.day_headings import day_heading
from program.readers.notation.dates import WrittenDate, weekday_named
from program.readers.tabular.cells import Cell, Table

_PARTS = re.compile(r"\s+(?:/|\||–|—|-)\s+")
"""What joins a day to the words after it on the row: " / ", " | ", " – "."""


_DAY_MARK = re.compile(r"^day\s*\d{1,2}$", re.IGNORECASE)
"""A day's number alone in a cell ("Day 02")."""
_SHORTEST_WEEKDAY = 3
"""A weekday alone is a day heading from three letters ("Sat", "sabado"): "Do" or "Sa" alone is a word or a code."""


def heading_day(cells: Sequence[Cell]) -> WrittenDate | None:
    """The day a row of one filled cell names before any " / ", else None.

    A date with its month and day, or a weekday alone; a day's number beside it is the same day (COMOSA 2025's
    Word table: `Day 02` in the time column, the date wrapped over two lines in the activity column).
    """
    filled = [" ".join(cell.text.split()) for cell in cells if cell.text]
    if len(filled) == 2 and any(_DAY_MARK.match(text) for text in filled):
        filled = [text for text in filled if not _DAY_MARK.match(text)]  # "Day 02 | Saturday, August 16th, 2025"
    if len(filled) != 1:
        return None
    named = _PARTS.split(filled[0].strip(), maxsplit=1)[0]
    if len(named) >= _SHORTEST_WEEKDAY and (weekday := weekday_named(named)) is not None:
        return WrittenDate(weekday=weekday)
    day = day_heading(named)
    return day if day is not None and day.month is not None and day.day is not None else None


def said_heading(
    table: Table, cells: Sequence[Cell], notes: list[str], heading: WrittenDate | None = None
) -> WrittenDate | None:
    """The day a row names for the rows below (`heading`, else see `heading_day`), said in `notes`; else None."""
    heading = heading or heading_day(cells)
    if heading is not None:
        shown = " | ".join(cell.text for cell in cells if cell.text)[:60]
        notes.append(f"{table.describe(cells[0])} ({shown!r}: the day of the rows below)")
    return heading


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
    alone = alone and sum(bool(cell.text) for cell in cells) == 1
    if (heading := said_heading(table, cells, notes, own if alone else None)) is not None:
        return heading
    skipped.append(f"{table.describe(cells[0])} ({why})")
    return None


def set_aside(
    table: Table, cells: Sequence[Cell], aside: tuple[bool, str], said: tuple[list[str], list[str]]
) -> WrittenDate | None:
    """Say a row without a time to read: a note read as it is (`aside` True), else a heading skipped for `why`.

    A heading that names a day (`sabado` in the time column) is that day, said read, as `heading_or_skipped`.
    """
    read, line = aside
    if read:
        said[0].append(line)
        return None
    return heading_or_skipped(table, cells, line, said)

"""A date column that numbers the talks on the rows between its dates: those numbers are no days."""

from __future__ import annotations

import itertools

import attrs

from program.readers.notation.dates import DateError, parse_date
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import Mapping

_FEWEST = 3
"""Numbers enough to call them a count: two could be "Day 1", "Day 2"."""

_MORE_THAN_DAYS = 2
"""Days a program may have beyond those its date cells write: more numbers than that are no days."""

_RISING = 0.75
"""The share of steps from one number to the next that rise: talk numbers restart at most now and then."""


def talk_numbered(table: Table, mapping: Mapping, first: int) -> tuple[dict[int, tuple[Cell, ...]], list[str]]:
    """The rows whose date cell holds a talk's number, each with that cell emptied, and the note saying so (or none).

    A3-RONA 2024's sheet (saved from Excel) writes `1-Nov` and `2-Nov` under `Date` on the rows that
    open a day and each talk's number (1, 2, … 47) on the talk rows: read as days of the month, talk 32
    was on 2 December. Bare numbers that count up, in a column that writes real dates elsewhere, count
    the talks; the day is the date above. A column of numbers alone ("Tag" 1, 2) keeps its day numbers.
    """
    columns = mapping.columns.get("date", ())
    if not columns:
        return {}, []
    column = columns[0]
    numbered: dict[int, int] = {}
    dates: set[str] = set()
    tried: set[str] = set()
    for index in range(first, len(table.rows)):
        cell = table.cell(index, column)
        text = cell.text if cell is not None else ""
        if text.isascii() and text.isdigit() and len(text) <= 3:
            numbered[index] = int(text)
        elif cell is not None and text and text not in tried:
            tried.add(text)
            dates.update([text] if _is_calendar_date(cell.value) else [])
    numbers = list(numbered.values())
    rising = sum(later > earlier for earlier, later in itertools.pairwise(numbers))
    # more numbers than the days the dates write, and two more: a day number written once a day ("1", "2", "3"
    # beside one real date) stays a day
    if not dates or len(set(numbers)) < max(_FEWEST, len(dates) + _MORE_THAN_DAYS + 1):
        return {}, []
    if len(set(numbers)) < len(numbers) * _RISING:
        return {}, []
    if rising < (len(numbers) - 1) * _RISING:
        return {}, []
    emptied = {
        index: tuple(
            attrs.evolve(cell, value="") if at == column else cell for at, cell in enumerate(table.rows[index])
        )
        for index in numbered
    }
    shown = ", ".join(str(number) for number in numbers[:3])
    named = table.cell(mapping.header, column) if mapping.header is not None else None
    header = named.text if named is not None and named.text else "date"
    opening = table.rows[min(numbered)][column]
    note = (
        f"{table.describe(opening)} and {len(numbers) - 1} more rows number their talks in the {header!r} column "
        f"({shown}, …): each on the date above"
    )
    return emptied, [note]


def _is_calendar_date(value: object) -> bool:
    """Whether a cell writes a date with its month ("1-Nov", "2024-11-02"), not a weekday or a day number."""
    try:
        return parse_date(value).month is not None
    except DateError:
        return False

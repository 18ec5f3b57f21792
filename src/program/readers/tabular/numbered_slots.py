"""A grid of days by rows under numbered slots, with no clock time anywhere: MMTTC 2026's `_data/schedule.csv`.

`day,1,2,3,4` then `"Day 1 (Wednesday, 15-July-2026)",Raghavan-1,Raghavan-2,Inauguration,Ajith-1`:
each row a dated day, each column a slot by its number, each cell a lecture. The file says in what
order a day's lectures come but not when: each is an untimed item on its row's day (a `TBD` cell
is none), and `check` says the file gives no times. A day number alone ("Day 3") or a header with
a word among its numbers is no such grid, and is left to the other layouts.
"""

from __future__ import annotations

import re
from datetime import date

from program.model import Item
from program.model.ids import item_id
from program.model.text import is_placeholder_name
from program.readers.kind_labels import kind_from_title
from program.readers.notation.dates import DateError, parse_date
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.placing import TableRead

_CORNER = frozenset({"", "day", "days", "date", "dates", "tag", "jour", "día", "dia"})
_SLOT_NUMBER = re.compile(r"^\d{1,2}$")
_BRACKETED = re.compile(r"\(([^()]*)\)")
_LEAST_DAYS = 2


def numbered_slot_days(table: Table) -> dict[int, date] | None:
    """The rows (by index) and days of a grid of dated days under numbered slots, else None."""
    if not table.rows or len(table.rows) <= _LEAST_DAYS:
        return None
    header = [cell.text.strip() for cell in table.rows[0]]
    numbers = header[1:]
    if len(numbers) < 2 or header[0].casefold() not in _CORNER or not all(_SLOT_NUMBER.match(n) for n in numbers):
        return None
    if [int(n) for n in numbers] != list(range(int(numbers[0]), int(numbers[0]) + len(numbers))):
        return None
    days = {index: day for index, row in enumerate(table.rows[1:], 1) if row and (day := _row_day(row[0])) is not None}
    filled = [index for index, row in enumerate(table.rows[1:], 1) if any(cell.text.strip() for cell in row)]
    return days if len(days) >= _LEAST_DAYS and len(days) == len(filled) else None


def read_numbered_slots(table: Table) -> TableRead | None:
    """Each filled cell of a grid of days under numbered slots as an untimed item on its day, else None."""
    days = numbered_slot_days(table)
    if days is None:
        return None
    items: list[Item] = []
    placeholders = 0
    for index, day in days.items():
        for cell in table.rows[index][1:]:
            title = " ".join(cell.text.split())
            if not title:
                continue
            if is_placeholder_name(title):
                placeholders += 1
                continue
            kind = kind_from_title(title)
            items.append(Item(id=item_id(kind, title), kind=kind, title=title, source=table.where(cell), day=day))
    slots = len(table.rows[0]) - 1
    reading = (
        f"a grid of {len(days)} days (rows) under {slots} numbered slots (columns): the file gives no times, "
        "so each lecture is an untimed item on its day, in slot order",
        *([f"skipped {placeholders} placeholder cells (TBD)"] if placeholders else []),
    )
    return TableRead(items=tuple(items), problems=(), reading=reading)


def _row_day(cell: Cell) -> date | None:
    """The date a row's first cell writes, itself or in brackets ("Day 1 (Wednesday, 15-July-2026)")."""
    text = cell.text.strip()
    for written in (text, *_BRACKETED.findall(text)):
        try:
            found = parse_date(written.strip())
            if found.year is not None and found.month is not None and found.day is not None:
                return found.resolve(None)  # "Wednesday, 16-July-2026" or "31-February-2026": no day
        except DateError:
            continue
    return None

"""A table that writes another's slots again, one row a slot with all its talks in one cell: a copy, read once.

DrupalCamp Spain 2015 (a Drupal template) gives each day twice: a `session-table mobile` of one row
a slot, whose one cell lists every room's talk (`Room 1: Title Name Room 2: …`), then the grid of
`Room 1` … `Room 5` columns. Read as two tables, each slot came out once as a run-on title and
again as the grid's talks, which overlapped it. A table is such a copy of another when each of its
timed rows is at a slot of the other (same start) whose every title its text holds, and each of
the other's timed items is held so (three slots at least): the grid, which names the rooms, is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.model import Item

_FEWEST = 3


def one_row_a_slot(copy: Sequence[Item], grid: Sequence[Item]) -> bool:
    """Whether `copy`'s timed rows are `grid`'s slots written again, each row's text holding the slot's titles."""
    rows = {item.start: _text(item) for item in copy if item.start is not None}
    timed = [item for item in grid if item.start is not None]
    if len(rows) < _FEWEST or len(rows) != len(copy):  # an untimed row, or two at one time: no such copy
        return False
    slots = {item.start for item in timed}
    if slots != set(rows) or len(timed) <= len(rows):  # a copy packs several talks into a row: fewer rows
        return False
    return all(_squeezed(item.title) in rows[item.start] for item in timed if item.start is not None)


def copy_said(named: str, other: str) -> str:
    """What `check` says of the copy, by the table it copies."""
    return (
        f"{named}: its rows are the slots of {other} written again, one row a slot with each talk in one cell "
        f"(a narrow screen's copy): read from {other} only"
    )


def _text(item: Item) -> str:
    return _squeezed(" ".join((item.title, *item.people, item.abstract or "")))


def _squeezed(text: str) -> str:
    """The text as compared: without spaces (a `<br>` is one in a grid and none in a list) and case."""
    return re.sub(r"\s+", "", text).casefold()

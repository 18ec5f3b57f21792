"""A table whose header of times and tracks comes after its first rows: moved to the top, as `html_tables` reads it.

NAV IT-dagen 2022 opens its `<table>` with a caption row (`NITD 2022` across all five columns), then three
slots written across the tracks (welcome, keynote, a break), and only then the row naming the columns:
`FRA | TIL | SPEAKER - SPOR 1 | SPEAKER - SPOR 2 | SPEAKER - SPOR 3` (from, to, a speaker column per track).
Read from its first row the table has no header, and its track cells were read as one row's details. With the
header row moved first the table is tracks as rooms, as when the header leads: the rows above it keep their
order after it, each spanning the tracks it spans.

A header row is taken from below only when every filled row above it is a caption (one cell of text) or a slot
led by a time, and it names a time column and two or more columns it does not know after the times.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from program.readers.html_grid import Grid
from program.readers.notation.times import is_span
from program.readers.tabular.cells import Cell
from program.readers.tabular.columns import field_of

_TIMING = frozenset({"time", "start", "end"})
_SEARCH = 12
"""Rows looked through for the header: a caption and a morning's slots across the tracks."""


def header_first(grid: Grid, head: int, header_name: Callable[[str], str]) -> tuple[Grid, int] | None:
    """The grid with its header of times and tracks moved before the slots above it, and the header's row now.

    None when no such header comes after a slot. `head` is the first filled row; `header_name` tidies a header
    cell's text as `html_tables` does. Captions above the first slot stay above the header (a day's date).
    """
    for below in range(head + 1, min(len(grid.cells), head + _SEARCH)):
        row = grid.cells[below]
        if not _tracks_header([header_name(cell.text) if cell.text else "" for cell in row]) or is_span(row[0].text):
            continue
        slots = [r for r in range(head, below) if is_span(grid.cells[r][0].text)]
        if not slots or not all(_caption_or_slot(grid.cells[r]) for r in range(head, below)):
            return None
        moved = _moved(grid, slots[0], below)
        return (moved, slots[0]) if moved is not None else None
    return None


def _tracks_header(names: list[str]) -> bool:
    """Whether a row names a time column (a start, an end) and two or more unknown columns after it."""
    timing = [c for c, name in enumerate(names) if name and field_of(name) in _TIMING]
    unknown = [c for c, name in enumerate(names) if name and field_of(name) is None]
    return bool(timing) and len(unknown) >= 2 and all(c > max(timing) for c in unknown)


def _caption_or_slot(row: list[Cell]) -> bool:
    """An empty row, a caption (one cell of text) or a slot led by its time."""
    filled = [cell for cell in row if cell.text]
    return len(filled) <= 1 or is_span(row[0].text)


def _moved(grid: Grid, first: int, header: int) -> Grid | None:
    """The grid with row `header` moved up to row `first`; None when a span crosses either row's edge."""
    if any(r0 < edge <= r1 for r0, _, r1, _ in grid.merged for edge in (first, header, header + 1)):
        return None
    order = [*range(first), header, *(r for r in range(first, len(grid.cells)) if r != header)]
    place = {row: index for index, row in enumerate(order)}
    return Grid(
        [grid.cells[r] for r in order],
        [grid.links[r] for r in order],
        [(place[r0], c0, place[r0] + r1 - r0, c1) for r0, c0, r1, c1 in grid.merged],
        {place[r] for r in grid.header_rows},
        {(place[r], c) for r, c in grid.listed},
        {(place[r], c): parts for (r, c), parts in grid.parts.items()},
    )


_FIELD_THEN_NAME = re.compile(r"^(?P<field>[^\W\d][\w ]*?)\s+[-–—:]\s+(?P<name>\S.*)$")


def track_room(cell: Cell) -> Cell:
    """A track column's header naming what its cells hold, then the track: the track (`SPEAKER - SPOR 1` → `SPOR 1`).

    >>> track_room(Cell("SPEAKER - SPOR 1", 1)).value, track_room(Cell("Room A - Level 2", 1)).value
    ('SPOR 1', 'Room A - Level 2')
    """
    found = _FIELD_THEN_NAME.match(" ".join(cell.text.split())) if cell.text else None
    if found is None or field_of(found["field"]) not in _CONTENTS:
        return cell
    return attrs.evolve(cell, value=found["name"])


_CONTENTS = frozenset({"people", "title"})
"""What a track's cells hold, as its header may say before the track's name."""

"""Cells a merged range hides: in a date, time, room, track or type column, each reads as the range's first cell.

So does an empty title a range across one row covers: a break written over the Theme, Speaker and
Title columns (Slurm User Group 2011: `<td colspan="3">&nbsp;Coffee break</td>`) is titled by it.
"""

from __future__ import annotations

import attrs

from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import Mapping

_FILLED = ("date", "time", "start", "end", "room", "track", "kind")
"""Columns whose merged cells hold one value for every row they span (a time over the talks of its block)."""


def merged_values(table: Table, mapping: Mapping) -> dict[tuple[int, int], Cell]:
    """The cells merged ranges hide in the filled columns, each with the range's first cell."""
    columns = {column for field in _FILLED for column in mapping.columns.get(field, ())}
    hidden: dict[tuple[int, int], Cell] = {}
    titles = mapping.columns.get("title", ())
    for first_row, first_column, last_row, last_column in table.merged:
        top = table.cell(first_row, first_column) if first_row < len(table.rows) else None
        across = [column for column in titles if first_column < column <= last_column]
        if top is not None and first_row == last_row and across:
            hidden.update({(first_row, column): top for column in across})
        if top is None or first_column not in columns or first_column != last_column:
            continue
        for row in range(first_row + 1, last_row + 1):
            hidden[(row, first_column)] = top
    return hidden


def unmerged(cells: tuple[Cell, ...], index: int, merged: dict[tuple[int, int], Cell]) -> tuple[Cell, ...]:
    """Row `index`'s cells, each that a merged range hides holding the range's first cell's value."""
    if not merged:
        return cells
    return tuple(
        attrs.evolve(cell, value=merged[(index, column)].value) if (index, column) in merged else cell
        for column, cell in enumerate(cells)
    )

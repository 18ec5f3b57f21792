"""Cells a merged range hides: in a date, room, track or type column, each reads as the range's first cell."""

from __future__ import annotations

import attrs

from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import Mapping

_FILLED = ("date", "room", "track", "kind")
"""Columns whose merged cells hold one value for every row they span."""


def merged_values(table: Table, mapping: Mapping) -> dict[tuple[int, int], Cell]:
    """The cells merged ranges hide in the filled columns, each with the range's first cell."""
    columns = {column for field in _FILLED for column in mapping.columns.get(field, ())}
    hidden: dict[tuple[int, int], Cell] = {}
    for first_row, first_column, last_row, last_column in table.merged:
        top = table.cell(first_row, first_column) if first_row < len(table.rows) else None
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

"""A grid that names its rooms again partway down: each such row heads the rows below it (Inmunología 2016).

Inmunología 2016's day tables open with TURNO | SALA A | SALA B | SALA C, then write `| Sala A | Sala B |
Sala C` again over the morning's parallel talks (once beside a time of its own, `09:00am - 09:15am`) and
`TARDE | Sala A | Sala B | Sala C` over the afternoon's. Read under the first header, those rows were items
titled `Sala A`; they are headers: the rooms below them are named as they write them, and their own
first cell (a shift's name, the time of the room change) is no slot.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from program.readers.base import ReadContext
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.grid import Grid, find_grid, read_grid
from program.readers.tabular.placing import TableRead


def read_grid_blocks(table: Table, grid: Grid, context: ReadContext) -> TableRead:
    """The grid read a block under each row that names its rooms again; as one grid when none does, or one fails."""
    rooms = [name.casefold() for _, name in grid.rooms]
    cuts = [index for index in range(grid.header + 1, len(table.rows)) if _names(table.rows[index], grid) == rooms]
    blocks = [_block(table, start, end) for start, end in zip([0, *cuts], [*cuts, len(table.rows)], strict=True)]
    grids = [find_grid(block, least=1) for block in blocks[1:]]
    if not cuts or len(rooms) < 2 or any(found is None or len(found.rooms) != len(rooms) for found in grids):
        return read_grid(table, grid, context)
    reads = [read_grid(blocks[0], grid, context)]
    reads.extend(read_grid(block, found, context) for block, found in zip(blocks[1:], grids, strict=True) if found)
    reading = list(reads[0].reading)
    for block, read in zip(blocks[1:], reads[1:], strict=True):
        reading.extend(f"from line {block.rows[0][1].line}, its rooms named again: {line}" for line in read.reading)
    return TableRead(
        tuple(item for read in reads for item in read.items),
        tuple(problem for read in reads for problem in read.problems),
        tuple(reading),
    )


def _names(cells: Sequence[Cell], grid: Grid) -> list[str]:
    return [cells[column].text.casefold() if column < len(cells) else "" for column, _ in grid.rooms]


def _block(table: Table, start: int, end: int) -> Table:
    """Rows `start` to `end` as a table of their own; a block under a repeated header loses its corner (`TARDE`)."""
    rows = list(table.rows[start:end])
    if start and rows[0]:
        rows[0] = (attrs.evolve(rows[0][0], value=""), *rows[0][1:])
    merged = tuple(
        (first - start, left, min(last, end - 1) - start, right)
        for first, left, last, right in table.merged
        if start <= first < end and not (start and first == start and left == 0)
    )
    return attrs.evolve(table, rows=tuple(rows), merged=merged)

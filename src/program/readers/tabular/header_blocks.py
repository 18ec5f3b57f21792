"""A table whose blocks have headers of their own: PROBPROG 2021's panel under `Panel Title`, `Panelists`.

PROBPROG 2021's CSV writes each session as a block under its day's row and a header; three of
its four headers are one (`…,Presenter,Email,Institution,Title,…`), the panel's names other
columns (`…,Description,Panel Title,,Panelists`). Read under the first header, the panel's title
and panelists were taken for a presenter and an institution. A header that differs from the
one above it starts a block read under its own names, with the rows above it that are no data
(its day's row) as its top; a header written again as it was is no block.
"""

from __future__ import annotations

import attrs

from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import Mapping, header_fields, is_header


def header_blocks(table: Table, mapping: Mapping) -> list[Table]:
    """The table cut where a header differing from the block's own starts; [table] when none does."""
    if mapping.header is None:
        return [table]
    first = _names(table.rows[mapping.header])
    starts, own = [0], first
    for index in range(mapping.header + 1, len(table.rows)):
        cells = table.rows[index]
        names = _names(cells)
        if names != own and _differs(own, names) and _kin(first, names) and is_header(header_fields(cells)):
            starts.append(_top(table, index, starts[-1]))
            own = names
    if len(starts) == 1:
        return [table]
    ends = [*starts[1:], len(table.rows)]
    return [attrs.evolve(table, rows=table.rows[start:end]) for start, end in zip(starts, ends, strict=True)]


def _names(cells: tuple[Cell, ...]) -> tuple[str, ...]:
    return tuple(cell.text for cell in cells)


def _differs(own: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Whether a header names other fields than the block's: the same names written again are no new block."""
    return [name for name in names if name] != [name for name in own if name]


def _kin(first: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Whether a row shares half its names with the table's first header: a header of a block, not a data row.

    Netdev 0x16's rows hold a talk's "Talk" type and an "author" role among their values: no header.
    """
    written = [name for name in names if name]
    return bool(written) and sum(1 for name in written if name in first) * 2 >= len(written)


def _top(table: Table, header: int, floor: int) -> int:
    """Where a block whose header is at `header` starts: above it, after the last row of two cells or more."""
    top = header
    while top - 1 > floor and sum(1 for cell in table.rows[top - 1] if cell.text) <= 1:
        top -= 1
    return top

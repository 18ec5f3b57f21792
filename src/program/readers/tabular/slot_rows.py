"""A row without a time between two rows of one slot: a parallel item of that slot, not an untimed one.

The Semana Acadêmica CPPP 2026 sheet writes its evening's four parallel talks as rows of
`21:20 - 22:30`, and one of them, a round table, without its time (line 12, between two such rows).
"""

from __future__ import annotations

import attrs

from program.readers.tabular.cells import Table
from program.readers.tabular.rows import RowsRead


def in_slots_between(read: RowsRead, table: Table) -> RowsRead:
    """The rows, each untimed one between two rows of the same day and time range given that range (and said)."""
    rows = list(read.rows)
    notes: list[str] = []
    for at in range(1, len(rows) - 1):
        before, row, after = rows[at - 1], rows[at], rows[at + 1]
        if row.span is not None or before.span is None or before.span.end is None:
            continue
        if after.span != before.span or after.day != before.day or (row.day not in (None, before.day)):
            continue
        rows[at] = attrs.evolve(row, span=before.span, day=before.day)
        notes.append(f"{table.describe(row.cells[0])} (no time, between two rows of one slot: in that slot)")
    if not notes:
        return read
    return attrs.evolve(read, rows=tuple(rows), notes=(*read.notes, *notes))

"""An "end" column that holds lengths ("0:30", "0:35"), not clock times: read as a duration column."""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.readers.tabular.cells import Cell, Table

_CLOCK = re.compile(r"^(?P<hours>\d{1,2}):(?P<minutes>\d{2})$")
_SHORT = 5 * 60
"""A length longer than this is no talk's or break's: an end column with one is clock times."""
_AT_LEAST = 3
"""Fewer rows than this say too little to read a column as lengths."""


def _minutes(cell: Cell) -> int | None:
    found = _CLOCK.match(cell.text.strip()) if isinstance(cell.value, str) else None
    return int(found["hours"]) * 60 + int(found["minutes"]) if found else None


def with_duration_ends(
    table: Table, header: int, cells: Sequence[Cell], fields: dict[str, tuple[int, ...]]
) -> tuple[dict[str, tuple[int, ...]], str | None]:
    """The fields, the end column as the duration when its values are lengths; and what was decided, said.

    MageTitans 2024 writes `8:30,0:30,social,,Welcome` under `start,end`: read as clock times,
    19 of 20 items ended after midnight. Ends that are short (under 5 hours) and earlier than
    their starts on most rows are lengths; an evening's one item past midnight is not enough.
    """
    if "duration" in fields or len(fields.get("start", ())) != 1 or len(fields.get("end", ())) != 1:
        return fields, None
    start, end = fields["start"][0], fields["end"][0]
    pairs = [
        (_minutes(row[start]), _minutes(row[end]))
        for row in table.rows[header + 1 :]
        if max(start, end) < len(row) and row[end].text.strip()
    ]
    if len(pairs) < _AT_LEAST or any(a is None or b is None or b > _SHORT for a, b in pairs):
        return fields, None
    before = sum(1 for a, b in pairs if a is not None and b is not None and b < a)
    if before * 2 <= len(pairs):
        return fields, None
    lengths = {**{k: v for k, v in fields.items() if k != "end"}, "duration": (end,)}
    said = (
        f"{cells[end].text!r} holds lengths, not clock times: earlier than the start on {before} of "
        f"{len(pairs)} rows, none over {_SHORT // 60} hours; read as durations"
    )
    return dict(sorted(lengths.items(), key=lambda pair: pair[1][0])), said

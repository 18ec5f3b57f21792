"""Time columns named by their zone: PROBPROG 2021 writes each slot's start three times, `BST,EDT,PDT`.

Such a header names no Time column, and its times were not read at all. A column whose name is
only a zone's abbreviation ("EDT", "UTC") is a start time in that zone. Of several, the one in
the zone the program is read in is taken (its times are then that zone's wall clock, as every
other sheet's); else the first, its times read in the zone it names (the same moments).
"""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

import attrs

from program.readers.lines.days import AFTER_TIMES
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import Mapping


def zone_columns(cells: Sequence[Cell]) -> list[tuple[int, str, ZoneInfo]]:
    """The header's columns named by a zone's abbreviation alone: (column, name, zone)."""
    return [
        (index, cell.text.strip(), ZoneInfo(AFTER_TIMES[cell.text.strip().upper()]))
        for index, cell in enumerate(cells)
        if isinstance(cell.value, str) and cell.text.strip().upper() in AFTER_TIMES
    ]


def with_zone_column(table: Table, mapping: Mapping, zone: ZoneInfo | None) -> tuple[Mapping, ZoneInfo | None, str]:
    """The mapping with a zone-named column as the start when no column gives times; its zone; the reading line.

    Returns the mapping unchanged, None and "" when the table has a time column or no zone-named one.
    """
    if mapping.header is None or {"time", "start"} & mapping.columns.keys():
        return mapping, None, ""
    named = zone_columns(table.rows[mapping.header])
    if not named:
        return mapping, None, ""
    column, name, column_zone = next((one for one in named if one[2] == zone), named[0])
    columns = dict(sorted({**mapping.columns, "time": (column,)}.items(), key=lambda pair: pair[1][0]))
    names = (*mapping.names, (name, "time"))
    others = ", ".join(other for _, other, _ in named)
    said = f"times from the column {name!r} ({column_zone.key}), of the columns naming a zone: {others}"
    return attrs.evolve(mapping, columns=columns, names=names), column_zone, said

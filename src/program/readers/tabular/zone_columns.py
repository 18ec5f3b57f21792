"""Times whose zone their column or their cells name: `BST,EDT,PDT` (PROBPROG 2021), `2:30 PM EDT` (EHEC).

PROBPROG 2021 writes each slot's start three times, under `BST`, `EDT` and `PDT`: such a header
names no Time column, and its times were not read at all. A column whose name is only a zone's
abbreviation ("EDT", "UTC") is a start time in that zone. Of several, the one in the zone the
program is read in is taken (its times are then that zone's wall clock, as every other sheet's);
else the first, its times read in the zone it names (the same moments).

The EHEC seminars write every time with its zone, `2:30 PM EDT`, which no clock notation reads:
when every such cell names the same zone, the zone is taken off the cells and the times are read
in it. Either names the sheet's zone when nothing else does (`zone_rows`), with a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import attrs

from program.model.zones import place_zone
from program.readers.base import ReadContext
from program.readers.lines.days import AFTER_TIMES
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import Mapping, normal_name

_SUFFIXED = re.compile(
    rf"^(?P<clock>\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.?\s?m\.?)?)\s+(?P<zone>{'|'.join(AFTER_TIMES)})$", re.IGNORECASE
)
"""A clock time followed by a zone's abbreviation: "2:30 PM EDT", "14:00 CET", "9am PT" is not one (no PT)."""
_ZONE_NAMES = frozenset({"timezone", "time zone", "tz", "zone", "zeitzone", "fuseau horaire"})
"""Column names of a zone written on every row ("timezone": "JST", unofficial SIGGRAPH Asia 2024 data)."""
_SCANNED = 400
"""How many rows are looked at for zone-suffixed times: enough for a season of seminars, bounded for a huge sheet."""


def zone_value(text: str) -> ZoneInfo | None:
    """The zone a cell names: an IANA name ("Asia/Tokyo", "UTC") or an abbreviation ("JST"); None for others."""
    written = text.strip()
    if written.upper() in AFTER_TIMES:
        return ZoneInfo(AFTER_TIMES[written.upper()])
    try:
        return place_zone(written)
    except ValueError:
        return None


def zone_value_column(table: Table, header: Sequence[Cell]) -> tuple[ZoneInfo, Cell, str] | None:
    """The one zone a time-zone column names on every filled row under `header`, its first cell and its name.

    A column of several zones (a program across places), or with anything else in it, names none.
    """
    columns = [index for index, cell in enumerate(header) if normal_name(cell.text) in _ZONE_NAMES]
    if len(columns) != 1:
        return None
    start = next(number for number, cells in enumerate(table.rows) if cells is header) + 1
    cells = [cells[columns[0]] for cells in table.rows[start : start + _SCANNED] if len(cells) > columns[0]]
    filled = [cell for cell in cells if isinstance(cell.value, str) and cell.text.strip()]
    zones = {zone_value(cell.text) for cell in filled}
    zone = zones.pop() if len(zones) == 1 else None
    return (zone, filled[0], header[columns[0]].text) if zone is not None else None


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


def suffixed_zone(table: Table) -> tuple[ZoneInfo, Cell] | None:
    """The zone every zone-suffixed time cell of the table names, and the first such cell; None when none or several."""
    found = [
        (match["zone"].upper(), cell)
        for cells in table.rows[:_SCANNED]
        for cell in cells
        if isinstance(cell.value, str) and (match := _SUFFIXED.match(cell.text.strip())) is not None
    ]
    zones = {AFTER_TIMES[name] for name, _ in found}
    return (ZoneInfo(zones.pop()), found[0][1]) if len(zones) == 1 else None


def without_zone_suffixes(table: Table) -> tuple[Table, ZoneInfo | None]:
    """The table with each time cell's zone taken off when all name one zone ("2:30 PM EDT" → "2:30 PM"); the zone."""
    named = suffixed_zone(table)
    if named is None:
        return table, None

    def bare(cell: Cell) -> Cell:
        match = _SUFFIXED.match(cell.text.strip()) if isinstance(cell.value, str) else None
        return attrs.evolve(cell, value=match["clock"]) if match is not None else cell

    rows = tuple(tuple(bare(cell) for cell in cells) for cells in table.rows)
    return attrs.evolve(table, rows=rows), named[0]


def zoned_times(
    table: Table, mapping: Mapping, context: ReadContext, suffix_zone: ZoneInfo | None
) -> tuple[Mapping, ReadContext, str]:
    """The mapping (a zone column as the start), the context to place the times in, and the reading line.

    The times are the wall clock of the zone their column or cells name; given another zone, the
    program is still shown in it. Without one, the zone is left unset and the sheet asks for it
    (the CSV and workbook readers have taken it from the sheet first: `zone_rows`).
    """
    mapping, column_zone, said = with_zone_column(table, mapping, context.timezone)
    if (named := column_zone or suffix_zone) is not None and context.timezone not in (None, named):
        context = attrs.evolve(context, timezone=named)
    return mapping, context, said

"""A row of its own that names the times' zone: "(GMT+1 Time)", "All times CEST".

Mutation 2024's `_data/program.csv` writes `(GMT+1 Time)` in the Time column under its
header, alone on its row. Such a row is no section: it says what the times mean. Without
--timezone the times are read in the zone it names (an offset is a fixed one, without summer
time, and the warning says so and how to give the place's zone); with a zone given that
disagrees with it at the first time, the zone given is followed and the warning names both.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import attrs

from program.model import Item, Problem, Severity
from program.model.zones import zone_label
from program.readers.base import ReadContext
from program.readers.lines.days import zones_named
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import HEADER_SEARCH, header_fields, is_header
from program.readers.tabular.zone_columns import suffixed_zone, zone_columns, zone_value_column

_SEARCHED = 30
"""How many rows from the top may say the zone (a title, the header, the first rows under it)."""
_LONGEST = 60
"""A longer lone cell is a heading or a note that happens to name a zone, not a statement of it."""


@attrs.frozen
class ZoneRow:
    """The row that names the table's zone.

    Attributes:
        zone: the zone it names (Etc/GMT-1 for "GMT+1").
        words: its text.
        cell: its cell, for its place.
    """

    zone: ZoneInfo
    words: str
    cell: Cell
    what: str = "row"
    """What names the zone: a row of its own, a column's name ("BST"), a time-zone column's one value ("JST"),
    or the times themselves ("2:30 PM EDT")."""
    row: tuple[Cell, ...] = ()
    """For a column, the header row it heads."""
    column: str = ""
    """For a time-zone column, its name."""


def zone_said(cells: Sequence[Cell]) -> ZoneInfo | None:
    """The zone a row names when it holds one short cell that names one ("(GMT+1 Time)"), else None."""
    filled = [cell for cell in cells if cell.text]
    if len(filled) != 1 or len(filled[0].text) > _LONGEST:
        return None
    named = zones_named(filled[0].text)
    return named[0][0] if named else None


def zone_row(table: Table) -> ZoneRow | None:
    """The first row of the table's top that names a zone, alone (see `zone_said`); None when none does."""
    for cells in table.rows[:_SEARCHED]:
        zone = zone_said(cells)
        if zone is not None:
            cell = next(cell for cell in cells if cell.text)
            return ZoneRow(zone, cell.text, cell)
    for cells in table.rows[:HEADER_SEARCH]:
        if not is_header(header_fields(cells)):
            continue
        if named := zone_columns(cells):  # a header's column named by a zone ("BST,EDT,PDT": the first)
            index, name, zone = named[0]
            return ZoneRow(zone, name, cells[index], "column", cells)
        if (valued := zone_value_column(table, cells)) is not None:  # "timezone": "JST" on every row
            return ZoneRow(valued[0], valued[1].text, valued[1], "time-zone column", cells, valued[2])
    if (suffixed := suffixed_zone(table)) is not None:  # "2:30 PM EDT" in every time cell
        return ZoneRow(suffixed[0], suffixed[1].text, suffixed[1], "time")
    return None


def zone_context(context: ReadContext, table: Table) -> tuple[ReadContext, tuple[Problem, ...]]:
    """The context with the zone the table's zone row names when none is given, and the warning that says so."""
    found = zone_row(table)
    if found is None or context.timezone is not None:
        return context, ()
    if found.what == "time-zone column" and found.zone.key == found.words.strip():
        return attrs.evolve(context, timezone=found.zone), ()  # a place's own zone ("Europe/Berlin"): nothing to doubt
    fixed = found.zone.key.startswith("Etc/") or found.zone.key == "UTC"
    how = (
        f"at {zone_label(found.zone.key)}, a fixed UTC offset (no summer time)"
        if fixed
        else f"in {found.zone.key}, the zone it names"
    )
    message = (
        f"the sheet's {found.what} {found.words!r} names the times' zone: they are read {how}; to read them in the "
        "place's own zone, pass --timezone Area/City (or set timezone in a program file)"
    )
    warning = Problem(Severity.WARNING, "no-time-zone", message, table.where(found.cell))
    return attrs.evolve(context, timezone=found.zone), (warning,)


def zone_reading(given: ReadContext, table: Table) -> tuple[str, ...]:
    """The line `program check` prints for a zone a time-zone column names when none was given."""
    found = zone_row(table) if given.timezone is None else None
    if found is None or found.what != "time-zone column":
        return ()
    return (f"zone: {found.zone.key} (from the column {found.column!r}: {found.words!r})",)


def zone_disagrees(context: ReadContext, table: Table, items: Sequence[Item]) -> tuple[Problem, ...]:
    """A warning when the zone given (--timezone, a program file) is not at the zone row's offset at the first time."""
    found = zone_row(table)
    first = min((item.start for item in items if item.start is not None), default=None)
    if found is None or first is None or context.timezone is None or context.timezone == found.zone:
        return ()
    if found.what == "column" and any(zone == context.timezone for _, _, zone in zone_columns(found.row)):
        return ()  # the column in the zone given is the one read (`zone_columns`)
    given, named = _offset(first, context.timezone), _offset(first, found.zone)
    if given == named:
        return ()
    # a row says what the times mean and the zone given wins; a zone column or a zone after each time is the
    # times' own zone, read as written and shown in the zone given
    says_meaning = found.what in ("row", "time-zone column")
    read_in = context.timezone.key if says_meaning else f"{found.zone.key}, shown in {context.timezone.key}"
    message = (
        f"the sheet's {found.what} {found.words!r} names the times' zone ({named}), but the zone given, "
        f"{context.timezone.key}, is {given} on {first:%Y-%m-%d}: the times are read in {read_in}"
    )
    return (Problem(Severity.WARNING, "zone-offset-mismatch", message, table.where(found.cell)),)


def _offset(moment: datetime, zone: ZoneInfo) -> str:
    offset = moment.astimezone(zone).utcoffset() or timedelta()
    minutes = int(offset.total_seconds() // 60)
    hours, minute = divmod(abs(minutes), 60)
    return f"UTC{'-' if minutes < 0 else '+'}{hours:02d}:{minute:02d}"

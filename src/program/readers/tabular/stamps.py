"""Timestamps written whole in a time column: "2020-03-30 10:00:00+00:00", "2021-11-09 14:00:00 +08:00".

Also "2024-05-01T09:30:00" (no offset) and "2021-11-10 9:00:00 +08:00" (ACML 2021's school, a Jekyll CSV):
the notations `notation.moments` reads.

Neuromatch 2020's agenda (written by pandas) gives each talk's `starttime` and `endtime` as an
ISO timestamp with seconds and a UTC offset. Such a cell is read as the moment it names; one
with an offset is moved into the program's zone, so its day and clock are the zone's. The
cells keep their places.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import attrs

from program.model.zones import zone_label
from program.readers.base import ReadContext
from program.readers.notation.moments import written_moment
from program.readers.tabular.cells import Table
from program.readers.tabular.columns import Mapping
from program.readers.tabular.placing import needs_zone

_TIMED = ("time", "start", "end")


def _stamp(value: object) -> datetime | None:
    return written_moment(value) if isinstance(value, str) else None


def stamp_offsets(table: Table) -> tuple[timedelta, ...]:
    """The UTC offsets of the table's timestamps, to show a sheet that names no zone at them; () when one has none.

    Neuromatch 2020's agenda writes `+00:00` on all 236 times: a zone need not be asked for then
    (`offset_context`). A timestamp without an offset beside them leaves the zone to be asked.
    """
    moments = [moment for cells in table.rows for cell in cells if (moment := _stamp(cell.value)) is not None]
    offsets = [moment.utcoffset() for moment in moments]
    return () if None in offsets else tuple(offset for offset in offsets if offset is not None)


def read_stamps(table: Table, mapping: Mapping, context: ReadContext) -> tuple[Table, tuple[str, ...]]:
    """The table with its time columns' timestamps read as moments, and what `program check` says of it.

    Raises:
        UsageError: when a timestamp has an offset and the context no zone to show it in.
    """
    columns = {column for field in _TIMED for column in mapping.columns.get(field, ())}
    found = [
        (index, column, moment)
        for index, cells in enumerate(table.rows)
        for column in columns
        if column < len(cells) and (moment := _stamp(cells[column].value)) is not None
    ]
    if not found:
        return table, ()
    aware = any(moment.tzinfo is not None for _, _, moment in found)
    zone = needs_zone(table, context) if aware else None
    rows = [list(cells) for cells in table.rows]
    for index, column, moment in found:
        moved = moment.astimezone(zone) if zone is not None and moment.tzinfo is not None else moment
        rows[index][column] = attrs.evolve(rows[index][column], value=moved)
    # "shown in UTC+08:00", not "Etc/GMT-8", whose sign reads backwards (ACML 2021's school)
    shown = None if zone is None else zone_label(zone.key) if zone.key.startswith("Etc/GMT") else zone.key
    said = f"{len(found)} timestamps read as moments" + (f", shown in {shown}" if shown else "")
    return attrs.evolve(table, rows=tuple(tuple(cells) for cells in rows)), (said,)

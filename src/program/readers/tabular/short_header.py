"""A header one name short: rows of one value more, a named column holding date-times its name is not.

AAJA 2025's `schedule.csv` (written from the Guidebook API) names six columns, `id,name,day,time,
locations,schedule_tracks`, over rows of seven: `…,7:30 AM PDT,2025-07-30T14:30:00.000000+0000,
REDWOOD,Training`. The start's moment has no name, so `locations` stands over the moments, the rooms
under `schedule_tracks` and the tracks under no name: read as written, no room was read. When every
row holds one value more than the header names, the last under no name, and a column named for a
field that is no time (a room, a track) holds nothing but date-times, the names from that column on
belong one column to the right: the date-times are a column left out of the header, each row's
start (whole moments: `--date` is not needed for the `day` column's `Wed 7/30`), unless the header
names a start column already.
"""

from __future__ import annotations

from program.readers.notation.moments import written_moment
from program.readers.tabular.cells import Cell, Table, column_letter
from program.readers.tabular.columns import HEADER_SEARCH, field_of, header_fields, is_header

_TIMING = frozenset({"date", "time", "start", "end", "end_date", "duration"})
_LEAST_ROWS = 3
"""So many rows, all one value wider than the header, say it is short; one or two may be stray commas."""


def header_one_short(table: Table) -> tuple[Table, tuple[str, ...]]:
    """The table with an unnamed column put in its header where its names fall a column short, and what `check` says.

    The table as it is, and nothing, when its header is not so.
    """
    header = next(
        (index for index, cells in enumerate(table.rows[:HEADER_SEARCH]) if is_header(header_fields(cells))), None
    )
    if header is None:
        return table, ()
    cells = table.rows[header]
    width = max((column + 1 for column, cell in enumerate(cells) if cell.text), default=0)
    rows = [row for row in table.rows[header + 1 :] if any(cell.text for cell in row)]
    if len(rows) < _LEAST_ROWS or any(len(row) != width + 1 for row in rows) or not any(row[-1].text for row in rows):
        return table, ()
    for column in range(width):
        if field_of(cells[column].text) in (None, *_TIMING):
            continue
        values = [row[column].text for row in rows if row[column].text]
        if values and all(written_moment(value) is not None for value in values):
            line = cells[column].line
            started = "start" in header_fields(cells)
            name = None if started else "start"
            shifted = (*cells[:column], Cell(name, line, cells[column].label), *cells[column:width])
            said = (
                f"the header names {width} columns over rows of {width + 1}: column {column_letter(column)} "
                f"holds date-times ({values[0]!r}, …), no {cells[column].text!r}"
                f"{'' if started else ', read as the start'}: the names from {cells[column].text!r} on "
                "are read one column to the right"
            )
            rows_of = (*table.rows[:header], shifted, *table.rows[header + 1 :])
            return Table(table.source, rows_of, table.sheet, table.merged), (said,)
    return table, ()

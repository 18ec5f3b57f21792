"""A Building column beside a Room column: the room an item is in is both, "Building — Room".

ISA Oxford 2026's overview.csv writes `Building` (`Saïd Business School`, `Rhodes House`) and `Room`
(`SBS Foyer`, `Rhodes House`, or empty) apart, and the organisers' own site joins them into each
event's room (its code/4generate_json.R, `combine_location`): both with " — " between, the one
given when the other is empty, once when they are the same (`Rhodes House`). A room read alone
loses the building (`Various`, `NMLT`), and the building column was said not read. The room
column's header says what was joined: `Room (Building — Room)`.
"""

from __future__ import annotations

from program.readers.tabular.cells import Table
from program.readers.tabular.columns import HEADER_SEARCH, field_of, header_fields, is_header, normal_name
from program.readers.tabular.names import with_cell

_BUILDING = frozenset({"building", "gebäude", "gebaeude", "bâtiment", "batiment", "edificio", "edifício"})
"""Header names of the building a room is in (English, German, French, Spanish, Portuguese)."""


def join_building_rooms(table: Table) -> Table:
    """The table with its one Building column joined into its Room column, or the table as it is."""
    for index, cells in enumerate(table.rows[:HEADER_SEARCH]):
        fields = header_fields(cells)
        if not is_header(fields):
            continue
        buildings = [column for column, cell in enumerate(cells) if normal_name(cell.text) in _BUILDING]
        rooms = [column for column, cell in enumerate(cells) if field_of(cell.text) == "room"]
        if len(buildings) != 1 or len(rooms) != 1:
            return table
        return _joined(table, index, buildings[0], rooms[0])
    return table


def place(building: str, room: str) -> str | None:
    """One place of a building and a room, as the ISA site writes it.

    >>> place("Saïd Business School", "SBS Foyer"), place("Rhodes House", "Rhodes House"), place("Offsite", "")
    ('Saïd Business School — SBS Foyer', 'Rhodes House', 'Offsite')
    """
    if not building or not room:
        return building or room or None
    return building if building.casefold() == room.casefold() else f"{building} — {room}"


def _joined(table: Table, header: int, building: int, room: int) -> Table:
    rows = list(table.rows)
    said = f"{rows[header][room].text} ({rows[header][building].text} — {rows[header][room].text})"
    rows[header] = with_cell(with_cell(rows[header], room, said), building, None)
    for index in range(header + 1, len(rows)):
        cells = rows[index]
        parts = [cells[column].text if column < len(cells) else "" for column in (building, room)]
        rows[index] = with_cell(with_cell(cells, room, place(*parts)), building, None)
    return Table(table.source, tuple(rows), table.sheet, table.merged)

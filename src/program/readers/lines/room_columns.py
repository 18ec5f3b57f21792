"""Rows of a table with a column per room ("Time | Room A | Room B"), as pipe rows or joined with " · ".

A page copied as text may join each row's cells with " · " (``09:00 · 10:00 · Talk 1 ·
Workshop 1``); after a header row of that shape (a time column first) such lines are rows.
Each room's cell is a slot in that room. A row with fewer cells than the header (a cell that
spanned the rooms, its span lost in the copy) or only one room's cell filled is one slot for
every room (no room), but for a talk naming its speaker beside rooms marked empty (`-`); a table of one room's
column ("Hora | Sala Machinalis") puts each row in that room. The same title in the same room on consecutive rows
is one slot (a workshop written again in each row of its track).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from program.readers.base import Line
from program.readers.lines.bold_title import bold_title_then_names
from program.readers.lines.day_columns import Placed
from program.readers.lines.day_ends import END, ends_last
from program.readers.lines.entry import read_slot_text
from program.readers.lines.markup import CleanLine
from program.readers.lines.rows import Header
from program.readers.lines.slots import Slot
from program.readers.notation.times import TimeSpan, end_after

DOT = " · "


def dotted_cells(text: str, header: Header | None) -> list[str] | None:
    """A line's cells when it is a row joined with " · " under a header of that shape; else None."""
    if header is None or not header.rooms or DOT not in text:
        return None
    return [cell.strip() for cell in text.split(DOT)]


def room_cells(header: Header, cells: Sequence[str]) -> list[tuple[str | None, str]]:
    """The (room, text) of each slot a row holds: one per filled room cell, or one without a room.

    >>> header = Header({"start": 0, "end": 1}, {2: "Talks", 3: "Workshops"})
    >>> room_cells(header, ["10:00", "10:30", "Talk 1", "Workshop 1"])
    [('Talks', 'Talk 1'), ('Workshops', 'Workshop 1')]
    >>> room_cells(header, ["09:00", "09:15", "Conference Opening"])
    [(None, 'Conference Opening')]
    >>> room_cells(header, ["11:30", "12:00", "Café", "-"])
    [(None, 'Café')]
    >>> room_cells(Header({"time": 0}, {1: "Sala Machinalis"}), ["11:10", "Break"])  # a table of one room
    [('Sala Machinalis', 'Break')]
    >>> room_cells(header, ["11:30", "12:00", "Data Science - *Ada Lovelace*", "-"])
    [('Talks', 'Data Science - *Ada Lovelace*')]
    """
    filled = [
        (room, cells[index]) for index, room in header.rooms.items() if index < len(cells) and _filled(cells[index])
    ]
    if len(filled) == 1 and _given_talk(header, cells, filled[0][1]):
        return [(filled[0][0], filled[0][1])]
    if len(cells) < max(header.rooms) + 1 or len(filled) == 1:
        rest = [cell for index, cell in enumerate(cells) if index not in header.columns.values() and _filled(cell)]
        return [(None, " - ".join(rest))] if rest else []
    return [(room, text) for room, text in filled]


def _given_talk(header: Header, cells: Sequence[str], text: str) -> bool:
    """Whether a row's one filled room cell is a talk in that room: a table of one room, or the other rooms dashed.

    SciPy LA 2015 dashes its second room (`| 14:20 – 15:00 | Bokeh: … - *Damián Avila* | - |`) on every row but
    one: a talk that names its speaker is given in its own room. A break or a welcome alone in its row
    (`| Café | - |`, BilboStack 2025) is still everyone's.
    """
    if len(header.rooms) == 1:
        return True
    if len(cells) <= max(header.rooms):
        return False
    if not all(cells[index].strip() for index in header.rooms):  # a blank beside it: a cell spanning rooms
        return False
    return bool(read_slot_text(text).people)


def _filled(cell: str) -> bool:
    """Whether a room's cell holds a slot: a dash alone marks it empty ("| Café | - |", BilboStack 2025)."""
    return bool(cell.strip(" -–—"))


def column_slots(slots: list[Slot], line: Line, notes: tuple[str, ...], cells: list[Placed], text: CleanLine) -> None:
    """Add a row's slot per room's or day's cell; a cell repeating its column's slot just before extends it."""
    for room, day, cell, span in cells:
        if room is None and END.match(cell) and ends_last(slots, day, span, notes):
            continue  # "| 17:30 | Ende |  |" (SEUH 2022): the end of the row before
        slot = bold_title_then_names(cell, text.mentions) or read_slot_text(cell, text.mentions)
        previous = next((s for s in reversed(slots) if s.location == room and s.day == day), None)
        if (
            previous is not None
            and previous.text.title == slot.title
            and previous.span.end_minutes == span.start.minutes
            and span.end is not None
        ):
            ends = TimeSpan(previous.span.start, span.end, end_after(previous.span.start, span.end))
            slots[slots.index(previous)] = attrs.evolve(previous, span=ends)
            continue
        slots.append(Slot(line, span, slot, day, text.links, notes, location=room))

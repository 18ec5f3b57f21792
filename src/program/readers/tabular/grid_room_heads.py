"""A grid's timed row that names rooms, over an untimed row holding what runs in them at its time.

Inmunología 2016 writes a lunch symposium as `12:25 pm - 01:25 pm | Salas A y B | Sala C` (the rooms
it fills, `Salas A y B` across two columns), then a row without a time: `Symposium: Mead Johnson
Nutrition` under `Salas A y B`, nothing under `Sala C`. The rooms were read as two items and the
symposium skipped (a row without a time); now the symposium is the item, at the named row's time,
in the room its head names, and the head's cells are no items.

A grid's rooms may have a head of their own, too: KasaiCon 2022 writes `Gamingroom` across its consoles'
columns (Switch, PS4, XBox, Gamecube), a row above the header; a cell across all of them is in that room.

And a grid's one head may name no room at all: Kuzeyde Yarıyıl 2023 heads each day's table `13 Ocak Cuma |
Etkinlik` (the day over the times, "Activity" over the titles); every item was in the room `Etkinlik`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from program.readers.lines.rooms import names_room
from program.readers.notation.dates import DateError, parse_date
from program.readers.tabular.cells import Table
from program.readers.tabular.columns import field_of


def room_heads(
    table: Table, rooms: Collection[int], timed: Collection[int], spans: Mapping[tuple[int, int], tuple[int, int]]
) -> dict[int, dict[int, str]]:
    """Each untimed row under a timed row whose filled cells all name rooms: its room a column, by its row.

    `rooms` are the grid's room columns, `timed` its rows with a time, `spans` each merged cell's last
    row and column by its first. Only a row whose filled cells all sit under the head's cells.
    """
    found: dict[int, dict[int, str]] = {}
    for index in sorted(timed):
        below = index + 1
        if below >= len(table.rows) or below in timed:
            continue
        heads = {column: cell.text for column in rooms if (cell := table.cell(index, column)) is not None and cell.text}
        if not heads or not all(names_room(text) for text in heads.values()):
            continue
        under = {
            column: text
            for head, text in heads.items()
            for column in range(head, spans.get((index, head), (index, head))[1] + 1)
        }
        filled = [column for column in rooms if (cell := table.cell(below, column)) is not None and cell.text]
        if filled and all(column in under for column in filled):
            found[below] = {column: under[column] for column in filled}
    return found


def group_room(table: Table, header: int, first: int, last: int) -> str | None:
    """The name one cell above the header writes across its rooms' columns, first to last, else None."""
    if header == 0:
        return None
    above = header - 1
    named = [(column, cell.text) for column, cell in enumerate(table.rows[above]) if column and cell.text]
    spanning = any(r0 == above and c0 <= first and last <= c1 for r0, c0, _, c1 in table.merged)
    return named[0][1] if len(named) == 1 and spanning and not _writes_date(named[0][1]) else None


def _writes_date(text: str) -> bool:
    """Whether a text is a date (PHPeste 2019's `SÁBADO 19/10` over its two tracks: the day, no room)."""
    try:
        parse_date(text)
    except DateError:
        return False
    return True


def titles_head(rooms: Collection[tuple[int, str]], time_columns: Collection[int]) -> bool:
    """Whether a grid's heads over its cells only name them titles ("Etkinlik", "Event"): its cells are in no room."""
    names = [name for column, name in rooms if column not in time_columns]
    return bool(names) and all(field_of(name) == "title" for name in names)

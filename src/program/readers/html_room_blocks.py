"""A table of room blocks: a row naming the room, then its talks' rows, each led by its start.

Tübix 2016 (a Hugo page's HTML table) writes `<tr><td></td><td></td><td>Raum W1</td></tr>`, then
`<tr><td>10:00</td><td><a class="work"></a></td><td><a href=…>Title</a></td><td>Speaker</td></tr>`
rows, a blank row, the next room. Only starts are written: a talk ends when the next one in its
room starts (a room's 2-hour workshops beside another room's hourly talks); a room's last talk is
left to `tabular`, which ends it at the day's next later start, as any start-only row. The room
row is each row's room; the first filled cell after the time the title, the next one the speakers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from program.readers.html_blocks import tag_of
from program.readers.html_grid import Grid
from program.readers.html_tables import HtmlTable
from program.readers.notation.times import ClockError, parse_span
from program.readers.tabular.cells import Cell, Table

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_ICONS = {"talk": "Talk", "talk2": "Talk", "light": "Lightning talk", "lightning": "Lightning talk", "work": "Workshop"}
"""An empty icon link's class before the title (`<a class="talk"></a>`): the type the site's icon shows."""


def room_block_table(grid: Grid, source: str, element: etree._Element) -> HtmlTable | None:
    """The table read as room blocks, or None unless two rooms' rows and their timed rows make all of it."""
    rooms: dict[int, str] = {}
    timed: dict[int, int] = {}  # row → its start in minutes
    room: str | None = None
    for r, row in enumerate(grid.cells):
        filled = [cell.text.strip() for cell in row if cell.text.strip()]
        start = _start(row[0].text) if row and row[0].text.strip() else None
        if not filled:
            continue
        if start is not None and room is not None:  # a lone time (an open lightning slot) still ends the one before
            timed[r] = start
            rooms[r] = room
        elif start is None and len(filled) == 1 and not row[0].text.strip():
            room = filled[0]
        else:
            return None
    if len(set(rooms.values())) < 2:
        return None
    line = grid.cells[0][0].line
    names = ("Title", "Time", "Speakers", "Room", "Type")
    table: list[tuple[Cell, ...]] = [tuple(Cell(name, line) for name in names)]
    links = {}
    icons = _icons(element)
    for r in timed:
        row = grid.cells[r]
        after = [c for c, cell in enumerate(row) if c and cell.text.strip()]
        title = row[after[0]] if after else Cell(None, row[0].line)
        people = row[after[1]] if len(after) > 1 else Cell(None, title.line)
        icon = Cell(icons.get(r), row[0].line)
        table.append((title, Cell(_time(r, timed, rooms), row[0].line), people, Cell(rooms[r], row[0].line), icon))
        if after and grid.links[r][after[0]]:
            links[title.line] = grid.links[r][after[0]]
    said = f"room blocks: {len(set(rooms.values()))} rooms, each talk ending at its room's next start"
    return HtmlTable(Table(source, tuple(table)), links, said)


def _start(text: str) -> int | None:
    """A lone start ("10:00") in minutes, or None for any other text (a range, a word)."""
    try:
        span = parse_span(text)
    except ClockError:
        return None
    return span.start.minutes if span.end is None else None


def _time(r: int, timed: dict[int, int], rooms: dict[int, str]) -> str:
    """The row's time: its start, to the next later start in its room when there is one."""
    start = timed[r]
    later = [minutes for row, minutes in timed.items() if rooms[row] == rooms[r] and minutes > start]
    clock = f"{start // 60:02d}:{start % 60:02d}"
    return f"{clock}-{min(later) // 60:02d}:{min(later) % 60:02d}" if later else clock


def _icons(element: etree._Element) -> dict[int, str]:
    """Each row's type its empty icon link's class names ("talk", "work"), by the row's place in the table."""
    found: dict[int, str] = {}
    for r, row in enumerate(row for row in element.iter("tr")):
        for link in row.iter("a"):
            known = [_ICONS[name] for name in link.classes if name in _ICONS]
            if tag_of(link) == "a" and known and not (link.text_content() or "").strip():
                found[r] = known[0]
                break
    return found

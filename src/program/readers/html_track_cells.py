"""A table whose header names only its time column: the other columns are parallel tracks, one item a cell.

DevDay Dresden 2016 heads its table `<th>Zeit</th><th></th><th></th><th></th>`; each row is a time
and three talks side by side, each cell `Title <p class="hint"><strong>Speaker</strong></p>
<p class="hint italic">Raum: Gartensaal</p>`, or one cell over all three (`colspan="3"`: a break,
the keynote). The tracks have no names: each cell says its own room, and its speaker on the line
above it (`html_cell_lines`); a title written "Eröffnung durch Prof. Name" names its speaker too.
"""

from __future__ import annotations

from program.model import Link
from program.readers.html_cell_lines import cell_lines
from program.readers.html_grid import Grid
from program.readers.html_tables import HtmlTable
from program.readers.lines.lecture_by import lecture_von
from program.readers.notation.times import is_span
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import field_of

_MIN_TRACKS = 2


def track_table(grid: Grid, source: str) -> HtmlTable | None:
    """The table as rows of (Title, Time, Speakers, Room), one a filled cell; None for any other table."""
    filled = [r for r, row in enumerate(grid.cells) if any(cell.text for cell in row)]
    if not filled or len(grid.cells[filled[0]]) < 1 + _MIN_TRACKS:
        return None
    head, rows = filled[0], filled[1:]
    header = grid.cells[head]
    if field_of(header[0].text) != "time" or any(cell.text for cell in header[1:]):
        return None
    if not rows or not all(is_span(grid.cells[r][0].text) for r in rows):
        return None
    if not any(sum(1 for cell in grid.cells[r][1:] if cell.text) >= _MIN_TRACKS for r in rows):
        return None  # one cell a row: a title column without its name, read as such
    line = header[0].line
    table: list[tuple[Cell, ...]] = [tuple(Cell(name, line) for name in ("Title", "Time", "Speakers", "Room"))]
    links: dict[int, tuple[Link, ...]] = {}
    for r in rows:
        for c, cell in enumerate(grid.cells[r][1:], start=1):
            if not cell.text:
                continue
            title, people, room = _cell_item(str(cell.value))
            table.append((Cell(title, cell.line), grid.cells[r][0], Cell(people, cell.line), Cell(room, cell.line)))
            links[cell.line] = links.get(cell.line, ()) + grid.links[r][c]
    said = f"a header naming only its time column ({header[0].text}): each cell after the time an item, in its room"
    return HtmlTable(Table(source, tuple(table)), links, said)


def _cell_item(text: str) -> tuple[str, str | None, str | None]:
    """A track cell's title, its speakers and its room, from its lines."""
    read = cell_lines(text)
    title = " ".join(read.title.split())
    if read.person is None and (lecture := lecture_von(title)) is not None and lecture[1]:
        return lecture[0], ", ".join(lecture[1]), read.room
    return title, read.person, read.room

"""An HTML `<table>` as a grid of cells for `tabular/`: spans expanded, its layout made one tabular knows.

rowspan and colspan are expanded into a full grid with merged ranges, as a workbook's merged
cells are. Header names are tidied ("Speakers (Affiliations)" → Speakers, "Hawaii Time
(GMT-10)" → Time). Layouts `tabular` does not read are reshaped into ones it does, each
said in `reading`:

- a header of times and two or more unknown columns ("Start | End | Talks | Workshops"):
  tracks as rooms, the times joined into one column: a grid;
- days as columns ("Time | Tuesday | Wednesday"): one row per filled cell (Title, Date, Time),
  a cell spanning rows running from the first row's start to the last row's end;
- no header, times in the first column (day rows such as "Tuesday, February 8" between):
  Title, Date, Time and Details columns;
- a header of times and no title column: its first unknown column is the title.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from program.model import Link
from program.readers import html_day_columns as day_columns
from program.readers.html_blocks import collapse
from program.readers.html_cell_lines import cell_lines
from program.readers.html_cell_parts import CellParts, Talk, with_parts
from program.readers.html_day_columns import chair_labels, day_header, is_placeholder, rooms_over
from program.readers.html_grid import Grid, expand, grouped_rooms
from program.readers.html_labelled_times import labelled_moments
from program.readers.html_later_header import header_first, track_room
from program.readers.html_time_rows import long_from_times
from program.readers.html_wide_text import one_line_header
from program.readers.notation.times import is_span
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import field_of, header_fields, is_header
from program.readers.tabular.grid import find_grid

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_TIMING = {"time", "start", "end"}


@attrs.frozen
class HtmlTable:
    """A table read from a page, ready for `tabular.read_table`.

    Attributes:
        table: its cells (spans expanded, merged ranges kept).
        links: each item source line's links: the row's for a row table, the cell's for a grid.
        said: how it was reshaped, for `reading` ("days as columns: …"), or "".
        talks: the talks a session's cell lists, by its item's source line (`html_cell_parts`).
    """

    table: Table
    links: dict[int, tuple[Link, ...]]
    said: str = ""
    talks: dict[int, tuple[Talk, ...]] = attrs.Factory(dict)


def header_name(text: str) -> str:
    """A header cell's name as tabular knows it: brackets dropped, a known word kept.

    >>> header_name("Speakers (Affiliations)"), header_name("Hawaii Time (GMT-10)"), header_name("Plan")
    ('Speakers', 'Time', 'Plan')
    """
    if field_of(text) is not None and " (" not in text:
        return text
    plain = collapse(text.split("(", maxsplit=1)[0])
    if plain and field_of(plain) is not None:
        return plain
    for word in reversed(plain.split()):
        if field_of(word) in _TIMING:
            return word.title()
    return text


def html_table(element: etree._Element, source: str, explicit: bool) -> HtmlTable | None:
    """The table in a layout tabular reads, or None when it holds no schedule (no header or times we know)."""
    grid = expand(element)
    rows = [row for row in grid.cells if any(cell.text for cell in row)]
    if not rows:
        return None
    if explicit:
        return HtmlTable(Table(source, tuple(map(tuple, grid.cells)), merged=tuple(grid.merged)), _row_links(grid))
    head = next(r for r, row in enumerate(grid.cells) if any(cell.text for cell in row))
    reshaped = _moments_or_days(grid, head, source)
    if reshaped is not None:
        return reshaped
    headed = None if grouped_rooms(grid, head) else _headed(grid, head, source)  # rooms under a group: a grid
    if headed is None and (moved := header_first(grid, head, header_name)) is not None:  # NITD 2022: slots above
        headed = _headed(*moved, source)
    if headed is not None:
        return headed
    table = Table(source, tuple(map(tuple, grid.cells)), merged=tuple(grid.merged))
    if find_grid(table) is not None:
        return HtmlTable(attrs.evolve(table, rows=_marked_cells(grid)), _cell_links(grid))
    led = long_from_times(grid, source, element)
    return HtmlTable(led.table, led.links, led.said, led.talks) if led is not None else None


def _moments_or_days(grid: Grid, head: int, source: str) -> HtmlTable | None:
    """A table of labelled moments (`Registration: from Wednesday 08:15`, COMSOC 2006), or of days as columns."""
    moments = labelled_moments(grid, source)
    if moments is not None:
        return HtmlTable(moments, _cell_links(grid), "labelled moments: a cell each, `Label: day time`")
    days = day_header(grid, head)
    return _long_from_days(grid, days, source) if days is not None else None


def _marked_cells(grid: Grid, sessions: bool = False) -> tuple[tuple[Cell, ...], ...]:
    """The grid's cells, one whose markup names its speakers written as its title over them.

    PHPeste 2019's `<h5>Name</h5>` over `(Org)` and the title: read from its text, the name is
    the title; written as the markup reads it, the grid takes the title and its speakers. With
    `sessions` (the caller reads the cells' talks), a session's cell is its title alone.
    """
    return tuple(
        tuple(
            attrs.evolve(cell, value=f"{parts.title}\n{', '.join(parts.people)}")
            if (parts := grid.parts.get((r, c))) is not None and parts.people and not parts.talks
            else attrs.evolve(cell, value=parts.title)
            if sessions and parts is not None and parts.talks
            else cell
            for c, cell in enumerate(row)
        )
        for r, row in enumerate(grid.cells)
    )


def _headed(grid: Grid, head: int, source: str) -> HtmlTable | None:
    """A table whose first row names its columns: one row per item, or tracks as rooms; else None."""
    if is_span(grid.cells[head][0].text):
        return None  # a first row that opens with a time is a slot, whatever words its cells hold ("… to …")
    names = [header_name(cell.text) if cell.value is not None else "" for cell in grid.cells[head]]
    below = [row[0].text for row in grid.cells[head + 1 :] if row[0].text]
    if not names[0] and head in grid.header_rows and below and all(map(is_span, below)) and any(map(field_of, names)):
        names[0] = "Time"  # OSH 2014: `<th class="time"></th>` over `10:10 - 11:40`, then 講師 (people) and 内容
    fields = header_fields([Cell(name, 1) for name in names])
    if fields.keys() & _TIMING and not is_header(fields):
        unknown = [c for c, name in enumerate(names) if name and field_of(name) is None]
        last_timing = max(fields[field][0] for field in fields.keys() & _TIMING)
        if len(unknown) >= 2 and all(c > last_timing for c in unknown):
            return _tracks(grid, head, names, fields, source)
        if unknown:
            said = f"no title column: {names[unknown[0]]!r} read as the title"
            names[unknown[0]] = "Title"
            fields = header_fields([Cell(name, 1) for name in names])
            read = _rows(grid, head, names, fields, source)
            return attrs.evolve(read, said="; ".join(filter(None, (said, read.said))))
    return _rows(grid, head, names, fields, source) if is_header(fields) else None


def _rows(grid: Grid, head: int, names: list[str], fields: dict[str, tuple[int, ...]], source: str) -> HtmlTable:
    """A table of one row per item: header names tidied; a row without a title takes its type as title."""
    cells = [list(row) for row in grid.cells]
    cells[head] = [attrs.evolve(cell, value=name or None) for cell, name in zip(cells[head], names, strict=True)]
    title, kind = fields["title"][0], fields.get("kind", (None,))[0]
    for row in cells[head + 1 :]:
        if kind is not None and not row[title].text and row[kind].text:
            row[title] = attrs.evolve(row[kind], line=row[title].line)
    when = fields.get("time", fields.get("start", (None,)))[0]
    for r0, c0, _, c1 in grid.merged:  # CICA 2017's `<td colspan=2>A partir de las 21:00 hrs.</td>`: the time's
        if when is not None and r0 > head and c0 < when <= c1 and is_span(cells[r0][c0].text):
            cells[r0][when], cells[r0][c0] = cells[r0][c0], Cell(None, cells[r0][c0].line)
    merged = _spanned_title(cells, grid, head, title, "abstract" in fields)
    parted = with_parts(
        [tuple(row) for row in cells], [grid.parts.get((r, title)) for r in range(len(cells))], title, head
    )
    table = Table(source, tuple(parted.rows), merged=merged)
    return HtmlTable(table, _row_links(grid), parted.said, parted.talks)


def _spanned_title(
    cells: list[list[Cell]], grid: Grid, head: int, title: int, details: bool
) -> tuple[tuple[int, int, int, int], ...]:
    """A title header spanning columns (`<th colspan="2">Event</th>`): a row's title is its last filled cell there.

    PERLS 2021 writes a theme down three rows (`rowspan="3"`) before their events in the same
    header's span: the events are the titles, the theme a Details cell of its first row (a new
    column unless the header has one) and no longer a merged range. Returns the ranges kept.
    """
    span = next(
        (c0, c1)
        for r0, c0, r1, c1 in [*grid.merged, (head, title, head, title)]
        if r0 <= head <= r1 and c0 <= title <= c1
    )
    if span[0] == span[1]:
        return tuple(grid.merged)
    themes: dict[int, str] = {}
    for r in range(head + 1, len(cells)):
        filled = [c for c in range(span[0], span[1] + 1) if cells[r][c].text]
        if filled and filled[-1] != title:
            themes[r] = " ".join(cells[r][c].text for c in filled[:-1])
            cells[r][title] = cells[r][filled[-1]]
    if not themes:
        return tuple(grid.merged)
    if not details:
        cells[head].append(Cell("Details", cells[head][0].line))
        for r, row in enumerate(cells[head + 1 :], start=head + 1):
            row.append(Cell(themes.get(r), row[0].line))
    inside = range(span[0], span[1] + 1)
    return tuple(place for place in grid.merged if place[0] <= head or place[1] not in inside)


def _tracks(grid: Grid, head: int, names: list[str], fields: dict[str, tuple[int, ...]], source: str) -> HtmlTable:
    """Tracks as rooms: the time columns joined into column A ("08:00-09:00"), each track a room."""
    timing = sorted(column for field in fields.keys() & _TIMING for column in fields[field])
    keep = [c for c in range(len(names)) if c not in timing]
    rows: list[tuple[Cell, ...]] = []
    marked = _marked_cells(grid, sessions=True)  # a link's title over its `speaker` span (DrupalCamp Spain 2015)
    named = [row[c].text for c in keep for row in grid.cells[head : head + 1]]
    for r, row in enumerate(grid.cells):
        times = "-".join(row[c].text for c in timing if row[c].text)
        first = Cell("Time" if r == head else times or None, row[0].line)
        again = r == head or [row[c].text for c in keep] == named  # the header repeated lower down
        rows.append(
            (first, *(track_room(one_line_header(row[c])) if again else marked[r][c] for c in keep))
        )  # "チーム医療<br>演習室"; "SPEAKER - SPOR 1": the track SPOR 1
    moved = {c: i + 1 for i, c in enumerate(keep)}
    merged = tuple((r0, moved[c0], r1, moved.get(c1, moved[c0])) for r0, c0, r1, c1 in grid.merged if c0 in moved)
    joined = {c: cell.text for c, cell in zip(keep, rows[head][1:], strict=True) if cell != grid.cells[head][c]}
    tracks = ", ".join(joined.get(c, names[c]) for c in keep)
    said = f"tracks as rooms: {tracks}; times from {', '.join(names[c] for c in timing)}"
    talks = {grid.cells[r][c].line: parts.talks for (r, c), parts in grid.parts.items() if parts.talks and c in keep}
    return HtmlTable(Table(source, tuple(rows), merged=merged), _cell_links(grid, keep=keep), said, talks)


def _long_from_days(grid: Grid, head: int, source: str) -> HtmlTable:
    """Days as columns: a row (Title, Date, Time) for each day a filled cell covers."""
    spans = {(r0, c0): (r1, c1) for r0, c0, r1, c1 in grid.merged}
    header = grid.cells[head]
    line = header[0].line
    rows: list[tuple[Cell, ...]] = [
        (*(Cell(name, line) for name in ("Title", "Date", "Time", "Speakers", "Type", "Room")),)
    ]
    rooms = rooms_over(grid, head)
    links: dict[int, tuple[Link, ...]] = {}
    chairs, chaired = chair_labels(grid, head)
    talks: dict[int, tuple[Talk, ...]] = {}
    first, passed = day_columns.first_item_row(grid, head)
    far = day_columns.far_time_column(grid, head)  # "Time | Wednesday | … | Friday | Time" (COMSOC 2006)
    for r in range(first, len(grid.cells)):
        for c in range(1, far or len(header)):
            cell = grid.cells[r][c]
            if not cell.text or (r, c) in chairs or is_placeholder(cell.text):
                continue
            last_row, last_column = spans.get((r, c), (r, c))
            time = day_columns.cell_time(grid, r, last_row, day_columns.time_column_of(grid, r, c, far))
            parts = grid.parts.get((r, c))
            title, people, held = _title_and_person(cell, parts)
            bare, person = day_columns.marked_cell(title.text, people.text or None)
            title, people = attrs.evolve(title, value=bare), attrs.evolve(people, value=person)
            if parts is not None and parts.talks:  # a session's talks, after the item its title cell gives
                talks[cell.line] = parts.talks
            chair = chaired.get((r, c)) or (parts.label if parts is not None and parts.talks else None)
            for day in range(c, last_column + 1):
                texts = (header[day].text, time or None, None, chair, held or rooms.get(day))
                date, at, _, label, room = (Cell(text, cell.line) for text in texts)
                rows.append((title, date, at, people, label, room))
            links[cell.line] = links.get(cell.line, ()) + grid.links[r][c]
    days = ", ".join(cell.text for cell in header[1:far] if cell.text)
    said = f"days as columns: {days}; one item a day a cell covers"
    if far is not None:
        said += f"; the time column again after {header[far - 1].text}, its times {header[far - 1].text}'s"
    said += passed
    if chairs:
        said += f"; {len(chairs)} chair cells read as their talks' label (Chair: …)"
    return HtmlTable(Table(source, tuple(rows)), links, said, talks)


def _title_and_person(cell: Cell, parts: CellParts | None) -> tuple[Cell, Cell, str | None]:
    """A cell's title, its person and where it is held, from its last line (`html_cell_lines`).

    "<strong>Keynote I</strong> <br> Peter Dayan" names a person; its markup may say so on
    one line ("<em> Workshop </em> Marcel Binz": `html_cell_parts`). "Session 1 (1 hour) <br>
    Visual Queries" is a topic, "Banquet<br>Korea House" a venue (PacificVis 2023).
    """
    if parts is not None and (parts.people or parts.talks):
        return attrs.evolve(cell, value=parts.title), Cell("; ".join(parts.people) or None, cell.line), None
    read = cell_lines(str(cell.value or ""))
    if read.title == str(cell.value or ""):
        return cell, Cell(None, cell.line), None
    return attrs.evolve(cell, value=read.title), Cell(read.person, cell.line), read.room


def _row_links(grid: Grid) -> dict[int, tuple[Link, ...]]:
    links: dict[int, tuple[Link, ...]] = {}
    for row, row_links in zip(grid.cells, grid.links, strict=True):
        found = tuple(dict.fromkeys(link for cell_links in row_links for link in cell_links))
        if found:
            links[row[0].line] = links.get(row[0].line, ()) + found
    return links


def _cell_links(grid: Grid, keep: Sequence[int] | None = None) -> dict[int, tuple[Link, ...]]:
    links: dict[int, tuple[Link, ...]] = {}
    for row, row_links in zip(grid.cells, grid.links, strict=True):
        for c, (cell, cell_links) in enumerate(zip(row, row_links, strict=True)):
            if cell_links and (keep is None or c in keep):
                links[cell.line] = links.get(cell.line, ()) + cell_links
    return links

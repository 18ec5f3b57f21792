"""An HTML `<table>` as a grid: every rowspan and colspan expanded, as a workbook's merged cells are.

A place a span covers is an empty cell and the span is kept as a merged range, so `tabular/`
reads the grid as it reads a sheet. What the cells' markup says beyond their text (a bold
title, italic names, a list) is kept beside the grid for `html_tables` to use.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeVar

import attrs

from program.model import Link
from program.readers.html_blocks import element_lines, element_links, tag_of
from program.readers.html_bold_led import bold_led
from program.readers.html_bold_roles import bold_roles
from program.readers.html_cell_badges import badge_parts
from program.readers.html_cell_furniture import is_map_link, without_furniture
from program.readers.html_cell_guests import country_guests, dashed_guests, quoted_lecture
from program.readers.html_cell_name_heading import name_headed
from program.readers.html_cell_parts import CellParts, cell_parts, marked_lines
from program.readers.html_cell_sessions import paragraph_session
from program.readers.html_cell_speakers import bold_over_names, label_over_quoted_title, title_over_speakers
from program.readers.html_class_cells import class_parts
from program.readers.html_dashed_talks import dashed_session
from program.readers.html_hosted_sessions import headed_details, hosted_session
from program.readers.html_paired_cells import paired_titles
from program.readers.html_quoted_talks import named_talks, quoted_talk
from program.readers.html_role_lines import role_parts, title_over_people
from program.readers.notation.lengths import is_duration
from program.readers.notation.times import is_clock
from program.readers.tabular.cells import Cell

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_T = TypeVar("_T")


@attrs.frozen
class Grid:
    """A table's cells with its spans expanded, and what expanding keeps of its markup.

    Attributes:
        cells: the rows, all as wide as the widest; a place a span covers is an empty cell.
        links: each place's links (the spanning cell's at its first place).
        merged: the spans as (first row, first column, last row, last column).
        header_rows: the rows of `<th>` cells only.
    """

    cells: list[list[Cell]]
    links: list[list[tuple[Link, ...]]]
    merged: list[tuple[int, int, int, int]]
    header_rows: set[int]
    listed: set[tuple[int, int]]
    """The (row, column) of the cells holding a list (`<ul>`, `<ol>`): details, never a title."""
    parts: dict[tuple[int, int], CellParts]
    """What a cell's markup says (a bold title, italic names, a list of talks), by (row, column)."""


def expand(element: etree._Element) -> Grid:
    """The table's rows with every rowspan and colspan expanded (covered places empty, merged ranges kept)."""
    rows = [row for row in element.iter("tr") if _owner(row) is element]
    cells: list[list[Cell | None]] = [[] for _ in rows]
    links: list[list[tuple[Link, ...] | None]] = [[] for _ in rows]
    merged: list[tuple[int, int, int, int]] = []
    taken: set[tuple[int, int]] = set()
    header_rows: set[int] = set()
    parts: dict[tuple[int, int], CellParts] = {}
    listed: set[tuple[int, int]] = set()
    for r, row in enumerate(rows):
        column = 0
        found = [child for child in row if tag_of(child) in ("td", "th")]
        if found and all(tag_of(child) == "th" for child in found):
            header_rows.add(r)
        for child in found:
            while (r, column) in taken:
                column += 1
            height = min(_span(child, "rowspan"), len(rows) - r)
            width = _span(child, "colspan")
            lines = [] if is_map_link(child) else without_furniture(element_lines(child))  # a map: a place, no text
            text = _stacked_span(lines) or "\n".join(lines)
            if (marked := _markup_parts(child, lines, found)) is not None:
                parts[(r, column)] = marked
            if any(tag_of(node) in ("ul", "ol") for node in child.iter()):
                listed.add((r, column))
            _cut_spans_under(merged, taken, r, column, width)  # NAV IT-dagen 2022: a rowspan into a full-width break
            for dr in range(height):
                for dc in range(width):
                    taken.add((r + dr, column + dc))
                    _put(cells[r + dr], column + dc, Cell(text or None, child.sourceline or 1) if not dr + dc else None)
                    _put(links[r + dr], column + dc, element_links(child) if not dr + dc else ())
            if height > 1 or width > 1:
                merged.append((r, column, r + height - 1, column + width - 1))
            column += width
    width = max((len(row) for row in cells), default=0)
    full: list[list[Cell]] = []
    for r, row in enumerate(cells):
        line = next((cell.line for cell in row if cell is not None), rows[r].sourceline or 1)
        full.append([cell or Cell(None, line) for cell in row] + [Cell(None, line)] * (width - len(row)))
    full_links = [[found or () for found in row] + [()] * (width - len(row)) for row in links]
    return _joined_ranges(_without_spacers(Grid(full, full_links, merged, header_rows, listed, parts)))


def _markup_parts(child: etree._Element, lines: list[str], found: list[etree._Element]) -> CellParts | None:
    """What a cell's markup says beyond its text (`html_cell_parts` and its kin, the first shape that fits), or None."""
    marked = class_parts(child) or paragraph_session(child)
    # `Name <br /> "Title" (20 min)`; `KEYNOTE: <br /> Name: <i>Title</i> <br /> …` (NAV IT-dagen 2022)
    marked = marked or quoted_talk(lines) or named_talks(lines, child.sourceline or 1)
    marked = marked or cell_parts(child) or role_parts(lines)
    marked = marked or bold_roles(child)  # `<b>Opening ceremony</b><br>Welcome remarks – Prof. Name, Org`
    marked = marked or name_headed(child)  # `<h5>Name</h5>`, `(Org)`, then the title (PHPeste 2019)
    marked = marked or hosted_session(child)  # `<h3>Секция 1: …</h3>`, `Ведущий:` hosts, talks over names
    marked = marked or dashed_session(child)  # `<b>Mesa 1: …</b><ul><li>Name - Title</li>…` (CAICU 2023)
    marked = marked or badge_parts(child)  # a speaker a `<span class="badge">` (Bologna Big Code 2022)
    marked = marked or label_over_quoted_title(lines)  # "Invited speaker" / "Prof. Name" / "“Title”"
    marked = marked or title_over_people(lines)  # "Title" over "Name (Org)" or "Chair: Name" (KaRS 2022)
    marked = marked or title_over_speakers(lines)  # "Mesa-Redonda" over "Profa. Dra. Name (Org)", a line each
    marked = marked or bold_over_names(child)  # `<b>Title</b> Name<br>(Español)` (BSides CDMX 2018)
    marked = marked or paired_titles(child, found)  # "Title<br><br>Title" (CICA 2017): two at the row's time
    marked = marked or quoted_lecture(lines)  # "Conferencia magistral 1 “Title”" over "Dr. Name, Org"
    marked = marked or dashed_guests(marked_lines(child))  # a ceremony's "-S. E. Sra. Name, Office" lines
    marked = marked or country_guests(lines)  # a round table's "Name-Country" lines (Joyce in Latin America 2021)
    if marked is None or not (marked.people or marked.talks):  # DTV 2014: `<b>Title</b> … <b>Name</b>, Office`
        marked = bold_led(child) or marked
    return marked or headed_details(child)  # `<h3>Title</h3><p>Ведущие: Фонд …</p>`: the rest its details


def _cut_spans_under(
    merged: list[tuple[int, int, int, int]], taken: set[tuple[int, int]], r: int, column: int, width: int
) -> None:
    """Cut each rowspan from above that a cell of row `r` spans over, to end on the row before.

    NAV IT-dagen 2022 spans a talk over four rows (`rowspan="4"`) whose fourth is a break across
    all three tracks (`colspan="3"`): the two cells overlap, which the HTML table model calls an
    error; a browser draws the break over the talk. The break row is the break's: the talk ends before it.
    """
    for index, (r0, c0, r1, c1) in enumerate(merged):
        if not r0 < r <= r1 or c1 < column or c0 >= column + width:
            continue
        merged[index] = (r0, c0, r - 1, c1)
        taken.difference_update((row, col) for row in range(r, r1 + 1) for col in range(c0, c1 + 1))
    merged[:] = [place for place in merged if place[0] != place[2] or place[1] != place[3]]


def _without_spacers(grid: Grid) -> Grid:
    """The grid without its spacer columns: empty in every row, no span over them.

    The jekyll-conference theme (KaRS 2022) puts an empty `<td class="col-space">` between each
    row's time and its item: the item's column is then the title's, not details beside an empty title.
    """
    width = len(grid.cells[0]) if grid.cells else 0
    grid = _without_empty_spans(grid)  # `<tr><td colspan="4" height="10"></td></tr>`: a gap between rows, no cell
    spanned = {column for _, first, _, last in grid.merged for column in range(first, last + 1)}
    kept = [
        column
        for column in range(width)
        if column in spanned or any(row[column].value is not None for row in grid.cells)
    ]
    if len(kept) == width:
        return grid
    moved = {column: index for index, column in enumerate(kept)}
    return Grid(
        [[row[column] for column in kept] for row in grid.cells],
        [[row[column] for column in kept] for row in grid.links],
        [(r0, moved[c0], r1, moved[c1]) for r0, c0, r1, c1 in grid.merged],
        grid.header_rows,
        {(r, moved[c]) for r, c in grid.listed if c in moved},
        {(r, moved[c]): found for (r, c), found in grid.parts.items() if c in moved},
    )


_DASH = re.compile(r"^\s*[-–—]\s*$")


def _joined_ranges(grid: Grid) -> Grid:
    """The grid with a time range written over its first three cells (`9:00 | - | 10:30`) in its first.

    TAROT 2024 writes each row's start, a dash and its end in cells of their own, under a header
    row whose three first cells are empty: the end is no item of the days' columns, it ends the row.
    """
    if not grid.cells or len(grid.cells[0]) < 4 or any(c0 <= 2 for _, c0, _, _ in grid.merged):
        return grid
    ranged = [r for r, row in enumerate(grid.cells) if _is_range(row)]
    untimed = [row for r, row in enumerate(grid.cells) if r not in ranged]
    if len(ranged) < 2 or any(cell.text for row in untimed for cell in row[:3]):
        return grid
    cells = [[*row[:1], *row[3:]] for row in grid.cells]
    for r in ranged:
        cells[r][0] = attrs.evolve(cells[r][0], value=f"{grid.cells[r][0].text} - {grid.cells[r][2].text}")
    return Grid(
        cells,
        [[*row[:1], *row[3:]] for row in grid.links],
        [(r0, c0 - 2, r1, c1 - 2) for r0, c0, r1, c1 in grid.merged],
        grid.header_rows,
        {(r, c - 2) for r, c in grid.listed if c > 2},
        {(r, c - 2 if c > 2 else c): found for (r, c), found in grid.parts.items() if c == 0 or c > 2},
    )


def _stacked_span(lines: list[str]) -> str | None:
    """A time cell's start, length and end, a line each (OSH 2014: `10:10 <p>90分</p> 11:40`), as one range."""
    if len(lines) == 3 and is_clock(lines[0]) and is_duration(lines[1]) and is_clock(lines[2]):
        return f"{lines[0]} - {lines[2]}"
    return None


def _is_range(row: list[Cell]) -> bool:
    return bool(_DASH.match(row[1].text)) and is_clock(row[0].text) and is_clock(row[2].text)


def _without_empty_spans(grid: Grid) -> Grid:
    """The grid without the spans of empty cells (Deutscher Tourismustag 2014's spacer rows): they hold no item."""
    merged = [place for place in grid.merged if grid.cells[place[0]][place[1]].value is not None]
    return grid if len(merged) == len(grid.merged) else attrs.evolve(grid, merged=merged)


def _owner(row: etree._Element) -> etree._Element | None:
    parent = row.getparent()
    while parent is not None and tag_of(parent) != "table":
        parent = parent.getparent()
    return parent


def _span(element: etree._Element, name: str) -> int:
    try:
        return max(1, min(int(str(element.get(name, "1")).strip() or 1), 100))
    except ValueError:
        return 1


def _put(row: list[_T | None], column: int, value: _T | None) -> None:
    while len(row) <= column:
        row.append(None)
    row[column] = value


def grouped_rooms(grid: Grid, head: int) -> bool:
    """Whether the header row groups its rooms under one spanning name, the row under it naming them.

    KasaiCon 2022's gaming room: `Zeit | Gamingroom (colspan 4)` over `(empty) | Switch | PS4 | XBox | Gamecube`: the
    second row is the grid's header of rooms, the first its group (`tabular/grid.py`), not a table of rows.
    """
    if head + 1 >= len(grid.cells) or grid.cells[head + 1][0].text:
        return False
    under = [c for c, cell in enumerate(grid.cells[head + 1]) if c and cell.text]
    spans = [(c0, c1) for r0, c0, r1, c1 in grid.merged if r0 == head == r1 and c1 > c0]
    return len(under) >= 2 and any(c0 <= under[0] and under[-1] <= c1 for c0, c1 in spans)

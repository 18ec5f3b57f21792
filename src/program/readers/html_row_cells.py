"""What a header-less timed table's rows say beyond one title a row: shared times, speakers, lists, lines.

PSITE-7 2018 (a Yii PHP view, a table a day) writes `<th>time</th> <td>title</td> <td>speaker</td>` rows:

- a time cell spanning two rows (`<th rowspan="2">02:00-02:45 PM</th>`) times both rows beside it: the
  second row (`Regional Convention Overview`, Norma Apao) is no untimed section row;
- the third cell names the speaker in bold, then where they work: `<strong>Engr. Liberato Lupot, Jr. </strong><br>
  Dean, College of Engineering and Technology <br> University of Bohol`: the person (an honorific left out), and
  the lines after it the item's details; a dash (`-`) is nobody;
- a cell across both columns that is only a list (`<ul><li>Registration / Check-in</li><li>Invocation and
  National Anthem</li>…`) is an item per entry, each at the row's time;
- a cell across both columns of lines (`Registration <br> Recap of the Previous Day's Activities`) is titled by
  its first line (and the lines after it that go on in lower case), the rest its details. A title cell beside a
  speaker keeps all its lines (`Plenary Talk 3: <strong>Harnessing Games Technology<br>for Educational …`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from program.readers.html_blocks import collapse, tag_of
from program.readers.html_cell_parts import CellParts
from program.readers.html_grid import Grid
from program.readers.html_sessions import session_papers
from program.readers.lines.honorifics import without_honorifics
from program.readers.notation.times import is_span
from program.readers.tabular.cells import Cell

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_PLACEHOLDER = re.compile(r"^\s*[-–—]+\s*$")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’-]*\.?,?|[a-z]{1,3}|Jr\.?|Sr\.?|I{2,3}|IV)$")
"""A word of a speaker's name as a bold line writes it: capitalised (`Sta.`, `Lupot,`), a particle, a suffix."""
_LOWER_START = re.compile(r"^[a-z]")


@attrs.frozen
class RowCells:
    """What the rows say, by row: the speaker, a list cell's entries, a full-width cell's title and details."""

    speakers: dict[int, tuple[str, str | None]] = attrs.Factory(dict)
    entries: dict[int, tuple[Cell, ...]] = attrs.Factory(dict)
    lines: dict[int, tuple[str, str]] = attrs.Factory(dict)

    def parted(
        self, r: int, title: Cell, part: CellParts | None, rest: Sequence[Cell]
    ) -> tuple[Cell, Sequence[Cell], CellParts | None]:
        """Row `r`'s title cell, the cells after it and its parts, with what this reading found in the row."""
        if r in self.speakers:
            name, details = self.speakers[r]
            found = part or CellParts(title.text)
            blank = [Cell(None, title.line)] * len(rest)
            return title, blank, attrs.evolve(found, people=(name,), abstract=found.abstract or details)
        if r in self.lines and part is None:
            first, details = self.lines[r]
            return attrs.evolve(title, value=first), [Cell(details, title.line), *rest[1:]], part
        return title, rest, part

    def entry_rows(self, r: int, day: str | None, time: Cell, blank: int) -> list[tuple[Cell, ...]]:
        """Row `r`'s list entries as rows (Title, Date, Time, then `blank` empty cells); none for another row."""
        return [
            (entry, Cell(day, entry.line), time, *[Cell(None, entry.line)] * blank) for entry in self.entries.get(r, ())
        ]


def spanned_times(grid: Grid) -> Grid:
    """The grid with a time cell spanning rows (`<th rowspan="2">02:00-02:45 PM</th>`) written in each row it spans."""
    fills: dict[int, Cell] = {}
    spans: set[tuple[int, int, int, int]] = set()
    timed = [r for r, row in enumerate(grid.cells) if is_span(row[0].text)]
    if len(timed) < 2:  # one slot's table (CMMCA 2024: its time over the title and a speaker row), `html_slot_tables`'
        return grid
    heads, members = session_papers(grid, timed)
    for place in grid.merged:
        r0, c0, r1, c1 = place
        sessions = r0 in heads or any(r in members for r in range(r0, r1 + 1))  # Hisarlı 2021: papers under it
        if c0 == c1 == 0 and r1 > r0 and is_span(grid.cells[r0][0].text) and not sessions:
            filled = [r for r in range(r0 + 1, r1 + 1) if any(cell.text for cell in grid.cells[r][1:])]
            fills.update({r: attrs.evolve(grid.cells[r0][0], line=grid.cells[r][1].line) for r in filled})
            spans.add(place)
    if not fills:
        return grid
    cells = [[fills[r], *row[1:]] if r in fills else row for r, row in enumerate(grid.cells)]
    return attrs.evolve(grid, cells=cells, merged=[place for place in grid.merged if place not in spans])


def row_cells(element: etree._Element, grid: Grid, timed: Sequence[int]) -> RowCells:
    """What the timed rows of a three-column table (time, title, speaker) say beyond their text; nothing otherwise."""
    if not grid.cells or len(grid.cells[0]) != 3:
        return RowCells()
    rows = [row for row in element.iter("tr") if next(row.iterancestors("table"), None) is element]
    if len(rows) != len(grid.cells):
        return RowCells()
    last = {r: cells[-1] for r in timed if (cells := [cell for cell in rows[r] if tag_of(cell) in ("td", "th")])}
    wide = {r for r in timed if _across(grid, r)}
    speakers = _speakers(grid, [r for r in timed if r not in wide and r in last], last)
    entries = {r: listed for r in wide if r in last and (listed := _list_entries(last[r])) is not None}
    lines = {r: split for r in wide if r not in entries and (split := _first_line(grid.cells[r][1])) is not None}
    return RowCells(speakers, entries, lines)


def _across(grid: Grid, r: int) -> bool:
    """Whether row `r`'s title cell spans the speaker column too."""
    return any(r0 == r and c0 == 1 and c1 == 2 for r0, c0, _, c1 in grid.merged)


def _speakers(grid: Grid, rows: Sequence[int], last: dict[int, etree._Element]) -> dict[int, tuple[str, str | None]]:
    """Each row's speaker from its third cell, when every such cell (a dash aside) opens with a name in bold."""
    written = [r for r in rows if grid.cells[r][2].text and not _PLACEHOLDER.match(grid.cells[r][2].text)]
    found = {r: speaker for r in written if (speaker := _bold_name(last[r], grid.cells[r][2])) is not None}
    return found if len(found) >= 2 and len(found) == len(written) else {}


def _bold_name(cell: etree._Element, text: Cell) -> tuple[str, str | None] | None:
    """`<strong>Mr. Frederick Amores</strong><br>Department …`: the name and the lines after it; else None."""
    first = next(iter(cell), None)
    if first is None or tag_of(first) not in ("strong", "b") or (cell.text or "").strip():
        return None
    bold = collapse(first.text_content())
    lines = [line for line in text.lines if line]
    if not lines or lines[0] != bold:
        return None
    name = without_honorifics(bold).strip(" ,")
    words = name.split()
    if not 2 <= len(words) <= 6 or not all(_NAME_WORD.match(word) for word in words):
        return None
    return name, "\n".join(lines[1:]) or None


def _list_entries(cell: etree._Element) -> tuple[Cell, ...] | None:
    """The entries of a cell that is one list and nothing else, each with its line; else None."""
    lists = [child for child in cell if tag_of(child) in ("ul", "ol")]
    outside = (cell.text or "") + "".join(child.tail or "" for child in cell)
    if len(lists) != 1 or len(cell) != 1 or outside.strip():
        return None
    items = [Cell(text, item.sourceline or 1) for item in lists[0] if (text := collapse(item.text_content()))]
    return tuple(items) if len(items) >= 2 else None


def _first_line(cell: Cell) -> tuple[str, str] | None:
    """A cell of lines: its first (with the lines going on in lower case after it) and the rest; else None."""
    lines = [line for line in cell.lines if line]
    title = 1
    while title < len(lines) and _LOWER_START.match(lines[title]):
        title += 1
    if title >= len(lines):
        return None
    return " ".join(lines[:title]), "\n".join(lines[title:])

"""A header-less table led by times: Title, Date, Time and Details columns for `tabular`, day rows between.

Moved out of `html_tables` whole (the layouts it tells apart: a speakers column before the title, PRL 2025; a
label column, 3DOR 2021; parallel sessions' papers under a timed row, Hisarlı Ahmet 2021; talk boxes under a
slot, 5G-MeMU 2024), with what `html_row_cells` reads of PSITE-7 2018's rows: a time cell spanning rows, the
speaker column after the title, a cell that is only a list, a full-width cell's lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from program.model import Link
from program.readers import html_day_columns as day_columns
from program.readers.html_cell_parts import CellParts, Talk, with_parts
from program.readers.html_day_columns import day_text
from program.readers.html_grid import Grid
from program.readers.html_label_columns import third_column, title_and_rest
from program.readers.html_own_times import own_times
from program.readers.html_row_cells import RowCells, row_cells, spanned_times
from program.readers.html_row_talks import talks_under
from program.readers.html_sessions import ended_by_session, paper_rows, section_rooms, session_papers
from program.readers.notation.times import ClockError, is_span, parse_span
from program.readers.tabular.cells import Cell, Table

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree


@attrs.frozen
class TimeRows:
    """The table as rows (Title, Date, Time, …), each item line's links, what was said, the talks by line."""

    table: Table
    links: dict[int, tuple[Link, ...]]
    said: str
    talks: dict[int, tuple[Talk, ...]]


def long_from_times(grid: Grid, source: str, element: etree._Element) -> TimeRows | None:
    """No header: times in the first column, day rows between; None when the first column holds no times."""
    grid = spanned_times(grid)  # PSITE-7 2018: `<th rowspan="2">02:00-02:45 PM</th>` times both rows
    timed = [r for r, row in enumerate(grid.cells) if row[0].text and is_span(row[0].text)]
    filled = [r for r, row in enumerate(grid.cells) if any(cell.text for cell in row)]
    heads, members = session_papers(grid, timed)  # papers under a session's time count as timed
    # an id column: "ID | Title", "2 | Maximum Coverage …" (WASN 2018's best papers): numbers, no hours
    # a day's table of one row under its header (Space Apps Kushimoto 2019's eve party) is one too
    if (
        len(timed) < (1 if _one_headed_range(grid, timed) else 2)
        or (len(timed) + len(members)) * 2 < len(filled)
        or _id_column(grid, timed)
    ):
        return None
    shape = _shape(grid, timed, element, bool(members))
    named, labelled, extra, rooms, marked = shape.named, shape.labelled, shape.extra, shape.rooms, shape.marked
    rows: list[tuple[Cell, ...]] = [
        tuple(
            Cell(name, grid.cells[0][0].line)
            for name in ["Title", "Date", "Time", *extra, *["Room"][: bool(rooms or members)]]
        )
    ]
    parts: list[CellParts | None] = [None]
    links: dict[int, tuple[Link, ...]] = {}
    day: str | None = None
    under = talks_under(element, grid, timed)  # a slot's talks in the untimed rows below it
    inside = {talk.line for talks in under.values() for talk in talks}
    titles: dict[int, int] = {}
    for r, row in enumerate(grid.cells):
        texts = [cell.text for cell in row if cell.text]
        if r in heads or (r not in timed and any(cell.line in inside for cell in row if cell.text)):
            continue
        if r in members:  # one untimed paper per room, its chair and meeting lines left out
            papers = paper_rows(grid, r, members[r], day, len(extra))
            rows.extend(paper for paper, _ in papers)
            parts.extend(part for _, part in papers)
            continue
        if r not in timed:
            whole = day_text(texts[0]) if len(set(texts)) == 1 else None
            # a heading's date line before the first time ("… Seminerleri / 19 MAYIS 2021 / …") dates it too
            day = whole or (day_columns.heading_date(row) if r < timed[0] else None) or day
            if texts and whole is None:
                rows.append((row[1] if len(row) > 1 else row[0], Cell(day, row[0].line), Cell(None, row[0].line)))
                parts.append(None)
            continue
        if listed := marked.entry_rows(r, day, row[0], len(extra) + bool(rooms)):  # a list cell: an item an entry
            rows.extend(listed)
            parts.extend(None for _ in listed)
            continue
        title, rest = title_and_rest(row, (r, 2) in grid.listed, named, labelled, placed=shape.placed)
        title, rest, part = marked.parted(
            r, title, grid.parts.get((r, row.index(title))) if title in row else None, rest
        )
        rest, timed_cells = own_times(rest)
        if rooms:  # the room its section row names, after the details (as many as the header has)
            rest = (*rest, *[Cell(None, row[0].line)] * (len(extra) - len(rest)), Cell(rooms.get(r), row[0].line))
        rows.append((title, Cell(day, row[0].line), ended_by_session(grid, r, timed, heads), *rest))
        parts.append(part)
        links[title.line] = tuple(link for cell_links in grid.links[r] for link in cell_links)
        titles[r] = title.line
        for own in timed_cells:  # a cell beside the row's title writing its own time: a slot of its own
            blank = [Cell(None, own.title.line)] * (len(extra) + bool(rooms))
            rows.append((own.title, Cell(day, own.title.line), own.time, *blank))
            parts.append(own.parts)
    parted = with_parts(rows, parts, 0, 0)
    boxed = f"{len(inside)} rows without a time read as the talks of the timed row above" if inside else ""
    said = "; ".join(filter(None, (shape.said, boxed, parted.said)))
    talks = {**parted.talks, **{titles[r]: found for r, found in under.items()}}
    return TimeRows(Table(source, tuple(parted.rows)), links, said, talks)


@attrs.frozen
class _Shape:
    """What the columns after the time hold, and how `reading` says so."""

    named: bool
    placed: bool
    labelled: bool
    extra: list[str]
    rooms: dict[int, str]
    marked: RowCells
    said: str


def _shape(grid: Grid, timed: Sequence[int], element: etree._Element, papers: bool) -> _Shape:
    """What follows the title: speakers before it (PRL 2025), a place, a label, details; speakers after it (PSITE-7)."""
    width = len(grid.cells[0])
    named, placed, labelled = third_column(grid, timed, width, papers)
    extra = ["Speakers"] if named else ["Room"] if placed else ["Type", "Details"] if labelled else []
    extra = extra or ["Details"] * (width - 2)
    marked = row_cells(element, grid, timed) if not (named or placed or labelled) else RowCells()
    said = (
        "no header: times in the first column, then the speakers, then the title"
        if named
        else "no header: times in the first column, the next the title, then its place (read as the room)"
        if placed
        else "no header: times in the first column, then a label (read as the type), then the title"
        if labelled
        else "no header: times in the first column, the next the title" + (", then details" if width > 2 else "")
    )
    said += "; the speakers in the third column" if marked.speakers else ""
    return _Shape(named, placed, labelled, extra, {} if placed else section_rooms(grid, timed), marked, said)


_BARE_NUMBER = re.compile(r"\d{1,2}")
_ID_HEADER = frozenset({"id", "#", "no", "no.", "nr", "nr.", "number", "paper", "paper id", "poster"})


def _id_column(grid: Grid, timed: Sequence[int]) -> bool:
    """Whether a first column of bare numbers is ids (its header says so, or they do not run in order), not hours."""
    numbers = [grid.cells[r][0].text.strip() for r in timed]
    if not all(_BARE_NUMBER.fullmatch(number) for number in numbers):
        return False
    above = grid.cells[timed[0] - 1][0].text.strip().casefold() if timed[0] > 0 else ""
    hours = [int(number) for number in numbers]
    return above in _ID_HEADER or hours != sorted(hours)


def _one_headed_range(grid: Grid, timed: list[int]) -> bool:
    """Whether a table's one timed row sits under a `<th>` header and writes its start and end ("21:00 - 23:00").

    NASA Space Apps Kushimoto 2019 gives each day a table under its `### 10月18日（金曜日）` heading; the first day's
    holds one row (`21:00 - 23:00 | 前夜祭`, the eve party): a schedule's day, not a side table of one time.
    """
    if len(timed) != 1 or not grid.header_rows or min(grid.header_rows) > timed[0]:
        return False
    try:
        return parse_span(grid.cells[timed[0]][0].text).end is not None
    except ClockError:
        return False

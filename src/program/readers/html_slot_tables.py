"""Day and slot tables `html_tables` does not read: open times, zones in the cells, one table per slot.

- A day's table of rows led by a time as people write them beside a zone (11th NDN Hackathon
  2021, one table under each day's heading): `9:00 am - 11:00 am PDT`, `After 11:00 am PDT`
  (a start, no end), `Until 10:45 am PDT` (an end, no start: no time, said), `All Day` (the
  heading's day, no time). Its first row is a slot, never a header, even when it is its only
  row. The zone abbreviation is the page's zone (`html_time_zones`), not part of the time.
- A block of rows per room (Tübix 2016), read by `html_room_blocks`.
- One `<table>` per slot (CMMCA 2024): a time cell spanning the rows (`8:05-8:35 AM`), the
  title beside it and, under the title, a row `KEYNOTE - Dr. Lequan Yu, University of Hong Kong`:
  the label before the dash is the item's type, then the speaker and where they work.

Each is handed to `tabular` as a header-less table is by `html_tables`: Title, Time, Type,
Speakers columns, the cell markup's parts (`html_cell_parts`) kept.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from program.readers.html_blocks import HEADINGS, collapse, dated_leaf, tag_of
from program.readers.html_cell_parts import CellParts, with_parts
from program.readers.html_grid import Grid, expand
from program.readers.html_named_tables import named_table
from program.readers.html_room_blocks import room_block_table
from program.readers.html_tables import HtmlTable, html_table
from program.readers.html_time_zones import ZONE_AFTER_TIME
from program.readers.html_track_cells import track_table
from program.readers.notation.dates import DateError, parse_date
from program.readers.notation.times import is_span
from program.readers.tabular.cells import Cell, Table

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_ALL_DAY = re.compile(r"^(?:all[\s-]day|whole\s+day|ganzt[äa]gig)$", re.IGNORECASE)
_PARALLEL = re.compile(r"^(?:in\s+)?(?:parallel|gleichzeitig|simultaneously)$", re.IGNORECASE)
_AFTER = re.compile(r"^(?:after|from|ab)\s+(?P<clock>\S.*)$", re.IGNORECASE)
_UNTIL = re.compile(r"^(?:until|till|til|by|bis)\s+(?P<clock>\S.*)$", re.IGNORECASE)
_LABELLED_SPEAKER = re.compile(r"^(?P<label>[A-Za-z][\w .&/]{0,30}?)\s+[-–—]\s+(?P<who>\S.*)$")
"""`KEYNOTE - Dr. Lequan Yu, University of Hong Kong`, `Oral 1 - Chunjun Qian, Changzhou Institute of Technology`."""


_LED_BY = re.compile(r"^(?P<title>.*\S)\s*\((?:moderated|chaired|hosted|led)\s+by\s+(?P<who>[^()]+)\)$", re.IGNORECASE)
"""A title naming who leads it in brackets: "Panel Discussion (Moderated by Dr. Chao Li)"."""


@attrs.frozen
class _SlotTime:
    """A time cell read: the time tabular reads ("" for none) and what is said of it."""

    time: str
    open_or_zoned: bool
    note: str = ""


def page_table(element: etree._Element, source: str, explicit: bool) -> HtmlTable | None:
    """The table as `tabular` reads it: a day table of open times first, then `html_table`, then one slot."""
    if explicit:
        return html_table(element, source, explicit)
    grid = expand(element)
    opened = _open_time_table(grid, source, element) or room_block_table(grid, source, element)
    opened = opened or track_table(grid, source)  # `<th>Zeit</th><th></th><th></th>`: tracks of unnamed columns
    opened = opened or named_table(element, source)  # `<th></th><th>Beginners</th><th></th>` over a room's rows
    return opened or html_table(element, source, explicit) or _slot_table(grid, source)


def _slot_time(text: str) -> _SlotTime | None:
    """A first cell's time ("After 11:00 am PDT" → 11:00 am), or None when the cell is no time."""
    written = " ".join(text.split())
    plain = ZONE_AFTER_TIME.sub("", written)
    if _ALL_DAY.match(plain):
        return _SlotTime("", True, f"{written!r}: the whole day, read without a time")
    if _PARALLEL.match(plain):  # Deutscher Tourismustag 2014's press conference beside the lunch
        return _SlotTime("", True, f"{written!r}: beside another row, read without a time")
    after, until = _AFTER.match(plain), _UNTIL.match(plain)
    clock = after["clock"] if after else until["clock"] if until else plain
    if not is_span(clock):
        return None
    if until:
        return _SlotTime("", True, f"{written!r}: an end without a start, read without a time")
    return _SlotTime(clock, after is not None or plain != written)


def _open_time_table(grid: Grid, source: str, element: etree._Element) -> HtmlTable | None:
    """A header-less table whose every row opens with a time, one of them open or zoned; else None.

    A row without a time (`All Day`, `Until …`) is on the day of the heading above the table, and
    keeps its time as written in its details; a bold title's cell keeps the rest as details.
    """
    rows = [(r, row) for r, row in enumerate(grid.cells) if any(cell.text for cell in row)]
    if not rows or len(grid.cells[0]) != 2:
        return None
    times = [_slot_time(row[0].text) for _, row in rows]
    if any(time is None for time in times) or not any(time.open_or_zoned for time in times if time):
        return None
    line = rows[0][1][0].line
    day = _heading_above(element)
    table: list[tuple[Cell, ...]] = [tuple(Cell(name, line) for name in ("Title", "Time", "Date", "Details"))]
    parts: list[CellParts | None] = [None]
    cells = [[cell for cell in tr if tag_of(cell) in ("td", "th")] for tr in element.iter("tr")]
    for (r, row), time in zip(rows, times, strict=True):
        part = grid.parts.get((r, 1))
        named = part is not None and bool(part.people or part.talks)  # a bold title over its people or talks
        bold, rest = _bold_and_rest(cells[r][-1]) if r < len(cells) and len(cells[r]) > 1 and not named else (None, "")
        details = "\n".join(filter(None, (rest, row[0].text if time and not time.time else "")))
        title = attrs.evolve(row[1], value=bold) if bold else row[1]
        at = row[0].line
        table.append((title, Cell(time.time or None if time else None, at), Cell(day, at), Cell(details or None, at)))
        parts.append(None if bold else part)
    notes = [time.note for time in times if time and time.note]
    parted = with_parts(table, parts, 0, 0)
    said = "; ".join(filter(None, ("no header: times in the first column, the next the title", *notes, parted.said)))
    links = {row[1].line: tuple(link for found in grid.links[r] for link in found) for r, row in rows}
    links = {line: found for line, found in links.items() if found}
    return HtmlTable(Table(source, tuple(parted.rows)), links, said, parted.talks)


def _heading_above(element: etree._Element) -> str | None:
    """The text of the heading before the table when it writes a full date ("Friday, May 21, 2021").

    Or before the block holding it (Deutscher Tourismustag 2014: `<div class="programmHeader"><span>Mittwoch, den
    22. Oktober 2014</span></div>` beside the `<div class="programmContent">` of its table).
    """
    for holder in (element, element.getparent()):
        for before in holder.itersiblings(preceding=True) if holder is not None else ():
            if tag_of(before) in HEADINGS or dated_leaf(before):
                text = collapse(before.text_content())
                try:
                    return text if parse_date(text).year is not None else None
                except DateError:
                    return None
    return None


def _bold_and_rest(cell: etree._Element) -> tuple[str | None, str]:
    """A cell opening with a bold title and more after it: the title and the rest; else (None, "")."""
    first = next(iter(cell), None)
    if first is None or tag_of(first) not in ("strong", "b") or (cell.text or "").strip():
        return None, ""
    bold, whole = collapse(first.text_content()), collapse(cell.text_content())
    rest = whole[len(bold) :].strip() if bold and whole.startswith(bold) else ""
    return (bold, rest) if rest else (None, "")


def _slot_table(grid: Grid, source: str) -> HtmlTable | None:
    """One slot's table: a time, its title beside it, a `LABEL - Name, Affiliation` row under it; else None."""
    rows = [row for row in grid.cells if any(cell.text for cell in row)]
    first = rows[0] if rows and len(rows) <= 3 else None
    if first is None or len(first) < 2 or not first[0].text or not first[1].text:
        return None
    time = _slot_time(first[0].text)
    if time is None or not time.time or any(cell.text for row in rows[1:] for cell in row[:1]):
        return None
    below = [cell.text for row in rows[1:] for cell in row[1:] if cell.text]
    label, speakers = _speaker_line(below[0]) if len(below) == 1 else (None, None)
    if below and speakers is None:
        return None  # more under the title than one speaker line: not this shape
    line = first[0].line
    title = first[1]
    if speakers is None and (led := _LED_BY.match(" ".join(first[1].text.split()))) is not None:
        title, speakers = attrs.evolve(first[1], value=led["title"]), led["who"]  # "Panel (Moderated by Dr. Chao Li)"
    header = (Cell("Title", line), Cell("Time", line), Cell("Type", line), Cell("Speakers", line))
    row = (title, Cell(time.time, line), Cell(label, line), Cell(speakers, line))
    said = "one table per slot: the time, the title, a 'TYPE - Name, Affiliation' row"
    return HtmlTable(Table(source, (header, row)), {first[1].line: grid.links[0][1]} if grid.links[0][1] else {}, said)


def _speaker_line(text: str) -> tuple[str | None, str | None]:
    """`KEYNOTE - Dr. Lequan Yu, University of Hong Kong` → ("KEYNOTE", "Dr. Lequan Yu (University of Hong Kong)")."""
    found = _LABELLED_SPEAKER.match(" ".join(text.split()))
    if found is None:
        return None, None
    name, _, where = found["who"].partition(",")
    return found["label"], f"{name.strip()} ({where.strip()})" if where.strip() else name.strip()

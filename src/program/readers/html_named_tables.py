"""A table whose first row names its room alone, between blank header cells, over the room's rows.

PyCon PH 2015 lists its four breakout rooms as four tables of one afternoon, each opening with
`<tr><th></th><th>Beginners</th><th></th></tr>` over its `Time | Talk | Speaker` header (the Django
workshop's table over its rows directly, with no header). The row was read as no row of the table
(or skipped as a section row), and the four rooms' talks had no room, each overlapping the others.
The name is each row's room: the table is read as written, with a Room column added. Only a row of
header cells, two or more, one of them filled with a short text that is no time and no day, is such
a name (a title over a whole table is one cell across it, and stays as it was read).
"""

from __future__ import annotations

import copy
import re
from typing import TYPE_CHECKING

from program.readers.html_blocks import collapse, tag_of
from program.readers.html_tables import HtmlTable, html_table
from program.readers.lines.day_headings import day_heading
from program.readers.notation.leading import leading_span

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_LONGEST_NAME = 40
_NOTE = re.compile(r"\s*\([^()]*\)$")
"""A note after the room's name (`Django Workshop <em>(Laptops are required)</em>`): no part of the name."""
_HEADERLESS = ("Time", "Talk", "Speaker")
"""The columns of a named table's rows when no header follows its name: time, title, the people."""


def named_table(element: etree._Element, source: str) -> HtmlTable | None:
    """The table read with its name row as each row's room, or None when it opens with no such row."""
    rows = [row for row in element.iter("tr") if collapse(row.text_content())]
    if len(rows) < 2:
        return None
    name = _room_name(rows[0])
    if name is None:
        return None
    rewritten = copy.deepcopy(element)
    written = [row for row in rewritten.iter("tr") if collapse(row.text_content())]
    written[0].getparent().remove(written[0])
    header = written[1] if all(tag_of(cell) == "th" for cell in written[1]) else None
    if header is None:  # the Django workshop's rows under its name: read as time, title and speaker
        header = _row_before(written[1], _HEADERLESS if len(_cells(written[1])) == len(_HEADERLESS) else ())
        if header is None:
            return None
    _append_cell(header, "th", "Room")
    for row in written[1:]:
        if row is not header:
            _append_cell(row, "td", name)
    read = html_table(rewritten, source, False)
    if read is None:
        return None
    said = f"{name!r} over the table: the room of its rows"
    return HtmlTable(read.table, read.links, f"{read.said}; {said}" if read.said else said, read.talks)


def _room_name(row: etree._Element) -> str | None:
    """The name a row of header cells writes in one of them, the others blank; None for any other row."""
    cells = _cells(row)
    filled = [collapse(cell.text_content()) for cell in cells if collapse(cell.text_content())]
    if len(cells) < 2 or len(filled) != 1 or any(tag_of(cell) != "th" for cell in cells):
        return None
    name = _NOTE.sub("", filled[0]).strip()
    if not name or len(name) > _LONGEST_NAME or leading_span(name) is not None or day_heading(name) is not None:
        return None
    return name


def _cells(row: etree._Element) -> list[etree._Element]:
    return [cell for cell in row if tag_of(cell) in ("td", "th")]


def _row_before(row: etree._Element, names: tuple[str, ...]) -> etree._Element | None:
    """A header row of `names` put before `row` (None when there are none): its cells on the row's line."""
    if not names:
        return None
    header = row.makeelement("tr", {})
    header.sourceline = row.sourceline
    for name in names:
        _append_cell(header, "th", name)
    row.addprevious(header)
    return header


def _append_cell(row: etree._Element, tag: str, text: str) -> None:
    """Add a cell of `text` at the row's end, on the row's line."""
    cell = row.makeelement(tag, {})
    cell.text = text
    cell.sourceline = row.sourceline
    row.append(cell)

"""Two activities in one table cell, set apart by an empty line (`<br><br>`): two items at the row's time.

CICA 2017 writes `Presentaci&oacute;n de ponencias en mesas de trabajo<br><br>Presentaci&oacute;n de
posters` in one row's activity cell, 12:30 - 14:00 hrs.: both run then. The second is read as a
talk of the first, at the time the row writes in another of its cells (shown at the first). Only
two lines that are both titles (no names) and a double break between them: a title over its
speaker, or lines broken once, are the cell's other shapes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from program.readers.html_blocks import element_lines, tag_of
from program.readers.html_cell_furniture import without_furniture
from program.readers.html_cell_parts import CellParts, Talk
from program.readers.lines.names import speakers_of
from program.readers.notation.times import ClockError, TimeSpan, parse_span

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_LONGEST = 10
"""Words; a longer line is a sentence, not an activity's name."""


def paired_titles(cell: etree._Element, row: list[etree._Element]) -> CellParts | None:
    """The cell's first title, the second a talk at the row's time; None for any other cell."""
    lines = without_furniture(element_lines(cell))
    if len(lines) != 2 or not _double_break(cell) or any(_not_title(line) for line in lines):
        return None
    span = next((found for other in row if other is not cell and (found := _span(other)) is not None), None)
    if span is None:
        return None
    return CellParts(lines[0], talks=(Talk(lines[1], (), cell.sourceline or 1, span),))


def _double_break(cell: etree._Element) -> bool:
    """Whether two `<br>`s follow each other with nothing but white space between them."""
    for node in cell.iter("br"):
        following = node.getnext()
        if following is not None and tag_of(following) == "br" and not (node.tail or "").strip():
            return True
    return False


def _not_title(line: str) -> bool:
    return len(line.split()) > _LONGEST or speakers_of(line) is not None


def _span(cell: etree._Element) -> TimeSpan | None:
    text = " ".join(element_lines(cell))
    if not text or not any(char.isdigit() for char in text):
        return None
    try:
        return parse_span(text)
    except ClockError:
        return None

"""A table of one cell that writes a day: a page's day heading drawn as a table (PyCon PH 2015's Sphinx page)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from program.readers.lines.day_headings import day_heading

if TYPE_CHECKING:  # only named: lxml is imported where a page is parsed
    from lxml import etree


def day_table(table: etree._Element) -> str | None:
    """The day a table of one cell writes, as a heading's text; None for any other table.

    PyCon PH 2015 heads each day's table with a table of one `<th>`, `Day 2 - July 5, 2015`: read as a table it
    was no day, and the second day's talks fell on the first's.
    """
    cells = list(table.iter("td", "th"))
    if len(cells) != 1 or sum(1 for _ in table.iter("tr")) != 1:
        return None
    text = " ".join(cells[0].text_content().split())
    return text if text and day_heading(text) is not None else None

"""Session 16's pages' slots, counted from their HTML with lxml, independently of the reader.

As html_slot_counts.py: COMSOC 2006's small table of labelled moments and its grid of days as columns
between two time columns.
"""

from __future__ import annotations

import re

import lxml.html

Root = lxml.html.HtmlElement

_TIME_CELL = re.compile(r"^\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}$")
_LABELLED = re.compile(r"^[^:]+:.*\b\d{1,2}:\d{2}")


def labels_and_day_cells(root: Root) -> int:
    """Cells `Label: day time` of a table without a time column, and the filled cells that are no time of one with."""
    count = 0
    for table in root.iter("table"):
        cells = [" ".join(cell.text_content().split()) for cell in table.iter("td")]
        if any(_TIME_CELL.match(text) for text in cells):
            count += sum(1 for text in cells if text and not _TIME_CELL.match(text) and text != "Time")
            count -= sum(1 for text in cells if text in ("Wednesday", "Thursday", "Friday"))  # the days' header
        else:
            count += sum(1 for text in cells if _LABELLED.match(text))
    return count

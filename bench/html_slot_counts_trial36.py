"""Trial 36's pages' slots, counted from their HTML with lxml, independently of the reader.

As html_slot_counts.py: the Da Nang startup meeting 2019's session cards and VICTOR 2017's day tables.
"""

from __future__ import annotations

import re

import lxml.html

Root = lxml.html.HtmlElement

_TIME = re.compile(r"^\d{1,2}:\d{2}")


def date_paragraph_cards(root: Root) -> int:
    """Each card's `<p class="date">` time (Da Nang startup meeting 2019: one a card, in every room's tab pane)."""
    return sum(1 for paragraph in root.find_class("date") if _TIME.match(paragraph.text_content().strip()))


def rows_led_by_a_time(root: Root) -> int:
    """Rows whose first cell opens with a time (`8:30起` too); a sub-place row under its slot (no time) is none."""
    count = 0
    for row in root.iter("tr"):
        cells = [cell for cell in row if cell.tag == "td"]
        count += bool(cells) and _TIME.match(cells[0].text_content().strip()) is not None
    return count

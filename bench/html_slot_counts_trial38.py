"""Trial 38's pages' slots, counted from their HTML with lxml, independently of the reader.

NAV IT-dagen 2022 (HTML inside Markdown): a row led by a `FRA` and a `TIL` time cell holds a slot in each filled
cell after them; a keynote cell of `Name: <i>Title</i>` lines holds its session and a talk a line.
PSITE-7 2018 (a PHP view): a row with a title cell is a slot (also under a time cell spanning rows); a cell
that is only a list a slot an entry; the `Research Presentations..` header row (`<th colspan>` beside `&nbsp;`)
none.
"""

from __future__ import annotations

import re

import lxml.html

Root = lxml.html.HtmlElement
_CLOCK = re.compile(r"^\d{1,2}:\d{2}$")


def time_pair_cells(root: Root) -> int:
    """The filled cells after each row's two time cells; a keynote cell's talk lines (`<i>`) counted besides."""
    count = 0
    for row in root.iter("tr"):
        cells = [cell for cell in row if cell.tag == "td"]
        if len(cells) < 2 or not all(_CLOCK.match(cell.text_content().strip()) for cell in cells[:2]):
            continue
        for cell in cells[2:]:
            if cell.text_content().strip():
                count += 1 + len(cell.findall("i"))
    return count


def title_cells_and_entries(root: Root) -> int:
    """Each row's title cell (its first `<td>` with text), or each entry of a title cell that is only a list."""
    count = 0
    for row in root.iter("tr"):
        cells = [cell for cell in row if cell.tag == "td"]
        title = next((cell for cell in cells if cell.text_content().strip(" \xa0\t\n")), None)
        if title is None:
            continue
        lists = [child for child in title if child.tag in ("ul", "ol")]
        only_list = (
            len(lists) == 1 and len(title) == 1 and not (title.text or "").strip() and not (lists[0].tail or "").strip()
        )
        count += len(lists[0].findall("li")) if only_list else 1
    return count

"""Rows without a time under a timed row of a header-less table: that slot's talks, read from their markup.

5G-MeMU 2024 writes `<td>9:00 AM</td><td>Keynotes Presentation</td>`, then rows with an empty
time cell, each a box of a speaker, the talk's title in `<strong>` (or a paper's in `<em>`
over its authors) and a collapsible abstract. They are the slot's talks: read as its members,
never as rows of their own (whose long text a date column once took for a day).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from program.readers.html_blocks import collapse, tag_of
from program.readers.html_cell_parts import Run, Talk, marked_lines
from program.readers.html_grid import Grid
from program.readers.lines.names import names_in

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_BRACKETS = re.compile(r"\s*\([^()]*\)")
"""An affiliation in brackets after a name or a list of names: "Zhaowei Tan (UC Riverside, USA)"."""


def talks_under(table: etree._Element, grid: Grid, timed: Sequence[int]) -> dict[int, tuple[Talk, ...]]:
    """The talks of each timed row (by its index) that the untimed rows right under it hold.

    A row counts only when its last filled cell is a talk box (`row_talk`); any other row ends the
    run (a section row, a day row), and stays what it was.
    """
    rows = [row for row in table.iter("tr") if next(row.iterancestors("table"), None) is table]
    found: dict[int, list[Talk]] = {}
    owner: int | None = None
    for r, row in enumerate(rows[: len(grid.cells)]):
        if r in timed:
            owner = r
            continue
        cells = [cell for cell in row if tag_of(cell) in ("td", "th") and collapse(cell.text_content())]
        talk = row_talk(cells[-1]) if owner is not None and len(cells) == 1 else None
        if owner is None or talk is None:
            owner = None
            continue
        found.setdefault(owner, []).append(talk)
    return {r: tuple(talks) for r, talks in found.items()}


def row_talk(cell: etree._Element) -> Talk | None:
    """A cell of one title in bold or italics and a line of names beside it (before or after), else None.

    Further plain lines are the talk's abstract; affiliations in brackets are dropped from the names.
    """
    lines = marked_lines(cell)
    titles = [index for index, runs in enumerate(lines) if _style(runs) in ("bold", "italic")]
    if len(titles) != 1:
        return None
    at = titles[0]
    beside = [index for index in (at - 1, at + 1) if 0 <= index < len(lines) and _style(lines[index]) == "plain"]
    for index in beside:
        names = names_in(_BRACKETS.sub("", _text(lines[index])), words=2)
        if names is None:
            continue
        rest = [_text(runs) for other, runs in enumerate(lines) if other not in (at, index)]
        if any(_style(lines[other]) != "plain" for other in range(len(lines)) if other not in (at, index)):
            return None
        return Talk(_text(lines[at]), names, cell.sourceline or 1, abstract="\n".join(rest) or None)
    return None


def _style(runs: list[Run]) -> str:
    """A line's one marking ("bold", "italic", "plain"), or "mixed"."""
    styles = {style for _, style in runs}
    return styles.pop() if len(styles) == 1 else "mixed"


def _text(runs: list[Run]) -> str:
    return collapse(" ".join(piece for piece, _ in runs))

"""A cell's speakers as badges: `<span class="badge rounded-pill">Name</span>`, one a person, after the title.

Bologna Big Code 2022 (a Bootstrap page) writes a talk's cell as its title, a `<br />`, then one
badge per speaker, two of them on one line for a talk given by two:

    Gli archivi del mondo digitale: sfide e opportunità <br />
    <span class="badge rounded-pill bg-primary">Roberto Di Cosmo</span>
    <span class="badge rounded-pill bg-warning">Stefano Vitali</span>

Read as the cell's lines, the two badges were one line and one person ("Roberto Di Cosmo Stefano
Vitali"). Each badge is a person here, the text outside them the title; a cell whose badges do
not each name one person (a kind's badge, "Keynote") gives None and is read as before.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from program.readers.html_blocks import collapse
from program.readers.html_cell_parts import CellParts
from program.readers.lines.names import names_in

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree


def _is_badge(element: etree._Element) -> bool:
    return isinstance(element.tag, str) and "badge" in (element.get("class") or "").split()


def badge_parts(cell: etree._Element) -> CellParts | None:
    """A cell's title (its text outside the badges) and its people (a badge each), else None."""
    badges = [element for element in cell.iter() if _is_badge(element)]
    names = [collapse(badge.text_content()) for badge in badges]
    if not badges or not all((found := names_in(name, words=2)) is not None and len(found) == 1 for name in names):
        return None
    titled = copy.deepcopy(cell)
    for badge in [element for element in titled.iter() if _is_badge(element)]:
        parent = badge.getparent()
        if parent is None:
            return None
        _keep_tail(badge, parent)
        parent.remove(badge)
    title = collapse(titled.text_content())
    return CellParts(title, tuple(names)) if title else None


def _keep_tail(element: etree._Element, parent: etree._Element) -> None:
    """Move the text after `element` to what comes before it, so that removing it keeps that text."""
    if not element.tail:
        return
    before = element.getprevious()
    if before is not None:
        before.tail = (before.tail or "") + element.tail
    else:
        parent.text = (parent.text or "") + element.tail

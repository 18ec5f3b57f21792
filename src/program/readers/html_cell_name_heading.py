"""A cell headed by its speaker's name, where they work in brackets under it, then the talk's title (PHPeste 2019).

PHPeste 2019 (a Blade partial, two tracks side by side) writes each talk as

    <h5>Aline Chaves</h5>
    <img …><br>
    <small>(PHP com Rapadura e PHPWomen)</small><br>
    Em DDD, domain, que falta eu sinto de você
    <br>
    <a href="…">ver slide</a>

Read from its text, the heading (the cell's first line) became the title and the title, split
at its comma, the people, with the link's prompt (`ver slide`) among them. Here a heading that
is a name is the speaker, the bracket under it where they work (dropped), a line that is a
link's text alone the talk's material (not the title), and the lines left the title.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from program.readers.html_blocks import HEADINGS, collapse, element_lines, tag_of
from program.readers.html_cell_parts import CellParts
from program.readers.lines.names import names_in

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_BRACKETED = re.compile(r"^\(.*\)$")


def name_headed(cell: etree._Element) -> CellParts | None:
    """The title and speakers of a cell whose first element is a heading naming its speakers, else None."""
    first = next((child for child in cell if isinstance(child.tag, str) and collapse(child.text_content())), None)
    if first is None or tag_of(first) not in HEADINGS or collapse(cell.text or ""):
        return None
    people = names_in(collapse(first.text_content()), words=2)
    if people is None:
        return None
    linked = {collapse(link.text_content()) for link in cell.iter("a")}
    heading = element_lines(first)
    rest = element_lines(cell)[len(heading) :]
    if rest and _BRACKETED.match(rest[0]):
        rest = rest[1:]
    title = " ".join(line for line in rest if line not in linked)
    return CellParts(title, people) if title else None

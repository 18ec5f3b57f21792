"""A cell led by its bold title, then its people as bold or linked names with their office after them.

The Deutscher Tourismustag 2014 writes a session's cell as its title in bold, then under a role's
underlined word (`Moderation`, `Begrüßung`, `Diskussionsteilnehmer`) each person as a linked bold
name and their office after a comma: `<a href="/referenten#siemering"><b>Peter Siemering</b></a>,
Vizepräsident des DTV`, or unlinked, `<b>Prof. Dr. Martin Haag</b>, Bürgermeister der Stadt
Freiburg`. A bold line alone (`<b>Wettbewerbsvorteil Nachhaltigkeit</b>`, a talk's title) and the
role words are no one. The chair is among the session's people, as a session's chair is.

Its excursions are one cell too: a bold title over one link a line, each an excursion to choose
(`<a href="/info#geschichte">Fachexkursionen Freiburger Geschichte: …</a>`): the session's talks,
shown at it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from program.readers.html_blocks import collapse
from program.readers.html_cell_parts import CellParts, Talk, marked_lines
from program.readers.lines.honorifics import without_honorifics
from program.readers.lines.names import names_in

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

Run = tuple[str, str]
_MIN_TALKS = 2


def bold_led(cell: etree._Element) -> CellParts | None:
    """The cell's bold title with the named people or the linked talks under it; None when it names neither."""
    lines = marked_lines(cell)
    lead = next((index for index, (_, style) in enumerate(lines[0] if lines else []) if style != "bold"), None)
    if lead:  # `<b>Title</b></br> <a><b>Prof. Dr. Name</b></a> Office`: an end tag for a break, no break
        lines = [lines[0][:lead], lines[0][lead:], *lines[1:]]
    if len(lines) < 2 or {style for _, style in lines[0]} != {"bold"}:
        return None
    title = collapse(" ".join(text for text, _ in lines[0]))
    people = tuple(name for line in lines[1:] if (name := _named(line)) is not None)
    if people:
        return CellParts(title, people=tuple(dict.fromkeys(people)))
    linked = [collapse(line[0][0]) for line in lines[1:] if len(line) == 1 and line[0][1] == "link"]
    if len(linked) < _MIN_TALKS or len(linked) != len(lines) - 1:
        return None
    anchors = [anchor.sourceline or 1 for anchor in cell.iter("a")]
    return CellParts(title, talks=tuple(Talk(text, (), _line(anchors, index)) for index, text in enumerate(linked)))


def _named(line: Sequence[Run]) -> str | None:
    """The person a line opens with: a linked name, or a bold one with their office after a comma; else None."""
    text, style = line[0]
    after = collapse(line[1][0]) if len(line) > 1 else ""
    if style != "link" and not (style == "bold" and after.startswith(",")):
        return None
    name = without_honorifics(collapse(text))
    found = names_in(name, words=2)
    return found[0] if found is not None and len(found) == 1 else None


def _line(anchors: Sequence[int], index: int) -> int:
    return anchors[index] if index < len(anchors) else anchors[-1] if anchors else 1

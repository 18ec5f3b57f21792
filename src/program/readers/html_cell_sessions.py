"""A table cell that is a session written as paragraphs: its title and chair, then its talks and papers.

SPIN 2024 (days as columns) writes each session in one cell, a paragraph a part:

- ``<p><strong>Session 1: Software verification.</strong> chair: Thomas Neele</p>``: the session's
  title (a closing full stop left out), its chair its label ("Chair: Thomas Neele");
- ``<p><strong>10:30--11:30: Taming the AI Monster …</strong> (keynote)<br />Holger Hermanns</p>``:
  a talk at its own time, titled after the time, of the kind the bracket says, by the next line;
- ``<p><em>Title</em><br />Dirk Beyer, Po-Chun Chien and Nian-Ze Lee<br><b>(nominated for best
  paper)</b></p>``: a paper and its authors (a bold note in brackets after them is its label);
- a plain paragraph before the session's (``<p>Opening</p>``): an item of its own, shown at the session.

Every paragraph must have one of these shapes and one must be the session's, else the cell is
read as before (None).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from program.readers.html_blocks import collapse, tag_of
from program.readers.html_cell_parts import CellParts, Run, Talk, marked_lines
from program.readers.lines.names import names_in
from program.readers.notation.times import ClockError, TimeSpan, parse_span

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_CHAIR = re.compile(r"^(?:session\s+)?chairs?\s*:\s*(?P<names>\S.*)$", re.IGNORECASE)
_TIMED = re.compile(r"^(?P<span>[^A-Za-z]*?\d)\s*:\s+(?P<title>\S.*)$")
"""A bold "10:30--11:30: Title": the time up to the first colon followed by a space, then the title."""
_BRACKETED = re.compile(r"^\((?P<inside>[^()]+)\)$")


def paragraph_session(cell: etree._Element) -> CellParts | None:
    """The session a cell of paragraphs writes, with its talks; None for any other cell."""
    paragraphs = [child for child in cell if tag_of(child) == "p"]
    loose = [cell.text, *(child.tail for child in cell)]
    if len(paragraphs) < 2 or len(paragraphs) != len(cell) or any(text and text.strip() for text in loose):
        return None
    session: tuple[str, str | None] | None = None
    talks: list[Talk] = []
    for paragraph in paragraphs:
        lines = marked_lines(paragraph)
        line = paragraph.sourceline or cell.sourceline or 1
        heading = _session_heading(lines) if session is None else None
        if heading is not None:
            session = heading
        elif (talk := _timed(lines, line) or _paper(lines, line) or _plain(lines, line, session)) is not None:
            talks.append(talk)
        else:
            return None
    if session is None:
        return None
    return CellParts(session[0], (), session[1], tuple(talks))


def _text(runs: Sequence[Run], *styles: str) -> str:
    return collapse(" ".join(piece for piece, style in runs if style in styles))


def _session_heading(lines: list[list[Run]]) -> tuple[str, str | None] | None:
    """A session's paragraph, `<strong>Session 1: …</strong> chair: Thomas Neele`: its title and chair label."""
    if len(lines) != 1 or lines[0][0][1] != "bold" or not _text(lines[0][:1], "bold").casefold().startswith("session"):
        return None
    title = _text(lines[0][:1], "bold").rstrip(". ")
    rest = _text(lines[0][1:], "plain", "italic", "bold")
    if not rest:
        return title, None
    chair = _CHAIR.match(rest)
    names = names_in(chair["names"], words=2) if chair else None
    return (title, f"Chair: {', '.join(names)}") if names else None


def _timed(lines: list[list[Run]], line: int) -> Talk | None:
    """A talk at its own time: `<strong>14:00--15:00: The Spin on Spin</strong> (keynote)<br />Gerard Holzmann`."""
    if len(lines) != 2 or lines[0][0][1] != "bold":
        return None
    found = _TIMED.match(_text(lines[0], "bold"))
    span = _span(found["span"]) if found else None
    bracket = _BRACKETED.match(_text(lines[0], "plain", "italic"))
    names = names_in(_text(lines[1], "plain", "italic"), words=2)
    if found is None or span is None or span.end is None or not names:
        return None
    return Talk(found["title"], names, line, span, bracket["inside"].strip() if bracket else None)


def _paper(lines: list[list[Run]], line: int) -> Talk | None:
    """A paper, `<em>Title</em><br />A, B and C`, and maybe `<b>(nominated for best paper)</b>` after."""
    if len(lines) not in (2, 3) or {style for _, style in lines[0]} - {"italic", "link"}:
        return None
    title = _text(lines[0], "italic")
    names = names_in(_text(lines[1], "plain"), words=2) if {s for _, s in lines[1]} == {"plain"} else None
    note = _BRACKETED.match(_text(lines[2], "bold", "plain", "italic")) if len(lines) == 3 else None
    if not title or not names or (len(lines) == 3 and note is None):
        return None
    return Talk(title, names, line, None, note["inside"].strip() if note else None)


def _plain(lines: list[list[Run]], line: int, session: tuple[str, str | None] | None) -> Talk | None:
    """A plain paragraph before the session's ("Opening"): an item of its own, named by no one."""
    if session is not None or len(lines) != 1 or {style for _, style in lines[0]} != {"plain"}:
        return None
    return Talk(_text(lines[0], "plain"), (), line)


def _span(text: str) -> TimeSpan | None:
    try:
        return parse_span(text)
    except ClockError:
        return None

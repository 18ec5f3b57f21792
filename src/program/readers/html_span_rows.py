"""List rows of a `<span class="time">` beside untitled spans, one a talk: `<strong>Title</strong> Name - Role, Org`.

SQL Server 2012 Lansmanı (Istanbul, an ASP.NET page) writes each row as a list item whose time
span is followed by one span (the whole hall) or two (one a room), each a bold title, then who
speaks:

    <li class="baslik"><span><strong>İş Kritik Güven (Fuji 2)</strong></span>
                       <span><strong>Atılım Yaratan İş Zekası (Fuji 1)</strong></span></li>
    <li><span class="time">11:15 - 12:00</span>
        <span><strong>SQL Server 2012 ve İş Kritik Güven</strong> Esin Yılmaz - Çözüm Satış Uzmanı, Microsoft …</span>
        <span><strong>Microsoft Veri Ambarı Çözümleri</strong> Cem Kubilay - Çözüm Satış Uzmanı, …</span></li>

Read as text, the row was one item of both talks, with role text as people. Here each span is
an item. Its room: the one a header row's span at its place names in brackets, the heading over
the list (`<h1>Dene Keşfet (Bern)</h1>`), or a lone span's own bracket when the header row names
that room (`Açılış Konuşmaları (Fuji 2)`, not `… (SSDT)`). Its title: the bold text's first line
(`Demo`, `Hands-on-lab` under it a note, and the kind it names). Its people, from the lines after
the bold text: each line's name before its first comma and before ` - ` (a role after it), or,
when the first line has no comma and more lines follow, that line's names joined by ` - `
(`Emrah Uslu - Osman Çokakoğlu` over `SQL Server Teknoloji Danışmanları, TCM`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from program.model import Kind
from program.readers.html_blocks import HEADINGS, collapse, element_lines, tag_of
from program.readers.kind_labels import kind_from_title
from program.readers.notation.leading import leading_span
from program.readers.tabular.people import looks_like_name

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_ROOM = re.compile(r"\(([^()]+)\)\s*$")
_FEWEST = 3
_BREAK = "\x00"
"""A `<br>` among the text after a title: the source's own line ends break no line."""


@attrs.frozen
class SpanRow:
    """One talk of a row: where it is written, its minutes, title, people, room and note."""

    line: int
    start: int
    end: int | None
    title: str
    people: tuple[str, ...]
    room: str | None
    note: str | None
    classed: Kind | None
    """The kind the line under the title names (`Demo`), for a title that names none."""


def span_rows(root: etree._Element) -> list[SpanRow] | None:
    """The talks of the page's rows of a time span beside bold-titled spans; None when fewer than three rows."""
    found: list[SpanRow] = []
    rows = 0
    for listed in root.iter("ul", "ol"):
        rows_of = [(item, [child for child in item if tag_of(child) == "span"]) for item in listed.iterchildren("li")]
        named = {room for _, spans in rows_of if not _timed(spans) for room in _header(spans) or () if room}
        rooms: list[str | None] = []
        hall = _heading_room(listed)
        for item, spans in rows_of:
            if not _timed(spans):
                rooms = _header(spans) or rooms
                continue
            written = leading_span(collapse(spans[0].text_content()))
            if written is None or written.rest.strip() or not spans[1:]:
                continue
            rows += 1
            talks = spans[1:]
            for place, talk in enumerate(talks):
                if (bold := _bold(talk)) is None:
                    continue
                lines = element_lines(bold)
                lone = hall or (own if (own := _bracket(talk)) in named else None)
                room = rooms[place] if len(talks) > 1 and place < len(rooms) else lone
                found.append(
                    SpanRow(
                        talk.sourceline or item.sourceline or 1,
                        written.span.start.minutes,
                        written.span.end_minutes,
                        lines[0],
                        _people(_after(bold)),
                        room,
                        " ".join(lines[1:]) or None,
                        kind_from_title(lines[1]) if lines[1:] else None,
                    )
                )
    return found if rows >= _FEWEST else None


def _timed(spans: list[etree._Element]) -> bool:
    return bool(spans) and "time" in (spans[0].get("class") or "").split()


def _header(spans: list[etree._Element]) -> list[str | None] | None:
    """The rooms a header row's bold spans name in brackets, in order (`İş Kritik Güven (Fuji 2)`), else None."""
    return [_bracket(span) for span in spans] if spans and all(_bold(span) is not None for span in spans) else None


def _bold(span: etree._Element) -> etree._Element | None:
    """The span's leading `<strong>`/`<b>` (its title), else None."""
    first = next(iter(span), None)
    if first is None or tag_of(first) not in ("strong", "b") or (span.text or "").strip():
        return None
    return first


def _bracket(span: etree._Element) -> str | None:
    bold = _bold(span)
    found = _ROOM.search(collapse(bold.text_content())) if bold is not None else None
    return found[1].strip() if found else None


def _heading_room(listed: etree._Element) -> str | None:
    """The room a heading just before the list names in brackets (`<h1>Dene Keşfet (Bern)</h1>`)."""
    before = listed.getprevious()
    if before is None or tag_of(before) not in HEADINGS:
        return None
    found = _ROOM.search(collapse(before.text_content()))
    return found[1].strip() if found else None


def _after(bold: etree._Element) -> list[str]:
    """The lines after the bold title inside its span, `<br>` breaking them."""
    pieces = [bold.tail or ""]
    for sibling in bold.itersiblings():
        pieces.append(_BREAK if tag_of(sibling) == "br" else sibling.text_content())
        pieces.append(sibling.tail or "")
    return [line for piece in "".join(pieces).split(_BREAK) if (line := collapse(piece))]


def _people(lines: list[str]) -> tuple[str, ...]:
    """The names the lines after a title give (see the module's doc); lines that give none give no one."""
    if not lines:
        return ()
    if "," not in lines[0] and len(lines) > 1:
        candidates = [part.strip() for part in lines[0].split(" - ")]
    else:
        candidates = [line.split(",")[0].split(" - ")[0].strip() for line in lines]
    return tuple(name for name in candidates if looks_like_name(name))

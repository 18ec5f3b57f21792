"""A table cell whose parts its CSS classes name: a session with its papers, a keynote's box.

IWSDA 2025 writes each session in one cell, ``<div class="session-header">Session 1: Sequences-I</div>``,
``<div class="session-chair">Session Chair: Yang Yang</div>`` and ``<ul class="paper-list">`` of
``<li><span class="paper-id">[Paper 12]</span><span class="paper-title">Title</span><br>
<span class="authors">A, B and C</span></li>``: the session is the slot, its chair its label, each
paper one of its talks (untimed, shown at the session) with its authors as people. A keynote is
a ``<div class="keynote-box">`` of a bold label (``Keynote Speech 1``), the speaker's name in a
heading (``<h3>Professor Pingzhi Fan</h3>``), a ``speaker-title`` (where they work: left out),
the talk's title in bold and a paragraph, its abstract. Read flattened, each became one title
of hundreds of characters. A bold title over a plain ``Location: Manhari Room`` line is the
title, and that room. Hackers Champloo 2018 writes ``<p class="track-title">``, then ``<p
class="track-speaker">`` holding each speaker as a link (``<a>赤塚 妙子（@ken_c_lo）</a> / esa LLC``;
unlinked text there, ``実行委員会`` the organising committee or a line about the break, is no
one), ``<p class="track-description">`` (the abstract) and lightning talks listed ``<li>Title |
Name / affiliation</li>``. Any other cell gives None and is read as before (`html_cell_parts`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from program.readers.html_blocks import HEADINGS, collapse, element_lines, tag_of
from program.readers.html_cell_parts import CellParts, Talk
from program.readers.lines.honorifics import without_honorific
from program.readers.lines.names import names_in, speakers_of
from program.readers.lines.rooms import names_room, room_text

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_SESSION = re.compile(r"^session[-_]?(?:header|title|name)$")
_CHAIR = re.compile(r"chair")
_TALK_TITLE = re.compile(r"^(?:paper|talk|presentation)?[-_]?title$")
_AUTHORS = re.compile(r"^(?:authors?|speakers?|presenters?)(?:[-_]?(?:list|names?))?$")
_NO_ONE = re.compile(r"\b(?:zoom|link|online|hands[\s-]on|tba|tbd|remote|hybrid|room|hall|stage)\b", re.IGNORECASE)
"""Words of a `details` element that is no one's name: a place, a link, how a talk is given."""
_BYLINE = re.compile(r"^(?:details|byline|talk[-_]?details)$")
"""Under a talk's title, the element that names its speakers (QBF 2026's `<span class="details">`), if names."""
_KEYNOTE = re.compile(r"^(?:keynote|invited|plenary)[-_]?(?:box|talk|speech|card)?$")
_BOLD = frozenset({"b", "strong"})
_PLACE = re.compile(r"^(?:(?:departure\s+)?location|venue|room|place)\s*:\s*(?P<room>\S.*)$", re.IGNORECASE)
_TRACK_TITLE = re.compile(r"^track[-_]?title$")
_TRACK_SPEAKER = re.compile(r"^track[-_]?speakers?$")
_TRACK_ABOUT = re.compile(r"^track[-_]?(?:description|abstract)$")
_LISTED_TALK = re.compile(r"^(?P<title>\S.*?)\s+[|｜]\s+(?P<who>[^|｜]*\S)$")
"""A lightning talk listed in its session's cell: "Title | Name (@handle) / Company"."""
_ASIDE = re.compile(r"\s*[(（][^()（）]*[)）]")
"""A bracket after a name: a handle ("（@ken_c_lo）"), not part of it."""
_ABSTRACT_LEAD = re.compile(r"^(?:talk\s+outline|abstract|summary)\s*:\s*", re.IGNORECASE)


def class_parts(cell: etree._Element) -> CellParts | None:
    """The parts of a cell its classes name (a session and its papers, a keynote's box), else None."""
    return _session(cell) or _keynote(cell) or _track(cell) or _titled(cell) or _linked(cell) or _placed(cell)


def _session(cell: etree._Element) -> CellParts | None:
    header = _first(cell, _SESSION)
    if header is None:
        return None
    chair = _first(cell, _CHAIR)
    talks: list[Talk] = []
    for item in cell.iter("li"):
        title, authors = _first(item, _TALK_TITLE), _first(item, _AUTHORS)
        if title is None:
            return None  # a list of something else: read as the cell's text
        people = _people(_text(authors)) if authors is not None else ()
        talks.append(Talk(_text(title), people, item.sourceline or cell.sourceline or 1))
    label = _text(chair) if chair is not None else None
    return CellParts(_text(header), (), label or None, tuple(talks))


def _keynote(cell: etree._Element) -> CellParts | None:
    box = next((node for node in cell.iter() if _classes_match(node, _KEYNOTE)), None)
    if box is None:
        return None
    name = next((node for node in box.iter() if tag_of(node) in HEADINGS), None)
    bold = [node for node in box.iter() if tag_of(node) in _BOLD and not _inside(node, "p")]
    if name is None or len(bold) < 2:
        return None
    people = _people(_text(name))
    title = _text(bold[-1])
    if not people or not title:
        return None
    abstract = " ".join(_ABSTRACT_LEAD.sub("", _text(node)) for node in box.iter("p")) or None
    return CellParts(title, people, _text(bold[0]) or None, abstract=abstract)


def _track(cell: etree._Element) -> CellParts | None:
    """A `track-title` cell: its speakers are the cell's links (a `<p>` in the speaker's `<p>` ends it early)."""
    title, speaker = _first(cell, _TRACK_TITLE), _first(cell, _TRACK_SPEAKER)
    if title is None:
        return None
    about = _first(cell, _TRACK_ABOUT)
    apart = {node for part in (title, about) if part is not None for node in part.iter()}
    linked = (_text(node) for node in cell.iter("a") if node not in apart and not _inside(node, "li"))
    people = tuple(dict.fromkeys(_ASIDE.sub("", name) for name in linked if name)) if speaker is not None else ()
    talks = tuple(talk for item in cell.iter("li") if (talk := _listed_talk(item)) is not None)
    return CellParts(_text(title), people, talks=talks, abstract=_text(about) or None if about is not None else None)


def _listed_talk(item: etree._Element) -> Talk | None:
    """A list item "Title | Name (@handle) / Company": the title, and the name before the company."""
    found = _LISTED_TALK.match(_text(item))
    if found is None:
        return None
    who = _ASIDE.sub("", found["who"].split(" / ", maxsplit=1)[0]).strip()
    return Talk(found["title"], (who,) if who else (), item.sourceline or 1)


def _titled(cell: etree._Element) -> CellParts | None:
    """A talk's title and its speakers in elements of their own (QBF 2026: `talk-title` and `details` spans)."""
    titles = [node for node in _descendants(cell) if _classes_match(node, _TALK_TITLE)]
    byline = _first(cell, _AUTHORS)
    byline = byline if byline is not None else _first(cell, _BYLINE)  # an element's truth is whether it has children
    said = _text(byline) if byline is not None and len(titles) == 1 else ""
    people = _people(said) if said and not names_room(room_text(said)) and not _NO_ONE.search(said) else ()
    return CellParts(_text(titles[0]), people) if people else None


def _linked(cell: etree._Element) -> CellParts | None:
    """A talk's one link and a `speaker` element, nothing else: the link's text is the title, across its `<br>`s.

    DrupalCamp Spain 2015: ``<a href="…/node/170">Building mentoring into an open source<br/> community that
    welcomes and values new contributors</a><br/><span class="speaker">Cathy Theys</span>``: read by its
    lines, the title was cut at the `<br>` and its second line taken for people.
    """
    byline = _first(cell, _AUTHORS)
    links = [node for node in cell.iter("a") if byline is None or node not in set(byline.iter())]
    if byline is None or len(links) != 1 or not (title := " ".join(element_lines(links[0]))):
        return None
    inside = {*links[0].iter(), *byline.iter()}
    rest = "".join(
        (node.text or "" if node not in inside else "") + (node.tail or "" if node not in (links[0], byline) else "")
        for node in cell.iter()
        if node not in inside or node in (links[0], byline)
    )
    said = _text(byline)
    if rest.strip() or not said:
        return None
    return CellParts(title, _people(said))


def _placed(cell: etree._Element) -> CellParts | None:
    """A bold title and a plain "Location: Manhari Room, Melbourne Connect" line: the title, and the room."""
    lines = element_lines(cell)
    bold = [node for node in _descendants(cell) if tag_of(node) in _BOLD]
    found = _PLACE.match(lines[-1]) if len(lines) == 2 and len(bold) == 1 else None
    if found is None or _text(bold[0]) != lines[0]:
        return None
    return CellParts(lines[0], room=found["room"])


def _people(text: str) -> tuple[str, ...]:
    """The names a line gives ("A, B and C", "Professor Pingzhi Fan", "Dr.Farhad Farokhi"), honorifics left out."""
    spaced = re.sub(r"^((?:Dr|Prof)\.)(?=[A-Z])", r"\1 ", text)  # "Dr.Farhad Farokhi"
    found = names_in(spaced, words=2) or speakers_of(spaced) or ()
    return tuple(without_honorific(name) for name in found)


def _first(element: etree._Element, pattern: re.Pattern[str]) -> etree._Element | None:
    return next((node for node in _descendants(element) if _classes_match(node, pattern)), None)


def _descendants(element: etree._Element) -> Iterator[etree._Element]:
    return (node for node in element.iter() if node is not element and isinstance(node.tag, str))


def _classes_match(node: etree._Element, pattern: re.Pattern[str]) -> bool:
    return any(pattern.search(name.casefold()) for name in str(node.get("class", "")).split())


def _inside(node: etree._Element, tag: str) -> bool:
    parent = node.getparent()
    while parent is not None:
        if tag_of(parent) == tag:
            return True
        parent = parent.getparent()
    return False


def _text(node: etree._Element) -> str:
    from lxml import etree  # noqa: PLC0415 (the page is parsed already: see the module's TYPE_CHECKING import)

    return collapse(etree.tostring(node, method="text", encoding="unicode", with_tail=False))

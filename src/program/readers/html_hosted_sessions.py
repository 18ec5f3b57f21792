"""A cell headed by its session's title: a description, who hosts it, then its talks, each over its speakers.

The Moscow child-safety conference of 2013 (a rocid.ru page) writes each section in one cell:

    <h3>Секция 1: <span>Международные практики …</span></h3>
    <p><em>(круглый стол для …)</em></p>
    <strong>Ведущий:</strong>
    <ul class="speakers"><li><a …>Александр Плющев</a>, Эхо Москвы</li></ul>
    <p><strong>Доклады:</strong></p>
    <ul><li><strong>Роль государства …</strong>
            <ul class="speakers"><li><a …>Алексей Волин</a>, Заместитель Министра …</li>…</ul></li>…</ul>

Read as one text, the whole cell was the title. Here the heading is the title; the list after a host's
label (`Ведущий:`, `Ведущие:`, `Moderator:`, `Moderated by:`) names the session's hosts, who chair it
(each name before the comma, as written), and a list whose items each open with a bold title over a
list of names is its talks (untimed, shown at the session); a talk with no names under it has no speaker.
Any other paragraph or list (`Участники: школьники 7-9 класса`) is the session's details. A heading over
details only (`Ведущие: Фонд Развития Интернет и ФИРО.` in a plain paragraph: organisations) is the
title with those details when no other reading of the cell took it (`headed_details`), and a heading
alone is read as before (None).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from program.readers.html_blocks import HEADINGS, SKIPPED, collapse, tag_of
from program.readers.html_cell_parts import CellParts, Talk
from program.readers.lines.names import names_in

if TYPE_CHECKING:  # only named: lxml is imported where a page is parsed, not at every start-up
    from lxml import etree

_LISTS = frozenset({"ul", "ol"})
_BOLD = frozenset({"b", "strong"})
_HOSTS = re.compile(
    r"^(?:ведущ(?:ий|ая|ие)|модератор(?:ы)?|moderators?|moderated\s+by|hosts?|hosted\s+by|(?:session\s+)?chairs?)$",
    re.IGNORECASE,
)
"""A label the session's hosts follow, matched whole (its colon left out)."""


def hosted_session(cell: etree._Element) -> CellParts | None:
    """The session a cell writes under its heading (its hosts as chairs, its talks), else None."""
    parts = _headed(cell)
    return parts if parts is not None and (parts.people or parts.talks) else None


def headed_details(cell: etree._Element) -> CellParts | None:
    """A cell's heading as its title and the rest as its details, when no other reading took the cell; else None.

    Last of a cell's readings: a Word-saved `<h1>Title</h1><p><strong>Name</strong></p>` (Hisarlı 2021) is a talk
    and its speaker (`html_bold_led`), not a title over its details.
    """
    return _headed(cell)


def _headed(cell: etree._Element) -> CellParts | None:
    children = [child for child in cell if tag_of(child) and tag_of(child) not in SKIPPED]
    if collapse(cell.text or "") or not children or tag_of(children[0]) not in HEADINGS:
        return None
    title = collapse(children[0].text_content())
    hosts: list[str] = []
    talks: list[Talk] = []
    details: list[str] = [collapse(children[0].tail or "")]
    label: str | None = None
    for child in children[1:]:
        text = collapse(child.text_content())
        hosting = label is not None and _HOSTS.match(label.rstrip(": ")) is not None
        named = _names(child) if tag_of(child) in _LISTS and hosting else ()
        listed = _talks(child) if tag_of(child) in _LISTS and not named else None
        if named or listed is not None:
            hosts.extend(named)
            talks.extend(listed or ())
            if label is not None:  # the label said what the list is: no detail of the session
                details.remove(label)
        else:
            details.append(text)
        label = text if _is_label(child, text) else None
        details.append(collapse(child.tail or ""))
    said = [line for line in details if line]
    if not title or not (hosts or talks or said):  # a heading alone: its text is the cell's, read as before
        return None
    people = (f"Chair: {hosts[0]}", *hosts[1:]) if hosts else ()  # tabular reads "Chair: A; B" as the chairs
    return CellParts(title, people, talks=tuple(talks), abstract="\n".join(said) or None)


def _is_label(element: etree._Element, text: str) -> bool:
    """A bold text ending in a colon, alone or alone in its paragraph: `<p><strong>Доклады:</strong></p>`."""
    bold = element if tag_of(element) in _BOLD else next(iter(element), None)
    if bold is None or tag_of(bold) not in _BOLD or collapse(bold.text_content()) != text:
        return False
    return text.endswith(":") and 0 < len(text.split()) <= _LABEL_WORDS


_LABEL_WORDS = 3


def _names(listed: etree._Element) -> tuple[str, ...]:
    """Each item's name before its comma, as written (`Зотова Е.Ю.`), or () when an item names no one."""
    found: list[str] = []
    for item in listed:
        if tag_of(item) != "li":
            continue
        name = collapse(item.text_content()).split(",")[0].strip()
        if names_in(name, words=2) is None:
            return ()
        found.append(name)
    return tuple(found)


def _talks(listed: etree._Element) -> list[Talk] | None:
    """A list of talks, each a bold title over a list of its speakers; None when it is not one.

    At least one talk names its speakers; one that names none (`Дискуссия с участием …`) has none.
    """
    talks: list[Talk] = []
    for item in listed:
        if tag_of(item) != "li":
            continue
        parts = [child for child in item if tag_of(child) and tag_of(child) not in ("br", *SKIPPED)]
        if not parts or tag_of(parts[0]) not in _BOLD or collapse(item.text or ""):
            return None
        inner = parts[1:]
        if len(inner) > 1 or (inner and tag_of(inner[0]) not in _LISTS) or collapse(parts[0].tail or ""):
            return None
        people = _names(inner[0]) if inner else ()
        if inner and not people:
            return None
        talks.append(Talk(collapse(parts[0].text_content()), people, item.sourceline or listed.sourceline or 1))
    return talks if talks and any(talk.people for talk in talks) else None

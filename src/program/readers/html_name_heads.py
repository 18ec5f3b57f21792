"""A slot whose speakers and title are `name` and `head` elements, its room written over its time (MOPCON 2012).

MOPCON 2012 (a PHP page of Bootstrap divs, two rooms side by side) writes each talk as

    <div class="time">海景會議廳<br>10:00 ~ 10:50</div>
    …
    <div class="name">hlb</div>
    <div class="head">Registrano: 網路售票平台的技術與挑戰</div>

The head is the title and the name its speakers (`Ericpi、Jserv、Mikimoto`, `Jserv, Tix Lo`:
handles, lower case or not); the line above the time is the room. A slot with no head, or an
empty one (`報到`, `交流時間`), is titled by its name. A name that is a label and what it names
(`Hacker級贊助：中冠資訊`, a sponsor) is no one: the head is the title and the label its note.
A name that reads as no one's (`Lightening talk & 閉幕`: a lower-case word of a title) is the
title, the head under it its note (`開放現場報名`, on-site sign-up). With no head, a bracketed
`subtitle` over the name (KOITA 2016: `[기조연설]` over `Martin G. Curley`) is the title, the name its speaker;
names in the untimed blocks after a slot that names no one are its people (`names_below`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from program.readers.html_blocks import collapse, element_lines
from program.readers.notation.leading import leading_span
from program.readers.title_authors import NAME_PARTICLES

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_HEAD_CLASS = re.compile(r"^(?:head|headline)$", re.IGNORECASE)
_NAME_CLASS = re.compile(r"^names?$", re.IGNORECASE)
_LABELLED = re.compile(r"^[^：:]{1,20}[：:]\s*\S")
"""A label, a colon and what it names: "Hacker級贊助：中冠資訊" (a sponsor's level and its name)."""
_SUBTITLE_CLASS = re.compile(r"^subtitle(?:[-_]\w+)?$", re.IGNORECASE)
_BRACKETED = re.compile(r"^\[[^\[\]]+\]$")
"""A kind in square brackets over a name (KOITA 2016: `<strong class="subtitle_01">[기조연설]</strong>`, a keynote)."""
_BETWEEN_NAMES = re.compile(r"\s*(?:、|，|,|&|＆|\band\b)\s*")
_MOST_WORDS = 4
_LONGEST_ROOM = 40


@attrs.frozen
class NameHead:
    """A slot's title, its speakers and what else its name or head says (a note), as `name_head` reads them."""

    title: str
    people: tuple[str, ...]
    note: str | None


def name_head(holder: etree._Element) -> NameHead | None:
    """The title and speakers of a slot's one `name` and (perhaps) one `head` element, else None."""
    names = _classed(holder, _NAME_CLASS)
    heads = _classed(holder, _HEAD_CLASS)
    if len(names) != 1 or len(heads) > 1:
        return None
    name = collapse(names[0].text_content())
    head = collapse(heads[0].text_content()) if heads else ""
    if not name:
        return NameHead(head, (), None) if head else None
    if not head:
        label = next(
            (written for found in _classed(holder, _SUBTITLE_CLASS) if (written := collapse(found.text or ""))), ""
        )
        people = _names(name) if _BRACKETED.match(label) else None
        return NameHead(label.strip("[] "), people, None) if people else NameHead(name, (), None)
    if _LABELLED.match(name):
        return NameHead(head, (), name)
    people = _names(name)
    return NameHead(head, people, None) if people is not None else NameHead(name, (), head)


def names_below(holder: etree._Element, ends: Callable[[etree._Element], bool]) -> tuple[str, ...]:
    """The `name` elements' names in the blocks after a slot's holder, up to the first block that `ends` (a slot's).

    KOITA 2016 lists its opening's speakers (`[개회사]` over `<strong class="name">박용현</strong>`, `[축    사]`
    over two more) in untimed lists after the `개회식` row: they are the row's people.
    """
    found: list[str] = []
    for block in holder.itersiblings():
        if not isinstance(block.tag, str):
            continue
        if ends(block):
            break
        found.extend(name for element in _classed(block, _NAME_CLASS) if (name := collapse(element.text_content())))
    return tuple(found) if found and all(_is_name(name) for name in found) else ()


def room_over_time(element: etree._Element) -> tuple[str | None, str]:
    """A time element's room and time: the room over the time ("海景會議廳<br>10:00 ~ 10:50"), else (None, its text)."""
    lines = element_lines(element)
    if len(lines) == 2 and len(lines[0]) <= _LONGEST_ROOM and leading_span(lines[0]) is None:
        timed = leading_span(lines[1])
        if timed is not None and not timed.rest.strip():
            return lines[0], lines[1]
    return None, collapse(element.text_content())


def _names(text: str) -> tuple[str, ...] | None:
    """The speakers a name line lists, or None when a part reads as no name ("Lightening talk")."""
    parts = [part for part in _BETWEEN_NAMES.split(text) if part]
    return tuple(parts) if parts and all(map(_is_name, parts)) else None


def _is_name(part: str) -> bool:
    """Whether a part is a handle ("hlb", "XDite") or a name of capitalised words and particles."""
    words = part.split()
    if len(words) > _MOST_WORDS:
        return False
    return len(words) == 1 or all(word[0].isupper() or word in NAME_PARTICLES for word in words)


def _classed(holder: etree._Element, pattern: re.Pattern[str]) -> list[etree._Element]:
    return [
        found
        for found in holder.iter()
        if isinstance(found.tag, str) and any(pattern.match(token) for token in (found.get("class") or "").split())
    ]

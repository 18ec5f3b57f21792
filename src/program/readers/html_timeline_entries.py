"""A timeline whose entries write their time and weekday together, over one or several talks' headings.

CONEISC 2014 (a Bootstrap vertical timeline) writes each block as

    <article class="timeline-entry">
      <time class="timeline-time" datetime="2014-01-10T03:45">
        <span class="hora">10:30-12:30</span> <span class="hora">Martes 19</span></time>
      <div class="timeline-label">
        <div class="timeline-entry-child"><h2><a>TESTEAR PARA CONOCER…</a></h2><p>Ponente: Dra. Monica …</p></div>
        <div class="timeline-entry-child"><h2><a>OMNILITE: CENTRO DE DATOS…</a></h2><p>Ponente: Ing. Juan …</p></div>

The time element's words after the range are the block's day ("Martes 19": the 19th, a Tuesday),
not a title; each heading in the block is a talk at its time (parallel talks), and the lines under
a heading name its speakers (`Ponente:`, `Ponentes: A y B`, honorifics left out), its place
(`Lugar:`) or say what it is (its note). A bracket that opens a heading ("(Simultáneo)") says the
talk runs beside others: not its title. The `datetime` attribute (the template's placeholder,
the same on every entry) is not read. A talk's block names the page's filter that shows it
(`data-target="magistral"`, the id of the `Ponencias Magistrales` button): that label's kind is
the talk's when its title names none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from program.readers.html_blocks import HEADINGS, collapse, element_lines, tag_of
from program.readers.html_class_slots import ClassSlot
from program.readers.kind_labels import label_kind
from program.readers.lines.day_headings import day_heading
from program.readers.lines.honorifics import without_honorifics
from program.readers.lines.names import names_in
from program.readers.notation.dates import DateError, WrittenDate
from program.readers.notation.leading import leading_span

if TYPE_CHECKING:  # only named: lxml is imported where a page is parsed, not at every start-up
    from lxml import etree

_TIME_CLASS = re.compile(r"(?:^|[-_])time(?:$|[-_])", re.IGNORECASE)
_SPEAKER_LINE = re.compile(r"^(?:ponentes?|expositor(?:es)?|speakers?|presenters?)\s*:\s*(?P<who>.+)$", re.IGNORECASE)
_PLACE_LINE = re.compile(r"^(?:lugar|sala|room|venue|place)\s*:\s*(?P<where>.+)$", re.IGNORECASE)
_BETWEEN_NAMES = re.compile(r"\s*(?:,|;|&|\by\b|\be\b|\band\b)\s*")
_ACRONYMS_FIRST = re.compile(r"^(?-i:[A-Z]{2,}(?:\s+[A-Z]{2,})*)\.\s+(?=\S+\s+\S)")
"""Acronyms before a name ("MSP UNT. Manuel Ruiz": a Microsoft Student Partner of a university): no part of it."""
_OPENING_BRACKET = re.compile(r"^\([^()]*\)\s*(?=\S)")
_FEWEST = 3


@attrs.frozen
class _Talk:
    title: str
    line: int
    lines: tuple[str, ...] = ()
    target: str | None = None
    """The `data-target` of the block around it: the id of the page's filter that shows it ("magistral")."""


def timeline_slots(root: etree._Element) -> list[ClassSlot] | None:
    """The slots of the page's dated timeline entries, in page order; None when fewer than three entries are found."""
    slots: list[ClassSlot] = []
    entries = 0
    filters = {found.get("id"): collapse(found.text_content()) for found in root.iter() if found.get("id")}
    for element in root.iter():
        found = _dated_span(element)
        if found is None:
            continue
        holder = _holder(element)
        if holder is None:
            continue
        entries += 1
        start, end, day = found
        slots.extend(_slot(talk, start, end, day, filters) for talk in _talks(holder))
    return slots if entries >= _FEWEST and slots else None


def _dated_span(element: etree._Element) -> tuple[int, int | None, WrittenDate] | None:
    """A time element's range and the day written after it ("10:30-12:30 Martes 19"), else None."""
    classes = (element.get("class") or "").split() if isinstance(element.tag, str) else []
    if not any(_TIME_CLASS.search(token) for token in classes):
        return None
    found = leading_span(collapse(element.text_content()))
    if found is None or not found.rest:
        return None
    try:
        day = day_heading(found.rest)
    except DateError:
        return None
    if day is None or day.day is None:
        return None
    return found.span.start.minutes, found.span.end_minutes, day


def _holder(time: etree._Element) -> etree._Element | None:
    """The nearest block around the time element that holds a heading, and no other dated time."""
    holder = time.getparent()
    while holder is not None:
        dated = sum(1 for inner in holder.iter() if _dated_span(inner) is not None)
        if dated > 1:
            return None
        if any(tag_of(inner) in HEADINGS for inner in holder.iter()):
            return holder
        holder = holder.getparent()
    return None


def _talks(holder: etree._Element) -> list[_Talk]:
    """Each heading in the block with the lines under it, up to the next heading."""
    talks: list[_Talk] = []
    for inner in holder.iter():
        tag = tag_of(inner)
        if tag in HEADINGS:
            title = _OPENING_BRACKET.sub("", collapse(inner.text_content()))
            target = next(
                (found.get("data-target") for found in inner.iterancestors() if found.get("data-target")), None
            )
            if title:
                talks.append(_Talk(title, inner.sourceline or 1, target=target))
        elif tag == "p" and talks:
            talks[-1] = attrs.evolve(talks[-1], lines=(*talks[-1].lines, *element_lines(inner)))
    return talks


def _slot(talk: _Talk, start: int, end: int | None, day: WrittenDate, filters: dict[str, str]) -> ClassSlot:
    """The talk's slot; its kind the one its filter's label names ("Ponencias Magistrales": keynotes), if any."""
    people: tuple[str, ...] = ()
    room: str | None = None
    notes: list[str] = []
    for line in talk.lines:
        if (speakers := _SPEAKER_LINE.match(line)) is not None:
            people = (*people, *_names(speakers["who"]))
        elif (place := _PLACE_LINE.match(line)) is not None:
            room = room or place["where"].strip()
        else:
            notes.append(line)
    kind = label_kind(filters[talk.target]) if talk.target in filters else None
    note = " ".join(notes) or None
    return ClassSlot(talk.line, start, end, talk.title, people, room, classed=kind, day=day, note=note)


def _names(who: str) -> tuple[str, ...]:
    """A speaker line's names, honorifics left out; a group's name ("Comunidad FEDORA", "DEVCODE") as written."""
    written = [part.strip() for part in _BETWEEN_NAMES.split(who.strip()) if part.strip()]
    parts = [_ACRONYMS_FIRST.sub("", without_honorifics(part)) for part in written]
    return tuple(name for part in parts for name in (names_in(part) or (part,)))

"""Courses a page lists as headings: a title, its lecturers, its time (Edirom Summer School 2013).

A summer school's page gives each course three headings and a description::

    <h2>Einführung in die Textauszeichnung mit TEI</h2>
    <h3>Dozentin: <a …>Agnes Brauer</a></h3>
    <h4>Zeit: Mo. (23.9.), 09:00 Uhr bis Di. (24.9.), 12:30 Uhr</h4>

A course runs from its first day's start to its last day's end ("bis": until), or within one day
("Di. (23.9.), 14:00–17:30 Uhr"). The written date is its day; the weekday before it is not
checked (the page writes "Di. (23.9.)" for a Monday once). A course "nach Vereinbarung" (by
arrangement) is an item without a time. A page is read so only when nothing else on it reads
as a schedule and it lists two courses or more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import attrs

from program.model import Item, Program, SourceRef
from program.model.ids import item_id
from program.readers.html_blocks import Block, Heading
from program.readers.html_dating import PageSettings, needs_zone, resolve_day
from program.readers.kind_labels import kind_from_title
from program.readers.lines.honorifics import without_honorific
from program.readers.lines.names import names_in
from program.readers.notation.dates import parse_date
from program.readers.notation.times import parse_clock
from program.readers.tabular.placing import at

_TIME = re.compile(r"^(?:zeit|termin|time)\s*:\s*(?P<when>\S.*)$", re.IGNORECASE)
_LECTURERS = re.compile(
    r"^(?:dozent(?:in|en|innen)?|referent(?:in|en|innen)?|leitung|lecturers?|instructors?|tutors?)\s*:\s*(?P<names>.*)$",
    re.IGNORECASE,
)
_ARRANGED = re.compile(r"^(?:nach\s+vereinbarung|by\s+arrangement|tba|tbd)\b", re.IGNORECASE)
_DAY = r"(?:[A-Za-zÄÖÜäöü]{{2,10}}\.?\s*)?\(?(?P<{0}>\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2,4}})?)\)?,?\s*"
_CLOCK = r"(?P<{0}>\d{{1,2}}[:.]\d{{2}})(?:\s*uhr)?"
_SPAN = re.compile(
    _DAY.format("first")
    + _CLOCK.format("start")
    + r"\s*(?:bis|until|to|–|—|-)\s*(?:"
    + _DAY.format("last")
    + r")?"
    + _CLOCK.format("end")
    + r"\s*$",
    re.IGNORECASE,
)
_AND = re.compile(r"\s+(?:und|and|&)\s+|\s*,\s*")
_FEWEST = 2


@attrs.frozen
class Course:
    """One course: its title heading's line and text, its lecturers, and its time (None: by arrangement)."""

    line: int
    title: str
    people: tuple[str, ...]
    when: tuple[str, str, str | None, str] | None
    """The first day, start, last day (None: the same) and end, as written."""


def courses(found: Sequence[Block]) -> list[Course] | None:
    """The courses of a page's blocks, or None when it lists fewer than two (then it is no such page)."""
    read: list[Course] = []
    title: Heading | None = None
    people: tuple[str, ...] = ()
    for block in found:
        if not isinstance(block, Heading):
            continue
        if (lecturers := _LECTURERS.match(block.text)) is not None:
            people = _names(lecturers["names"])
        elif (time := _TIME.match(block.text)) is not None and title is not None:
            when = _when(time["when"])
            if when is None and not _ARRANGED.match(time["when"].strip()):
                return None  # a time this reading cannot tell: the page is another shape
            read.append(Course(title.line, title.text, people, when))
            title, people = None, ()
        else:
            title, people = block, ()
    return read if len(read) >= _FEWEST and any(course.when for course in read) else None


def course_page(found: Sequence[Block], title: str, settings: PageSettings, source: str) -> Program | None:
    """The courses' items (a course by arrangement untimed), or None for a page that lists no courses."""
    listed = courses(found)
    return course_program(listed, title, settings, source) if listed is not None else None


def course_program(found: list[Course], title: str, settings: PageSettings, source: str) -> Program:
    """The courses' items (a course by arrangement untimed), with what was read."""
    zone = needs_zone(settings, source)
    items: list[Item] = []
    for course in found:
        kind = kind_from_title(course.title)
        start = end = None
        if course.when is not None:
            first, begins, last, ends = course.when
            start = at(_day(first, settings, source), parse_clock(begins).minutes, zone)
            end = at(_day(last or first, settings, source), parse_clock(ends).minutes, zone)
        items.append(
            Item(
                id=item_id(kind, course.title),
                kind=kind,
                title=course.title,
                source=SourceRef(source, course.line),
                start=start,
                end=end if end is not None and start is not None and end > start else None,
                people=course.people,
            )
        )
    untimed = sum(1 for course in found if course.when is None)
    said = (
        f"{len(found)} courses from headings (title, lecturers, 'Zeit:'), {untimed} without a time",
        *settings.said,
    )
    return Program(title=title, timezone=zone.key, items=tuple(items), problems=(), sources=(source,), reading=said)


def _when(text: str) -> tuple[str, str, str | None, str] | None:
    found = _SPAN.match(text.strip())
    if found is None:
        return None
    return found["first"], found["start"], found["last"], found["end"]


def _day(written: str, settings: PageSettings, source: str) -> date:
    """A course's day ("23.9."), the year from --date or the page's first date."""
    return resolve_day(parse_date(written), settings, source)


def _names(text: str) -> tuple[str, ...]:
    """The lecturers a heading names ("Kristin Herold und Johannes Kepper", "Dr. Oliver Schmid"); none for a note."""
    parts = [without_honorific(part.strip()) for part in _AND.split(text.strip()) if part.strip()]
    found = [names_in(part, words=2) for part in parts]
    return tuple(name for names in found if names for name in names) if all(found) else ()

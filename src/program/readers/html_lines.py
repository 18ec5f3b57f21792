"""Time-led lines of a saved page's lists and paragraphs: "9:00 - 9:30 Welcome (by Ada Lovelace)".

A small reading of its own on `notation/times.py`, kept apart from the text schedule-page
reader (`schedule_page.py`, which reads pages copied as text and is being generalised) so
each can change alone; once that reader reads any time-led line, this should call it
instead (the shapes here are a subset of its).

A line that starts with a time or a time range is an entry: the rest is its title, with
people in a trailing "(by …)". A line that is only a time takes the next line of its list
item or block as its title ("<p>10:00</p><p>Opening ceremony</p>"). Further lines of the
same item are the entry's details. Lines between a segment's first and last entries that
belong to no entry are returned as not placed; those before or after are counted only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.model import Link
from program.readers.html_blocks import TextLine
from program.readers.notation.times import ClockError, TimeSpan, parse_span

_CLOCK = r"(?:\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?\s*m\b\.?)?|\d{1,2}\s*[ap]\.?\s*m\b\.?|noon)"
_LEAD = re.compile(
    rf"^(?P<span>{_CLOCK}(?:\s*(?:[-–—~]+|to|until)\s*{_CLOCK})?)(?![\d:])\s*(?P<rest>.*)$", re.IGNORECASE
)
_SEPARATOR = re.compile(r"^[\s:|–—\-,.]+")
_BY = re.compile(r"^(?P<title>.*?)\s*\(\s*by\s+(?P<people>[^()]+)\)\s*$", re.IGNORECASE | re.DOTALL)
_PERSONS = re.compile(r"\s*(?:;|,?\s+and\s+|\s&\s)\s*")
_ROLES = frozenset(
    {"architect", "manager", "engineer", "director", "lead", "head", "officer", "ceo", "cto", "cfo", "coo", "founder",
     "marketing", "development", "developer", "designer", "researcher", "professor", "scientist", "chair", "pr",
     "president", "consultant", "analyst", "evangelist", "advocate", "owner", "editor", "student", "intern"}
)  # fmt: skip
"""Last words of a job ("Product Architect"): after a name's comma, a role, not another name."""
_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|van|von|der|de|da|di|du|la|le))+$")


@attrs.frozen
class Entry:
    """A time-led line read: a title with its time range as written.

    Attributes:
        span: the time range (or start) as written.
        title: the title.
        people: the names a trailing "(by …)" gives.
        line: the page line it was read from.
        links: the links of its element.
        details: further lines of the same list item or block.
    """

    span: TimeSpan
    title: str
    people: tuple[str, ...]
    line: int
    links: tuple[Link, ...]
    details: tuple[str, ...] = ()


@attrs.frozen
class LinesRead:
    """What a run of lines gave.

    Attributes:
        entries: the entries, in page order.
        unplaced: lines inside the schedule that belong to no entry.
        outside: how many lines lie before the first entry or after the last.
    """

    entries: tuple[Entry, ...]
    unplaced: tuple[TextLine, ...]
    outside: int


def time_led(text: str) -> tuple[TimeSpan, str] | None:
    """The time range a line starts with and the rest of the line, or None.

    >>> span, rest = time_led("11.30-11.50Position Paper: Ada Lovelace")
    >>> span.start.minutes, span.end_minutes, rest
    (690, 710, 'Position Paper: Ada Lovelace')
    >>> time_led("2 talks") is None, time_led("10:00")[1]
    (True, '')
    """
    lead = _LEAD.match(text)
    if lead is None:
        return None
    try:
        span = parse_span(lead["span"])
    except ClockError:
        return None
    return span, _SEPARATOR.sub("", lead["rest"]).strip()


def title_people(text: str) -> tuple[str, tuple[str, ...]]:
    """A title and the people of a trailing "(by …)": "Name, Role" keeps the name.

    >>> title_people("Refining collaboration (by Jack Crown, Development, and Helen White, PR)")
    ('Refining collaboration', ('Jack Crown', 'Helen White'))
    """
    by = _BY.match(text)
    if by is None:
        return text, ()
    people: list[str] = []
    for person in _PERSONS.split(by["people"].strip()):
        pieces = [piece.strip() for piece in person.split(",") if piece.strip()]
        names = pieces if pieces and all(_is_name(piece) for piece in pieces) else pieces[:1]
        people.extend(name for name in names if name not in people)
    return by["title"], tuple(people)


def _is_name(text: str) -> bool:
    return _NAME.match(text) is not None and text.rsplit(maxsplit=1)[-1].casefold() not in _ROLES


def read_lines(lines: Sequence[TextLine]) -> LinesRead:
    """Read a run of lines (between two headings or tables) into entries."""
    entries: list[Entry] = []
    used: set[int] = set()
    for index, line in enumerate(lines):
        led = time_led(line.text) if index not in used else None
        if led is None:
            continue
        span, rest = led
        # The lines of the same list item or block, up to the next time-led one.
        same = _until_next_time(lines, [i for i in range(index + 1, len(lines)) if lines[i].group == line.group])
        if not rest and same:
            used.add(same[0])
            rest, same = lines[same[0]].text, same[1:]
        if not rest:
            continue  # a time without a title: not placed
        title, people = title_people(rest)
        entries.append(Entry(span, title, people, line.line, line.links, tuple(lines[i].text for i in same)))
        used.update({index, *same})
    return LinesRead(tuple(entries), *_unplaced(lines, used, entries))


def _until_next_time(lines: Sequence[TextLine], indices: list[int]) -> list[int]:
    kept: list[int] = []
    for i in indices:
        if time_led(lines[i].text) is not None:
            break
        kept.append(i)
    return kept


def _unplaced(lines: Sequence[TextLine], used: set[int], entries: list[Entry]) -> tuple[tuple[TextLine, ...], int]:
    led = [i for i, line in enumerate(lines) if time_led(line.text) is not None]
    if not entries or not led:
        return (), len(lines)
    first, last = led[0], max(*used, led[-1])
    inside = tuple(lines[i] for i in range(first, last + 1) if i not in used)
    return inside, first + len(lines) - last - 1

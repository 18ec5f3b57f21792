"""A page of session cards: a session heading over its time, each talk a time line and a duration badge over its title.

ICC 2025's RAS workshop (a Tailwind page) writes a session as `<h2>Invited Talks</h2>`, "Session 1"
and its time "09:00 - 10:30"; each talk in it as "9:00 - 9:45" with a badge "45 min", then
`<h3>` its title, then its speaker and affiliation ("Dr. Khimya Khetarpal, Google Deepmind").
A break between sessions is a heading of its own with no time (`<h3>Coffee Break</h3>`): an
untimed item, as the page gives it. A session without talks is one item at its time, its people
the lines under it that read as a name and an affiliation ("Dr. Arnab Maity - IIT Bombay"), so a
panel keeps its panelists and the badge never becomes a title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from zoneinfo import ZoneInfo

import attrs

from program.model import Item, Kind, Program, SourceRef
from program.model.ids import item_id
from program.readers.html_blocks import Block, Heading, TextLine
from program.readers.html_dating import PageSettings, needs_zone, resolve_day
from program.readers.kind_labels import kind_from_title
from program.readers.lines.day_headings import day_heading
from program.readers.lines.honorifics import without_honorific
from program.readers.notation.times import ClockError, TimeSpan, parse_span
from program.readers.tabular.placing import at

_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
_TIME_LINE = re.compile(
    rf"^(?P<span>{_CLOCK}\s*[-–—]\s*{_CLOCK})(?:\s+(?P<badge>\d+\s*(?:min(?:ute)?s?|h(?:ours?)?)))?$", re.I
)
"""A time range alone, or with its duration badge: "9:00 - 9:45 45 min"."""
_SESSION_NUMBER = re.compile(r"^(?:session\s+)?\d{1,2}$", re.IGNORECASE)
"""A card's number ("1") or its "Session 1" line: neither a title nor a person."""
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|[A-Z]\.)"
_PERSON = re.compile(
    rf"^(?P<name>(?:(?:Dr|Prof|Professor)\.?\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}})\s*(?:,|\s[-–—]\s)\s*\S.*$"
)
"""A name and an affiliation: "Dr. Khimya Khetarpal, Google Deepmind", "Swarnava Dey - TCS Research"."""
_FEWEST = 2
"""How many badged talks (a time line right over a heading) a page needs to be read this way."""


@attrs.frozen
class BadgeSlot:
    """A talk, a session without talks, or an untimed break, in page order.

    Attributes:
        title: what it is called.
        line: where its title is.
        span: its time, or None for a break the page does not time.
        people: its speaker or panelists, honorifics left out.
    """

    title: str
    line: int
    span: TimeSpan | None
    people: tuple[str, ...] = ()


def _time_line(block: Block) -> TimeSpan | None:
    if not isinstance(block, TextLine) or (match := _TIME_LINE.match(block.text)) is None:
        return None
    try:
        return parse_span(match["span"])
    except ClockError:
        return None


def _person(block: Block) -> str | None:
    if not isinstance(block, TextLine) or (match := _PERSON.match(block.text)) is None:
        return None
    return without_honorific(match["name"].strip())


def badge_slots(found: Sequence[Block]) -> tuple[BadgeSlot, ...] | None:
    """The page's slots, or None when it has fewer than two time lines right over a heading, or has day headings."""
    talks = [i for i in range(len(found) - 1) if _time_line(found[i]) and isinstance(found[i + 1], Heading)]
    if len(talks) < _FEWEST or any(isinstance(block, Heading) and day_heading(block.text) for block in found):
        return None  # a page of days is read by its day headings (html_heading_slots, the line reader)
    slots: list[BadgeSlot] = []
    session: tuple[Heading, TimeSpan] | None = None
    session_people: list[str] = []
    session_talks = 0
    heading: Heading | None = None
    started = False

    def close_session() -> None:
        nonlocal session, session_people, session_talks
        if session is not None and not session_talks:
            slots.append(BadgeSlot(session[0].text, session[0].line, session[1], tuple(session_people)))
        session, session_people, session_talks = None, [], 0

    def close_heading() -> None:
        nonlocal heading
        if heading is not None and started:  # a heading with no time under it: a break
            slots.append(BadgeSlot(heading.text, heading.line, None))
        heading = None

    index = 0
    while index < len(found):
        block = found[index]
        span = _time_line(block)
        if span is not None and index + 1 < len(found) and isinstance(found[index + 1], Heading):
            title = found[index + 1]
            assert isinstance(title, Heading)
            people = _person(found[index + 2]) if index + 2 < len(found) else None
            slots.append(BadgeSlot(title.text, title.line, span, (people,) if people else ()))
            session_talks += 1
            index += 3 if people else 2
            continue
        if span is not None and heading is not None:  # a session's own time, under its heading
            close_session()
            session, heading, started = (heading, span), None, True
        elif isinstance(block, Heading):
            close_heading()
            heading = block
        elif isinstance(block, TextLine) and not _SESSION_NUMBER.match(block.text):
            if session is not None and (person := _person(block)) is not None:
                session_people.append(person)
            elif heading is not None and re.search(r"\w", block.text):
                heading = None  # a heading over prose (the page's own title): no slot
        index += 1
    close_session()
    close_heading()
    return tuple(_in_order(slots))


def _in_order(slots: list[BadgeSlot]) -> list[BadgeSlot]:
    """The slots by their place in the page (a session without talks is closed after its lines)."""
    return sorted(slots, key=lambda slot: slot.line)


def badge_items(slots: Sequence[BadgeSlot], settings: PageSettings, source: str) -> list[Item]:
    """The slots' items on the page's day, in its zone; an untimed break stays untimed."""
    zone: ZoneInfo = needs_zone(settings, source)
    day = resolve_day(None, settings, source)
    items: list[Item] = []
    for slot in slots:
        kind = kind_from_title(slot.title)
        if slot.span is not None and kind is Kind.OTHER and slot.people:
            kind = Kind.TALK
        start = at(day, slot.span.start.minutes, zone) if slot.span is not None else None
        end_minutes = slot.span.end_minutes if slot.span is not None else None
        items.append(
            Item(
                id=item_id(kind, slot.title),
                kind=kind,
                title=slot.title,
                source=SourceRef(source, slot.line),
                start=start,
                end=at(day, end_minutes, zone) if end_minutes is not None else None,
                people=slot.people,
            )
        )
    return items


def badge_program(found: Sequence[Block], title: str, settings: PageSettings, source: str) -> Program | None:
    """The page read as session cards, or None when it is not one."""
    slots = badge_slots(found)
    if slots is None:
        return None
    items = badge_items(slots, settings, source)
    people = {name for item in items for name in item.people}
    untimed = sum(item.start is None for item in items)
    said = (
        f"{len(items)} items from session cards (a time over each title), {untimed} untimed, {len(people)} people",
        *settings.said,
    )
    zone = needs_zone(settings, source)
    return Program(title=title, timezone=zone.key, items=tuple(items), sources=(source,), reading=said)

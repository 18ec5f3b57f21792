"""A page of session cards: a session heading over its time, each talk a time line and a duration badge over its title.

ICC 2025's RAS workshop (a Tailwind page) writes a session as `<h2>Invited Talks</h2>`, "Session 1"
and its time "09:00 - 10:30"; each talk in it as "9:00 - 9:45" with a badge "45 min", then
`<h3>` its title, then its speaker and affiliation ("Dr. Khimya Khetarpal, Google Deepmind").
A break between sessions is a heading of its own with no time (`<h3>Coffee Break</h3>`): an
untimed item, as the page gives it. A session without talks is one item at its time, its people
the lines under it that read as a name and an affiliation ("Dr. Arnab Maity - IIT Bombay"), so a
panel keeps its panelists and the badge never becomes a title.

A card's collapsed body may name its people under a role heading: the Da Nang startup meeting 2019 writes
`<h4>Speakers:</h4><p>Vu Kim Hanh (BSA), Phan Hoang Lan (NATEC)</p>` and `<h4>Moderator:</h4><p>Bung Tran</p>`
under each talk's card; the names are the talk's people, affiliations left out (a moderator is among a
panel's people, as a `Moderator:` line's are in a page's lines). Its cards lie in tab panes: a day's tab
(`29-08-2019`) dates the cards in its pane, and the room tabs over parallel panes (`Vòng I`, `Vòng II`,
`Vòng III`) are their rooms when the panes' times overlap, as headings over side-by-side lists are.
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
from program.readers.html_heading_rooms import HeadedRun, headed_rooms
from program.readers.kind_labels import kind_from_title
from program.readers.lines.day_headings import day_heading
from program.readers.lines.honorifics import without_honorific
from program.readers.lines.names import speakers_in_brackets, speakers_of
from program.readers.notation.dates import DateError, WrittenDate, parse_date
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
_ROLE_HEADING = re.compile(
    r"^(?:speakers?|speaker\(s\)|presenters?|panel(?:l)?ists?|moderators?|hosts?|facilitators?|guests?"
    r"|diễn giả|ponentes?|palestrantes?|intervenants?|referent(?:en|innen)?|讲者|講者|演讲嘉宾|嘉宾)\s*[:：]$",
    re.IGNORECASE,
)
"""A heading over the names of a card's people ("Speakers:", "Moderator:"), in English or a few other languages; its
colon says names follow (a page's "Speakers" section of biographies after the schedule is no card's)."""
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
        day: the date its tab pane's tab writes, or None (the page's first date).
        pane: the words of the other tab over its pane ("Vòng I"), or None.
    """

    title: str
    line: int
    span: TimeSpan | None
    people: tuple[str, ...] = ()
    day: WrittenDate | None = None
    pane: str | None = None


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


def _tab_day(block: Heading) -> WrittenDate | None:
    """The date a tab's words write ("29-08-2019"), or None for a tab of other words ("Vòng I")."""
    try:
        written = parse_date(block.text)
    except DateError:
        return None
    return written if written.month is not None and written.day is not None else None


def _role_names(found: Sequence[Block], index: int) -> tuple[tuple[str, ...], int]:
    """The names on the lines under a role heading at `index` (affiliations left out), and the index after them."""
    names: list[str] = []
    after = index + 1
    while after < len(found) and isinstance(line := found[after], TextLine) and _time_line(line) is None:
        names.extend(speakers_in_brackets(line.text) or speakers_of(line.text) or ())
        after += 1
    return tuple(names), after


def badge_slots(found: Sequence[Block]) -> tuple[BadgeSlot, ...] | None:
    """The page's slots, or None when it has fewer than two time lines right over a heading, or has day headings."""
    talks = [i for i in range(len(found) - 1) if _time_line(found[i]) and isinstance(found[i + 1], Heading)]
    if len(talks) < _FEWEST or any(isinstance(block, Heading) and day_heading(block.text) for block in found):
        return None  # a page of days is read by its day headings (html_heading_slots, the line reader)
    walk = _CardWalk(found)
    index = 0
    while index < len(found):
        index = walk.step(index)
    walk.close_session()
    walk.close_heading()
    return tuple(_in_order(walk.slots))


@attrs.define
class _CardWalk:
    """The page's blocks walked in order, the slots found so far and what is open: a session, a heading, a pane."""

    found: Sequence[Block]
    slots: list[BadgeSlot] = attrs.Factory(list)
    session: tuple[Heading, TimeSpan] | None = None
    session_people: list[str] = attrs.Factory(list)
    session_talks: int = 0
    heading: Heading | None = None
    started: bool = False
    day: WrittenDate | None = None
    pane: str | None = None

    def step(self, index: int) -> int:
        """Read the block at `index` (with the blocks it takes along); the index of the next block to read."""
        block = self.found[index]
        span = _time_line(block)
        if span is not None and index + 1 < len(self.found) and isinstance(self.found[index + 1], Heading):
            return self.talk(index, span)
        if isinstance(block, Heading) and block.pane:  # a tab's pane: a day's (its date) or a room's
            self.close_session()
            self.close_heading()
            dated = _tab_day(block)
            self.day, self.pane = (dated, None) if dated is not None else (self.day, block.text)
        elif isinstance(block, Heading) and _ROLE_HEADING.match(block.text) and (self.slots or self.session):
            return self.role(index)
        elif span is not None and self.heading is not None:  # a session's own time, under its heading
            self.close_session()
            self.session, self.heading, self.started = (self.heading, span), None, True
        elif isinstance(block, Heading):
            self.close_heading()
            self.heading = block
        elif isinstance(block, TextLine) and not _SESSION_NUMBER.match(block.text):
            if self.session is not None and (person := _person(block)) is not None:
                self.session_people.append(person)
            elif self.heading is not None and re.search(r"\w", block.text):
                self.heading = None  # a heading over prose (the page's own title): no slot
        return index + 1

    def talk(self, index: int, span: TimeSpan) -> int:
        """A time line over its title's heading, and the person line under it if any."""
        title = self.found[index + 1]
        assert isinstance(title, Heading)
        people = _person(self.found[index + 2]) if index + 2 < len(self.found) else None
        self.slots.append(self.slot(title.text, title.line, span, (people,) if people else ()))
        self.session_talks += 1
        return index + (3 if people else 2)

    def role(self, index: int) -> int:
        """A role heading's names ("Speakers:"): the open session's people, or the last talk's."""
        names, after = _role_names(self.found, index)
        if self.session is not None and not self.session_talks:
            self.session_people.extend(names)
        elif self.slots and names:
            last = self.slots[-1]
            self.slots[-1] = attrs.evolve(last, people=tuple(dict.fromkeys((*last.people, *names))))
        return after

    def slot(self, title: str, line: int, span: TimeSpan | None, people: tuple[str, ...]) -> BadgeSlot:
        """A slot on the open pane's day and in its room."""
        return BadgeSlot(title, line, span, people, self.day, self.pane)

    def close_session(self) -> None:
        """The open session, when no talk followed its time, as one slot."""
        if self.session is not None and not self.session_talks:
            heading, span = self.session
            self.slots.append(self.slot(heading.text, heading.line, span, tuple(self.session_people)))
        self.session, self.session_people, self.session_talks = None, [], 0

    def close_heading(self) -> None:
        """The open heading, when no time came under it: a break."""
        if self.heading is not None and self.started:
            self.slots.append(self.slot(self.heading.text, self.heading.line, None, ()))
        self.heading = None


def _in_order(slots: list[BadgeSlot]) -> list[BadgeSlot]:
    """The slots by their place in the page (a session without talks is closed after its lines)."""
    return sorted(slots, key=lambda slot: slot.line)


def badge_items(slots: Sequence[BadgeSlot], settings: PageSettings, source: str) -> list[Item]:
    """The slots' items on the page's day, in its zone; an untimed break stays untimed."""
    zone: ZoneInfo = needs_zone(settings, source)
    items: list[Item] = []
    for slot in slots:
        day = resolve_day(slot.day, settings, source)
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


def _pane_runs(slots: Sequence[BadgeSlot], settings: PageSettings, source: str) -> list[HeadedRun]:
    """The runs of slots under one tab's pane, for `headed_rooms` (items are made one a slot, in the same order)."""
    runs: list[HeadedRun] = []
    for index, slot in enumerate(slots):
        if slot.pane is None:
            continue
        if runs and runs[-1].heading == slot.pane and runs[-1].last == index:
            runs[-1] = attrs.evolve(runs[-1], last=index + 1)
        else:
            runs.append(HeadedRun(slot.pane, resolve_day(slot.day, settings, source), index, index + 1))
    return runs


def badge_program(found: Sequence[Block], title: str, settings: PageSettings, source: str) -> Program | None:
    """The page read as session cards, or None when it is not one."""
    slots = badge_slots(found)
    if slots is None:
        return None
    items, rooms = headed_rooms(badge_items(slots, settings, source), _pane_runs(slots, settings, source))
    people = {name for item in items for name in item.people}
    untimed = sum(item.start is None for item in items)
    said = (
        f"{len(items)} items from session cards (a time over each title), {untimed} untimed, {len(people)} people",
        *settings.said,
        *((f"rooms from the tabs over panes that run side by side: {', '.join(rooms)}",) if rooms else ()),
    )
    zone = needs_zone(settings, source)
    return Program(title=title, timezone=zone.key, items=tuple(items), sources=(source,), reading=said)

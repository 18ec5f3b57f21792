"""The program as a c3voc/frab schedule: days, rooms and events with the identifiers apps keep.

schedule.xml and schedule.json render this one structure. Apps (Giggity, EventFahrplan,
ConfClerk) remember favourites and alarms by an event's guid or id, so every identifier
comes from our stable item ids, never from positions:

- guid: UUIDv5 of the item id, in a namespace of the program's own (its URL, else the
  lasting domain of its calendar UIDs, never its title);
- id: a positive 31-bit integer from the guid (Java apps store it in an int);
- code: six characters [0-9A-Z] from the guid, pretalx's shape;
- slug: the acronym and the item id.

A paper shown as a spotlight and as a poster is two items, so two events with their own
identifiers. Collisions of id or code (one in billions) are settled in running order.
"""

from __future__ import annotations

import hashlib
import math
import string
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import TypeVar

import attrs

from program.model import Item, Kind, Link, Program
from program.model.ids import calendar_domain
from program.model.text import match_key, slugify
from program.writers.base import RenderOptions
from program.writers.clean_text import plain_text, poster_lines, title_text, web_url
from program.writers.shown_names import NamedPeople

DEFAULT_ROOM = "Main room"
"""The room of items whose feed names none (a single-track workshop)."""

POSTER_ROOM = "Posters"
"""The room of poster sessions whose feed names none, and of posters exported as events."""

_CODE_ALPHABET = string.digits + string.ascii_uppercase
_MAX_ID = 2**31 - 1
T = TypeVar("T")


@attrs.frozen
class Person:
    """A person on an event: the name as the program shows it, and a stable guid."""

    name: str
    guid: uuid.UUID


@attrs.frozen
class Event:
    """One event of the schedule.

    Attributes:
        item: the item shown (for a poster as an event, the poster).
        key: the stable text the identifiers come from (the item id, or poster id and session).
        number, guid, code, slug: the event's identifiers (see the module's notes).
        room: the room's name.
        start, end: when it takes place (end is the start for an item without one).
        title: the title as plain text.
        abstract: the abstract as plain text ("" when there is none).
        description: more text: the posters of a poster session, or None.
        persons: the people on the event.
        links: the item's links that have an address.
        url: the event's page: its first link, or the program's page; None when neither exists.
        track: the paper's category, when a listing gave one.
    """

    item: Item
    key: str
    number: int
    guid: uuid.UUID
    code: str
    slug: str
    room: str
    start: datetime
    end: datetime
    title: str
    abstract: str
    description: str | None
    persons: tuple[Person, ...]
    links: tuple[Link, ...]
    url: str | None
    track: str | None

    @property
    def type(self) -> str:
        """The event's type as apps show it: the kind ("Invited talk", "Poster")."""
        return self.item.kind.display

    @property
    def duration(self) -> timedelta:
        """How long the event lasts (zero for an item without an end)."""
        return timedelta(seconds=self.end.timestamp() - self.start.timestamp())


@attrs.frozen
class Day:
    """A day of the schedule: its date, 1-based index, first start, last end, and rooms."""

    index: int
    date: date
    start: datetime
    end: datetime
    rooms: tuple[tuple[str, tuple[Event, ...]], ...]


@attrs.frozen
class Room:
    """A room of the conference, with a stable guid."""

    name: str
    guid: uuid.UUID
    slug: str


@attrs.frozen
class Schedule:
    """The whole schedule, as both exports write it."""

    program: Program
    acronym: str
    version: str
    days: tuple[Day, ...]
    rooms: tuple[Room, ...]
    timeslot: timedelta

    @property
    def events(self) -> Iterator[Event]:
        """Every event, day by day, room by room."""
        for day in self.days:
            for _, events in day.rooms:
                yield from events


def acronym_of(program: Program) -> str:
    """Return the program's acronym, or one made from its title ("ml_for_systems_workshop").

    Schedule apps want [a-z0-9_]{4,}: the slug of the title with underscores for hyphens.
    """
    if program.acronym:
        return program.acronym
    return slugify(program.title or "program", max_length=32).replace("-", "_").ljust(4, "_")


def schedule_of(program: Program, options: RenderOptions) -> Schedule:
    """Return the program as a schedule; untimed posters become events only when asked."""
    namespace = _namespace(program)
    acronym = acronym_of(program)
    placed = list(_placed_items(program, posters_as_events=options.posters_as_events))
    events = _events(program, placed, namespace, acronym)
    rooms = tuple(dict.fromkeys(event.room for event in events))
    return Schedule(
        program=program,
        acronym=acronym,
        version=_version(program, events),
        days=_days(events, rooms),
        rooms=tuple(Room(name, uuid.uuid5(namespace, f"room:{name}"), slugify(name)) for name in rooms),
        timeslot=_timeslot(events),
    )


def _namespace(program: Program) -> uuid.UUID:
    # One namespace per program: two workshops' "Coffee Break" must not share a guid. Never
    # from the title: a program without a URL takes its lasting UID domain (which, for a
    # program without an acronym, is the title's slug its guids always came from).
    return uuid.uuid5(uuid.NAMESPACE_URL, program.url or f"urn:program:{calendar_domain(program)}")


@attrs.frozen
class _Placed:
    item: Item
    key: str
    start: datetime
    end: datetime
    room: str
    description: str | None


def _placed_items(program: Program, *, posters_as_events: bool) -> Iterator[_Placed]:
    """Yield each timed item, and with `posters_as_events` each poster once per session it is in."""
    posters = program.posters_by_session()
    items = program.items_by_id()
    names = NamedPeople(program)
    for item in program.items:
        if item.start is not None:
            described = None if posters_as_events else _poster_list(posters.get(item.id, ()), names)
            yield _Placed(item, item.lasting_id, item.start, item.end or item.start, _room(item), described)
        elif posters_as_events:
            for session_id in item.sessions:
                session = items[session_id]
                if session.start is not None:
                    end = session.end or session.start
                    key = f"{item.lasting_id}@{session.lasting_id}"
                    yield _Placed(item, key, session.start, end, POSTER_ROOM, None)


def _room(item: Item) -> str:
    # A poster session happens among the boards, not on the stage it would overlap with.
    if item.location:
        return item.location
    return POSTER_ROOM if item.kind is Kind.POSTER_SESSION else DEFAULT_ROOM


def _poster_list(posters: Sequence[Item], names: NamedPeople) -> str | None:
    return "Posters:\n" + "\n".join(poster_lines(posters, names)) if posters else None


def _events(program: Program, placed: list[_Placed], namespace: uuid.UUID, acronym: str) -> list[Event]:
    people = NamedPeople(program)
    papers = {paper.id: paper for paper in program.papers}
    numbers: set[int] = set()
    codes: set[str] = set()
    events = []
    for place in sorted(placed, key=lambda place: (place.start.timestamp(), place.room)):
        item = place.item
        guid = uuid.uuid5(namespace, place.key)
        paper = papers.get(item.paper) if item.paper else None
        links = tuple(Link(link.label, url) for link in item.links if (url := web_url(link.url)))
        events.append(
            Event(
                item=item,
                key=place.key,
                number=_fresh(guid.int % _MAX_ID + 1, numbers, lambda n: n % _MAX_ID + 1),
                guid=guid,
                code=_fresh(
                    _code(guid.int), codes, lambda code: _code(int(hashlib.sha256(code.encode()).hexdigest(), 16))
                ),
                slug=f"{acronym}-{slugify(place.key.replace('@', '-at-'), max_length=120)}",
                room=place.room,
                start=place.start,
                end=place.end,
                title=title_text(item),
                abstract=plain_text(item.abstract, latex=item.scraped) if item.abstract else "",
                description=place.description,
                persons=tuple(_person(name, item, people, namespace) for name in item.people),
                links=links,
                url=links[0].url if links else web_url(program.url),
                track=paper.category if paper else None,
            )
        )
    return events


def _fresh(candidate: T, taken: set[T], next_candidate: Callable[[T], T]) -> T:
    while candidate in taken:
        candidate = next_candidate(candidate)
    taken.add(candidate)
    return candidate


def _code(number: int) -> str:
    digits = []
    for _ in range(6):
        number, digit = divmod(number, len(_CODE_ALPHABET))
        digits.append(_CODE_ALPHABET[digit])
    return "".join(digits)


def _person(name: str, item: Item, people: NamedPeople, namespace: uuid.UUID) -> Person:
    person = people.person(name, on=item.id)
    if person is None:
        return Person(name, uuid.uuid5(namespace, f"person:{match_key(name)}"))
    return Person(person.display, uuid.uuid5(namespace, f"person:{person.id}"))


def _days(events: list[Event], rooms: tuple[str, ...]) -> tuple[Day, ...]:
    by_date: dict[date, list[Event]] = {}
    for event in events:
        by_date.setdefault(event.start.date(), []).append(event)
    return tuple(
        Day(
            index=index,
            date=day,
            start=min(day_events, key=lambda event: event.start.timestamp()).start,
            end=max(day_events, key=lambda event: event.end.timestamp()).end,
            rooms=_by_room(day_events, rooms),
        )
        for index, (day, day_events) in enumerate(sorted(by_date.items()), start=1)
    )


def _by_room(events: list[Event], rooms: tuple[str, ...]) -> tuple[tuple[str, tuple[Event, ...]], ...]:
    """The day's events room by room, rooms in the schedule's order, empty rooms left out."""
    grouped: dict[str, list[Event]] = {}
    for event in events:
        grouped.setdefault(event.room, []).append(event)
    return tuple((room, tuple(grouped[room])) for room in rooms if room in grouped)


def _timeslot(events: list[Event]) -> timedelta:
    """The largest step (at most an hour) that every start and duration is a multiple of."""
    minutes = 60
    for event in events:
        minutes = math.gcd(
            minutes, event.start.hour * 60 + event.start.minute, int(event.duration.total_seconds()) // 60
        )
    return timedelta(minutes=minutes or 60)


def hours_minutes(length: timedelta) -> str:
    """Return a length as "HH:MM", the schedule format's durations."""
    minutes = int(length.total_seconds()) // 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _version(program: Program, events: list[Event]) -> str:
    """The schedule's version: when it was updated, and a hash that changes with any event's time or title."""
    content = "\n".join(
        f"{event.guid} {event.start.isoformat()} {event.end.isoformat()} {event.title}" for event in events
    )
    stamp = program.updated.strftime("%Y-%m-%d %H:%M") if program.updated else "unversioned"
    return f"{stamp} ({hashlib.sha256(content.encode()).hexdigest()[:8]})"


__all__ = [
    "DEFAULT_ROOM",
    "POSTER_ROOM",
    "Day",
    "Event",
    "Person",
    "Room",
    "Schedule",
    "acronym_of",
    "hours_minutes",
    "schedule_of",
]

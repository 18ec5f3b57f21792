"""The program as a c3voc/frab schedule: days, rooms and events with the identifiers apps keep.

schedule.xml and schedule.json render this one structure. Apps (Giggity, EventFahrplan,
ConfClerk) remember favourites and alarms by an event's guid or id, so every identifier
comes from our stable item ids, never from positions:

- guid: UUIDv5 of the item id, in a namespace of the program's own (its URL, else the
  lasting domain of its calendar UIDs, never its title);
- id: a positive 31-bit integer from the guid (Java apps store it in an int);
- code: six characters [0-9A-Z] from the guid, pretalx's shape;
- slug: the acronym and the item id.

An item read from a frab/pretalx/hub export carries the export's own record of the event
(`Item.frab`): its guid, id, code and slug, track, language, type as written, texts,
persons with their ids, links, recording and the rest come back as written, and the
conference's tracks, rooms, days and day_change too (`Program.conference`). What the
model may have changed since (title, times, room, people, abstract) comes from the item.

A paper shown as a spotlight and as a poster is two items, so two events with their own
identifiers. Collisions of id or code (one in billions) are settled in running order.
"""

from __future__ import annotations

import functools
import hashlib
import math
import string
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import TypeVar, cast

import attrs

from program.model import FrabConference, FrabEvent, FrabLink, FrabPerson, Item, Kind, Paper, Program
from program.model.frab import shown_text
from program.model.ids import calendar_domain
from program.model.text import collapse_space, is_placeholder_name, match_key, slugify
from program.writers.base import RenderOptions, shared_by_writers
from program.writers.calendar_keys import calendar_keys
from program.writers.clean_text import plain_text, poster_lines, title_text, web_url
from program.writers.frab_days import schedule_days
from program.writers.frab_pending import PendingEvent, event_inputs
from program.writers.frab_records import Day, Event, Person, Room, Schedule
from program.writers.shown_names import NamedPeople, named_people

DEFAULT_ROOM = "Main room"
"""The room of items whose feed names none (a single-track workshop)."""

POSTER_ROOM = "Posters"
"""The room of poster sessions whose feed names none, and of posters exported as events."""

_CODE_ALPHABET = string.digits + string.ascii_uppercase
_MAX_ID = 2**31 - 1
T = TypeVar("T")


def acronym_of(program: Program) -> str:
    """Return the program's acronym, or one made from its title ("ml_for_systems_workshop").

    Schedule apps want [a-z0-9_]{4,}: the slug of the title with underscores for hyphens.
    An export's acronym comes back as it wrote it ("Camp2019"), unless the user chose another.
    """
    written = program.conference.acronym if program.conference else None
    if written and (program.acronym is None or program.acronym == written.strip().lower()):
        return written
    if program.acronym:
        return program.acronym
    return slugify(program.title or "program", max_length=32).replace("-", "_").ljust(4, "_")


@shared_by_writers
def schedule_of(program: Program, options: RenderOptions) -> Schedule:
    """Return the program as a schedule; untimed posters become events only when asked (made once for both formats)."""
    namespace = _namespace(program)
    acronym = acronym_of(program)
    placed = list(_placed_items(program, posters_as_events=options.posters_as_events))
    events = _events(program, placed, namespace, acronym)
    conference = program.conference
    known = {room.name: room for room in conference.rooms} if conference else {}
    # The export's rooms in its order (apps show columns so), then any others as met.
    rooms = tuple(dict.fromkeys([*known, *(event.room for event in events)]))
    return Schedule(
        program=program,
        acronym=acronym,
        version=_written_version(conference, events) or _version(program, events),
        days=schedule_days(program, events, rooms),
        rooms=tuple(
            Room(
                name,
                (known[name].guid if name in known else None) or str(uuid.uuid5(namespace, f"room:{name}")),
                (known[name].slug if name in known else None) or slugify(name),
            )
            for name in rooms
        ),
        timeslot=_timeslot(events),
        timeslot_text=conference.timeslot_duration if conference else None,
        conference=conference,
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
    names = named_people(program)
    for item in program.items:
        if item.start is not None:
            members = posters.get(item.id, ())
            # Posters that are events of their own are not listed again; a session's talks always are.
            listed = [member for member in members if member.kind is not Kind.POSTER] if posters_as_events else members
            described = _poster_list(listed, names)
            yield _Placed(item, item.lasting_id, item.start, item.end or item.start, _room(item), described)
        elif posters_as_events and item.kind is Kind.POSTER:
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


def _poster_list(members: Sequence[Item], names: NamedPeople) -> str | None:
    """A session's posters, and the talks a schedule page lists inside it (HAOC 2021), as its description."""
    posters = [member for member in members if member.kind is Kind.POSTER]
    talks = [member for member in members if member.kind is not Kind.POSTER]
    parts = [
        f"{heading}\n" + "\n".join(poster_lines(listed, names))
        for heading, listed in (("Posters:", posters), ("Talks:", talks))
        if listed
    ]
    return "\n\n".join(parts) or None


def _events(program: Program, placed: list[_Placed], namespace: uuid.UUID, acronym: str) -> list[Event]:
    people = named_people(program)
    keys = calendar_keys(program, None)  # each item's digest, for its event's inputs
    papers = {paper.id: paper for paper in program.papers}
    # An export's own ids and codes are taken first: ours are made around them.
    numbers: set[int] = {place.item.frab.id for place in placed if place.item.frab and place.item.frab.id}
    codes: set[str] = {place.item.frab.code for place in placed if place.item.frab and place.item.frab.code}
    events = []
    exported: set[str] = set()
    for place in sorted(placed, key=lambda place: (place.start.timestamp(), place.room)):
        item = place.item
        record = item.frab if place.key == item.lasting_id else None
        if record is not None:
            if record.guid is not None and record.guid in exported:
                # One export read twice (or two that share events): the second copy gets identifiers of its own.
                record = attrs.evolve(record, guid=None, id=None, code=None, slug=None)
            exported.add(record.guid or "")
            events.append(_exported_event(place, record, people, namespace, numbers))
            continue
        guid, number = _uuid5(namespace, place.key)
        paper = papers.get(item.paper) if item.paper else None
        settled = (
            item,
            place.key,
            _fresh(number % _MAX_ID + 1, numbers, lambda n: n % _MAX_ID + 1),
            guid,
            _fresh(_code(number), codes, lambda code: _code(int(hashlib.sha256(code.encode()).hexdigest(), 16))),
            place.room,
            place.start,
            place.end,
            title_text(item),
        )
        shown = (*settled[1:8], place.description)
        make = functools.partial(_own_event, program, place, settled, paper, (people, namespace, acronym))
        events.append(cast(Event, PendingEvent(event_inputs(keys, people, item, shown, paper), make, settled)))
    return events


def _own_event(
    program: Program,
    place: _Placed,
    settled: tuple[Item, str, int, str, str | None, str, datetime, datetime, str],
    paper: Paper | None,
    naming: tuple[NamedPeople, uuid.UUID, str],
) -> Event:
    """The record of an event of no export, from what the schedule settled for it (`PendingEvent`)."""
    item, key, number, guid, code, room, start, end, title = settled
    people, namespace, acronym = naming
    links = tuple(FrabLink(url, link.label) for link in item.links if (url := web_url(link.url)))
    return Event(
        item=item,
        key=key,
        number=number,
        guid=guid,
        code=code,
        slug=f"{acronym}-{slugify(key.replace('@', '-at-'), max_length=120)}",
        room=room,
        start=start,
        end=end,
        title=title,
        abstract=plain_text(item.abstract, latex=item.scraped) if item.abstract else "",
        description=place.description,
        persons=tuple(_person(name, item, people, namespace) for name in item.people),
        links=links,
        url=links[0].url if links else web_url(program.url),
        track=item.track or (paper.category if paper else None),
        type=item.kind.display,
    )


def _exported_event(
    place: _Placed, record: FrabEvent, people: NamedPeople, namespace: uuid.UUID, numbers: set[int]
) -> Event:
    """An event read from an export, as the export wrote it, with what the model changed since."""
    item = place.item
    guid = record.guid or _uuid5(namespace, place.key)[0]
    # The texts as written, unless the item's abstract was edited since it was read.
    texts_kept = item.abstract == shown_text(record.subtitle, record.abstract, record.description)
    written_title = record.title if record.title and collapse_space(record.title) == item.title else None
    return Event(
        item=item,
        key=place.key,
        number=record.id
        if record.id
        else _fresh(uuid.UUID(guid).int % _MAX_ID + 1 if _is_uuid(guid) else 1, numbers, lambda n: n % _MAX_ID + 1),
        guid=guid,
        code=record.code,
        slug=record.slug if record.slug is not None else slugify(place.key, max_length=120),
        room=place.room,
        start=place.start,
        end=place.end,
        title=written_title or item.title,
        subtitle=(record.subtitle or "") if texts_kept else "",
        abstract=(record.abstract or "") if texts_kept else item.abstract or "",
        description=record.description if texts_kept else None,
        persons=_exported_persons(item, record, people, namespace),
        links=record.links,
        url=record.url,
        track=record.track,
        type=record.type if record.type is not None else item.kind.display,
        record=record,
    )


def _uuid5(namespace: uuid.UUID, name: str) -> tuple[str, int]:
    """`uuid.uuid5(namespace, name)` as text and as a number, made without a UUID object.

    The same bits as the standard library's (tests compare them); a schedule makes one for
    every event and every person on it, and building UUID objects was most of what they cost.
    """
    digest = bytearray(hashlib.sha1(namespace.bytes + name.encode(), usedforsecurity=False).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}", int.from_bytes(digest)


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


def _exported_persons(item: Item, record: FrabEvent, people: NamedPeople, namespace: uuid.UUID) -> tuple[Person, ...]:
    """The item's people, each as the export identified them when it names them (by name).

    A name is the export's person spelt exactly so, else spelt so but for case and accents
    ("Aé" and "Ae" on one event are two people): each of the export's persons is taken once.
    The export's placeholders ("-"), which the reader left out of the people, come back as they were.
    """
    exact: dict[str, deque[FrabPerson]] = {}
    alike: dict[str, deque[FrabPerson]] = {}
    for person in record.persons:
        exact.setdefault(person.name, deque()).append(person)
        alike.setdefault(match_key(person.name), deque()).append(person)
    taken: set[int] = set()
    persons = []
    for name in item.people:
        found = _untaken(exact.get(name, deque()), taken) or _untaken(alike.get(match_key(name), deque()), taken)
        if found is None:
            persons.append(_person(name, item, people, namespace))
        else:
            persons.append(Person(found.name, found.guid, found.id, found.code, found.biography, found.answers))
    # A placeholder ("-") is nobody in the program, but the export had it: it comes back where it was.
    for index, found in enumerate(record.persons):
        if is_placeholder_name(found.name):
            persons.insert(index, Person(found.name, found.guid, found.id, found.code, found.biography, found.answers))
    return tuple(persons)


def _untaken(candidates: deque[FrabPerson], taken: set[int]) -> FrabPerson | None:
    """The first of `candidates` not taken yet, now taken (taken ones leave the front of the queue)."""
    while candidates and id(candidates[0]) in taken:
        candidates.popleft()
    if not candidates:
        return None
    taken.add(id(candidates[0]))
    return candidates[0]


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
        return Person(name, _uuid5(namespace, f"person:{match_key(name)}")[0])
    return Person(person.display, _uuid5(namespace, f"person:{person.id}")[0])


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


def _written_version(conference: FrabConference | None, events: list[Event]) -> str | None:
    """The export's version, while every event is the export's and none has moved since (--previous)."""
    if conference is None or not conference.version:
        return None
    unchanged = all(event.record is not None and event.item.sequence == 0 for event in events)
    return conference.version if unchanged else None


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

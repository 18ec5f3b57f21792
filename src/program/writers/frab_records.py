"""The c3voc/frab schedule's records: a schedule of days, rooms and events, as both exports write them.

`program.writers.frab_schedule` builds them from a program; schedule.xml and schedule.json
render them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import attrs

from program.model import FrabAnswer, FrabConference, FrabEvent, FrabLink, Item, Program
from program.model.reprs import plain_repr


@plain_repr  # printed in the key of each event's piece of schedule.xml
@attrs.frozen
class Person:
    """A person on an event: the name as the program shows it, a stable guid, and what the export said."""

    name: str
    guid: str | None
    id: int | None = None
    code: str | None = None
    biography: str | None = None
    answers: tuple[FrabAnswer, ...] | None = None


@attrs.frozen
class Event:
    """One event of the schedule.

    Attributes:
        item: the item shown (for a poster as an event, the poster).
        key: the stable text the identifiers come from (the item id, or poster id and session).
        number, guid, code, slug: the event's identifiers (see the module's notes); an
            export's own, as written, for an item read from one (code None where it had none).
        room: the room's name.
        start, end: when it takes place (end is the start for an item without one).
        title: the title as plain text.
        abstract: the abstract as plain text ("" when there is none).
        description: more text: the export's description, the posters of a poster session, or None.
        persons: the people on the event.
        links: the item's links that have an address.
        url: the event's page: its first link, or the program's page; None when neither exists.
        track: the export's track, else the paper's category when a listing gave one.
        type: the export's type as written, else the kind ("Invited talk", "Poster").
        record: the export's record of the event, for the fields only exports have
            (language, logo, recording, feedback and origin urls, attachments, answers).
    """

    item: Item
    key: str
    number: int
    guid: str
    code: str | None
    slug: str
    room: str
    start: datetime
    end: datetime
    title: str
    abstract: str
    description: str | None
    persons: tuple[Person, ...]
    links: tuple[FrabLink, ...]
    url: str | None
    track: str | None
    type: str
    subtitle: str = ""
    record: FrabEvent | None = None

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
    """A room of the conference, with a stable guid (the export's, for a room read from one)."""

    name: str
    guid: str
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
    timeslot_text: str | None = None
    conference: FrabConference | None = None

    @property
    def events(self) -> Iterator[Event]:
        """Every event, day by day, room by room."""
        for day in self.days:
            for _, events in day.rooms:
                yield from events

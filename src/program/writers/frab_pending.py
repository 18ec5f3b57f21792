"""A schedule's own event made only when something reads more than its times, room and identifiers.

Every event's times, room, identifiers and title are settled for the whole schedule at once
(the days, the version and the timeslot read them, and an id or code is settled against all
the others'); the rest of an event (its people's guids, its slug, abstract and links) is
made when schedule.xml or schedule.json renders it. Both take an unchanged event's text
from the published build by the event's `inputs` (`event_inputs`): a rebuild after one
edit makes the events of what changed, not the 7,000 of a 10,000-item program.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from program.model import Item, Paper
from program.writers.calendar_keys import CalendarKeys
from program.writers.digests import digest
from program.writers.frab_records import Event
from program.writers.shown_names import NamedPeople


class PendingEvent:
    """An event of the schedule whose record (`Event`) is made when a field beyond the settled ones is read."""

    __slots__ = ("_made", "_make", "code", "end", "guid", "inputs", "item", "key", "number", "room", "start", "title")

    record = None
    """An own event has no export's record."""

    def __init__(
        self,
        inputs: str,
        make: Callable[[], Event],
        settled: tuple[Item, str, int, str, str | None, str, datetime, datetime, str],
    ) -> None:
        self.inputs = inputs
        """The digest of everything the event's record is made from (`event_inputs`)."""
        self._make: Callable[[], Event] | None = make
        self._made: Event | None = None
        self.item, self.key, self.number, self.guid, self.code, self.room, self.start, self.end, self.title = settled

    @property
    def duration(self) -> timedelta:
        """How long the event lasts (as `Event.duration`)."""
        return timedelta(seconds=self.end.timestamp() - self.start.timestamp())

    def made(self) -> Event:
        """The event's record, made once."""
        if self._make is not None:
            self._made, self._make = self._make(), None
        assert self._made is not None
        return self._made

    def __getattr__(self, name: str) -> object:
        if name.startswith("_"):  # a slot not set yet (a copy being made): never the record's
            raise AttributeError(name)
        return getattr(self.made(), name)

    def __repr__(self) -> str:
        return f"PendingEvent({self.inputs})"


def event_inputs(
    keys: CalendarKeys,
    people: NamedPeople,
    item: Item,
    settled: Sequence[object],
    paper: Paper | None,
) -> str:
    """The digest of everything an own event's record is made from: equal digests, equal records.

    The program's own fields but `updated` (its URL and UID domain name the guids'
    namespace, its acronym the slug, its URL the event's when no link has one); the item and
    its people as shown (`calendar_keys`); each of its people as found (id and display
    name: a person's guid comes from their id); what the schedule settled for the event
    (`settled`: its key, times, room, description, number, guid and code); and its paper's
    category (its track when the item names none).
    """
    found = [people.person(name, item.id) for name in item.people]
    return digest(
        [
            keys.page_fields,
            keys.item(item),
            repr((*settled, paper.category if paper else None)),
            *(f"{person.id}\x1f{person.display}" if person else "" for person in found),
        ]
    )

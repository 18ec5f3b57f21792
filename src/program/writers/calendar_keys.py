"""What each personal and per-kind calendar depends on, as a digest: equal digests, equal bytes.

A rebuild (`program.build_cache`) renders again only the calendars whose digest changed.
Each digest covers everything `calendar_events` reads to make that file: the program's own
fields (title, zone, days, venue, `updated`, the UID domain), and for each event in it
the item, its people as shown, and, for a poster session, every poster shown at it with
its people as shown (the session's description lists them, and a presenter's own event
names their boards). Where an item was read (`Item.source`) is left out: no calendar
shows it, and one line added near the top of a feed moves every item after it.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from program.model import Item, Person, Program
from program.writers.base import shared_by_writers
from program.writers.calendar_events import EventItems, person_calendar
from program.writers.digests import digest, item_digest, person_digest
from program.writers.shown_names import named_people


class CalendarKeys:
    """The digest of each calendar file of a program, its events' digests made once for all."""

    def __init__(self, program: Program) -> None:
        self.program = program
        self._names = named_people(program)
        self._posters = program.posters_by_session()
        self.items = EventItems(program)
        self._events: dict[str, str] = {}
        self._items: dict[str, str] = {}
        self._shown: dict[str, str] = {}
        self._with_events: dict[int, bool] = {}
        # The program without its lists: every calendar shows some of these fields (a moved
        # item that adds a day changes `days`, and so every calendar's time zone block).
        whole = attrs.evolve(program, items=(), people=(), papers=(), problems=())
        self.program_fields = digest([repr(whole)])
        """The digest of the program's own fields (title, zone, days, venue, `updated`…), without its lists."""
        self.page_fields = digest([repr(attrs.evolve(whole, updated=None))])
        """The same but `updated`, which only calendar events show (DTSTAMP): a page's pieces keep
        without it (a program with no `updated` of its own takes the feed's time, new on every edit)."""

    def of_people(self) -> Iterator[tuple[str, str]]:
        """Yield (file name in people/, digest) for every person who gets a calendar."""
        for person in self.program.people:
            events = self.items.of_person(person)
            self._with_events[id(person)] = bool(events)
            if events:
                name = person_calendar(person).rpartition("/")[2]
                shown = person_digest(self.program, person)
                yield name, digest([self.program_fields, shown, *(self._event(item) for item in events)])

    def has_calendar(self, person: Person) -> bool:
        """Whether `person` of the program has a calendar: events (found once, for `of_people` and the index)."""
        known = self._with_events.get(id(person))
        return bool(self.items.of_person(person)) if known is None else known

    def of_kinds(self) -> Iterator[tuple[str, str]]:
        """Yield (file name in kinds/, digest) for every kind with timed items."""
        by_kind: dict[str, list[Item]] = {}
        for item in self.program.items:
            if item.start is not None:
                by_kind.setdefault(item.kind.value, []).append(item)
        for kind, items in by_kind.items():
            yield f"{kind}.ics", digest([self.program_fields, kind, *(self._event(item) for item in items)])

    def of_events(self) -> Iterator[tuple[str, str]]:
        """Yield (item id, digest of its VEVENT as program.ics shows it) for every timed item, in order."""
        for item in self.program.items:
            if item.start is not None:
                yield item.id, self.event(item)

    def _event(self, item: Item) -> str:
        if item.id not in self._events:
            posters = self._posters.get(item.id, [])
            self._events[item.id] = digest([self.item(item), *(self.item(poster) for poster in posters)])
        return self._events[item.id]

    def event(self, item: Item) -> str:
        """The digest of everything a timed item's VEVENT shows, the program's own fields included."""
        if item.id not in self._shown:  # asked by the plan (program.ics), then by the site
            self._shown[item.id] = digest([self.program_fields, self._event(item)])
        return self._shown[item.id]

    def item(self, item: Item) -> str:
        """The digest of `item` (every field but where it was read) and its people as shown."""
        if item.id not in self._items:  # a poster is shown at two to four sessions
            self._items[item.id] = digest([item_digest(self.program, item), *self._names.shown_on(item)])
        return self._items[item.id]


@shared_by_writers
def calendar_keys(program: Program, _: object = None) -> CalendarKeys:
    """The calendar keys of `program`, made once for both calendar folders and the events."""
    return CalendarKeys(program)

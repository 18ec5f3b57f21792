"""iCalendar files: the whole program, one calendar per person, one per kind of item.

All three share one `ProgramEvents`, so an event is built once however many calendars hold it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import PurePosixPath
from typing import ClassVar

from program.model import Item, Program
from program.writers.base import RenderOptions
from program.writers.calendar_events import person_calendar, program_events
from program.writers.calendar_keys import calendar_keys


class IcsWriter:
    """Writes program.ics: every timed item, importable into any calendar application."""

    name: ClassVar[str] = "ics"
    filename: ClassVar[str] = "program.ics"
    media_type: ClassVar[str] = "text/calendar"

    def write(self, program: Program, options: RenderOptions) -> bytes:
        """Return the calendar as RFC 5545 bytes (CRLF lines, folded by icalendar)."""
        return program_events(program, options).calendar_bytes(program.items, name=program.title, key="calendar")


class PeopleCalendarsWriter:
    """Writes people/<person id>.ics: everything each person is on, their posters' sessions included.

    A poster session where the person stands at their board is busy time in their own
    calendar, named by their board ("Poster P18 · HEAT: …").

    People with no timed item (authors known only from a paper pool) get no calendar.
    `only` (file names) narrows it to those calendars: a rebuild renders the changed ones.
    """

    name: ClassVar[str] = "ics-people"
    folder: ClassVar[str] = "people"
    media_type: ClassVar[str] = "text/calendar"

    def __init__(self, only: Collection[str] | None = None) -> None:
        self.only = None if only is None else frozenset(only)

    def write_files(self, program: Program, options: RenderOptions) -> Iterator[tuple[str, bytes]]:
        """Yield one calendar per person, with its file name."""
        events = program_events(program, options)
        people = [p for p in program.people if self.only is None or f"{p.id}.ics" in self.only]
        events.expect_calendars_of(people)
        for person in people:
            mine = events.items.of_person(person)
            if mine:  # an author only in a paper pool has nothing to put in a calendar
                name = f"{program.title}: {person.display}"
                data = events.calendar_bytes(mine, name=name, key=f"person-{person.id}", presenter=person)
                yield PurePosixPath(person_calendar(person)).name, data

    def file_keys(self, program: Program) -> Iterator[tuple[str, str]]:
        """Yield (file name, digest of what it shows) for every calendar `write_files` writes."""
        return calendar_keys(program, None).of_people()


class KindCalendarsWriter:
    """Writes kinds/<kind>.ics: one calendar per kind of timed item ("spotlight", "invited-talk").

    `only` (file names) narrows it to those calendars, as for the people's.
    """

    name: ClassVar[str] = "ics-kinds"
    folder: ClassVar[str] = "kinds"
    media_type: ClassVar[str] = "text/calendar"

    def __init__(self, only: Collection[str] | None = None) -> None:
        self.only = None if only is None else frozenset(only)

    def write_files(self, program: Program, options: RenderOptions) -> Iterator[tuple[str, bytes]]:
        """Yield one calendar per kind that has timed items, with its file name."""
        events = program_events(program, options)
        by_kind: dict[str, list[Item]] = {}
        for item in program.items:
            if item.start is not None:
                by_kind.setdefault(item.kind.value, []).append(item)
        for kind, items in by_kind.items():
            if self.only is None or f"{kind}.ics" in self.only:
                name = f"{program.title}: {items[0].kind.display}"
                yield f"{kind}.ics", events.calendar_bytes(items, name=name, key=f"kind-{kind}")

    def file_keys(self, program: Program) -> Iterator[tuple[str, str]]:
        """Yield (file name, digest of what it shows) for every calendar `write_files` writes."""
        return calendar_keys(program, None).of_kinds()

"""The events of a program's calendars, built once with icalendar and shared by every calendar.

Folding, escaping and VTIMEZONE blocks all come from icalendar. No timestamp comes from the
clock: DTSTAMP and LAST-MODIFIED are when the item last changed (`Item.modified`, carried
from a previous build by `program build --previous`) or else when the program did.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event, Timezone, vDuration, vText
from icalendar.enums import TRANSP
from icalendar.parser import Contentline, Parameters

from program.model import Item, Kind, Person, Program
from program.model.ids import calendar_domain
from program.version import __version__
from program.writers.base import RenderOptions, lang_of, shared_by_writers
from program.writers.calendar_texts import alarm, description_parts, own_posters_part, presenter_summary
from program.writers.clean_text import title_text, web_url
from program.writers.event_reuse import reused_events
from program.writers.shown_names import named_people

PRODID = f"-//program//program {__version__}//EN"
REFRESH = timedelta(hours=12)
"""How often subscribers should fetch the calendar again (REFRESH-INTERVAL, X-PUBLISHED-TTL)."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def event_uid(item: Item, program: Program) -> str:
    """Return the UID of `item`'s event: its lasting id (kept through renames) at the program's key."""
    return f"{item.lasting_id}@{calendar_domain(program)}"


def is_transparent(item: Item) -> bool:
    """Whether the event should not block time in a calendar (breaks, poster sessions)."""
    return item.kind in (Kind.BREAK, Kind.POSTER_SESSION)


_END = b"END:VCALENDAR\r\n"


def _folded(name: str, value: str) -> bytes:
    """A text property's line, escaped and folded by icalendar, without its line end."""
    line: bytes = Contentline.from_parts(name, Parameters(), vText(value)).to_ical()
    return line


_SWAPPED = frozenset({"SUMMARY", "DESCRIPTION", "TRANSP"})
"""The lines of a poster session's event that its presenters see differently."""
_OPAQUE = _folded("TRANSP", TRANSP.OPAQUE)
_LineKey = tuple[str, str, tuple[str, ...]]
"""(property name, what else the line depends on, the presenter's posters at the session)."""


class ProgramEvents:
    """Every timed item of a program as a VEVENT, serialised by icalendar at most once.

    A program's calendars (the whole program, one per person, one per kind) share their
    events: each VEVENT and the VTIMEZONE are serialised once and the bytes reused, so
    writing a thousand personal calendars costs the events once plus the copying.
    """

    def __init__(self, program: Program, options: RenderOptions) -> None:
        self.program = program
        self.options = options
        self._posters = program.posters_by_session()
        self._shown_at: dict[str, dict[str, int]] = {}
        """Poster id -> its place in the session's list, by session (made when a presenter's event needs it)."""
        self._names = named_people(program)
        self._lang = lang_of(program, options)
        self.items = EventItems(program)
        self._events = reused_events(program)  # item id -> its VEVENT; a rebuild's unchanged ones given
        self._lines: dict[str, list[tuple[str, bytes]]] = {}
        """Item id -> its shared event's content lines, unfolded and folded (a presenter's event swaps three)."""
        self._shared_lines: dict[_LineKey, bytes] = {}
        """A presenter's folded summary or description, kept until its last use (see `_shared_line`)."""
        self._uses_left: Counter[_LineKey] | None = None
        self._session_parts: dict[str, list[str]] = {}
        self._described_alike: dict[str, str] = {}
        """Poster session id -> the first session with the same description (their presenters' descriptions match)."""
        self._first_described: dict[str, str] = {}
        self._swappable_items: dict[str, bool] = {}
        self._timezone: bytes | None = None

    def calendar_bytes(self, items: Iterable[Item], *, name: str, key: str, presenter: Person | None = None) -> bytes:
        """Return a calendar named `name` holding the events of the timed ones of `items`.

        `self.items.of` finds the items that stand for untimed posters (their sessions).
        `key` tells calendars of one program apart in their UID ("calendar", "person-david-pan").
        In a `presenter`'s own calendar, the poster sessions where they stand at a board are
        their own events (see `presenter_event_bytes`); every other event is the shared one.
        """
        mine = frozenset(presenter.items) if presenter else frozenset()
        events = [self.presenter_event_bytes(item, mine) for item in items if item.start is not None]
        if self._uses_left is None:  # no presenters' calendars expected: their lines were shared within this one
            self._shared_lines.clear()
        # RFC 5545 wants a VTIMEZONE for every TZID used, and Outlook shifts times without one;
        # times in UTC (--utc, or a program in UTC) carry no TZID and need none.
        uses_tzid = any(b"\r\nDTSTART;TZID=" in event for event in events)
        own = (("NAME", name), ("X-WR-CALNAME", name), ("UID", f"{key}@{calendar_domain(self.program)}"))
        return b"".join(
            (
                self._head,
                *(_property_line(property_name, value) for property_name, value in own),
                self.timezone_bytes() if uses_tzid else b"",
                *events,
                _END,
            )
        )

    @functools.cached_property
    def _head(self) -> bytes:
        """What every calendar of the program starts with (its own name and UID follow)."""
        calendar = Calendar.new(prodid=PRODID, url=web_url(self.program.url), refresh_interval=REFRESH)
        del calendar["UID"]  # Calendar.new makes up a random one; each calendar's own UID follows
        # RFC 7986 requires VALUE=DURATION here; icalendar leaves it out.
        calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"
        calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH))  # Outlook's name for the same hint
        calendar.add("X-WR-TIMEZONE", self.program.timezone)
        head: bytes = calendar.to_ical()
        return head[: -len(_END)]

    def timezone_bytes(self) -> bytes:
        """Return the program's VTIMEZONE, covering every year the program has days in."""
        if self._timezone is None:
            days = self.program.days or (date(1970, 1, 1),)
            timezone = Timezone.from_tzid(
                self.program.timezone,
                first_date=date(days[0].year, 1, 1),
                last_date=date(days[-1].year + 1, 1, 1),
            )
            self._timezone = timezone.to_ical()
        return self._timezone

    def event_bytes(self, item: Item) -> bytes:
        """Return the VEVENT of a timed item, serialised."""
        if item.id not in self._events:
            if item.id in self._posters:  # presenters see it differently: keep its lines to swap theirs in
                self._events[item.id] = b"\r\n".join(folded for _, folded in self._content_lines(item)) + b"\r\n"
            else:
                self._events[item.id] = self._new_event(item).to_ical()
        return self._events[item.id]

    def _content_lines(self, item: Item) -> list[tuple[str, bytes]]:
        """Return the lines of `item`'s shared event, each unfolded and as icalendar folds it."""
        if item.id not in self._lines:
            lines = self._new_event(item).content_lines()
            self._lines[item.id] = [(line, line.to_ical()) for line in lines if line]
        return self._lines[item.id]

    def presenter_event_bytes(self, item: Item, presenter_items: frozenset[str]) -> bytes:
        """Return the event of `item` as the calendar of someone on `presenter_items` shows it.

        At a poster session where they present posters, a presenter is busy: the event is
        OPAQUE, its summary names their boards ("Poster P18 · HEAT: …") and their posters
        come first in the description. Any other event is the shared one. The UID stays the
        item's: it is the same occurrence, seen from the board.
        """
        own = self._own_posters(item, presenter_items)
        if not own:
            return self.event_bytes(item)
        return self._presenter_event(item, own)

    def _own_posters(self, item: Item, presenter_items: frozenset[str]) -> list[Item]:
        """The posters of `presenter_items` shown at `item`, in the session's order (none for any other item)."""
        posters = self._posters.get(item.id)
        if not posters:
            return []
        if item.id not in self._shown_at:
            self._shown_at[item.id] = {poster.id: place for place, poster in enumerate(posters)}
        # The presenter's few items looked up in the session, not the session's thousands of posters scanned.
        places = self._shown_at[item.id]
        return [posters[place] for place in sorted(places[i] for i in presenter_items if i in places)]

    def _presenter_event(self, item: Item, own_posters: Sequence[Item]) -> bytes:
        """Return the shared event with the presenter's summary, description and busy time.

        Every line is still made and folded by icalendar (`Contentline`); only which lines
        go together is chosen here, so that the lines a presenter's sessions share (the
        dates, the UID, the same summary at each session of a day) are not made again
        for each of the presenter's sessions: serialising whole events took most of a
        large conference's build.
        """
        lines = self._content_lines(item)
        if not self._swappable(item):
            fallback: bytes = self._new_event(item, own_posters).to_ical()  # the shared event lacks a line to swap
            return fallback
        summary_key, description_key = self._line_keys(item, own_posters)
        replaced = {
            "SUMMARY": self._shared_line(summary_key, lambda: presenter_summary(item, own_posters, self._lang)),
            "DESCRIPTION": self._shared_line(description_key, lambda: self._presenter_description(item, own_posters)),
            "TRANSP": _OPAQUE,
        }
        folded: list[bytes] = []
        in_event = True  # the VEVENT's own lines come before any VALARM's, whose DESCRIPTION stays
        for line, shared in lines:
            in_event = in_event and line != "BEGIN:VALARM"
            name = line.partition(":")[0]
            folded.append(replaced[name] if in_event and name in replaced else shared)
        return b"\r\n".join(folded) + b"\r\n"

    def _line_keys(self, session: Item, own_posters: Sequence[Item]) -> tuple[_LineKey, _LineKey]:
        """What a presenter's summary and description at `session` depend on: equal keys, equal lines.

        The summary names the posters (and, when there are several, the session's title: keyed
        by its id); the description lists the posters, then describes the session.
        """
        boards = tuple(poster.id for poster in own_posters)
        if session.id not in self._described_alike:
            text = "\n\n".join(self._session_description(session))
            self._described_alike[session.id] = self._first_described.setdefault(text, session.id)
        session_named = session.id if len(own_posters) > 1 else ""
        return ("SUMMARY", session_named, boards), ("DESCRIPTION", self._described_alike[session.id], boards)

    def _shared_line(self, key: _LineKey, value: Callable[[], str]) -> bytes:
        """Return the line `key` names, folded by icalendar, made once for all the presenters' events that show it.

        Co-authors of a poster see the same lines, and a presenter at the sessions of a day
        showing the same posters the same description. With the calendars to come counted
        (`expect_calendars_of`) a line is kept until its last use; kept to the end of the
        build, these lines took most of the calendars' memory at 100,000 items. Otherwise
        it is kept for the calendar being made.
        """
        line = self._shared_lines.pop(key, None)
        if line is None:
            line = _folded(key[0], value())
        uses_left = self._uses_left
        if uses_left is not None:
            uses_left[key] -= 1
        if uses_left is None or uses_left[key] > 0:
            self._shared_lines[key] = line
        else:
            del uses_left[key]
        return line

    def expect_calendars_of(self, people: Iterable[Person]) -> None:
        """Count the lines the calendars of `people` will share, to keep each one only until its last use.

        One pass over these people's poster sessions; a calendar made without it (`program ics
        --person`) shares lines within itself only, and costs its own items, not everyone's.
        """
        uses_left: Counter[_LineKey] = Counter()
        for person in people:
            mine = frozenset(person.items)
            for item in self.items.of_person(person):
                own = self._own_posters(item, mine)
                if own and self._swappable(item):
                    uses_left.update(self._line_keys(item, own))
        self._uses_left = uses_left

    def _presenter_description(self, session: Item, own_posters: Sequence[Item]) -> str:
        return "\n\n".join(
            [own_posters_part(own_posters, self._names, self._lang), *self._session_description(session)]
        )

    def _swappable(self, item: Item) -> bool:
        """Whether `item`'s shared event has every line a presenter sees differently."""
        if item.id not in self._swappable_items:
            names = {line.partition(":")[0] for line, _ in self._content_lines(item)}
            self._swappable_items[item.id] = _SWAPPED.issubset(names)
        return self._swappable_items[item.id]

    def _session_description(self, item: Item) -> list[str]:
        if item.id not in self._session_parts:
            self._session_parts[item.id] = list(
                description_parts(item, self._posters.get(item.id, []), self._names, self._lang)
            )
        return self._session_parts[item.id]

    def _new_event(self, item: Item, own_posters: Sequence[Item] = ()) -> Event:
        stamp = item.modified or self.program.updated or _EPOCH
        links = [url for url in (web_url(link.url) for link in item.links) if url]
        description = [
            *([own_posters_part(own_posters, self._names, self._lang)] if own_posters else []),
            *description_parts(item, self._posters.get(item.id, []), self._names, self._lang),
        ]
        event = Event.new(
            uid=event_uid(item, self.program),
            stamp=stamp,
            last_modified=stamp,
            sequence=item.sequence,
            start=self._moment(item.start),
            end=self._moment(item.end),
            summary=presenter_summary(item, own_posters, self._lang) if own_posters else title_text(item),
            description="\n\n".join(description) or None,
            categories=[self._lang.kind(item.kind)],
            location=item.location or self.program.venue,
            url=links[0] if links else web_url(self.program.url),
            transparency=TRANSP.TRANSPARENT if is_transparent(item) and not own_posters else TRANSP.OPAQUE,
        )
        for url in links:
            event.add("ATTACH", url)
        if self.options.alarm is not None:
            event.add_component(alarm(item, self.options.alarm, self._lang))
        return event

    def _moment(self, moment: datetime | None) -> datetime | None:
        if moment is None or not self.options.calendar_utc:
            return moment
        return moment.astimezone(UTC)


def _property_line(name: str, value: str) -> bytes:
    """One text property, escaped and folded by icalendar (a whole Calendar per calendar costs 5×)."""
    return _folded(name, value) + b"\r\n"


@shared_by_writers
def program_events(program: Program, options: RenderOptions) -> ProgramEvents:
    """Return the program's events, shared by the calendar writers of one build."""
    return ProgramEvents(program, options)


def person_calendar(person: Person) -> str:
    """Return where a person's calendar is written, relative to --out."""
    return f"people/{person.id}.ics"


class EventItems:
    """Which timed items stand for some items in a calendar, in running order.

    A timed item stands for itself; an untimed poster for the poster sessions it is shown
    in. Lookups are by id, so choosing a calendar costs its own items, not the program's.
    """

    def __init__(self, program: Program) -> None:
        self._by_id = program.items_by_id()
        self._position = {item_id: position for position, item_id in enumerate(self._by_id)}

    def of(self, items: Iterable[Item]) -> list[Item]:
        """Return the timed items standing for `items`, each once, in running order."""
        wanted = {item_id for item in items for item_id in item.shown_at}
        timed = [self._by_id[item_id] for item_id in wanted if item_id in self._by_id]
        return sorted((item for item in timed if item.start is not None), key=lambda item: self._position[item.id])

    def of_person(self, person: Person) -> list[Item]:
        """Return the timed items of a person's calendar."""
        return self.of(self._by_id[item_id] for item_id in person.items)


__all__ = [
    "EventItems",
    "ProgramEvents",
    "event_uid",
    "is_transparent",
    "person_calendar",
    "program_events",
]

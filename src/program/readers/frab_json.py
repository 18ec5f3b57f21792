"""frab / pretalx ``schedule.json``, in both c3voc layouts.

Version 1 nests events in ``conference.days[].rooms{room: [events]}`` (frab, pretalx);
"schedule2" lists them flat in ``schedule.events[]`` with ISO start and end (the CCC hub).
JSON gives no positions, so each event's line is found by its guid in the text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime, time, timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError
from program.model import (
    FrabConference,
    Item,
    Problem,
    Program,
    Severity,
    SourceRef,
)
from program.model.frab import shown_text
from program.model.text import collapse_space
from program.readers.base import ReadContext, load_json
from program.readers.frab_event import (
    ReadEvent,
    conference_acronym,
    event_item,
    link_list,
    missing_duration,
    parse_duration,
)
from program.readers.frab_records import (
    SPEAKER_ROLES,
    as_list,
    biographies_of,
    conference_record,
    event_record,
    written,
)
from program.readers.frab_times import EventClock, event_start, feed_zone, listed_day_change
from program.readers.notation.moments import at_wall_clock, epoch_moment
from program.readers.tabular.read import reading_summary

_PREAMBLE = r'(?:"\$schema"\s*:\s*"[^"]*"|"generator"\s*:\s*\{[^{}]*\})\s*,\s*'
_OPENING = re.compile(
    rf'\s*\{{\s*(?:{_PREAMBLE}){{0,2}}"schedule"\s*:\s*\{{\s*(?:\}}|"(?:version|base_url|url|conference|generator)"\s*:)'
)
"""A frab schedule opens with its first key, one that frab's own schedule object has: MozFest's
`{"schedule": {"all-5": {…}}}` (slots by day and track) and AFPy's PyConFR schedule.json (a
"schedule" object keyed by dates: afpy_schedule) are no frab exports."""
_DAY_OPENING = re.compile(
    r'\s*\{\s*(?:"(?:version|index)"\s*:\s*(?:"[^"]*"|\d+)\s*,\s*)*"date"\s*:\s*"\d{4}-\d{2}-\d{2}"\s*,\s*'
    r'"rooms"\s*:\s*\{\s*"[^"]*"\s*:\s*\[\s*\{\s*"start"\s*:\s*"\d{1,2}:\d{2}"\s*,\s*"duration"\s*:'
)
"""One day of a frab schedule alone, as a badge or an app keeps a day a file: Hacker Hotel 2019's
`{"version": …, "date": "2019-02-16", "rooms": {"Erasmus (Talks)": [{"start": "12:00", "duration": "01:00", …}]}}`."""


class FrabJsonReader:
    """Reads frab/pretalx schedule.json (c3voc schedule v1 and schedule2)."""

    name: ClassVar[str] = "frab-json"
    description: ClassVar[str] = "frab/pretalx schedule.json (c3voc schedule v1 or schedule2)"

    def detect(self, text: str) -> bool:
        """Return whether the text opens a JSON object with a frab "schedule" (after "$schema" and "generator").

        Only the opening is looked at: detection runs on every feed, and exporters put
        "schedule" first. A document that does not is read with ``--format frab-json``.
        """
        return _OPENING.match(text[:1000]) is not None or _DAY_OPENING.match(text[:1000]) is not None

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every event; unreadable events become errors, each named by its line and JSON path."""
        document, warnings = _loaded(text, source)
        document, lone_day = _as_schedule(document)
        schedule = document.get("schedule") if isinstance(document, dict) else None
        if not isinstance(schedule, dict):
            raise ParseError('expected a JSON object with a "schedule" object', SourceRef(source, 1))
        conference = schedule.get("conference")
        if not isinstance(conference, dict):
            raise ParseError('expected "schedule.conference" to be an object', _line_of(text, '"conference"', source))
        listed = list(_raw_events(schedule, conference, lone=lone_day is not None))
        clocks = [_clock(entry) for entry in listed]
        found = feed_zone(_string(conference.get("time_zone_name")), context.timezone, clocks, SourceRef(source, 1))
        locator = _Locator(text, source)
        items: list[Item] = []
        problems: list[Problem] = [*warnings, *found.problems]
        record = conference_record(schedule, conference)
        biographies = biographies_of(schedule.get("persons"))
        for entry in listed:
            where = locator.next(entry.raw)
            try:
                event = _event(entry, found.zone, where, record, biographies)
                items.append(event_item(event, source, found.zone))
            except ParseError as error:
                problems.append(
                    Problem(Severity.ERROR, "unreadable-event", f"{error.reason} (at {entry.path})", error.source)
                )
                continue
            problems.extend(filter(None, [missing_duration(event, where)]))
        return Program(
            title=_string(conference.get("title")) or "",
            timezone=found.zone.key,
            url=_string(conference.get("url")) or _string(schedule.get("base_url")),
            acronym=conference_acronym(_string(conference.get("acronym"))),
            items=tuple(items),
            problems=tuple(problems),
            sources=(source,),
            conference=record,
            # so `program check` says what it read, also of a clean file
            reading=(*_lone_reading(lone_day, listed), *reading_summary(items)),
        )


def _as_schedule(document: Any) -> tuple[Any, str | None]:
    """A lone day (`{date, rooms}`, see `_DAY_OPENING`) as the schedule of one day, and its date; else as it is."""
    lone = isinstance(document, dict) and "schedule" not in document and isinstance(document.get("rooms"), dict)
    if lone and isinstance(day := document.get("date"), str):
        return {"schedule": {"conference": {"days": [document]}}}, day
    return document, None


def _loaded(text: str, source: str) -> tuple[Any, list[Problem]]:
    """The document, and a warning when it could be read only with line breaks inside strings (frab 2013)."""
    try:
        return load_json(text, source), []
    except ParseError as error:
        if "Invalid control character" not in error.reason:
            raise
        where = error.source
    document = load_json(text, source, strict=False)
    message = "the export has line breaks inside strings, which JSON does not allow; read as they were meant"
    return document, [Problem(Severity.WARNING, "raw-line-break", message, where)]


@attrs.frozen
class _Listed:
    """An event as the export lists it: the raw object, its day (v1 only) and its JSON path."""

    raw: Any
    path: str
    day: Mapping[str, Any] | None = None
    day_change: time | None = None
    """When the day's listing turns into the night after it (`frab_times.listed_day_change`)."""
    room: str | None = None
    """The room the day lists the event under, for an event that names none (Hacker Hotel 2019's day files)."""


def _raw_events(schedule: Mapping[str, Any], conference: Mapping[str, Any], *, lone: bool) -> Iterator[_Listed]:
    if isinstance(schedule.get("events"), list):
        for number, raw in enumerate(schedule["events"]):
            yield _Listed(raw, f"$.schedule.events[{number}]")
        return
    for day_number, day in enumerate(as_list(conference.get("days"))):
        rooms = day.get("rooms") if isinstance(day, dict) else None
        change = _day_change(conference, day) if isinstance(rooms, dict) else None
        for name, events in rooms.items() if isinstance(rooms, dict) else ():
            day_path = "$" if lone else f"$.schedule.conference.days[{day_number}]"
            room_path = f"{day_path}.rooms[{json.dumps(name, ensure_ascii=False)}]"
            if not isinstance(events, list):
                yield _Listed(events, room_path, day, change)
                continue
            for number, raw in enumerate(events):
                yield _Listed(raw, f"{room_path}[{number}]", day, change, _string(name))


def _lone_reading(day: str | None, listed: list[_Listed]) -> list[str]:
    """What `program check` says of a lone day: its date, and the events placed by their seconds since 1970."""
    if day is None:
        return []
    stamped = sum(1 for entry in listed if isinstance(entry.raw, dict) and epoch_moment(entry.raw.get("timestamp")))
    said = f"one day of a frab schedule alone ({day}), rooms named by their keys"
    return [f"{said}; {stamped} events at their `timestamp` (seconds since 1970)" if stamped else said]


def _day_change(conference: Mapping[str, Any], day: Mapping[str, Any]) -> time | None:
    """When a day's listing turns into the night after it: its start or end, the conference's, else its clocks.

    30C3's schedule.json names none and dates no event: day 1 lists Saal 1's `23:00`, then its `00:00`
    Hacker Jeopardy, the night after (read on the day's own date, 11 hours before the opening, before).
    """
    try:
        conference_change = time.fromisoformat(str(conference.get("day_change") or ""))
    except ValueError:
        conference_change = None
    rooms = day.get("rooms")
    starts = [
        _string(raw.get("start"))
        for events in (rooms.values() if isinstance(rooms, dict) else ())
        for raw in (events if isinstance(events, list) else ())
        if isinstance(raw, dict)
    ]
    start, end = _string(day.get("day_start", day.get("start"))), _string(day.get("day_end", day.get("end")))
    return listed_day_change(conference_change, start, end, starts)


def _clock(entry: _Listed) -> EventClock:
    raw = entry.raw if isinstance(entry.raw, dict) else {}
    day = entry.day or {}
    return EventClock(
        date=_string(raw.get("date")) or _stamped(raw, _string(day.get("date"))),
        start=_string(raw.get("start")),
        day=_string(day.get("date")),
        day_change=entry.day_change,
    )


def _stamped(raw: Mapping[str, Any], day: str | None) -> str | None:
    """An event's moment from its seconds since 1970 (`timestamp`), at the offset its listed clock time shows.

    Hacker Hotel 2019 lists `"start": "12:00"` with `"timestamp": 1550314800` (11:00 UTC): 12:00 at +01:00,
    an instant, so the export needs no --timezone to be placed (shown at that offset unless one is given).
    """
    moment = epoch_moment(raw.get("timestamp"))
    start = _string(raw.get("start"))
    if moment is None or day is None or start is None:
        return None
    try:
        shown = at_wall_clock(moment, date.fromisoformat(day), time.fromisoformat(start.zfill(5)))
    except ValueError:
        return None
    return shown.isoformat() if shown is not None else None


class _Locator:
    """Finds each event's line by its guid (or title), searching forward in document order."""

    def __init__(self, text: str, source: str) -> None:
        self.text = text
        self.source = source
        self.position = 0

    def next(self, raw: Any) -> SourceRef:
        keys = [raw.get("guid"), raw.get("title")] if isinstance(raw, dict) else []
        for key in keys:
            if isinstance(key, str) and key:
                found = self.text.find(json.dumps(key, ensure_ascii=False), self.position)
                if found < 0:
                    found = self.text.find(json.dumps(key), self.position)
                if found >= 0:
                    self.position = found
                    return SourceRef(self.source, self.text.count("\n", 0, found) + 1)
        return SourceRef(self.source, self.text.count("\n", 0, self.position) + 1)


def _line_of(text: str, needle: str, source: str) -> SourceRef:
    found = text.find(needle)
    return SourceRef(source, text.count("\n", 0, found) + 1 if found >= 0 else 1)


def _string(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _event(
    entry: _Listed,
    zone: ZoneInfo,
    where: SourceRef,
    conference: FrabConference,
    biographies: Mapping[str, str],
) -> ReadEvent:
    raw = entry.raw
    if not isinstance(raw, dict):
        raise ParseError(f"expected an event object, found {type(raw).__name__}", where)
    title = collapse_space(_string(raw.get("title")) or "")
    if not title:
        raise ParseError('expected an event with a "title"', where)
    start = event_start(_clock(entry), zone, where)
    day = entry.day.get("date") if entry.day is not None else None
    return ReadEvent(
        title=title,
        start=start,
        duration=_duration(raw, start, zone, where),
        room=_room(raw.get("room")) or entry.room,
        event_type=_string(raw.get("type")),
        persons=_persons(raw),
        abstract=shown_text(
            _string(raw.get("subtitle")), _string(raw.get("abstract")), _string(raw.get("description"))
        ),
        links=link_list(
            [
                ("Event page", _string(raw.get("url"))),
                *_link_pairs(raw.get("links")),
                *_link_pairs(raw.get("attachments")),
            ]
        ),
        line=where.line,
        record=attrs.evolve(event_record(raw, conference, biographies), day=written(day)),
    )


def _duration(raw: Mapping[str, Any], start: datetime, zone: ZoneInfo, where: SourceRef) -> timedelta | None:
    if (finished := epoch_moment(raw.get("end"))) is not None and "duration" not in raw:
        if finished <= start:
            raise ParseError(f"expected the end {finished:%Y-%m-%d %H:%M} UTC after the start", where)
        return finished - start
    end = _string(raw.get("end"))
    if end and "duration" not in raw:
        finish = event_start(EventClock(date=end, start=None), zone, where)
        if finish <= start:
            raise ParseError(f"expected the end {end!r} after the start", where)
        return finish - start
    # "" is an empty duration (start only), as <duration></duration> is in the XML.
    return parse_duration(written(raw.get("duration")), where)


def _room(value: Any) -> str | None:
    return _string(value.get("name")) if isinstance(value, dict) else _string(value)


def _persons(raw: Mapping[str, Any]) -> tuple[str, ...]:
    people = raw.get("persons") if isinstance(raw.get("persons"), list) else raw.get("participants")
    names = []
    for person in people if isinstance(people, list) else []:
        if isinstance(person, dict):
            if person.get("role") not in SPEAKER_ROLES:
                continue
            name = (
                _string(person.get("public_name"))
                or _string(person.get("name"))
                or _string(person.get("full_public_name"))
            )
        else:
            name = _string(person)
        if name:
            names.append(collapse_space(name))
    return tuple(names)


def _link_pairs(value: Any) -> list[tuple[str | None, str | None]]:
    pairs: list[tuple[str | None, str | None]] = []
    for link in value if isinstance(value, list) else []:
        if isinstance(link, dict) and link.get("type") not in ("ORIGIN", "FEEDBACK"):
            label = _string(link.get("title")) or (_string(link.get("type")) or "").capitalize() or None
            pairs.append((label, _string(link.get("url"))))
    return pairs

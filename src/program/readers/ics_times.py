"""When calendar events happen: the program's zone, each event's start and end, and recurrences.

icalendar reads the times (TZID, VTIMEZONE, `Z`, Windows zone names); this module decides
which zone the program is shown in and never falls back to UTC silently: a calendar that
names no zone, with times in UTC or floating, needs `--timezone`.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import attrs
from dateutil.rrule import rruleset, rrulestr

from program.errors import ParseError, UsageError
from program.model import SourceRef
from program.model.zones import place_zone

if TYPE_CHECKING:  # only named: the calendars come parsed (icalendar is imported when one is read)
    from icalendar import Calendar, Event

MAX_OCCURRENCES = 500
"""The most occurrences of one recurring event read: a conference's daily lunch recurs a few times."""
HORIZON = timedelta(days=366)
"""How far after its first occurrence a recurring event is read: a rule without an end goes on forever."""


@attrs.frozen
class ProgramZone:
    """The zone a calendar's times are shown in, and what said so ("X-WR-TIMEZONE", "--timezone")."""

    zone: ZoneInfo
    reason: str


def program_zone(
    calendars: Sequence[Calendar], events: Sequence[Event], fallback: ZoneInfo | None, source: str
) -> ProgramZone:
    """Return the zone of the program: --timezone, else X-WR-TIMEZONE, else the TZID most events use, else a VTIMEZONE.

    Raises:
        ParseError: when X-WR-TIMEZONE names no zone of a place.
        UsageError: when timed events are in UTC or floating and nothing names a zone.
    """
    if fallback is not None:
        return ProgramZone(fallback, "--timezone or the program file")
    for calendar in calendars:
        named = calendar.get("X-WR-TIMEZONE")
        if named is not None and str(named).strip():
            try:
                return ProgramZone(place_zone(str(named).strip()), "X-WR-TIMEZONE")
            except ValueError:
                expected = "expected X-WR-TIMEZONE to name an IANA time zone such as Europe/Berlin"
                raise ParseError(f"{expected}, found {str(named)[:40]!r}", SourceRef(source, None)) from None
    zones = Counter(zone for zone in map(_event_zone, events) if zone is not None)
    if zones:
        key, count = zones.most_common(1)[0]
        return ProgramZone(ZoneInfo(key), f"the TZID of {count} of {len(events)} events")
    for calendar in calendars:
        for timezone in calendar.walk("VTIMEZONE"):
            declared = _known_zone(str(timezone.get("TZID", "")))
            if declared is not None:
                return ProgramZone(ZoneInfo(declared), "VTIMEZONE")
    if any(isinstance(_start_value(event), datetime) for event in events):
        raise UsageError(
            f"{source}: the calendar names no time zone (no X-WR-TIMEZONE, TZID or VTIMEZONE) and gives its "
            "times in UTC or as floating times: pass --timezone Area/City, or set timezone in a program file, "
            "to show them in the place's time"
        )
    return ProgramZone(ZoneInfo("UTC"), "no timed events")


def _start_value(event: Event) -> object:
    start = event.get("DTSTART")
    try:
        return start.dt if start is not None else None
    except (AttributeError, ValueError):
        return None


def _event_zone(event: Event) -> str | None:
    """The IANA zone of an event's start: its TZID, as icalendar resolved it (Windows names too)."""
    start = event.get("DTSTART")
    value = _start_value(event)
    if start is None or not isinstance(value, datetime) or "TZID" not in start.params:
        return None
    if isinstance(value.tzinfo, ZoneInfo) and _known_zone(value.tzinfo.key):
        return value.tzinfo.key
    return _known_zone(str(start.params["TZID"]))


def _known_zone(name: str) -> str | None:
    try:
        return place_zone(name.strip()).key
    except ValueError:
        return None


@attrs.frozen
class Span:
    """An occurrence of an event: its start and end (None: the event gives none), in the program's zone."""

    start: datetime
    end: datetime | None


def moment(value: object, zone: ZoneInfo) -> datetime:
    """Return a DTSTART/DTEND value in `zone`: a floating time (or an unknown TZID) is `zone`'s wall clock."""
    if not isinstance(value, datetime):
        raise TypeError(value)
    return value.replace(tzinfo=zone) if value.tzinfo is None else value.astimezone(zone)


def event_span(event: Event, zone: ZoneInfo, where: SourceRef) -> Span:
    """Return when a timed event happens: DTSTART, and DTEND, else DTSTART + DURATION, else no end.

    An end equal to the start (a reminder) is no end.

    Raises:
        ParseError: when DTSTART is missing or unreadable, or the end is before the start.
    """
    start = moment(_value(event, "DTSTART", where), zone)
    end: datetime | None = None
    if event.get("DTEND") is not None:
        raw_end = _value(event, "DTEND", where)
        if not isinstance(raw_end, datetime):
            raise ParseError(f"expected DTEND to be a date-time like DTSTART, found {raw_end!r}", where)
        end = moment(raw_end, zone)
    elif event.get("DURATION") is not None:
        length = _value(event, "DURATION", where)
        if not isinstance(length, timedelta):
            raise ParseError(f"expected DURATION such as PT1H30M, found {length!r}", where)
        # Exact time, not wall clock: across a DST change a 1-hour talk lasts an hour.
        end = (start.astimezone(UTC) + length).astimezone(zone)
    if end is not None and end.timestamp() < start.timestamp():
        raise ParseError(f"expected the end ({end.isoformat()}) after the start ({start.isoformat()})", where)
    return Span(start, end if end is not None and end.timestamp() > start.timestamp() else None)


def _value(event: Event, name: str, where: SourceRef) -> Any:
    prop = event.get(name)
    if prop is None:
        raise ParseError(f"expected {name}, found none", where)
    try:
        return prop.dt
    except (AttributeError, ValueError) as error:
        raise ParseError(f"expected a readable {name}: {error}", where) from None


def is_all_day(event: Event) -> bool:
    """Whether the event's DTSTART is a date (VALUE=DATE): an all-day event, not a timed one."""
    value = _start_value(event)
    return isinstance(value, date) and not isinstance(value, datetime)


@attrs.frozen
class Occurrences:
    """The occurrences of a possibly recurring event, and whether its rule was cut short."""

    spans: tuple[Span, ...]
    cut: bool = False


def occurrences(
    event: Event, first: Span, zone: ZoneInfo, overridden: frozenset[float], where: SourceRef
) -> Occurrences:
    """Return every occurrence of an event: itself, or its RRULE/RDATE expanded, less EXDATEs and overridden ones.

    An occurrence that a VEVENT with the same UID and a RECURRENCE-ID replaces (`overridden`,
    by timestamp) is left out: that VEVENT is read as an event of its own.

    Raises:
        ParseError: when the rule cannot be read.
    """
    rules = _listed(event.get("RRULE"))
    dates = _dates(event.get("RDATE"), zone)
    if not rules and not dates:
        return Occurrences((first,))
    start = first.start
    length = first.end - first.start if first.end is not None else None
    schedule = rruleset()
    try:
        for rule in rules:
            schedule.rrule(rrulestr(rule.to_ical().decode(), dtstart=start, ignoretz=False))  # type: ignore[arg-type]
    except (ValueError, TypeError) as error:
        raise ParseError(f"expected an RRULE dateutil can read: {error}", where) from None
    for extra in dates:
        schedule.rdate(extra)
    schedule.rdate(start)  # RFC 5545: DTSTART is the first occurrence, whether or not the rule matches it
    for excluded in _dates(event.get("EXDATE"), zone):
        schedule.exdate(excluded)
    limit = start + HORIZON
    found = list(itertools.islice(_until(schedule, limit), MAX_OCCURRENCES + 1))
    cut = len(found) > MAX_OCCURRENCES or (bool(rules) and schedule.after(limit) is not None)
    spans = tuple(
        Span(when, (when.astimezone(UTC) + length).astimezone(zone) if length else None)
        for when in found[:MAX_OCCURRENCES]
        if when.timestamp() not in overridden
    )
    return Occurrences(spans, cut)


def _until(schedule: rruleset, limit: datetime) -> Iterator[datetime]:
    for when in schedule:
        if when > limit:
            return
        yield when


def _listed(value: object) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _dates(value: object, zone: ZoneInfo) -> list[datetime]:
    """The date-times of RDATE or EXDATE properties (each may list several)."""
    found = []
    for prop in _listed(value):
        for item in getattr(prop, "dts", []):
            when = item.dt
            if isinstance(when, datetime):
                found.append(moment(when, zone))
            elif isinstance(when, date):
                found.append(datetime(when.year, when.month, when.day, tzinfo=zone))
    return found


def recurrence_id(event: Event, zone: ZoneInfo) -> float | None:
    """The timestamp of the occurrence an event overrides (RECURRENCE-ID), or None."""
    prop = event.get("RECURRENCE-ID")
    try:
        value = prop.dt if prop is not None else None
    except (AttributeError, ValueError):
        return None
    if isinstance(value, datetime):
        return moment(value, zone).timestamp()
    return None

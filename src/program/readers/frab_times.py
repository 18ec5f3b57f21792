"""When a frab event starts, and in which zone its times are shown.

Exports say it two ways. Since 2014 frab, pretalx and the hub give each event a `<date>`
with its UTC offset. Older frab, pentabarf and FOSDEM (every year to 2024) give only a
clock time (`<start>17:23</start>`) on the `<day date="…">` that lists the event: the
wall-clock time of the conference's zone, on the day's date, or on the next date when it
is before the day changes (a 00:15 concert on day 1 is the night after it).

Some exports carry offsets on every event but name no zone (rC3, frab 2015): their times
are shown at that offset, said in a warning, never silently in UTC.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError, UsageError
from program.model import Problem, Severity, SourceRef
from program.model.zones import FIRST_YEAR, LAST_YEAR, offset_zone, place_zone, zone_label

_CLOCK = re.compile(r"^(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?$")
_MIDNIGHT = re.compile(r"^(?P<day>\d{4}-\d{2}-\d{2})T00:00(?::00(?:\.0+)?)?$")


@attrs.frozen
class EventClock:
    """What an export says of an event's start, as written, before a zone is chosen.

    Attributes:
        date: the event's ISO date-time (`<date>`, JSON "date"), or None.
        start: the event's clock time (`<start>`, JSON "start"), or None.
        day: the date of the day that lists the event, or None.
        day_change: when that day ends on the next morning, if the export says.
    """

    date: str | None
    start: str | None
    day: str | None = None
    day_change: time | None = None

    @property
    def is_dated(self) -> bool:
        """Whether the export gives the start as a date-time, not only a clock time."""
        return bool(self.date and self.date.strip()) or _is_date_time(self.start)


@attrs.frozen
class FeedZone:
    """The zone a feed's times are shown in, and the warning that goes with a guessed one."""

    zone: ZoneInfo
    problems: tuple[Problem, ...] = ()


def _is_date_time(text: str | None) -> bool:
    return bool(text) and "T" in (text or "")


def _written_start(clock: EventClock) -> str:
    return (clock.date or "").strip() or (clock.start or "").strip()


def _offset_of(clock: EventClock) -> timedelta | None:
    try:
        start = datetime.fromisoformat(_written_start(clock))
    except ValueError:
        return None
    return start.utcoffset()


def _offsets_not_of(zone: ZoneInfo, clocks: Iterable[EventClock], where: SourceRef) -> tuple[Problem, ...]:
    """A warning when events carry offsets the named zone does not have at their times.

    DemoCon names UTC and writes +01:00; wafer names Asia/Kolkata and writes UTC. The times
    are shown in the named zone, the same instants: said, since the clock shown differs.
    """
    others: Counter[str] = Counter()
    for clock in clocks:
        try:
            start = datetime.fromisoformat(_written_start(clock))
        except ValueError:
            continue
        offset = start.utcoffset()
        if offset is None or not FIRST_YEAR <= start.year <= LAST_YEAR:
            continue
        if offset != start.astimezone(zone).utcoffset():
            others[_offset_text(offset)] += 1
    if not others:
        return ()
    message = (
        f"the export names the zone {zone.key} but {sum(others.values())} events carry offsets it does not have "
        f"at their times ({', '.join(sorted(others))}): they are shown in {zone_label(zone.key)}, the same instants"
    )
    return (Problem(Severity.WARNING, "zone-offset-mismatch", message, where),)


def feed_zone(name: str | None, fallback: ZoneInfo | None, clocks: Iterable[EventClock], where: SourceRef) -> FeedZone:
    """Return the zone of a feed: its time_zone_name, else the user's, else its events' offset.

    Raises:
        ParseError: when the feed names a zone that does not exist.
        UsageError: when events give only clock times and nothing names the zone.
    """
    if name:
        try:
            zone = place_zone(name)
        except ValueError:
            raise ParseError(f"expected the IANA time zone name of a place, found {name[:40]!r}", where) from None
        return FeedZone(zone, _offsets_not_of(zone, clocks, where))
    if fallback is not None:
        return FeedZone(fallback)
    clocks = list(clocks)
    offsets = Counter(offset for offset in map(_offset_of, clocks) if offset is not None)
    if offsets:
        return _offset_feed_zone(offsets, where, wall_clocks=utc_at_starts(clocks))
    # A date-time without an offset is a wall-clock time too: never shown in UTC unsaid.
    if any(_offset_of(clock) is None for clock in clocks):
        raise UsageError(
            f"{where.file}: the export gives its events clock times without an offset and names no "
            "time zone (<time_zone_name>): pass --timezone Area/City, or set timezone in a program file"
        )
    return FeedZone(ZoneInfo("UTC"))


def _offset_feed_zone(offsets: Counter[timedelta], where: SourceRef, *, wall_clocks: bool) -> FeedZone:
    offset, count = offsets.most_common(1)[0]
    zone = offset_zone(offset)
    shown = zone_label(zone.key)
    message = (
        f"the export names no time zone (no time_zone_name); times are shown at the offset its events "
        f"carry, {shown}: to show them in the place's time, pass --timezone Area/City "
        "(or set timezone in a program file)"
    )
    if wall_clocks:
        # DebConf17's wafer export: following the advice above used to move 07:45 breakfasts to 03:45
        message += (
            "; every event's UTC date has the clock time of its <start>, as templates write the place's wall clock "
            "(wafer before 2018, Jekyll): with --timezone they are read as that zone's times"
        )
    others = sum(offsets.values()) - count
    if others:
        written = ", ".join(sorted(_offset_text(other) for other in offsets if other != offset))
        message += f"; {others} events carry another offset ({written}) and are shown at {shown}"
    return FeedZone(zone, (Problem(Severity.WARNING, "no-time-zone", message, where),))


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def event_start(clock: EventClock, zone: ZoneInfo, where: SourceRef) -> datetime:
    """Return when the event starts: its date-time, else its clock time on its day, in `zone`.

    Raises:
        ParseError: when the date-time or the clock time is malformed, or a clock time has no day.
    """
    if clock.date and clock.date.strip():
        return _date_time(clock.date, zone, where, "an event date such as 2020-12-14T09:00:00+01:00")
    if _is_date_time(clock.start):
        return _date_time(clock.start or "", zone, where, "an event start such as 2020-12-14T09:00:00+01:00")
    return _clock_start(clock, zone, where)


def _date_time(text: str, zone: ZoneInfo, where: SourceRef, expected: str) -> datetime:
    try:
        start = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ParseError(f"expected {expected}, found {text!r}", where) from None
    # A date-time without an offset is a wall-clock time of the feed's zone.
    return start.replace(tzinfo=zone) if start.tzinfo is None else start


def _clock_start(clock: EventClock, zone: ZoneInfo, where: SourceRef) -> datetime:
    match = _CLOCK.match((clock.start or "").strip())
    if match is None or int(match["hour"]) > 23 or int(match["minute"]) > 59:
        raise ParseError(f"expected an event start time such as 09:30, found {clock.start!r}", where)
    if not clock.day:
        raise ParseError(f"expected the event's date, or a day with a date around its start {clock.start!r}", where)
    try:
        day = date.fromisoformat(clock.day.strip()[:10])
    except ValueError:
        raise ParseError(f"expected a day date such as 2012-02-04, found {clock.day!r}", where) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ParseError(f"expected a day in the years {FIRST_YEAR} to {LAST_YEAR}, found {clock.day!r}", where)
    at = time(int(match["hour"]), int(match["minute"]), int(match["second"] or 0))
    if clock.day_change is not None and at < clock.day_change:
        day += timedelta(days=1)
    # fold=0: of a wall-clock time that occurs twice (the autumn change), the first.
    return datetime.combine(day, at, tzinfo=zone)


def listed_day_change(
    conference_change: time | None, day_start: str | None, day_end: str | None, starts: Iterable[str | None] = ()
) -> time | None:
    """Return when a day listing clock-time events ends the next morning, if it does.

    A day whose end (`<day end="…">`) falls on the next date ends then: its events before that
    clock time are the night after it. A day that starts in the small hours (pretalx: 04:00)
    has its events before that time in the night after it. Else the conference's
    `day_change` is taken, when it is in the small hours (FOSDEM writes 09:00, the morning its
    days start, not a night). Else the day's own clock times (`starts`) tell it, when they say
    (`clock_day_change`).
    """
    start, end = _moment(day_start), _moment(day_end)
    if start is not None and end is not None and end.date() > start.date():
        # pretalx ends a day at 03:59 and starts the next at 04:00.
        return (end + timedelta(minutes=1)).time() if end.minute == 59 else end.time()
    candidates = [start.time() if start is not None and end is None else None, conference_change]
    named = next((change for change in candidates if change is not None and change <= _LATEST_NIGHT), None)
    return named if named is not None else clock_day_change(starts)


def clock_day_change(starts: Iterable[str | None]) -> time | None:
    """Return when a day's listing starts, if some of its events are the night after it.

    29C3 and 30C3 as some apps re-export them, and frab's 30C3 export, name no day change:
    day 1 lists 11:00 … 23:00 and then 00:15. The longest pause of the day's clock, going
    round midnight, is the night; the day starts after it, and the events listed before
    that clock time (all in the small hours, or it is not a night) are the night after.
    """
    clocks = sorted({minutes for minutes in map(_clock_minutes, starts) if minutes is not None})
    if len(clocks) < 2:
        return None
    following = clocks[1:] + clocks[:1]
    pauses = [((later - earlier) % _DAY_MINUTES, later) for earlier, later in zip(clocks, following, strict=True)]
    first = max(pauses)[1]
    night = [clock for clock in clocks if clock < first]
    if not night or max(night) > _LATEST_NIGHT.hour * 60 + _LATEST_NIGHT.minute:
        return None
    return time(first // 60, first % 60)


def _clock_minutes(text: str | None) -> int | None:
    match = _CLOCK.match((text or "").strip())
    if match is None or int(match["hour"]) > 23 or int(match["minute"]) > 59:
        return None
    return int(match["hour"]) * 60 + int(match["minute"])


_DAY_MINUTES = 24 * 60


def _moment(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text or "")
    except ValueError:
        return None


_LATEST_NIGHT = time(8, 0)
"""The latest day change that still means a night: later, an export names when its mornings start."""


@attrs.frozen
class DateOnly:
    """An event whose `<date>` is a date only: where it is placed, and the placeholder it had.

    Attributes:
        day: the date its clock time is on.
        listed: whether that is the date of the day listing it (whose night after its small hours are).
        placeholder: the date as written, when it was a placeholder (0001-01-01) and the listing day was taken.
    """

    day: str | None
    listed: bool
    placeholder: str | None = None


def date_only(written: str | None, start: str | None, listed_day: str | None) -> DateOnly | None:
    """Return the event's day when its `<date>` is a bare midnight beside a clock `<start>`, else None.

    An app's .NET re-serialisation of 29C3 writes `<date>2012-12-27T00:00:00</date>` (no offset) beside
    `<start>11:30</start>`: the date is the day, the time is `<start>`. Three of its events are
    dated `0001-01-01` (.NET's empty DateTime) and sit on the day that lists them.
    """
    match = _MIDNIGHT.match((written or "").strip())
    if match is None or _clock_minutes(start) is None:
        return None
    listed = (listed_day or "").strip()[:10] or None
    if not FIRST_YEAR <= int(match["day"][:4]) <= LAST_YEAR:
        return DateOnly(listed, listed=True, placeholder=(written or "").strip())
    return DateOnly(match["day"], listed=match["day"] == listed)


def zulu_wall_clocks(
    clocks: list[EventClock], named: str | None, given: ZoneInfo | None, where: SourceRef
) -> tuple[list[EventClock], tuple[Problem, ...]]:
    """Return the clocks with the UTC mark taken off their dates when those are the wall clock of the zone given.

    LSWT's Jekyll template (2019, 2021) writes `<date>2021-07-07T09:15:00Z</date>` beside
    `<start>09:15</start>` for a 09:15 start in Leipzig; wafer before July 2018 wrote the
    slot's local time with a literal `+00:00` (DebConf17, Montréal: `<date>2017-08-05T07:45:00+00:00</date>`
    beside `<start>07:45</start>` for breakfast at 07:45). frab's `<start>` is the conference's
    wall clock, so when the export names no zone, every dated event's UTC date has its
    `<start>`'s clock, and the zone given (--timezone) is not at UTC then, the UTC mark is the
    template's and the dates are read in the given zone (said). Else the clocks are returned as they are.
    """
    dated = [clock for clock in clocks if clock.date and clock.date.strip()]
    if named or given is None or not dated or not all(map(_utc_at_start, dated)):
        return clocks, ()
    local = {id(clock): _wall_clock(clock) for clock in dated}
    if all(moment.replace(tzinfo=given).utcoffset() == timedelta(0) for moment in local.values()):
        return clocks, ()
    first = dated[0]
    written = (first.date or "").strip()
    mark = "Z" if written.endswith("Z") else written[-6:]
    message = (
        f"the export names no time zone and writes its dates in UTC ('{mark}') at the clock time of their <start> "
        f"({written} beside {(first.start or '').strip()}), which is the conference's wall clock: "
        f"{len(dated)} dates are read as {given.key} times, not UTC"
    )
    shifted = [
        attrs.evolve(clock, date=local[id(clock)].isoformat()) if id(clock) in local else clock for clock in clocks
    ]
    return shifted, (Problem(Severity.WARNING, "zone-offset-mismatch", message, where),)


def utc_at_starts(clocks: Iterable[EventClock]) -> bool:
    """Whether every dated event's date is in UTC at its `<start>`'s clock time (and some are dated)."""
    dated = [clock for clock in clocks if clock.date and clock.date.strip()]
    return bool(dated) and all(map(_utc_at_start, dated))


def _wall_clock(clock: EventClock) -> datetime:
    """The event's date with its UTC mark taken off: the clock time as written, no zone."""
    return datetime.fromisoformat((clock.date or "").strip()).replace(tzinfo=None)


def _utc_at_start(clock: EventClock) -> bool:
    """Whether the event's date is written in UTC (`Z`, `+00:00`) at the clock time its `<start>` gives."""
    minutes = _clock_minutes(clock.start)
    if minutes is None:
        return False
    try:
        moment = datetime.fromisoformat((clock.date or "").strip())
    except ValueError:
        return False
    return moment.utcoffset() == timedelta(0) and moment.hour * 60 + moment.minute == minutes

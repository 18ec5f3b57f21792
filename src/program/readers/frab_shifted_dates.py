"""frab exports whose every `<date>` disagrees with its `<start>` by the same hours: which one is read.

OSEM (events.opensuse.org) stores its slots in the wrong zone and, until openSUSE/osem#3418
(June 2024), wrote each `<date>` late by the conference's offset: openSUSE Conference 2019's
keynote is `<date>2019-05-24T11:30:00+02:00</date>` beside `<start>09:30</start>`, and every
one of its 56 events is two hours late so (osem#3242 and #3417 found the same at oSC23 and
oSC24, where the website and `<start>` agree). frab's `<start>` is the conference's wall clock
and is what the export's own pages show; a `<date>` that is off from it by one amount on every
event, read in the zone the export is shown in, is the fault, so `<start>` is read on the
date's day, and a warning names both.

A `<date>` in UTC at its `<start>`'s clock (LSWT, DebConf17) is `zulu_wall_clocks`' case and
is settled before this; a date at another offset whose instant is its `<start>` in the named
zone (DebConf 23: UTC dates, Kolkata starts) agrees and is left.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

import attrs

from program.model import Problem, Severity, SourceRef
from program.model.zones import place_zone
from program.readers.frab_times import EventClock

_CLOCK = re.compile(r"^(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::\d{2})?$")
_DAY_MINUTES = 24 * 60


def dates_at_starts(
    clocks: list[EventClock], named: str | None, given: ZoneInfo | None, where: SourceRef
) -> tuple[list[EventClock], tuple[Problem, ...]]:
    """Return the clocks with their dates moved to their `<start>` when every date is off from it by one amount.

    The dates are compared in the zone the export names, else the one given (--timezone), else
    at their own offsets. Fewer than two dated events, or any that agrees, leave the clocks as they are.
    """
    zone = _zone(named) or given
    gaps: list[tuple[EventClock, datetime, int]] = []
    for clock in clocks:
        found = _gap(clock, zone)
        if found is not None:
            gaps.append((clock, found[0], found[1]))
    if len(gaps) < 2 or len({gap for _, _, gap in gaps}) != 1 or gaps[0][2] == 0:
        return clocks, ()
    moved = {id(clock): (moment - timedelta(minutes=gap)).isoformat() for clock, moment, gap in gaps}
    first, _, gap = gaps[0]
    later = "after" if gap > 0 else "before"
    message = (
        f"every event's <date> is {_duration(abs(gap))} {later} its <start> ({len(gaps)} events: "
        f"{(first.date or '').strip()} beside {(first.start or '').strip()}): read at their <start>, "
        f"the conference's wall clock ({moved[id(first)]}), as OSEM's exports wrote their <date> late "
        "by the zone's offset until 2024; to take the <date>, correct the export"
    )
    shifted = [attrs.evolve(clock, date=moved[id(clock)]) if id(clock) in moved else clock for clock in clocks]
    return shifted, (Problem(Severity.WARNING, "date-start-mismatch", message, where),)


def _zone(name: str | None) -> ZoneInfo | None:
    try:
        return place_zone(name) if name else None
    except ValueError:
        return None  # `feed_zone` refuses it with its line


def _gap(clock: EventClock, zone: tzinfo | None) -> tuple[datetime, int] | None:
    """The event's date and how many minutes its clock (in `zone`) is after its `<start>`, when both are written."""
    written = (clock.date or "").strip()
    start = _CLOCK.match((clock.start or "").strip())
    if not written or start is None:
        return None
    try:
        moment = datetime.fromisoformat(written)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None  # a wall-clock date (or one `zulu_wall_clocks` made so): nothing to disagree with
    shown = moment.astimezone(zone) if zone is not None else moment
    minutes = (shown.hour * 60 + shown.minute - int(start["hour"]) * 60 - int(start["minute"])) % _DAY_MINUTES
    return moment, minutes - _DAY_MINUTES if minutes > _DAY_MINUTES // 2 else minutes


def _duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not rest:
        return f"{hours} hour{'s' if hours != 1 else ''}"
    return f"{hours} h {rest:02d} min" if hours else f"{rest} minutes"

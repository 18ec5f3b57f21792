"""The days of a schedule: the day an export lists each event on, and the export's days without events.

Apps number days as the export numbers them, so no day is made that the export does not
have while its events start on their day or in the night after it.
"""

from __future__ import annotations

from datetime import date, datetime

from program.model import Program
from program.writers.frab_records import Day, Event


def schedule_days(program: Program, events: list[Event], rooms: tuple[str, ...]) -> tuple[Day, ...]:
    """The conference days: the day an export lists an event on, else its date before the day change."""
    by_date: dict[date, list[Event]] = {}
    for event in events:
        by_date.setdefault(_listed_day(event) or program.day_of(event.start), []).append(event)
    # The export's days without events stay: apps number days as the export does.
    for day in _written_days(program, set(by_date)):
        by_date[day] = []
    return tuple(
        _day(program, index, day, day_events, rooms) if day_events else _empty_day(program, index, day)
        for index, (day, day_events) in enumerate(sorted(by_date.items()), start=1)
    )


def _written_days(program: Program, taken: set[date]) -> list[date]:
    """The export's days that no event is on, each with the bounds the export gave it."""
    if not taken or program.conference is None:
        return []
    days = []
    for written in program.conference.days:
        try:
            day = date.fromisoformat(written.date)
        except ValueError:
            continue
        if day not in taken and _written_bounds(program, day):
            days.append(day)
    return days


def _empty_day(program: Program, index: int, day: date) -> Day:
    bounds = _written_bounds(program, day)
    assert bounds is not None  # _written_days takes only days with bounds
    return Day(index=index, date=day, start=bounds[0], end=bounds[1], rooms=())


def _listed_day(event: Event) -> date | None:
    """The day the export listed the event on, while its start still falls on that date or the night after."""
    written = event.record.day if event.record else None
    try:
        listed = date.fromisoformat(written or "")
    except ValueError:
        return None
    return listed if 0 <= (event.start.date() - listed).days <= 1 else None


def _day(program: Program, index: int, day: date, events: list[Event], rooms: tuple[str, ...]) -> Day:
    # Each event's start and end in seconds, once: an aware time's `timestamp()` asks its zone.
    starts, ends = [event.start.timestamp() for event in events], [event.end.timestamp() for event in events]
    first = events[min(range(len(events)), key=starts.__getitem__)].start
    last = events[max(range(len(events)), key=starts.__getitem__)].start
    start, end = first, events[max(range(len(events)), key=ends.__getitem__)].end
    bounds = _written_bounds(program, day)
    # The export's bounds of the day, where every event of the day still starts within them
    # (an export's night-long event may end after its day does).
    if bounds and bounds[0].timestamp() <= first.timestamp() and last.timestamp() < bounds[1].timestamp():
        start, end = bounds
    return Day(index=index, date=day, start=start, end=end, rooms=_by_room(events, rooms))


def _written_bounds(program: Program, day: date) -> tuple[datetime, datetime] | None:
    """The start and end an export gave the day, if any."""
    days = program.conference.days if program.conference else ()
    written = next((bounds for bounds in days if bounds.date == day.isoformat()), None)
    if written is None or not written.start or not written.end:
        return None
    try:
        return datetime.fromisoformat(written.start), datetime.fromisoformat(written.end)
    except ValueError:
        return None


def _by_room(events: list[Event], rooms: tuple[str, ...]) -> tuple[tuple[str, tuple[Event, ...]], ...]:
    """The day's events room by room, rooms in the schedule's order, empty rooms left out."""
    grouped: dict[str, list[Event]] = {}
    for event in events:
        grouped.setdefault(event.room, []).append(event)
    return tuple((room, tuple(grouped[room])) for room in rooms if room in grouped)

"""The calendar a notice carries: the person's calendar as people/<id>.ics has it, as METHOD:PUBLISH.

The events are the calendar writer's (`ProgramEvents`), so their UIDs are program.ics's and
people/<id>.ics's, and their SEQUENCE is what `build --previous` carries on: a moved item's is
one higher, so a calendar application replaces the event it has. An item that leaves the
person's calendar (cancelled, or they are no longer on it) is sent with STATUS:CANCELLED and
SEQUENCE one higher than it had (RFC 5546 counts a change of STATUS as a revision).

METHOD:PUBLISH, not REQUEST: REQUEST is a meeting invitation (RFC 5546 §3.2.2), which makes
calendar applications ask the presenter to accept or decline and send their answer to the
ORGANIZER; a program is published, not negotiated, and nobody reads such answers. PUBLISH
(§3.2.1) updates the events a calendar already has by UID and SEQUENCE and asks nothing back.
Its required ORGANIZER is the sender (--from).
"""

from __future__ import annotations

from datetime import datetime

import attrs
from icalendar import Calendar, vCalAddress

from program.model import Item, Program
from program.notify.notices import Notice
from program.writers.base import RenderOptions
from program.writers.calendar_events import ProgramEvents, event_uid

CANCELLED_SUFFIX = "~cancelled"
"""Added to the id of an item's stand-in for its cancelled event (its UID stays the item's)."""


def notice_calendar(
    notice: Notice, program: Program, options: RenderOptions, *, sender: str, stamp: datetime
) -> bytes | None:
    """Return the calendar to attach to `notice`, or None when it would hold no event.

    `program` is the new version with revisions carried on (`pipeline.carried_from`);
    `stamp` is when it changed, the DTSTAMP of the cancelled events.
    """
    person = notice.person
    cancelled = _cancelled_items(notice, stamp)
    if not notice.current and not cancelled:
        return None
    # The cancelled events' stand-ins join the program for the writer only: their ids are new, their UIDs the items'.
    events = ProgramEvents(attrs.evolve(program, items=(*program.items, *cancelled)), options)
    mine = events.items.of_person(person) if notice.current else []
    chosen = sorted([*mine, *cancelled], key=_moment)
    if not chosen:
        return None
    name = f"{program.title}: {person.display}"
    data = events.calendar_bytes(chosen, name=name, key=f"person-{person.id}", presenter=person)
    calendar = Calendar.from_ical(data)
    calendar.add("METHOD", "PUBLISH")
    gone = {event_uid(item, program) for item in cancelled}
    organizer = vCalAddress(f"mailto:{sender}")
    organizer.params["CN"] = program.title
    for event in calendar.walk("VEVENT"):
        event.add("ORGANIZER", organizer)
        if str(event["UID"]) in gone:
            event.add("STATUS", "CANCELLED")
    ical: bytes = calendar.to_ical()
    return ical


def _cancelled_items(notice: Notice, stamp: datetime) -> list[Item]:
    """Stand-ins for the timed items that leave the person's calendar, one revision on."""
    stand_ins: list[Item] = []
    for item in notice.items:
        if not item.cancelled_for_them:
            continue
        last = item.new or item.old
        if last is None or last.start is None:
            continue  # an untimed poster was in no calendar of its own
        stand_ins.append(
            attrs.evolve(
                last,
                id=f"{last.id}{CANCELLED_SUFFIX}",
                origin=last.lasting_id,
                sequence=_sequence(item.old, item.new) + 1,
                modified=stamp,
                sessions=(),
            )
        )
    return stand_ins


def _sequence(old: Item | None, new: Item | None) -> int:
    return max(item.sequence for item in (old, new) if item is not None)


def _moment(item: Item) -> float:
    return item.start.timestamp() if item.start else float("inf")

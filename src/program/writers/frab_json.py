"""schedule.json: the c3voc/frab schedule as JSON (the layout pretalx exports), for the same apps.

Valid against the c3voc JSON schema (`tests/data/frab/json-schema/schedule-v1.schema.json`).
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from program.model import Link, Program
from program.version import __version__
from program.writers.base import RenderOptions, json_bytes
from program.writers.clean_text import web_url
from program.writers.frab_schedule import Day, Event, Schedule, hours_minutes, schedule_of

SCHEMA = "https://c3voc.de/schedule/schema.json"
_LINK_TYPES = (
    (re.compile(r"video|slideslive|youtube|recording", re.IGNORECASE), "media"),
    (re.compile(r"slides", re.IGNORECASE), "slides"),
    (re.compile(r"paper|pdf|openreview|arxiv", re.IGNORECASE), "paper"),
)


class FrabJsonWriter:
    """Writes schedule.json in the c3voc schedule format."""

    name: ClassVar[str] = "frab-json"
    filename: ClassVar[str] = "schedule.json"
    media_type: ClassVar[str] = "application/json"

    def write(self, program: Program, options: RenderOptions) -> bytes:
        """Return the schedule as indented JSON with a final newline."""
        document = schedule_document(schedule_of(program, options))
        return json_bytes(document)


def schedule_document(schedule: Schedule) -> dict[str, Any]:
    """Return the JSON document for `schedule` as plain Python data."""
    program = schedule.program
    conference: dict[str, Any] = {
        "acronym": schedule.acronym,
        "title": program.title,
        "start": schedule.days[0].date.isoformat() if schedule.days else None,
        "end": schedule.days[-1].date.isoformat() if schedule.days else None,
        "daysCount": len(schedule.days),
        "timeslot_duration": hours_minutes(schedule.timeslot),
        "time_zone_name": program.timezone,
        "rooms": [{"name": room.name, "slug": room.slug, "guid": str(room.guid)} for room in schedule.rooms],
        "days": [_day(day) for day in schedule.days],
    }
    url = web_url(program.url)
    if url:
        conference["url"] = url
    return {
        "$schema": SCHEMA,
        "generator": {"name": "program", "version": __version__},
        "schedule": {"version": schedule.version, "conference": conference},
    }


def _day(day: Day) -> dict[str, Any]:
    return {
        "index": day.index,
        "date": day.date.isoformat(),
        "day_start": day.start.isoformat(),
        "day_end": day.end.isoformat(),
        "rooms": {room: [_event(event) for event in events] for room, events in day.rooms},
    }


def _event(event: Event) -> dict[str, Any]:
    return {
        "guid": str(event.guid),
        "code": event.code,
        "id": event.number,
        "date": event.start.isoformat(),
        "start": event.start.strftime("%H:%M"),
        "end": event.end.isoformat(),
        "duration": hours_minutes(event.duration),
        "room": event.room,
        "slug": event.slug,
        "url": event.url or f"urn:uuid:{event.guid}",
        "title": event.title,
        "subtitle": None,
        "track": event.track,
        "type": event.type,
        "language": None,
        "abstract": event.abstract,
        "description": event.description,
        "persons": [{"name": person.name, "guid": str(person.guid)} for person in event.persons],
        "links": [_reference(link) for link in event.links],
    }


def _reference(link: Link) -> dict[str, str]:
    reference = {"url": link.url or "", "title": link.label}
    kind = next((name for pattern, name in _LINK_TYPES if pattern.search(link.label)), None)
    if kind:
        reference["type"] = kind
    return reference

"""schedule.json: the c3voc/frab schedule as JSON (the layout pretalx exports), for the same apps.

Valid against the c3voc JSON schema (`tests/data/frab/json-schema/schedule-v1.schema.json`).
An event read from an export comes back with every field as the export wrote it, except
an event's answers to submission questions, which the schema has no place for (they stay
in schedule.xml and program.json).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar

import orjson

from program.model import FrabAnswer, FrabLink, Program
from program.version import __version__
from program.writers.base import JsonText, RenderOptions, json_bytes, json_chunks
from program.writers.clean_text import web_url
from program.writers.frab_pending import PendingEvent
from program.writers.frab_schedule import Day, Event, Person, Schedule, hours_minutes, schedule_of
from program.writers.piece_reuse import pieces

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
        return json_bytes(schedule_document(schedule_of(program, options), whole=True))

    def write_chunks(self, program: Program, options: RenderOptions) -> Iterator[bytes]:
        """Yield the same bytes as `write`, an event at a time (made whole, it was 578 MB at 100,000 items)."""
        return json_chunks(schedule_document(schedule_of(program, options), whole=False))


_Many = Callable[[Iterator[Any]], Iterable[Any]]
"""How a list of the document is made: whole (`list`) or an entry at a time (`iter`)."""


def schedule_document(schedule: Schedule, *, whole: bool = True) -> dict[str, Any]:
    """Return the JSON document for `schedule` as plain Python data; not `whole`, its days and events as iterators."""
    many: _Many = list if whole else iter
    program = schedule.program
    conference: dict[str, Any] = {
        "acronym": schedule.acronym,
        "title": program.title,
        "start": schedule.days[0].date.isoformat() if schedule.days else None,
        "end": schedule.days[-1].date.isoformat() if schedule.days else None,
        "daysCount": len(schedule.days),
        "timeslot_duration": schedule.timeslot_text or hours_minutes(schedule.timeslot),
        "time_zone_name": program.timezone,
        "rooms": [{"name": room.name, "slug": room.slug, "guid": room.guid} for room in schedule.rooms],
        "days": many(_day(day, many, _event if whole else _event_entry) for day in schedule.days),
    }
    written = schedule.conference
    if written and written.start and written.end:
        conference["start"], conference["end"] = written.start, written.end
    if written and written.tracks:
        conference["tracks"] = [
            {key: value for key, value in (("name", track.name), ("slug", track.slug), ("color", track.color)) if value}
            for track in written.tracks
        ]
    url = web_url(program.url)
    if url:
        conference["url"] = url
    body: dict[str, Any] = {"version": schedule.version}
    if written and written.base_url is not None:
        body["base_url"] = written.base_url
    body["conference"] = conference
    return {"$schema": SCHEMA, "generator": {"name": "program", "version": __version__}, "schedule": body}


def _day(day: Day, many: _Many, entry: Callable[[Event], object]) -> dict[str, Any]:
    return {
        "index": day.index,
        "date": day.date.isoformat(),
        "day_start": day.start.isoformat(),
        "day_end": day.end.isoformat(),
        "rooms": {room: many(map(entry, events)) for room, events in day.rooms},
    }


def _event_entry(event: Event) -> object:
    """An event of the document a piece at a time: an own event's JSON taken from the published build when the same."""
    if not isinstance(event, PendingEvent):
        return _event(event)
    return JsonText(pieces(FrabJsonWriter.name).get(event.inputs, functools.partial(_event_json, event)))


def _event_json(event: Event) -> str:
    return orjson.dumps(_event(event), option=orjson.OPT_INDENT_2).decode()


def _event(event: Event) -> dict[str, Any]:
    if event.record is not None:
        return _exported_event(event)
    return {
        "guid": event.guid,
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


def _reference(link: FrabLink) -> dict[str, str]:
    reference = {"url": link.url, "title": link.title or link.url}
    kind = next((name for pattern, name in _LINK_TYPES if pattern.search(link.title or "")), None)
    if kind:
        reference["type"] = kind
    return reference


def _exported_event(event: Event) -> dict[str, Any]:
    """An event read from an export: its fields as the export wrote them (see `frab_schedule`)."""
    record = event.record
    assert record is not None
    document: dict[str, Any] = {"guid": event.guid}
    if event.code is not None:
        document["code"] = event.code
    document |= {
        "id": event.number,
        "logo": record.logo,
        "date": event.start.isoformat(),
        "start": event.start.strftime("%H:%M"),
        "end": event.end.isoformat(),
        "duration": hours_minutes(event.duration),
        "room": event.room,
        "slug": event.slug,
        "url": event.url or f"urn:uuid:{event.guid}",
        "title": event.title,
        "subtitle": record.subtitle if event.subtitle == (record.subtitle or "") else event.subtitle,
        "track": event.track,
        "type": event.type,
        "language": record.language,
        "abstract": event.abstract,
        "description": event.description,
    }
    if record.recording_license is not None:
        document["recording_license"] = record.recording_license
    if record.recording_optout is not None:
        document["do_not_record"] = record.recording_optout
    if record.do_not_stream is not None:
        document["do_not_stream"] = record.do_not_stream
    document["persons"] = [_person(person) for person in event.persons]
    document["links"] = [_written_link(link) for link in event.links]
    document["attachments"] = [_written_link(link) for link in record.attachments]
    if record.feedback_url is not None:
        document["feedback_url"] = record.feedback_url
    if record.origin_url is not None:
        document["origin_url"] = record.origin_url
    return document


def _person(person: Person) -> dict[str, Any]:
    # The schema knows frab's people (public_name and id) and pretalx's (name).
    shown: dict[str, Any] = (
        {"id": person.id, "public_name": person.name} if person.id is not None else {"name": person.name}
    )
    if person.guid is not None:
        shown["guid"] = person.guid
    if person.code is not None:
        shown["code"] = person.code
    if person.biography is not None:
        shown["biography"] = person.biography
    if person.answers is not None:
        shown["answers"] = [_answer(answer) for answer in person.answers]
    return shown


def _answer(answer: FrabAnswer) -> dict[str, str]:
    return {"question": answer.question, "answer": answer.answer}


def _written_link(link: FrabLink) -> dict[str, str]:
    return {
        key: value
        for key, value in (("url", link.url), ("title", link.title), ("type", link.type))
        if value is not None
    }

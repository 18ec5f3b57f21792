"""frab / pretalx ``schedule.json``, in both c3voc layouts.

Version 1 nests events in ``conference.days[].rooms{room: [events]}`` (frab, pretalx);
"schedule2" lists them flat in ``schedule.events[]`` with ISO start and end (the CCC hub).
JSON gives no positions, so each event's line is found by its guid in the text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError
from program.model import (
    FrabAnswer,
    FrabConference,
    FrabDay,
    FrabEvent,
    FrabLink,
    FrabPerson,
    FrabRoom,
    FrabTrack,
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
    day_change,
    event_item,
    link_list,
    missing_duration,
    parse_bool,
    parse_duration,
    parse_id,
)
from program.readers.frab_times import EventClock, event_start, feed_zone, listed_day_change

_SPEAKERS = (None, "SPEAKER", "MODERATOR", "speaker", "moderator")
"""The roles of a hub participant who is shown as a speaker; others (CONTRIBUTOR) are not."""

_PREAMBLE = r'(?:"\$schema"\s*:\s*"[^"]*"|"generator"\s*:\s*\{[^{}]*\})\s*,\s*'
_OPENING = re.compile(rf'\s*\{{\s*(?:{_PREAMBLE}){{0,2}}"schedule"\s*:\s*\{{')


class FrabJsonReader:
    """Reads frab/pretalx schedule.json (c3voc schedule v1 and schedule2)."""

    name: ClassVar[str] = "frab-json"
    description: ClassVar[str] = "frab/pretalx schedule.json (c3voc schedule v1 or schedule2)"

    def detect(self, text: str) -> bool:
        """Return whether the text opens a JSON object with "schedule" (after "$schema" and "generator", if any).

        Only the opening is looked at: detection runs on every feed, and exporters put
        "schedule" first. A document that does not is read with ``--format frab-json``.
        """
        return _OPENING.match(text[:1000]) is not None

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every event; unreadable events become errors, each named by its line and JSON path."""
        document, warnings = _loaded(text, source)
        schedule = document.get("schedule") if isinstance(document, dict) else None
        if not isinstance(schedule, dict):
            raise ParseError('expected a JSON object with a "schedule" object', SourceRef(source, 1))
        conference = schedule.get("conference")
        if not isinstance(conference, dict):
            raise ParseError('expected "schedule.conference" to be an object', _line_of(text, '"conference"', source))
        listed = list(_raw_events(schedule, conference))
        clocks = [_clock(entry) for entry in listed]
        found = feed_zone(_string(conference.get("time_zone_name")), context.timezone, clocks, SourceRef(source, 1))
        locator = _Locator(text, source)
        items: list[Item] = []
        problems: list[Problem] = [*warnings, *found.problems]
        record = _conference(schedule, conference)
        biographies = _biographies(schedule.get("persons"))
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
        )


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


def _raw_events(schedule: Mapping[str, Any], conference: Mapping[str, Any]) -> Iterator[_Listed]:
    if isinstance(schedule.get("events"), list):
        for number, raw in enumerate(schedule["events"]):
            yield _Listed(raw, f"$.schedule.events[{number}]")
        return
    for day_number, day in enumerate(_list(conference.get("days"))):
        rooms = day.get("rooms") if isinstance(day, dict) else None
        for name, events in rooms.items() if isinstance(rooms, dict) else ():
            room_path = f"$.schedule.conference.days[{day_number}].rooms[{json.dumps(name, ensure_ascii=False)}]"
            if not isinstance(events, list):
                yield _Listed(events, room_path, day)
                continue
            for number, raw in enumerate(events):
                yield _Listed(raw, f"{room_path}[{number}]", day)


def _clock(entry: _Listed) -> EventClock:
    raw = entry.raw if isinstance(entry.raw, dict) else {}
    day = entry.day or {}
    return EventClock(
        date=_string(raw.get("date")),
        start=_string(raw.get("start")),
        day=_string(day.get("date")),
        day_change=listed_day_change(
            None, _string(day.get("day_start", day.get("start"))), _string(day.get("day_end", day.get("end")))
        ),
    )


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
        room=_room(raw.get("room")),
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
        record=attrs.evolve(_record(raw, conference, biographies), day=_written(day)),
    )


def _duration(raw: Mapping[str, Any], start: datetime, zone: ZoneInfo, where: SourceRef) -> timedelta | None:
    end = _string(raw.get("end"))
    if end and "duration" not in raw:
        finish = event_start(EventClock(date=end, start=None), zone, where)
        if finish <= start:
            raise ParseError(f"expected the end {end!r} after the start", where)
        return finish - start
    # "" is an empty duration (start only), as <duration></duration> is in the XML.
    return parse_duration(_written(raw.get("duration")), where)


def _room(value: Any) -> str | None:
    return _string(value.get("name")) if isinstance(value, dict) else _string(value)


def _persons(raw: Mapping[str, Any]) -> tuple[str, ...]:
    people = raw.get("persons") if isinstance(raw.get("persons"), list) else raw.get("participants")
    names = []
    for person in people if isinstance(people, list) else []:
        if isinstance(person, dict):
            if person.get("role") not in _SPEAKERS:
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


def _written(value: Any) -> str | None:
    """A text field exactly as written: a string, or a number written as text; None when absent."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _days(conference: Mapping[str, Any]) -> tuple[FrabDay, ...]:
    days = []
    for number, day in enumerate(conference.get("days") or [], start=1):
        if isinstance(day, dict):
            days.append(
                FrabDay(
                    parse_id(day.get("index")) or number,
                    _written(day.get("date")) or "",
                    _written(day.get("day_start", day.get("start"))),
                    _written(day.get("day_end", day.get("end"))),
                )
            )
    return tuple(days)


def _conference(schedule: Mapping[str, Any], conference: Mapping[str, Any]) -> FrabConference:
    days = _days(conference)
    return FrabConference(
        acronym=_written(conference.get("acronym")),
        title=_written(conference.get("title")),
        url=_written(conference.get("url")),
        base_url=_written(schedule.get("base_url", conference.get("base_url"))),
        time_zone_name=_written(conference.get("time_zone_name")),
        day_change=day_change(_written(conference.get("day_change")), days),
        timeslot_duration=_written(conference.get("timeslot_duration")),
        version=_written(schedule.get("version")),
        start=_written(conference.get("start")),
        end=_written(conference.get("end")),
        tracks=tuple(_track(track) for track in _list(conference.get("tracks")) if isinstance(track, dict)),
        rooms=_rooms(conference),
        days=days,
    )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _track(raw: Mapping[str, Any]) -> FrabTrack:
    colors = raw.get("colors")
    # schedule2 gives a light and a dark colour; the XML and v1 JSON one, which the light one is.
    color = _written(raw.get("color")) or (_written(colors.get("light")) if isinstance(colors, dict) else None)
    return FrabTrack(_written(raw.get("name")) or "", color, _written(raw.get("slug")), _written(raw.get("guid")))


def _rooms(conference: Mapping[str, Any]) -> tuple[FrabRoom, ...]:
    rooms: dict[str, FrabRoom] = {}
    for room in _list(conference.get("rooms")):
        if isinstance(room, dict) and isinstance(room.get("name"), str) and room["name"] not in rooms:
            rooms[room["name"]] = FrabRoom(room["name"], _written(room.get("guid")), _written(room.get("slug")))
    for day in _list(conference.get("days")):
        for name in day.get("rooms") or {} if isinstance(day, dict) and isinstance(day.get("rooms"), dict) else {}:
            rooms.setdefault(name, FrabRoom(name))
    return tuple(rooms.values())


def _biographies(persons: Any) -> dict[str, str]:
    """schedule2 lists people once, with their biographies, and names them on events by guid."""
    return {
        person["guid"]: person["biography"]
        for person in _list(persons)
        if isinstance(person, dict) and isinstance(person.get("guid"), str) and isinstance(person.get("biography"), str)
    }


def _person(raw: Any, biographies: Mapping[str, str]) -> FrabPerson:
    if not isinstance(raw, dict):
        return FrabPerson(_written(raw) or "")
    guid = _written(raw.get("guid"))
    name = _written(raw.get("public_name")) or _written(raw.get("name")) or _written(raw.get("full_public_name"))
    answers = raw.get("answers")
    return FrabPerson(
        name or "",
        guid=guid,
        id=parse_id(raw.get("id")),
        code=_written(raw.get("code")),
        biography=_written(raw.get("biography")) or (biographies.get(guid) if guid else None),
        role=_written(raw.get("role")),
        answers=_answers(answers) if isinstance(answers, list) else None,
    )


def _answers(raw: list[Any]) -> tuple[FrabAnswer, ...]:
    answers = []
    for answer in raw:
        if isinstance(answer, dict):
            question = answer.get("question")
            if isinstance(question, dict):  # pretalx: {"id": 6, "question": {"en": "…"}}
                question = question.get("id", json.dumps(question, ensure_ascii=False, sort_keys=True))
            answers.append(FrabAnswer(_written(question) or "", _written(answer.get("answer")) or ""))
    return tuple(answers)


def _links(value: Any) -> tuple[list[FrabLink], str | None, str | None]:
    """The links, and the origin and feedback addresses schedule2 gives as typed links."""
    links: list[FrabLink] = []
    origin = feedback = None
    for link in _list(value):
        if not isinstance(link, dict):
            continue
        url = _written(link.get("url")) or _written(link.get("href")) or ""
        kind = _written(link.get("type"))
        if kind == "ORIGIN":
            origin = url
        elif kind == "FEEDBACK":
            feedback = url
        else:
            links.append(FrabLink(url, _written(link.get("title")), kind))
    return links, origin, feedback


def _record(raw: Mapping[str, Any], conference: FrabConference, biographies: Mapping[str, str]) -> FrabEvent:
    """The event as written: every field apps rely on, for the schedule writers to give back."""
    people = raw.get("persons") if isinstance(raw.get("persons"), list) else raw.get("participants")
    persons = [_person(person, biographies) for person in _list(people)]
    links, origin, feedback = _links(raw.get("links"))
    attachments, _, _ = _links(raw.get("attachments"))
    logo = raw.get("logo")
    track = raw.get("track")
    if isinstance(track, dict):  # schedule2 names the track by slug
        found = conference.track_named(_written(track.get("name")) or _written(track.get("slug")))
        track = found.name if found else _written(track.get("name")) or _written(track.get("slug"))
    recording = raw.get("recording")
    answers = raw.get("answers")
    return FrabEvent(
        guid=_written(raw.get("guid")),
        id=parse_id(raw.get("id")),
        code=_written(raw.get("code")),
        slug=_written(raw.get("slug")),
        title=title if isinstance(title := raw.get("title"), str) and collapse_space(title) != title else None,
        url=_written(raw.get("url")),
        logo=_written(logo.get("url")) if isinstance(logo, dict) else _written(logo),
        track=_written(track),
        language=_written(raw.get("language")),
        type=_written(raw.get("type")),
        subtitle=_written(raw.get("subtitle")),
        abstract=_written(raw.get("abstract")),
        description=_written(raw.get("description")),
        persons=tuple(person for person in persons if person.role in _SPEAKERS),
        others=tuple(person for person in persons if person.role not in _SPEAKERS),
        links=tuple(links),
        attachments=tuple(attachments),
        recording_license=_written(raw.get("recording_license"))
        if "recording_license" in raw
        else (_written(recording.get("license")) if isinstance(recording, dict) else None),
        recording_optout=parse_bool(
            raw.get("do_not_record", recording.get("optout") if isinstance(recording, dict) else None)
        ),
        do_not_stream=parse_bool(raw.get("do_not_stream")),
        feedback_url=_written(raw.get("feedback_url")) or feedback,
        origin_url=_written(raw.get("origin_url")) or origin,
        answers=_answers(answers) if isinstance(answers, list) else None,
    )

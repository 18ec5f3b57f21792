"""The frab JSON export's own records (conference, rooms, tracks, people, events), kept as written.

`frab_json.py` reads the events into items; this module keeps every field of the export, so
that `schedule.json` and `schedule.xml` can be written back as they came.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from program.model import (
    FrabAnswer,
    FrabConference,
    FrabDay,
    FrabEvent,
    FrabLink,
    FrabPerson,
    FrabRoom,
    FrabTrack,
)
from program.model.text import collapse_space
from program.readers.frab_event import day_change, parse_bool, parse_id

SPEAKER_ROLES = (None, "SPEAKER", "MODERATOR", "speaker", "moderator")
"""The roles of a hub participant who is shown as a speaker; others (CONTRIBUTOR) are not."""


def written(value: Any) -> str | None:
    """A text field exactly as written: a string, or a number written as text; None when absent."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def as_list(value: Any) -> list[Any]:
    """A JSON list, or an empty one for anything else (null, a missing key, an object)."""
    return value if isinstance(value, list) else []


def _days(conference: Mapping[str, Any]) -> tuple[FrabDay, ...]:
    days = []
    for number, day in enumerate(conference.get("days") or [], start=1):
        if isinstance(day, dict):
            days.append(
                FrabDay(
                    parse_id(day.get("index")) or number,
                    written(day.get("date")) or "",
                    written(day.get("day_start", day.get("start"))),
                    written(day.get("day_end", day.get("end"))),
                )
            )
    return tuple(days)


def conference_record(schedule: Mapping[str, Any], conference: Mapping[str, Any]) -> FrabConference:
    """The conference as the export describes it: title, dates, zone, tracks, rooms, days."""
    days = _days(conference)
    return FrabConference(
        acronym=written(conference.get("acronym")),
        title=written(conference.get("title")),
        url=written(conference.get("url")),
        base_url=written(schedule.get("base_url", conference.get("base_url"))),
        time_zone_name=written(conference.get("time_zone_name")),
        day_change=day_change(written(conference.get("day_change")), days),
        timeslot_duration=written(conference.get("timeslot_duration")),
        version=written(schedule.get("version")),
        start=written(conference.get("start")),
        end=written(conference.get("end")),
        tracks=tuple(_track(track) for track in as_list(conference.get("tracks")) if isinstance(track, dict)),
        rooms=_rooms(conference),
        days=days,
    )


def _track(raw: Mapping[str, Any]) -> FrabTrack:
    colors = raw.get("colors")
    # schedule2 gives a light and a dark colour; the XML and v1 JSON one, which the light one is.
    color = written(raw.get("color")) or (written(colors.get("light")) if isinstance(colors, dict) else None)
    return FrabTrack(written(raw.get("name")) or "", color, written(raw.get("slug")), written(raw.get("guid")))


def _rooms(conference: Mapping[str, Any]) -> tuple[FrabRoom, ...]:
    rooms: dict[str, FrabRoom] = {}
    for room in as_list(conference.get("rooms")):
        if isinstance(room, dict) and isinstance(room.get("name"), str) and room["name"] not in rooms:
            rooms[room["name"]] = FrabRoom(room["name"], written(room.get("guid")), written(room.get("slug")))
    for day in as_list(conference.get("days")):
        for name in day.get("rooms") or {} if isinstance(day, dict) and isinstance(day.get("rooms"), dict) else {}:
            rooms.setdefault(name, FrabRoom(name))
    return tuple(rooms.values())


def biographies_of(persons: Any) -> dict[str, str]:
    """schedule2 lists people once, with their biographies, and names them on events by guid."""
    return {
        person["guid"]: person["biography"]
        for person in as_list(persons)
        if isinstance(person, dict) and isinstance(person.get("guid"), str) and isinstance(person.get("biography"), str)
    }


def _person(raw: Any, biographies: Mapping[str, str]) -> FrabPerson:
    if not isinstance(raw, dict):
        return FrabPerson(written(raw) or "")
    guid = written(raw.get("guid"))
    name = written(raw.get("public_name")) or written(raw.get("name")) or written(raw.get("full_public_name"))
    answers = raw.get("answers")
    return FrabPerson(
        name or "",
        guid=guid,
        id=parse_id(raw.get("id")),
        code=written(raw.get("code")),
        biography=written(raw.get("biography")) or (biographies.get(guid) if guid else None),
        role=written(raw.get("role")),
        answers=_answers(answers) if isinstance(answers, list) else None,
    )


def _answers(raw: list[Any]) -> tuple[FrabAnswer, ...]:
    answers = []
    for answer in raw:
        if isinstance(answer, dict):
            question = answer.get("question")
            if isinstance(question, dict):  # pretalx: {"id": 6, "question": {"en": "…"}}
                question = question.get("id", json.dumps(question, ensure_ascii=False, sort_keys=True))
            answers.append(FrabAnswer(written(question) or "", written(answer.get("answer")) or ""))
    return tuple(answers)


def _links(value: Any) -> tuple[list[FrabLink], str | None, str | None]:
    """The links, and the origin and feedback addresses schedule2 gives as typed links."""
    links: list[FrabLink] = []
    origin = feedback = None
    for link in as_list(value):
        if not isinstance(link, dict):
            continue
        url = written(link.get("url")) or written(link.get("href")) or ""
        kind = written(link.get("type"))
        if kind == "ORIGIN":
            origin = url
        elif kind == "FEEDBACK":
            feedback = url
        else:
            links.append(FrabLink(url, written(link.get("title")), kind))
    return links, origin, feedback


def event_record(raw: Mapping[str, Any], conference: FrabConference, biographies: Mapping[str, str]) -> FrabEvent:
    """The event as written: every field apps rely on, for the schedule writers to give back."""
    people = raw.get("persons") if isinstance(raw.get("persons"), list) else raw.get("participants")
    persons = [_person(person, biographies) for person in as_list(people)]
    links, origin, feedback = _links(raw.get("links"))
    attachments, _, _ = _links(raw.get("attachments"))
    logo = raw.get("logo")
    track = raw.get("track")
    if isinstance(track, dict):  # schedule2 names the track by slug
        found = conference.track_named(written(track.get("name")) or written(track.get("slug")))
        track = found.name if found else written(track.get("name")) or written(track.get("slug"))
    recording = raw.get("recording")
    answers = raw.get("answers")
    return FrabEvent(
        guid=written(raw.get("guid")),
        id=parse_id(raw.get("id")),
        code=written(raw.get("code")),
        slug=written(raw.get("slug")),
        title=title if isinstance(title := raw.get("title"), str) and collapse_space(title) != title else None,
        url=written(raw.get("url")),
        logo=written(logo.get("url")) if isinstance(logo, dict) else written(logo),
        track=written(track),
        language=written(raw.get("language")),
        type=written(raw.get("type")),
        subtitle=written(raw.get("subtitle")),
        abstract=written(raw.get("abstract")),
        description=written(raw.get("description")),
        persons=tuple(person for person in persons if person.role in SPEAKER_ROLES),
        others=tuple(person for person in persons if person.role not in SPEAKER_ROLES),
        links=tuple(links),
        attachments=tuple(attachments),
        recording_license=written(raw.get("recording_license"))
        if "recording_license" in raw
        else (written(recording.get("license")) if isinstance(recording, dict) else None),
        recording_optout=parse_bool(
            raw.get("do_not_record", recording.get("optout") if isinstance(recording, dict) else None)
        ),
        do_not_stream=parse_bool(raw.get("do_not_stream")),
        feedback_url=written(raw.get("feedback_url")) or feedback,
        origin_url=written(raw.get("origin_url")) or origin,
        answers=_answers(answers) if isinstance(answers, list) else None,
    )

"""The fields of a frab/pretalx/hub schedule as apps read them, parsed without `program`.

The round-trip tests and bench/frab_fidelity.py compare what an export says with what
`program` writes back, field by field, through this one independent reading (the
standard library's ElementTree and json). It applies only the normalisations the frab
table of docs/formats.md documents:

- an empty text and a missing one are the same ("" for both);
- a start is compared as an instant (an export may write it in another offset than its
  time zone's: pretalx's DemoCon says UTC and writes +01:00; ours writes the zone's);
- flags are compared as true/false, however written ("True", "true", true);
- schedule2's ORIGIN and FEEDBACK links are its origin_url and feedback_url, its logo
  object is the logo's address, its track object the track's name, its participants
  the persons (role CONTRIBUTOR left out, as v1 and XML have no such role);
- a link is its address, title and type, whether schedule.xml writes title and type as
  child elements (39C3) or as the XSD says, text and attribute.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

EVENT_FIELDS = (
    "title",
    "start",
    "duration",
    "room",
    "guid",
    "id",
    "slug",
    "code",
    "url",
    "logo",
    "track",
    "language",
    "type",
    "subtitle",
    "abstract",
    "description",
    "persons",
    "links",
    "attachments",
    "recording",
    "do_not_stream",
    "feedback_url",
    "origin_url",
    "answers",
)
"""What apps rely on, per event, in the order of the issue's table."""

Fields = dict[str, Any]


def _text(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("url")
    return "" if value is None else str(value)


def _flag(value: Any) -> bool | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, bool) else str(value).strip().casefold() == "true"


def _id(value: Any) -> int | None:
    return None if value in (None, "") else int(value)


def _instant(text: str) -> str:
    return datetime.fromisoformat(text).astimezone(UTC).isoformat()


def _seconds(start: str, end: str) -> int:
    return int((datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds())


def _duration(text: str) -> int:
    parts = [int(part) for part in text.split(":")]
    hours, minutes = parts[-3:-1] if len(parts) == 4 else parts[:2]
    days = parts[0] if len(parts) == 4 else 0
    seconds = parts[2] if len(parts) == 3 else parts[3] if len(parts) == 4 else 0
    return ((days * 24 + hours) * 60 + minutes) * 60 + seconds


# schedule.xml


def _xml_link(element: ET.Element) -> tuple[str, str, str | None]:
    if len(element):
        return (element.get("href") or "", _text(element.findtext("title")), element.findtext("type") or None)
    return (element.get("href") or "", _text(element.text), element.get("type"))


def _xml_event(event: ET.Element) -> Fields:
    recording = event.find("recording")
    answers = event.find("answers")
    return {
        "title": _text(event.findtext("title")),
        "start": _instant(event.findtext("date") or ""),
        "duration": _duration(event.findtext("duration") or "0:00"),
        "room": _text(event.findtext("room")),
        "guid": event.get("guid"),
        "id": _id(event.get("id")),
        "slug": _text(event.findtext("slug")),
        "code": _text(event.get("code") or event.findtext("code")),
        "url": _text(event.findtext("url")),
        "logo": _text(event.findtext("logo")),
        "track": _text(event.findtext("track")),
        "language": _text(event.findtext("language")),
        "type": _text(event.findtext("type")),
        "subtitle": _text(event.findtext("subtitle")),
        "abstract": _text(event.findtext("abstract")),
        "description": _text(event.findtext("description")),
        "persons": [
            (_text(person.text), person.get("guid"), _id(person.get("id")), person.get("code"), None)
            for person in event.iterfind("persons/person")
        ],
        "links": [_xml_link(link) for link in event.iterfind("links/link")],
        "attachments": [_xml_link(link) for link in event.iterfind("attachments/attachment")],
        "recording": (_text(recording.findtext("license")), _flag(recording.findtext("optout")))
        if recording is not None
        else ("", None),
        "do_not_stream": _flag(event.findtext("do_not_stream")),
        "feedback_url": _text(event.findtext("feedback_url")),
        "origin_url": _text(event.findtext("origin_url")),
        "answers": [
            (_text(answer.findtext("question")), _text(answer.findtext("answer")))
            for answer in event.iterfind("answers/answer")
        ]
        if answers is not None
        else None,
    }


def _xml_fields(root: ET.Element) -> tuple[Fields, list[Fields]]:
    conference = root.find("conference")
    assert conference is not None
    rooms: dict[str, str | None] = {}
    for room in root.iterfind("day/room"):
        rooms.setdefault(room.get("name") or "", room.get("guid"))
    return (
        {
            "acronym": _text(conference.findtext("acronym")),
            "title": _text(conference.findtext("title")),
            "base_url": _text(conference.findtext("base_url")),
            "time_zone_name": _text(conference.findtext("time_zone_name")),
            "timeslot_duration": _text(conference.findtext("timeslot_duration")),
            "version": _text(root.findtext("version")),
            "tracks": [
                (track.get("name"), track.get("color"), track.get("slug")) for track in conference.iterfind("track")
            ],
            "rooms": list(rooms.items()),
            "days": [(day.get("date"), day.get("end")) for day in root.iterfind("day")],
        },
        [_xml_event(event) for event in root.iter("event")],
    )


# schedule.json, v1 and schedule2


def _json_link(link: dict[str, Any]) -> tuple[str, str, str | None]:
    return (_text(link.get("url")), _text(link.get("title")), link.get("type"))


def _json_event(event: dict[str, Any], tracks: dict[str, str], biographies: dict[str, str]) -> Fields:
    people = event.get("persons") if "persons" in event else event.get("participants", [])
    links = [link for link in event.get("links") or [] if link.get("type") not in ("ORIGIN", "FEEDBACK")]
    typed = {link.get("type"): link.get("url") for link in event.get("links") or []}
    track = event.get("track")
    room = event.get("room")
    recording = event.get("recording") or {}
    return {
        "title": _text(event.get("title")),
        "start": _instant(event.get("date") or event["start"]),
        "duration": _duration(event["duration"]) if "duration" in event else _seconds(event["start"], event["end"]),
        "room": _text(room.get("name") if isinstance(room, dict) else room),
        "guid": event.get("guid"),
        "id": _id(event.get("id")),
        "slug": _text(event.get("slug")),
        "code": _text(event.get("code")),
        "url": _text(event.get("url")),
        "logo": _text(event.get("logo")),
        "track": _text(tracks.get(track.get("slug") or "", track.get("name")) if isinstance(track, dict) else track),
        "language": _text(event.get("language")),
        "type": _text(event.get("type")),
        "subtitle": _text(event.get("subtitle")),
        "abstract": _text(event.get("abstract")),
        "description": _text(event.get("description")),
        "persons": [
            (
                _text(person.get("public_name") or person.get("name")),
                person.get("guid"),
                _id(person.get("id")),
                person.get("code"),
                person.get("biography") or biographies.get(person.get("guid") or ""),
            )
            for person in people or []
            if person.get("role") not in ("CONTRIBUTOR",)
        ],
        "links": [_json_link(link) for link in links],
        "attachments": [_json_link(link) for link in event.get("attachments") or []],
        "recording": (
            _text(event.get("recording_license", recording.get("license"))),
            _flag(event.get("do_not_record", recording.get("optout"))),
        ),
        "do_not_stream": _flag(event.get("do_not_stream")),
        "feedback_url": _text(event.get("feedback_url") or typed.get("FEEDBACK")),
        "origin_url": _text(event.get("origin_url") or typed.get("ORIGIN")),
        "answers": [(_text(answer.get("question")), _text(answer.get("answer"))) for answer in event["answers"]]
        if isinstance(event.get("answers"), list)
        else None,
    }


def _json_events(schedule: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if "events" in schedule:
        yield from schedule["events"]
        return
    for day in schedule["conference"]["days"]:
        for events in day["rooms"].values():
            yield from events


def _json_fields(document: dict[str, Any]) -> tuple[Fields, list[Fields]]:
    schedule = document["schedule"]
    conference = schedule["conference"]
    tracks = conference.get("tracks") or []
    by_slug = {track.get("slug"): track.get("name") for track in tracks}
    biographies = {person["guid"]: person.get("biography") for person in schedule.get("persons") or []}
    rooms: dict[str, str | None] = {room["name"]: room.get("guid") for room in conference.get("rooms") or []}
    for day in conference.get("days") or []:
        for name in day.get("rooms") or {}:
            rooms.setdefault(name, None)
    return (
        {
            "acronym": _text(conference.get("acronym")),
            "title": _text(conference.get("title")),
            "base_url": _text(schedule.get("base_url")),
            "time_zone_name": _text(conference.get("time_zone_name")),
            "timeslot_duration": _text(conference.get("timeslot_duration")),
            "version": _text(schedule.get("version")),
            "tracks": [
                (track.get("name"), track.get("color") or (track.get("colors") or {}).get("light"), track.get("slug"))
                for track in tracks
            ],
            "rooms": list(rooms.items()),
            "days": [(day.get("date"), day.get("day_end", day.get("end"))) for day in conference.get("days") or []],
        },
        [_json_event(event, by_slug, biographies) for event in _json_events(schedule)],
    )


def schedule_fields(text: str) -> tuple[Fields, list[Fields]]:
    """Return the conference's fields and every event's, from a schedule.xml or schedule.json text."""
    if text.lstrip().startswith("<"):
        return _xml_fields(ET.fromstring(text))
    return _json_fields(json.loads(text))


def file_fields(path: Path) -> tuple[Fields, list[Fields]]:
    """Return `schedule_fields` of the file at `path`."""
    return schedule_fields(path.read_text(encoding="utf-8"))

"""A frab/pentabarf/pretalx export's events as a conference app reads them, without `program`.

The independent reading of bench/frab_exports.py, used for the source export and for the
schedule.xml/.json that `program build` writes alike. XML is read with lxml (the standard
library's ElementTree when lxml is not installed: `READER` says which), JSON with the json
module (`strict=False`, so frab 2013's raw newlines inside strings are read).

Shapes read:

- XML: every `<event>` element, under `<day>/<room>` (frab) or directly under `<day>`
  (pentabarf, FOSDEM); the room is the event's `<room>`, else its `<room name>`.
- JSON v1: `conference.days[].rooms{name: [events]}`; schedule2: `schedule.events[]`.
- A start is the event's `<date>`/`date` (or schedule2's `start`) as written; without one,
  the day's date and the event's `<start>` (`17:23`), one day later when that is before the
  day change (the conference's `<day_change>`, else the time of the day's `start`, else 06:00).
  A `<date>` that is a bare midnight without offset beside a clock `<start>` (a .NET app's
  re-export of 29C3) is read as the day only, `0001-01-01` as the listing day.

Normalisations (those of tests/frab_fields.py): text is compared with its outer whitespace
trimmed, a missing text is "", a duration is seconds, persons are their names in order
(XML `persons/person`; JSON `public_name`, `full_public_name` or `name`, schedule2's
CONTRIBUTORs left out as v1 and XML have no such role), a schedule2 track is its name.
"""

from __future__ import annotations

import importlib
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

try:
    etree: Any = importlib.import_module("lxml.etree")
    READER = "lxml"
except ImportError:  # pragma: no cover - lxml is the bench's, not the project's
    etree = ET
    READER = "xml.etree"

FIELDS = ("title", "start", "duration", "room", "persons", "track", "language", "guid", "abstract", "type")
"""The fields compared, in the order of the table in docs/formats.md."""

Event = dict[str, Any]
Start = tuple[str, str | None]
"""A start as written: the wall-clock `YYYY-MM-DDTHH:MM:SS` and the offset (`+01:00`), or None."""


@dataclass
class Export:
    """What an export holds: its events (a count by the reader itself) and where it comes from."""

    kind: str
    events: list[Event] = field(default_factory=list)
    count: int = 0
    generator: str = ""
    first_day: str = ""
    zone: str = ""

    @property
    def offsets(self) -> bool:
        """Whether any event's start carries an offset."""
        return any(event["start"] is not None and event["start"][1] is not None for event in self.events)


def text(value: Any) -> str:
    """The value as trimmed text ("" for None; a dict's `name`)."""
    if isinstance(value, dict):
        value = value.get("name")
    return "" if value is None else str(value).strip()


def duration(value: Any) -> int | None:
    """Seconds of `0:30`, `00:30:00`, `1:00:30:00` (days first), `PT30M` or a number of seconds."""
    if isinstance(value, int | float):
        return int(value)
    written = text(value)
    if written.startswith("P"):  # ISO 8601, LSWT 2021's xsd:duration P0Y0M0DT0H40M0.000S: units by letter
        units = {"D": 86400, "H": 3600, "M": 60, "S": 1}
        time_part = written.partition("T")[2]
        days = sum(int(n) * units["D"] for n in re.findall(r"(\d+)D", written.partition("T")[0]))
        return days + sum(int(float(n)) * units[unit] for n, unit in re.findall(r"([\d.]+)([HMS])", time_part))
    parts = [int(part) for part in re.findall(r"\d+", written)]
    if not parts:
        return None
    if len(parts) == 1:  # minutes
        parts = [0, *parts]
    days, hours, minutes, seconds = parts if len(parts) == 4 else [0, *parts, 0][:4]
    return ((days * 24 + hours) * 60 + minutes) * 60 + seconds


def start_of(written: str) -> Start:
    """A full `date` as written: its wall-clock time and its offset."""
    moment = datetime.fromisoformat(written.strip().replace("Z", "+00:00"))
    offset = moment.utcoffset()
    wall = moment.replace(tzinfo=None).isoformat()
    if offset is None:
        return wall, None
    minutes = abs(int(offset.total_seconds())) // 60
    return wall, f"{'-' if offset < timedelta(0) else '+'}{minutes // 60:02}:{minutes % 60:02}"


def clock(value: str) -> tuple[int, int] | None:
    """The hour and minute of `17:23`, `17:23:00` or a full date-time, else None."""
    found = re.search(r"(?:^|T)(\d{1,2}):(\d{2})", value.strip())
    return (int(found[1]), int(found[2])) if found else None


def day_start(day_date: str, time: str, change: tuple[int, int] | None) -> Start | None:
    """The day's date and a `<start>` time: the next date when the time is before the day change.

    A change after 08:00 names when mornings start (FOSDEM writes 09:00), not a night.
    """
    at = clock(time)
    if at is None or not day_date:
        return None
    moment = datetime.fromisoformat(day_date[:10]).replace(hour=at[0], minute=at[1])
    if change is not None and change <= (8, 0) and at < change:
        moment += timedelta(days=1)
    return moment.isoformat(), None


def _start(full: str, day_date: str, time: str, change: tuple[int, int] | None) -> Start | None:
    try:
        return start_of(full) if full.strip() else day_start(day_date, time, change)
    except ValueError:
        return None


# XML


def _xml_event(event: Any, day_date: str, change: tuple[int, int] | None, room: str) -> Event:
    full, time = text(event.findtext("date")), text(event.findtext("start"))
    if re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00", full) and re.fullmatch(r"\d{1,2}:\d\d", time):
        # A .NET app's 29C3: the day as a bare midnight beside the clock <start>; 0001-01-01 is its empty date.
        full, day_date = "", day_date if full.startswith("0001-") else full[:10]
    return {
        "title": text(event.findtext("title")),
        "start": _start(full, day_date, time, change),
        "duration": duration(event.findtext("duration")),
        "room": text(event.findtext("room")) or room,
        "persons": [text(person.text) for person in event.iterfind("persons/person")],
        "track": text(event.findtext("track")),
        "language": text(event.findtext("language")),
        "guid": text(event.get("guid")),
        "abstract": text(event.findtext("abstract")),
        "type": text(event.findtext("type")),
    }


def _day_events(day: Any, change: tuple[int, int] | None) -> list[Event]:
    """The events of a `<day>`: inside its `<room>`s (frab) or directly inside it (pentabarf)."""
    day_date, events = text(day.get("date")), []
    for child in day:
        if child.tag == "event":
            events.append(_xml_event(child, day_date, change, ""))
        elif child.tag == "room":
            events += [_xml_event(event, day_date, change, text(child.get("name"))) for event in child.iter("event")]
    return events


def _xml_export(path: Path) -> Export:
    root = etree.parse(str(path)).getroot()
    count = len(root.xpath("//event")) if READER == "lxml" else sum(1 for _ in root.iter("event"))
    if root.tag != "schedule" or root.find("day") is None or not count:
        return Export("not frab", count=count)
    conference = root.find("conference")
    change = clock(text(conference.findtext("day_change"))) if conference is not None else None
    events = []
    for day in root.iterfind("day"):
        # No day change written (30C3): a start before 06:00 is the night after its day.
        events += _day_events(day, change or clock(text(day.get("start"))) or (6, 0))
    generator = root.find("generator") if root.find("generator") is not None else root.find("conference/generator")
    made = " ".join(text(generator.get(key)) for key in ("name", "version")) if generator is not None else ""
    made = made.strip() or (text(generator.text) if generator is not None else "")
    zone = text(conference.findtext("time_zone_name")) if conference is not None else ""
    first = text(root.find("day").get("date"))
    return Export("xml", events, count, made.strip(), first, zone)


# JSON


def _name(person: Any) -> str:
    if not isinstance(person, dict):
        return text(person)
    return text(person.get("public_name") or person.get("full_public_name") or person.get("name"))


def _json_event(event: dict[str, Any], day_date: str, change: tuple[int, int] | None, room: str, tracks: Any) -> Event:
    people = event["persons"] if "persons" in event else event.get("participants") or []
    track = event.get("track")
    if isinstance(track, dict):
        track = track.get("name") or tracks.get(track.get("slug"))
    full = text(event.get("date")) or (text(event.get("start")) if "T" in text(event.get("start")) else "")
    start = _start(full, day_date, text(event.get("start")), change)
    length = duration(event["duration"]) if "duration" in event else None
    if length is None and start is not None and event.get("end"):
        length = int((datetime.fromisoformat(text(event["end"])) - datetime.fromisoformat(full)).total_seconds())
    return {
        "title": text(event.get("title")),
        "start": start,
        "duration": length,
        "room": text(event.get("room")) or room,
        "persons": [
            text(person.get("public_name") or person.get("full_public_name") or person.get("name"))
            if isinstance(person, dict)
            else text(person)
            for person in people
            if not isinstance(person, dict) or person.get("role") != "CONTRIBUTOR"
        ],
        "track": text(track),
        "language": text(event.get("language")),
        "guid": text(event.get("guid")),
        "abstract": text(event.get("abstract")),
        "type": text(event.get("type")),
    }


def _json_export(path: Path) -> Export:
    document = json.loads(path.read_text(encoding="utf-8"), strict=False)
    schedule = document.get("schedule", document) if isinstance(document, dict) else {}
    if isinstance(schedule, dict) and isinstance(schedule.get("rooms"), dict) and "date" in schedule:
        schedule = {"conference": {"days": [schedule]}}  # one day alone (Hacker Hotel 2019's day files)
    conference = schedule.get("conference") if isinstance(schedule, dict) else None
    if not isinstance(conference, dict):
        return Export("not frab")
    tracks = {track.get("slug"): track.get("name") for track in conference.get("tracks") or []}
    days = conference.get("days") or []
    change = clock(text(conference.get("day_change")))
    events = []
    if "events" in schedule:
        kind = "schedule2"
        events = [_json_event(event, "", None, "", tracks) for event in schedule["events"]]
    else:
        kind = "json v1"
        for day in days:
            day_change = change or clock(text(day.get("day_start") or day.get("start")))
            for room, listed in (day.get("rooms") or {}).items():
                events += [_json_event(event, text(day.get("date")), day_change, room, tracks) for event in listed]
    generator = schedule.get("generator") or conference.get("generator") or {}
    made = " ".join(text(generator.get(key)) for key in ("name", "version")) if isinstance(generator, dict) else ""
    first = text(days[0].get("date")) if days else text(conference.get("start"))[:10]
    return Export(kind, events, len(events), made.strip(), first, text(conference.get("time_zone_name")))


def read_export(path: Path) -> Export:
    """Read a schedule.xml or schedule.json (an export, or what `program` wrote) as an app does."""
    if path.read_bytes().removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"<":  # a BOM'd XML (Tübix 2017)
        return _xml_export(path)
    return _json_export(path)

"""How faithfully the ics reader reads real calendars: every VEVENT an item, fields exact.

Per real calendar in tests/data/ics (and any more given on the command line as
FILE[=Area/City]): the VEVENTs counted twice independently of `program` (a plain count of
"BEGIN:VEVENT" lines, and icalendar's own walk of the unfolded bytes), the items read, and
how many items have each field exactly as icalendar gives it: title (SUMMARY without a "#talk"
tag, or its part before the speakers; a "Title:" line of the DESCRIPTION when it has one;
"Untitled event" for an empty one), start and end (DTSTART and DTEND, or DTSTART + DURATION, in
the program's zone), room (LOCATION, none where it is a web address, a page of the site such as
"tutorials.html#T1" or the word "link": Mini-Conf's calendars). A calendar wrapped in an HTML
comment is cut to BEGIN:VCALENDAR … END:VCALENDAR first. Speakers have no field of their own in a calendar: the
count of items with speakers is printed, not judged. Prints a markdown table.

    python bench/ics_fidelity.py [FILE[=Area/City] ...]
"""

from __future__ import annotations

import re
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rrulestr

from program.model import Item
from program.readers import ReadContext
from program.readers.ics import IcsReader

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "ics"
ZONES = {
    "bristoldataweek2025-schedule.ics": "Europe/London",
    "handmade-moca24.ics": "Europe/Rome",
    "inpycon2021-schedule.ics": "Asia/Kolkata",
    "ismir2020.ics": "UTC",
    "leap-festival-schedule.ics": "Europe/London",
    "kielux2020.ics": "Europe/Berlin",
    "kratos-unipd2024-meeting.ics": "Europe/Rome",  # Padova; its times in UTC, no zone named
    "vobject-pyconuk2015.ics": "Europe/London",
}
"""The calendars that name no zone, and the place they are in (from their sites)."""


_TITLE_LINE = re.compile(r"^\s*Title:\s*(?P<title>.+?)(?:\s*\(Abstract\))?\s*$", re.MULTILINE)
_NO_ROOM = re.compile(r"^(?:https?://\S+|[\w./-]+\.html?(?:[#?]\S*)?|link)$", re.IGNORECASE)


def _calendar(data: bytes) -> bytes:
    """The bytes from the first BEGIN:VCALENDAR to the last END:VCALENDAR (a site may wrap them in a comment)."""
    return data[data.upper().index(b"BEGIN:VCALENDAR") : data.upper().rindex(b"END:VCALENDAR") + 13]


def _events(data: bytes) -> list[icalendar.Event]:
    unfolded = _calendar(data).replace(b"\r\n", b"\n").replace(b"\n ", b"").replace(b"\n\t", b"")
    try:
        walked = icalendar.Calendar.from_ical(unfolded.decode("utf-8"), multiple=True)
    except ValueError:
        # icalendar refuses a calendar-level property (SCITT's REFRESH-INTERVAL P60M): each VEVENT alone.
        blocks = re.findall(r"^BEGIN:VEVENT$.*?^END:VEVENT$", unfolded.decode("utf-8"), re.MULTILINE | re.DOTALL)
        return [icalendar.Event.from_ical(block) for block in blocks]
    return [event for calendar in walked for event in calendar.walk("VEVENT") if isinstance(event, icalendar.Event)]


def _occurrences(events: list[icalendar.Event]) -> list[tuple[icalendar.Event, timedelta]]:
    """Each event with the shift of each of its occurrences (dateutil's RRULE, up to UNTIL; no EXDATE here)."""
    shifted: list[tuple[icalendar.Event, timedelta]] = []
    for event in events:
        start = event.decoded("DTSTART")
        rule = event.get("RRULE")
        starts = list(rrulestr(rule.to_ical().decode(), dtstart=start)) if rule else [start]
        shifted.extend((event, moment - start) for moment in starts)
    return shifted


def _in_zone(moment: datetime, zone: ZoneInfo) -> datetime:
    """A time in the program's zone; a floating one (CfgMgmtCamp 2019's, X-WR-TIMEZONE beside) is that zone's clock."""
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)


def _exact(item: Item, event: icalendar.Event, zone: ZoneInfo, shift: timedelta) -> dict[str, bool]:
    start = _in_zone(event.decoded("DTSTART") + shift, zone)
    if "DTEND" in event:
        end = _in_zone(event.decoded("DTEND") + shift, zone)
    elif "DURATION" in event:
        end = start + event.decoded("DURATION")
    else:
        end = None
    summary = re.sub(r"^#[A-Za-z][\w-]*\s+", "", " ".join(str(event.get("SUMMARY", "")).split()))  # "#talk …"
    if (titled := _TITLE_LINE.search(str(event.get("DESCRIPTION", "")))) is not None:
        summary = titled["title"]  # "Title: …" in the description, SUMMARY:Keynote its label (NSF Cyber PI 2025)
    location = " ".join(str(event.get("LOCATION", "")).split())
    return {
        "title": item.title in summary if summary else item.title == "Untitled event",
        "start": item.start == start,
        "end": item.end == (end if end != start else None),
        "room": item.location == (None if _NO_ROOM.match(location) else location or None),
    }


def row(path: Path, zone_name: str | None) -> str:
    """One calendar's row of the table."""
    data = path.read_bytes()
    lines = sum(1 for line in data.splitlines() if line.strip().upper() == b"BEGIN:VEVENT")
    events = _events(data)
    context = ReadContext(timezone=ZoneInfo(zone_name) if zone_name else None)
    program = IcsReader().read_bytes(data, source=path.name, context=context)
    zone = ZoneInfo(program.timezone)
    fields = ("title", "start", "end", "room")
    exact = dict.fromkeys(fields, 0)
    occurrences = _occurrences(events) if len(program.items) != len(events) else [(e, timedelta()) for e in events]
    timed = [(e, timedelta()) for e in events if isinstance(e.decoded("DTSTART"), datetime)]
    if len(program.items) != len(occurrences) and len(program.items) == len(timed):
        occurrences = timed  # all-day events are said skipped, no item (Bitcoin Park's 97 of 120)
    if len(program.items) == len(occurrences):
        for item, (event, shift) in zip(program.items, occurrences, strict=True):
            for field, same in _exact(item, event, zone, shift).items():
                exact[field] += same
    shown = " | ".join(f"{exact[field]}" for field in fields)
    speakers = sum(1 for item in program.items if item.people)
    found = re.search(rb"^PRODID:(.*?)\r?$", data, re.MULTILINE)
    producer = found[1].decode("utf-8", "replace") if found else ""
    counts = f"{lines} | {len(events)} | {len(program.items)} | {shown} | {speakers}"
    return f"| {path.name} | {producer[:40]} | {counts} | {program.timezone} |"


def main(arguments: list[str]) -> None:
    """Print the table for the real calendars, or for the files named."""
    targets = [(Path(a.partition("=")[0]), a.partition("=")[2] or None) for a in arguments] or [
        (path, ZONES.get(path.name)) for path in sorted(DATA.glob("*.ics"))
    ]
    columns = "BEGIN:VEVENT lines | icalendar VEVENTs | items | title | start | end | room | with speakers"
    print(f"| calendar | PRODID | {columns} | zone |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for path, zone in targets:
        print(row(path, zone))


if __name__ == "__main__":
    main(sys.argv[1:])

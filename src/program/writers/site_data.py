"""The attendee site's script data: a compact JSON block of numbers and indices, no text repeated.

The script (templates/site/site.js) reads it beside the page's items: each item's row is in
page order, the order of the elements with data-item-id (a session's talks right after it).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from program.i18n import ROOT
from program.model import Item, Kind, Program
from program.model.ids import calendar_domain
from program.writers.base import RenderOptions, lang_of
from program.writers.calendar_events import program_events
from program.writers.index_pieces import people_rows
from program.writers.shown_names import named_people
from program.writers.site_changes import changes_data
from program.writers.site_labels import script_labels
from program.writers.site_tracks import TrackColours

MY_SCHEDULE = "My schedule"


def script_data(
    program: Program, options: RenderOptions, shown: Sequence[Item], colours: TrackColours
) -> dict[str, object]:
    """The script's data: lists of names, then per item (in page order) numbers and indices only.

    Each item's row is [start, length, kind, room, track, people, shown at]: start in minutes
    from `t0` (minutes since 1970 UTC), length in minutes (null for none), indices into the
    lists (-1 for none), and for an untimed item the page positions of the timed items a
    calendar shows it as (a poster: its sessions).
    """
    people_index = {person.id: number for number, person in enumerate(program.people)}
    names = named_people(program)
    kinds = [kind for kind in Kind if any(item.kind is kind for item in shown)]
    kind_index = {kind: number for number, kind in enumerate(kinds)}
    rooms = sorted({item.location for item in shown if item.location})
    room_index = {room: number for number, room in enumerate(rooms)}
    tracks = sorted({track[0] for item in shown if (track := colours.of(item))})
    track_index = {track: number for number, track in enumerate(tracks)}
    position = {item.id: number for number, item in enumerate(shown)}
    minutes = {item.id: int(item.start.timestamp()) // 60 for item in shown if item.start}  # once: it asks the zone
    origin = min(minutes.values(), default=0)
    lang = lang_of(program, options)

    spellings = {person.id: (person.name, *person.aliases) for person in program.people}

    def person_row(person_id: str, display: str, letter: str, calendar: object) -> list[object]:
        # [id, name as shown, index letter, has a calendar, other spellings (only when there are)]:
        # search and the person filter find a merged person by any name they were written as.
        others = list(dict.fromkeys(name for name in spellings.get(person_id, ()) if name != display))
        return [person_id, display, letter, 1 if calendar else 0, *([others] if others else [])]

    def row(item: Item) -> list[object]:
        people = [people_index[person.id] for name in item.people if (person := names.person(name, item.id))]
        track = colours.of(item)
        start = None if item.start is None else minutes[item.id] - origin
        length = None if item.start is None or item.end is None else int((item.end - item.start).total_seconds()) // 60
        return [
            start,
            length,
            kind_index[item.kind],
            room_index[item.location] if item.location else -1,
            track_index[track[0]] if track else -1,
            people,
            [] if item.start else [position[other] for other in item.shown_at if other in position],
        ]

    events = program_events(program, options)
    name = f"{program.title}: {lang.gettext(MY_SCHEDULE)}"
    footer = "END:VCALENDAR\r\n"
    empty = events.calendar_bytes((), name=name, key="my-schedule").decode()
    uses_zone = any(b"\r\nDTSTART;TZID=" in events.event_bytes(item) for item in shown if item.start)
    return {
        "zone": program.timezone,
        "clock12": lang.twelve_hour,
        # The page's words and how its times are written: the script writes no text of its own.
        "locale": lang.tag,
        "labels": script_labels(lang),
        **({"meridiem": ["a.m.", "p.m."]} if lang.locale == ROOT else {}),
        "store": f"program-site:{calendar_domain(program)}",
        # The calendar around the chosen VEVENTs, serialised by icalendar: the head names
        # it "<title>: My schedule"; the VTIMEZONE goes in when the events use TZID.
        "ics": [empty[: -len(footer)], events.timezone_bytes().decode() if uses_zone else "", footer],
        "t0": origin,
        "kinds": [[kind.value, lang.kind(kind)] for kind in kinds],
        "rooms": rooms,
        "tracks": tracks,
        # Each track's colour number: the Track filter's options wear their track's colour.
        "trackColours": [colours.number[track] for track in tracks],
        "people": [
            person_row(person.id, person.display, letter, calendar)
            for person, letter, calendar in people_rows(program, lang)
        ],
        "items": [row(item) for item in shown],
        "changes": changes_data(program, options),
    }


def script_json(document: object) -> str:
    """JSON that cannot end its <script> element early: "<", ">" and "&" written as escapes."""
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")

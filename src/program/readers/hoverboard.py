"""Hoverboard's data: the GDG DevFest site's schedule, sessions and speakers, joined by id.

Hoverboard (gdg-x/hoverboard) keeps a conference in one JSON document since v2, the
Firebase import `docs/default-firebase-data.json`: `sessions{}` and `speakers{}` keyed by id,
and `schedule{date}` whose `timeslots[].sessions[]` cells list the ids of the sessions shown
there, under the day's `tracks[]` (rooms). v1 kept the same days as `data/schedule.json`, a
list, with `sessions.json` and `speakers.json` beside it: those are joined when there.
Only a cell places a session: a session in no cell is not on the schedule (a draft, a
placeholder), and one in several cells (a break) is an item in each. Where and when a cell
shows its sessions is Hoverboard's own layout (`hoverboard_slots.py`). Times are the
event's wall clock and the file names no zone: `--timezone` is asked for.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from program.errors import ParseError, UsageError
from program.inputs import MAX_SETTINGS_SIZE, read_input
from program.model import Item, Problem, Program, Severity, SourceRef
from program.model.text import collapse_space
from program.model.zones import FIRST_YEAR, LAST_YEAR
from program.readers.app_json import (
    AppSession,
    AppSpeaker,
    Locator,
    counted,
    link_list,
    listed,
    paragraphs,
    session_item,
)
from program.readers.app_json import text as field
from program.readers.base import ReadContext, decode_feed, load_json
from program.readers.hoverboard_slots import Placement, SlotError, placements, track_titles
from program.readers.json_shape import hoverboard_days, is_hoverboard
from program.readers.notation.dates import DateError, parse_date

_V1_FILES = ("sessions.json", "speakers.json")
"""The files v1 keeps beside `schedule.json` (its `data/` folder), each an object keyed by id."""


class HoverboardReader:
    """Reads a Hoverboard site's data (the Firebase import, or v1's schedule.json with its siblings)."""

    name: ClassVar[str] = "hoverboard"
    description: ClassVar[str] = (
        "Hoverboard (GDG DevFest site) data: default-firebase-data.json, or v1's schedule.json (needs --timezone)"
    )

    def detect(self, text: str) -> bool:
        """Whether the text is a whole JSON document of days whose timeslots' cells list session ids."""
        return is_hoverboard(text.lstrip("\ufeff"))

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every session id each day's grid places, joined to its session and speakers.

        Raises:
            ParseError: when the document is no Hoverboard schedule, or v1's sessions are missing.
            UsageError: when no zone is given.
        """
        text = text.lstrip("\ufeff")
        document = load_json(text, source, strict=False)
        days = hoverboard_days(document)
        if days is None:
            raise ParseError(
                'expected Hoverboard\'s data: "schedule" days whose "timeslots" list "sessions" cells of session ids',
                SourceRef(source, 1),
            )
        keyed = document.get("schedule") if isinstance(document, dict) else None
        sessions, speakers = _joined(document, source) if keyed is not None else _siblings(source)
        if context.timezone is None:
            raise UsageError(
                f"{source}: Hoverboard's timeslots are the event's wall-clock times and name no zone: pass "
                "--timezone Area/City (the event's place, e.g. Europe/Paris), or set timezone in a program file"
            )
        locator = Locator(text, source)
        schedule_at = re.search(r'"schedule"\s*:', text)
        locator.position = schedule_at.end() if schedule_at else 0
        dated = list(keyed.items()) if isinstance(keyed, dict) else [(None, day) for day in days]
        items: list[Item] = []
        problems: list[Problem] = []
        placed: set[str] = set()
        for key, day in dated:
            on = _day(key, day, locator, source)
            row = -1
            where = locator.line_at(locator.position)
            for found in placements(day):
                if found.row != row:  # the timeslots are met in order: one search a row
                    row, where = found.row, _slot_line(day, found.row, locator)
                if isinstance(found, SlotError):
                    problems.append(Problem(Severity.ERROR, "unreadable-event", found.reason, where))
                    continue
                placed.add(found.session)
                item, warnings = _item(found, on, sessions, speakers, context.timezone, where)
                problems.extend(warnings)
                if item is not None:
                    items.append(item)
        return Program(
            title="",
            timezone=context.timezone.key,
            items=tuple(items),
            problems=tuple(problems),
            sources=(source,),
            reading=_reading(items, days, sessions, placed, keyed is None),
        )


def _joined(document: dict[str, Any], source: str) -> tuple[dict[str, Any], dict[str, Any]]:
    sessions = document.get("sessions")
    speakers = document.get("speakers")
    if not isinstance(sessions, dict):
        raise ParseError('expected "sessions" as an object of sessions keyed by id', SourceRef(source, 1))
    return sessions, speakers if isinstance(speakers, dict) else {}


def _siblings(source: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """v1's sessions.json and speakers.json beside its schedule.json (sessions required, speakers when there)."""
    found: list[dict[str, Any]] = []
    for name in _V1_FILES:
        path = Path(source).parent / name
        if not path.is_file():
            if name == "sessions.json":
                raise ParseError(
                    f"expected {path.as_posix()} beside this Hoverboard v1 schedule: its timeslots name sessions "
                    "by id only; keep the site's data/ folder together (schedule.json, sessions.json, speakers.json)",
                    SourceRef(source, 1),
                )
            found.append({})
            continue
        text = decode_feed(read_input(path, "a file joined by id", MAX_SETTINGS_SIZE), path.as_posix())
        document = load_json(text.lstrip("\ufeff"), path.as_posix(), strict=False)
        if not isinstance(document, dict):
            raise ParseError(
                f"expected an object keyed by id, found {type(document).__name__}", SourceRef(path.as_posix(), 1)
            )
        found.append(document)
    return found[0], found[1]


def _day(key: str | None, day: Any, locator: Locator, source: str) -> date:
    """The date of a day: its `date`, else its key in `schedule` (`"2019-02-22"`)."""
    if key is not None:
        at = re.compile(rf'"{re.escape(key)}"\s*:\s*\{{').search(locator.text, locator.position)
        if at is not None:
            locator.position = at.end()
    where = locator.line_at(locator.position)
    written_day = field(day.get("date")) if isinstance(day, dict) else None
    try:
        on = parse_date(written_day or key or "", day_first=False).resolve(None)
    except DateError:
        on = None
    if on is None or not FIRST_YEAR <= on.year <= LAST_YEAR:
        raise ParseError(
            f'expected the day\'s "date" (or its key in "schedule") such as "2019-02-22" in the years {FIRST_YEAR} '
            f"to {LAST_YEAR}, found {written_day or key!r}",
            where,
        )
    return on


def _slot_line(day: Any, row: int, locator: Locator) -> SourceRef:
    """The line of a day's timeslot, searched on from the last one found."""
    slots = day.get("timeslots") if isinstance(day, dict) else None
    slot = slots[row] if isinstance(slots, list) and row < len(slots) else None
    return (
        locator.next("startTime", slot.get("startTime"))
        if isinstance(slot, dict)
        else locator.line_at(locator.position)
    )


def _item(  # noqa: PLR0913, PLR0917 -- a placement joined to what the document says of its session
    found: Placement,
    on: date,
    sessions: dict[str, Any],
    speakers: dict[str, Any],
    zone: ZoneInfo,
    where: SourceRef,
) -> tuple[Item | None, list[Problem]]:
    session = sessions.get(found.session)
    written_title = field(session.get("title")) if isinstance(session, dict) else None
    title = collapse_space(written_title) if written_title else None  # "Test Journey-  by Mouth" (Taipei 2018)
    if not isinstance(session, dict) or title is None:
        reason = "lists no session" if not isinstance(session, dict) else "is a session without a title"
        message = f'the timeslot\'s cell names session {found.session!r}, which {reason} in "sessions"'
        return None, [Problem(Severity.ERROR, "unknown-reference", message, where)]
    people: list[AppSpeaker] = []
    warnings: list[Problem] = []
    for speaker_id in listed(session.get("speakers")):
        speaker = speakers.get(str(speaker_id))
        name = field(speaker.get("name")) if isinstance(speaker, dict) else None
        if name is not None:
            people.append(AppSpeaker(name, str(speaker_id)))
        elif field(str(speaker_id)) is not None:
            message = f'session {found.session!r} ({title!r}) names speaker {speaker_id!r}, whom "speakers" lacks'
            warnings.append(Problem(Severity.WARNING, "unknown-reference", message, where))
    midnight = datetime.combine(on, datetime.min.time(), zone)
    own_track = session.get("track")
    tags = [tag for one in (session.get("tags") or []) if (tag := field(one))] if isinstance(session, dict) else []
    app_session = AppSession(
        id=found.session,
        title=title,
        start=_at(midnight, found.start),
        end=_at(midnight, found.end) if found.end > found.start else None,
        room=(field(own_track.get("title")) if isinstance(own_track, dict) else None) or found.room,
        label=field(session.get("type")),
        service=session.get("isBreak") is True,
        speakers=tuple(people),
        abstract=paragraphs(session.get("description")),
        track=", ".join(tags) or None,
        links=link_list([("Slides", session.get("presentation")), ("Video", _video(session.get("videoId")))]),
        answers=(),
        where=where,
    )
    return session_item(app_session), warnings


def _at(midnight: datetime, minutes: int) -> datetime:
    """The wall-clock time `minutes` after the day's midnight (aware arithmetic keeps the wall clock)."""
    return midnight + timedelta(minutes=minutes)


def _video(video_id: Any) -> str | None:
    found = field(video_id)
    return f"https://www.youtube.com/watch?v={found}" if found and not found.startswith("http") else found


def _reading(
    items: list[Item], days: list[Any], sessions: dict[str, Any], placed: set[str], v1: bool
) -> tuple[str, ...]:
    rooms = {item.location for item in items if item.location}
    people = {name for item in items for name in item.people}
    tracks = {title for day in days if isinstance(day, dict) for title in track_titles(day) if title}
    lines = [
        f"Hoverboard {'v1 schedule.json' if v1 else 'data'}: {counted(len(items), 'item')} in the timeslots of "
        f"{counted(len(days), 'day')}, {counted(len(people), 'speaker')}, {counted(len(rooms), 'room')} "
        f"(of {counted(len(tracks), 'track')})",
        "a row's one cell spans the tracks: in no one room when it spans several (as Hoverboard lays it out)",
    ]
    unplaced = [key for key in sessions if key not in placed]
    if unplaced:
        shown = ", ".join(unplaced[:8]) + (", …" if len(unplaced) > 8 else "")
        lines.append(f"{counted(len(unplaced), 'session')} in no timeslot, not on the schedule: not read ({shown})")
    return tuple(lines)

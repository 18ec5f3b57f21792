"""Conference Hall's schedule export: `{name, days, timeZone, sessions: [{start, end, track, title, proposal}]}`.

Conference Hall (conference-hall.io) exports an event's schedule as JSON (its
`EventScheduleExport.toJson`): each session's `track` is the room it is in, `proposal` (null
for a break or a keynote slot) holds the talk's `abstract`, `formats`, `categories` and
`speakers` ({id, name, company, …}), and `timeZone` names the event's zone. Its times end
in `Z` but are not UTC: the export turns each time into the zone's wall clock and writes that
with a `Z` (date-fns-tz `toZonedTime(…).toISOString()` on a server in UTC), which is how the
sites built on it read them (DevQuest 2026's `getUTCHours()`); its `days` are midnights
written the same way (`2026-06-11T00:00:00.000Z`).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from program.errors import ParseError
from program.model import Item, Problem, Program, Severity, SourceRef
from program.model.zones import FIRST_YEAR, LAST_YEAR
from program.readers.app_json import AppSession, AppSpeaker, Locator, counted, listed, paragraphs, session_item
from program.readers.app_json import text as field
from program.readers.base import ReadContext, load_json

_KEYS = ("days", "timeZone", "sessions")
_SESSION_KEYS = ("track", "proposal")


class ConferenceHallReader:
    """Reads Conference Hall's schedule export (JSON)."""

    name: ClassVar[str] = "conference-hall"
    description: ClassVar[str] = (
        "Conference Hall's schedule export (JSON: days, timeZone, sessions with track and proposal)"
    )

    def detect(self, text: str) -> bool:
        """Whether the text opens an object naming `days`, `timeZone` and `sessions`, with a track and a proposal."""
        head = text.lstrip("\ufeff")[:3000]
        return head.lstrip().startswith("{") and all(
            re.search(rf'"{key}"\s*:', head) for key in (*_KEYS, *_SESSION_KEYS)
        )

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every session: times in the file's zone (wall clock), the track as room, the proposal's speakers.

        Raises:
            ParseError: when the document is no such object, or its zone is unknown.
        """
        text = text.lstrip("\ufeff")
        document = load_json(text, source)
        if not isinstance(document, dict) or not isinstance(document.get("sessions"), list):
            raise ParseError(
                'expected an object with a "sessions" list (Conference Hall\'s export)', SourceRef(source, 1)
            )
        named = document.get("timeZone")
        try:
            zone = ZoneInfo(named) if isinstance(named, str) and named else None
        except (ZoneInfoNotFoundError, ValueError):
            raise ParseError(
                f'expected a time zone such as "Europe/Paris" in "timeZone", found {named!r}', SourceRef(source, 1)
            ) from None
        shown = context.timezone or zone
        if zone is None or shown is None:
            raise ParseError(
                f'expected a time zone in "timeZone", found {named!r}: pass --timezone Area/City',
                SourceRef(source, 1),
            )
        locator = Locator(text, source)
        items: list[Item] = []
        errors: list[Problem] = []
        for index, session in enumerate(document["sessions"]):
            where = locator.next("id", session.get("id")) if isinstance(session, dict) else SourceRef(source, 1)
            try:
                items.append(_item(session, zone, shown, where))
            except ParseError as error:
                message = f"{error.reason} (at $.sessions[{index}])"
                errors.append(Problem(Severity.ERROR, "unreadable-event", message, error.source))
        rooms = {item.location for item in items if item.location}
        people = {name for item in items for name in item.people}
        reading = (
            f"{counted(len(items), 'session')}, {counted(len(people), 'speaker')}, "
            f"{counted(len(rooms), 'room')} (the tracks)",
            f"time zone: {zone.key} (the file's timeZone; its times ending in Z are that zone's wall clock)",
        )
        return Program(
            title=field(document.get("name")) or "",
            timezone=shown.key,
            items=tuple(sorted(items, key=lambda item: item.start or datetime.min.replace(tzinfo=shown))),
            problems=tuple(errors),
            sources=(source,),
            reading=reading,
        )


def _moment(session: dict[str, Any], key: str, zone: ZoneInfo, shown: ZoneInfo, where: SourceRef) -> datetime:
    """A session's time: a `Z` time is the zone's wall clock (see the module); another offset is an instant."""
    written_at = field(session.get(key))
    try:
        moment = datetime.fromisoformat((written_at or "").replace("Z", "+00:00"))
    except ValueError:
        raise ParseError(
            f"expected the session's {key} such as 2026-06-11T09:00:00.000Z, found {written_at!r}", where
        ) from None
    offset = moment.utcoffset()
    moment = moment.replace(tzinfo=zone) if not offset else moment
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ParseError(
            f"expected the session's {key} in the years {FIRST_YEAR} to {LAST_YEAR}, found {written_at!r}", where
        )
    return moment.astimezone(shown)


def _item(session: Any, zone: ZoneInfo, shown: ZoneInfo, where: SourceRef) -> Item:
    if not isinstance(session, dict):
        raise ParseError(f"expected a session object, found {type(session).__name__}", where)
    written_proposal = session.get("proposal")
    proposal: dict[str, Any] = written_proposal if isinstance(written_proposal, dict) else {}
    title = field(session.get("title")) or field(proposal.get("title"))
    if not title:
        raise ParseError('expected a session with a "title"', where)
    start, end = _moment(session, "start", zone, shown, where), _moment(session, "end", zone, shown, where)
    if end < start:
        raise ParseError(f"expected the end {session.get('end')!r} after the start {session.get('start')!r}", where)
    speakers = tuple(
        AppSpeaker(name, field(speaker.get("id")))
        for speaker in listed(proposal.get("speakers"))
        if isinstance(speaker, dict) and (name := field(speaker.get("name")))
    )
    formats = [name for value in listed(proposal.get("formats")) if (name := field(value))]
    categories = [name for value in listed(proposal.get("categories")) if (name := field(value))]
    app_session = AppSession(
        id=field(session.get("id")),
        title=title,
        start=start,
        end=end if end > start else None,
        room=field(session.get("track")),
        label=formats[0] if formats else None,
        service=not proposal,
        speakers=speakers,
        abstract=paragraphs(proposal.get("abstract")),
        track=", ".join(categories) or None,
        links=(),
        answers=(),
        where=where,
    )
    item = session_item(app_session)
    assert item.frab is not None  # session_item always keeps the export's record
    return attrs.evolve(item, frab=attrs.evolve(item.frab, language=field(session.get("language"))))

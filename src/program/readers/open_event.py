"""Open Event (FOSSASIA, eventyay) session exports.

An Open Event export is a folder: `sessions`, `speakers`, `microlocations`, `tracks`,
`event`. Its `sessions` file (`sessions.json`) is read alone: every session embeds its
speakers ({id, name}), its microlocation (the room), its track and its session type, so
nothing else is needed. Three generations occur and all are read:

- the server's export since 2017: a list, hyphen-case keys ("starts-at", "session-type");
- the 2016 export: a list, snake-case keys ("start_time", "session_type", "long_abstract");
- the 2016 scraper's `{"sessions": [...]}` with "location", "type" and "session_id".

Times carry UTC offsets, or (the 2016 export) none and a "timezone" on every session that
says the zone they are written in ("UTC" in FOSSASIA 2016's: 01:30 there is 09:30 in
Singapore). The zone's name lives in the `event` file, which is not read: it comes from
`--timezone` (or the program file), which says where times are shown, never what zone a
written time is in; without one, times are shown at the offset or in the zone they carry,
with a warning. Sessions not accepted or confirmed (pending, rejected,
withdrawn) and deleted ones are left out, each said in what was read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError, UsageError
from program.model import Item, Problem, Program, Severity, SourceRef
from program.model.text import collapse_space
from program.model.zones import offset_zone, place_zone, zone_label
from program.readers.app_json import (
    AppSession,
    AppSpeaker,
    Locator,
    counted,
    link_list,
    listed,
    paragraphs,
    session_item,
    text,
    written,
)
from program.readers.base import ReadContext, load_json

_OPENING = re.compile(r'\s*(?:\[|\{\s*"sessions"\s*:\s*\[)')
_TIME_KEY = re.compile(r'"(?:starts-at|start_time)"\s*:')
_OPEN_EVENT_KEY = re.compile(
    r'"(?:microlocation|session[-_]type|long[-_]abstract|short[-_]abstract)"\s*:|"py/object"\s*:\s*"models\.Session"'
)
_SHOWN_STATES = frozenset({"accepted", "confirmed"})
"""The states of sessions an event shows; others (pending, rejected, withdrawn, draft) are proposals."""


class OpenEventReader:
    """Reads an Open Event (FOSSASIA / eventyay) sessions.json."""

    name: ClassVar[str] = "open-event"
    description: ClassVar[str] = "Open Event (FOSSASIA/eventyay) sessions.json with embedded speakers and rooms"

    def detect(self, text: str) -> bool:
        """Return whether the text is a JSON list of sessions with Open Event's keys."""
        return (
            _OPENING.match(text.lstrip("\ufeff")) is not None
            and _TIME_KEY.search(text) is not None
            and _OPEN_EVENT_KEY.search(text) is not None
        )

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every shown session; unreadable ones become errors named by line and JSON path.

        Raises:
            ParseError: when the document is no list of sessions.
            UsageError: when times carry no offset and no zone is given.
        """
        text = text.lstrip("\ufeff")
        document = load_json(text, source)
        wrapped = isinstance(document, dict)
        sessions = document.get("sessions") if isinstance(document, dict) else document
        if not isinstance(sessions, list):
            raise ParseError('expected a list of Open Event sessions (or {"sessions": [...]})', SourceRef(source, 1))
        entries = [
            _Entry(_keys(raw), f"$.sessions[{n}]" if wrapped else f"$[{n}]", _written_keys(raw))
            for n, raw in enumerate(sessions)
        ]
        written_in = _written_zone(entries)
        zone, zone_problems = _zone(entries, written_in, context, source)
        export = _Export(written_in or zone, zone, _placeholder(entries))
        locator = Locator(text, source)
        items: list[Item] = []
        problems: list[Problem] = list(zone_problems)
        skipped: list[str] = []
        for entry, raw in zip(entries, sessions, strict=True):
            where = locator.next("title", raw.get("title")) if isinstance(raw, dict) else locator.line_at(0)
            left_out = _left_out(entry.fields)
            if left_out:
                skipped.append(f"skipped: {entry.path} {entry.fields.get('title')!r} ({where}): {left_out}")
                continue
            try:
                session, slip = _session(entry, export, where)
            except ParseError as error:
                message = f"{error.reason} (at {entry.path})"
                problems.append(Problem(Severity.ERROR, "unreadable-event", message, error.source))
                continue
            items.append(session_item(session))
            problems.extend([slip] if slip else [])
        problems.extend(
            Problem(
                Severity.WARNING,
                "unscheduled-session",
                f"{item.title!r} has no time (or starts when it ends, as unscheduled sessions do): read as untimed",
                item.source,
            )
            for item in items
            if item.start is None
        )
        return Program(
            title="",
            timezone=zone.key,
            items=tuple(items),
            problems=tuple(problems),
            sources=(source,),
            reading=_reading(items, skipped, zone, context),
        )


@attrs.frozen
class _Entry:
    """A session's fields (keys in hyphen-case), its JSON path, and each field's key as the file writes it."""

    fields: Mapping[str, Any]
    path: str
    written_keys: Mapping[str, str]

    def key(self, field: str) -> str:
        """The key a message names: the file's own ("start_time"), not the hyphen-case one ("starts-at")."""
        return self.written_keys.get(field, field)


_RENAMED = {"start-time": "starts-at", "end-time": "ends-at", "session-id": "id-text"}


def _keys(raw: Any) -> dict[str, Any]:
    """The session's fields with every generation's keys in hyphen-case ("start_time" → "starts-at")."""
    if not isinstance(raw, dict):
        return {}
    return {_field(key) if isinstance(key, str) else key: value for key, value in raw.items()}


def _field(key: str) -> str:
    hyphened = key.replace("_", "-")
    return _RENAMED.get(hyphened, hyphened)


def _written_keys(raw: Any) -> dict[str, str]:
    """Each hyphen-case field's key as the session writes it ("starts-at" → "start_time")."""
    return {_field(key): key for key in raw if isinstance(key, str)} if isinstance(raw, dict) else {}


def _left_out(fields: Mapping[str, Any]) -> str | None:
    """Why a session is not part of the program (a proposal, deleted), or None."""
    if fields.get("deleted-at"):
        return f"deleted at {fields['deleted-at']}"
    state = text(fields.get("state"))
    if state is not None and state.casefold() not in _SHOWN_STATES:
        return f"state {state!r}"
    return None


def _parsed(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value.strip()) if text(value) else None
    except ValueError:
        return None


@attrs.frozen
class _Export:
    """What holds for every session of an export.

    The zone times without an offset are written in, the zone every time is shown in, and the
    short abstract every session shares (a placeholder), if any.
    """

    written: ZoneInfo
    shown: ZoneInfo
    placeholder: str | None


def _placeholder(entries: list[_Entry]) -> str | None:
    """The short abstract every session of three or more has: a placeholder, no session's abstract.

    "Short Abstract for the event" is on all 493 sessions of FOSSASIA 2016's export.
    """
    shared = {text(entry.fields.get("short-abstract")) for entry in entries}
    return shared.pop() if len(entries) >= 3 and len(shared) == 1 else None


def _written_zone(entries: list[_Entry]) -> ZoneInfo | None:
    """The one zone the sessions name (the 2016 export names it on every session), or None."""
    named = {name for entry in entries if (name := text(entry.fields.get("timezone")))}
    if len(named) != 1:
        return None
    try:
        return place_zone(named.pop())
    except ValueError:
        return None


def _zone(
    entries: list[_Entry], written_in: ZoneInfo | None, context: ReadContext, source: str
) -> tuple[ZoneInfo, list[Problem]]:
    """The zone times are shown in: the user's, else the one the sessions name, else their offset (with a warning)."""
    if context.timezone is not None:
        return context.timezone, []
    if written_in is not None:
        if written_in.key != "UTC":
            return written_in, []
        message = (
            "the sessions' times are in UTC (their \"timezone\"), the place's zone is in the export's event file, "
            "which is not read: shown in UTC; pass --timezone Area/City (or set timezone in a program file) for "
            "the place's time"
        )
        return written_in, [Problem(Severity.WARNING, "no-time-zone", message, SourceRef(source, 1))]
    times = [moment for entry in entries if (moment := _parsed(entry.fields.get("starts-at"))) is not None]
    offsets = Counter(moment.utcoffset() for moment in times if moment.tzinfo is not None)
    if any(moment.tzinfo is None for moment in times) or not offsets:
        if not times:
            return ZoneInfo("UTC"), []
        raise UsageError(
            f"{source}: the sessions give times without a UTC offset and the zone is in the export's event "
            "file, which is not read: pass --timezone Area/City, or set timezone in a program file"
        )
    offset: timedelta = offsets.most_common(1)[0][0] or timedelta(0)
    zone = offset_zone(offset)
    message = (
        f"the sessions carry UTC offsets but no zone name (Open Event keeps it in the event file): shown at "
        f"{zone_label(zone.key)}; pass --timezone Area/City (or set timezone in a program file) for the place's time"
    )
    return zone, [Problem(Severity.WARNING, "no-time-zone", message, SourceRef(source, 1))]


def _time(value: Any, export: _Export, where: SourceRef, key: str) -> datetime | None:
    written_time = text(value)
    if written_time is None:
        return None
    moment = _parsed(written_time)
    if moment is None:
        raise ParseError(f"expected {key} such as 2017-04-10T10:00:00-07:00, found {written_time!r}", where)
    return (moment.replace(tzinfo=export.written) if moment.tzinfo is None else moment).astimezone(export.shown)


def _session(entry: _Entry, export: _Export, where: SourceRef) -> tuple[AppSession, Problem | None]:
    """The session, and the warning its end before its start gives (it keeps its start only)."""
    fields = entry.fields
    if not fields:
        raise ParseError("expected a session object", where)
    # Two Mozilla All Hands 2016 sessions give their title as "name".
    title = collapse_space(text(fields.get("title")) or text(fields.get("name")) or "")
    if not title:
        raise ParseError('expected a session with a "title"', where)
    start_key, end_key = entry.key("starts-at"), entry.key("ends-at")
    start = _time(fields.get("starts-at"), export, where, start_key)
    end = _time(fields.get("ends-at"), export, where, end_key)
    slip = None
    if start is not None and start == end:  # how the server exports a session not yet scheduled: read as untimed
        start = end = None
    if end is not None and start is None:
        raise ParseError(f"expected a {start_key} before {end_key} {fields.get('ends-at')!r}", where)
    if end is not None and start is not None and end.timestamp() < start.timestamp():
        # F8 2017's "VR 201" ends an hour before it starts: which of the two is the slip nobody can
        # tell, so the session keeps what it says first, its start, as the other readers do.
        message = (
            f"{title!r}: its {end_key} {fields.get('ends-at')!r} is before its {start_key} "
            f"{fields.get('starts-at')!r}; read as a start only (at {entry.path})"
        )
        end, slip = None, Problem(Severity.WARNING, "end-before-start", message, where)
    session = AppSession(
        id=written(fields.get("id")) or written(fields.get("id-text")),
        title=title,
        start=start,
        end=end,
        room=_collapsed(_name(fields.get("microlocation")) or text(fields.get("location"))),
        label=_name(fields.get("session-type")) or text(fields.get("type")),
        service=False,
        speakers=tuple(_speakers(fields.get("speakers"))),
        abstract=_abstract(fields, export.placeholder),
        track=_name(fields.get("track")),
        links=link_list(
            [
                ("Slides", fields.get("slides-url") or fields.get("slides")),
                ("Video", fields.get("video-url") or fields.get("video")),
                ("Audio", fields.get("audio-url") or fields.get("audio")),
                ("Sign-up", fields.get("signup-url")),
            ]
        ),
        answers=(),
        where=where,
    )
    return session, slip


def _name(value: Any) -> str | None:
    """The name of an embedded object ({"id": 1, "name": "Theatre 1"}), or a name given as text."""
    return text(value.get("name")) if isinstance(value, dict) else text(value)


def _collapsed(name: str | None) -> str | None:
    """A name with its runs of white space as one space (Red Hat Summit 2017 writes " Room  210A")."""
    return collapse_space(name) if name else None


def _speakers(value: Any) -> list[AppSpeaker]:
    speakers = []
    for speaker in listed(value):
        if isinstance(speaker, dict) and (name := text(speaker.get("name"))):
            speakers.append(AppSpeaker(collapse_space(name), written(speaker.get("id"))))
    return speakers


def _abstract(fields: Mapping[str, Any], placeholder: str | None) -> str | None:
    """The short and the long abstract (each once, the placeholder left out) and the subtitle, as text."""
    keys = ("subtitle", "short-abstract", "long-abstract", "description")
    parts = [paragraphs(fields.get(key)) for key in keys if placeholder is None or key != "short-abstract"]
    kept = list(dict.fromkeys(part for part in parts if part))
    return "\n\n".join(kept) or None


def _reading(items: list[Item], skipped: list[str], zone: ZoneInfo, context: ReadContext) -> tuple[str, ...]:
    rooms = {item.location for item in items if item.location}
    people = {name for item in items for name in item.people}
    lines = [
        f"Open Event sessions: {counted(len(items), 'session')}, {counted(len(people), 'speaker')}, "
        f"{counted(len(rooms), 'room')}"
    ]
    if context.timezone is not None:
        lines.append(f"times: shown in {zone.key} (--timezone or the program file)")
    else:
        lines.append(f"times: shown in {zone_label(zone.key)}")
    untimed = sum(1 for item in items if item.start is None)
    if untimed:
        lines.append(f"{counted(untimed, 'session')} without a time: read as untimed")
    return (*lines, *skipped)

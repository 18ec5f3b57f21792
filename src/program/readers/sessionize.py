"""Sessionize JSON exports (API v2), in their three views.

"All data" is an object of `sessions`, `speakers`, `rooms`, `categories` and `questions`
that name each other by id. "Schedule grid" (GridSmart) is a list of days, each with rooms
and their sessions, and the same sessions again by time slot: each session is read once,
where it is first listed. "Sessions" is a list of groups of sessions. Sessions carry
speakers and categories by name in the last two.

Sessionize writes local wall-clock times without a zone ("2020-03-28T09:00:00"; the grid
views add a "Z" that does not mean UTC): the zone comes from `--timezone` or the program
file. A session not yet scheduled has no times: it is read as an untimed item, and an
export in which no session is scheduled is an error that says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError, UsageError
from program.model import FrabAnswer, Item, Problem, Program, Severity, SourceRef
from program.model.text import collapse_space
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

_OPENING = re.compile(r"\s*[\[{]")
_SESSION_KEY = re.compile(r'"isServiceSession"\s*:\s*(?:true|false)')
# an "All data" view taken before any session was accepted has no session to carry that key:
# it opens with its empty "sessions" list and then "speakers", in Sessionize's own key order
_EMPTY_ALL_DATA = re.compile(r'\s*\{\s*"sessions"\s*:\s*\[\s*\]\s*,\s*"speakers"\s*:')
_FORMAT = re.compile(r"\b(format|type)\b", re.IGNORECASE)
_TRACK = re.compile(r"\btracks?\b", re.IGNORECASE)


class SessionizeReader:
    """Reads Sessionize's JSON: the "All data", "Schedule grid" and "Sessions" views."""

    name: ClassVar[str] = "sessionize"
    description: ClassVar[str] = "Sessionize JSON export (All data, Schedule grid or Sessions view; needs --timezone)"

    def detect(self, text: str) -> bool:
        """Return whether the text is JSON whose sessions say whether they are service sessions.

        Only Sessionize writes "isServiceSession"; every view gives it on every session.
        """
        text = text.lstrip("\ufeff")
        if _EMPTY_ALL_DATA.match(text):
            return True
        return _OPENING.match(text) is not None and _SESSION_KEY.search(text) is not None

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every session once; unreadable sessions become errors named by line and JSON path.

        Raises:
            ParseError: when the document is no Sessionize view.
            UsageError: when sessions have times and no zone is given.
        """
        text = text.lstrip("\ufeff")
        document = load_json(text, source)
        view = _View.of(document, source)
        listings = list(view.listings())
        zone = _zone(listings, context, source)
        locator = Locator(text, source)
        items: list[Item] = []
        problems: list[Problem] = []
        seen: set[str] = set()
        service = 0
        for listing in listings:
            key = written(listing.raw.get("id")) if isinstance(listing.raw, dict) else None
            if key is not None and key in seen:
                continue  # the grid lists a session in its room and in its time slot
            if key is not None:
                seen.add(key)
            where = locator.next("id", listing.raw.get("id")) if isinstance(listing.raw, dict) else locator.line_at(0)
            try:
                session = view.session(listing, zone, where)
            except ParseError as error:
                problems.append(
                    Problem(Severity.ERROR, "unreadable-event", f"{error.reason} (at {listing.path})", error.source)
                )
                continue
            problems.extend(view.unknown(listing, where))
            items.append(session_item(session))
            service += session.service
        problems.extend(_unscheduled(items, source) if listings else [_no_sessions(view.name, source)])
        return Program(
            title="",
            timezone=zone.key if zone else "UTC",
            items=tuple(items),
            problems=tuple(problems),
            sources=(source,),
            reading=_reading(view.name, items, service, len(listings), zone, _zulu(listings)),
        )


@attrs.frozen
class _Listing:
    """A session as a view lists it: the raw object, its JSON path, and the room it is listed in."""

    raw: Any
    path: str
    room: str | None = None


def _zone(listings: list[_Listing], context: ReadContext, source: str) -> ZoneInfo | None:
    timed = any(isinstance(listing.raw, dict) and listing.raw.get("startsAt") for listing in listings)
    if not timed or context.timezone is not None:
        return context.timezone
    raise UsageError(
        f"{source}: Sessionize gives local times without a time zone: pass --timezone Area/City "
        "(the event's place, e.g. Europe/Vienna), or set timezone in a program file"
    )


def _unscheduled(items: list[Item], source: str) -> list[Problem]:
    """An error when no session has a time (an export taken before scheduling), else a warning per untimed one."""
    untimed = [item for item in items if item.start is None]
    if items and len(untimed) == len(items):
        message = (
            f"none of the {counted(len(items), 'session')} has a time: the export was taken before the "
            "schedule was made (every startsAt is null); export it again once sessions are scheduled"
        )
        return [Problem(Severity.ERROR, "unscheduled-export", message, SourceRef(source, 1))]
    return [
        Problem(Severity.WARNING, "unscheduled-session", f"{item.title!r} has no time: read as untimed", item.source)
        for item in untimed
    ]


def _no_sessions(view: str, source: str) -> Problem:
    """The error for a view that lists no session at all (exported before any was accepted)."""
    message = (
        f"the {view} export lists no session: it was taken before any session was accepted or "
        "scheduled; export it again once sessions are scheduled"
    )
    return Problem(Severity.ERROR, "unscheduled-export", message, SourceRef(source, 1))


def _zulu(listings: list[_Listing]) -> bool:
    """Whether the export writes a "Z" after its times (the grid views do)."""
    return any(
        isinstance(listing.raw, dict) and str(listing.raw.get("startsAt") or "").endswith("Z") for listing in listings
    )


def _reading(  # noqa: PLR0913, PLR0917 -- the counts a read gathers, said in one place
    view: str, items: list[Item], service: int, listed_count: int, zone: ZoneInfo | None, zulu: bool
) -> tuple[str, ...]:
    rooms = {item.location for item in items if item.location}
    people = {name for item in items for name in item.people}
    lines = [
        f"Sessionize {view} view: {counted(len(items), 'session')} ({service} service sessions), "
        f"{counted(len(people), 'speaker')}, {counted(len(rooms), 'room')}"
    ]
    if listed_count > len(items):
        lines.append(f"{listed_count} listings of sessions: each session read once, where first listed")
    if zone is not None:
        lines.append(f"times: local times of {zone.key}, as given (Sessionize names no zone)")
        if zulu:
            lines.append('the "Z" after the times is not UTC (Sessionize writes local times): read as local times')
    untimed = sum(1 for item in items if item.start is None)
    if untimed:
        lines.append(f"{counted(untimed, 'session')} without a time: read as untimed")
    return tuple(lines)


def _time(value: Any, zone: ZoneInfo | None, where: SourceRef, key: str) -> datetime | None:
    written_time = text(value)
    if written_time is None:
        return None
    try:
        moment = datetime.fromisoformat(written_time.removesuffix("Z"))
    except ValueError:
        raise ParseError(f"expected {key} such as 2020-03-28T09:00:00, found {written_time!r}", where) from None
    if zone is None:  # only when no session has a start: an end alone is an error below
        raise ParseError(f"expected a startsAt with the {key} {written_time!r}", where)
    # A local wall-clock time; an offset (none seen in real exports) is kept and shown in the zone.
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)


class _View:
    """What tells the views apart: where sessions are, and how they name speakers, rooms and categories."""

    name = "All data"

    def __init__(self, document: Any) -> None:
        self.document = document

    @staticmethod
    def of(document: Any, source: str) -> _View:
        if isinstance(document, dict) and isinstance(document.get("sessions"), list):
            return _AllData(document)
        if isinstance(document, list) and all(isinstance(day, dict) for day in document):
            if any("rooms" in day for day in document):
                return _Grid(document)
            if all("sessions" in group for group in document):
                return _Sessions(document)
        raise ParseError(
            'expected a Sessionize export: an object with "sessions" (All data), a list of days with '
            '"rooms" (Schedule grid) or a list of groups with "sessions"',
            SourceRef(source, 1),
        )

    def listings(self) -> Iterator[_Listing]:
        raise NotImplementedError

    def speakers(self, raw: Mapping[str, Any]) -> list[AppSpeaker]:
        """Speakers named on the session ({id, name}); All data overrides this to look them up."""
        found = []
        for speaker in listed(raw.get("speakers")):
            if isinstance(speaker, dict) and (name := text(speaker.get("name"))):
                found.append(AppSpeaker(collapse_space(name), written(speaker.get("id"))))
        return found

    def categories(self, raw: Mapping[str, Any]) -> list[tuple[str, str]]:
        """(category, item) pairs named on the session; All data overrides this to look them up."""
        pairs = []
        for category in listed(raw.get("categories")):
            if isinstance(category, dict):
                for entry in listed(category.get("categoryItems")):
                    if isinstance(entry, dict) and (name := text(entry.get("name"))):
                        pairs.append((text(category.get("name")) or "", name))
        return pairs

    def room(self, listing: _Listing) -> str | None:
        name = text(listing.raw.get("room")) or listing.room
        return collapse_space(name) if name else None

    def answers(self, raw: Mapping[str, Any]) -> tuple[FrabAnswer, ...]:
        answers = []
        for answer in listed(raw.get("questionAnswers")):
            if isinstance(answer, dict) and (value := written(answer.get("answer"))):
                answers.append(FrabAnswer(written(answer.get("question")) or "", value))
        return tuple(answers)

    def unknown(self, listing: _Listing, where: SourceRef) -> list[Problem]:
        """Warnings for ids the session names that the export does not list (All data only)."""
        return []

    def session(self, listing: _Listing, zone: ZoneInfo | None, where: SourceRef) -> AppSession:
        raw = listing.raw
        if not isinstance(raw, dict):
            raise ParseError(f"expected a session object, found {type(raw).__name__}", where)
        title = collapse_space(text(raw.get("title")) or "")
        if not title:
            raise ParseError('expected a session with a "title"', where)
        start = _time(raw.get("startsAt"), zone, where, "startsAt")
        end = _time(raw.get("endsAt"), zone, where, "endsAt")
        if end is not None and (start is None or end.timestamp() <= start.timestamp()):
            raise ParseError(f"expected endsAt {raw.get('endsAt')!r} after startsAt {raw.get('startsAt')!r}", where)
        categories = self.categories(raw)
        return AppSession(
            id=written(raw.get("id")),
            title=title,
            start=start,
            end=end,
            room=self.room(listing),
            label=next((item for category, item in categories if _FORMAT.search(category)), None),
            service=raw.get("isServiceSession") is True,
            speakers=tuple(self.speakers(raw)),
            abstract=paragraphs(raw.get("description")),
            track=next((item for category, item in categories if _TRACK.search(category)), None),
            links=link_list([("Live stream", raw.get("liveUrl")), ("Recording", raw.get("recordingUrl"))]),
            answers=self.answers(raw),
            where=where,
        )


class _AllData(_View):
    """The "All data" view: sessions, speakers, rooms, categories and questions, joined by id."""

    name = "All data"

    def __init__(self, document: dict[str, Any]) -> None:
        super().__init__(document)
        self.speaker_names = {
            written(speaker.get("id")): _full_name(speaker)
            for speaker in listed(document.get("speakers"))
            if isinstance(speaker, dict)
        }
        self.rooms = {
            written(room.get("id")): text(room.get("name"))
            for room in listed(document.get("rooms"))
            if isinstance(room, dict)
        }
        self.items = {
            written(entry.get("id")): (text(category.get("title")) or "", text(entry.get("name")) or "")
            for category in listed(document.get("categories"))
            if isinstance(category, dict)
            for entry in listed(category.get("items"))
            if isinstance(entry, dict)
        }
        self.questions = {
            written(question.get("id")): written(question.get("question")) or ""
            for question in listed(document.get("questions"))
            if isinstance(question, dict)
        }

    def listings(self) -> Iterator[_Listing]:
        for number, raw in enumerate(self.document["sessions"]):
            yield _Listing(raw, f"$.sessions[{number}]")

    def speakers(self, raw: Mapping[str, Any]) -> list[AppSpeaker]:
        found = []
        for speaker in listed(raw.get("speakers")):
            key = written(speaker)
            if name := self.speaker_names.get(key):
                found.append(AppSpeaker(name, key))
        return found

    def categories(self, raw: Mapping[str, Any]) -> list[tuple[str, str]]:
        return [self.items[key] for entry in listed(raw.get("categoryItems")) if (key := written(entry)) in self.items]

    def room(self, listing: _Listing) -> str | None:
        name = self.rooms.get(written(listing.raw.get("roomId")))
        return collapse_space(name) if name else None

    def answers(self, raw: Mapping[str, Any]) -> tuple[FrabAnswer, ...]:
        answers = []
        for answer in listed(raw.get("questionAnswers")):
            if isinstance(answer, dict) and (value := written(answer.get("answerValue"))):
                key = written(answer.get("questionId"))
                answers.append(FrabAnswer(self.questions.get(key) or key or "", value))
        return tuple(answers)

    def unknown(self, listing: _Listing, where: SourceRef) -> list[Problem]:
        raw = listing.raw
        missing = [
            f"speaker {key}"
            for speaker in listed(raw.get("speakers"))
            if (key := written(speaker)) not in self.speaker_names or not self.speaker_names[key]
        ]
        room = written(raw.get("roomId"))
        if room is not None and not self.rooms.get(room):
            missing.append(f"room {room}")
        missing += [
            f"category item {key}"
            for entry in listed(raw.get("categoryItems"))
            if (key := written(entry)) not in self.items
        ]
        if not missing:
            return []
        message = f"{raw.get('title')!r} names {', '.join(missing)}, which the export does not list (at {listing.path})"
        return [Problem(Severity.WARNING, "unknown-reference", message, where)]


def _full_name(speaker: Mapping[str, Any]) -> str | None:
    name = text(speaker.get("fullName")) or " ".join(
        filter(None, [text(speaker.get("firstName")), text(speaker.get("lastName"))])
    )
    return collapse_space(name) if name else None


class _Grid(_View):
    """The "Schedule grid" view: days → rooms → sessions (and again days → time slots → rooms → session)."""

    name = "Schedule grid"

    def listings(self) -> Iterator[_Listing]:
        for day_number, day in enumerate(self.document):
            for room_number, room in enumerate(listed(day.get("rooms"))):
                if not isinstance(room, dict):
                    continue
                for number, raw in enumerate(listed(room.get("sessions"))):
                    yield _Listing(
                        raw, f"$[{day_number}].rooms[{room_number}].sessions[{number}]", text(room.get("name"))
                    )
            for slot_number, slot in enumerate(listed(day.get("timeSlots"))):
                for room_number, room in enumerate(listed(slot.get("rooms") if isinstance(slot, dict) else None)):
                    if isinstance(room, dict) and "session" in room:
                        path = f"$[{day_number}].timeSlots[{slot_number}].rooms[{room_number}].session"
                        yield _Listing(room["session"], path, text(room.get("name")))


class _Sessions(_View):
    """The "Sessions" view: groups (by track or all) of sessions."""

    name = "Sessions"

    def listings(self) -> Iterator[_Listing]:
        for group_number, group in enumerate(self.document):
            for number, raw in enumerate(listed(group.get("sessions"))):
                yield _Listing(raw, f"$[{group_number}].sessions[{number}]")

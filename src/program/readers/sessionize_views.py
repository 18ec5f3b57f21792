"""The three views of a Sessionize export, and how each names speakers, rooms and categories.

`sessionize` reads an export; this module says where a view keeps its sessions and turns
one listed session into an `AppSession`: its times (local wall clock, a "Z" that is not
UTC dropped), its speakers and room (by id in "All data", by name in the others) and its
categories (the type, the track, and every category kept as an answer).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError
from program.model import FrabAnswer, Problem, Severity, SourceRef
from program.model.text import collapse_space
from program.readers.app_json import AppSession, AppSpeaker, link_list, listed, paragraphs, text, written

_FORMAT = re.compile(r"\b(format|type)\b", re.IGNORECASE)
_TRACK = re.compile(r"\btracks?\b", re.IGNORECASE)
# an event that renames Sessionize's "Track" calls it "Category" or "Topic" (Orlando Code Camp)
_TOPIC = re.compile(r"\b(categor(y|ies)|topics?|themes?)\b", re.IGNORECASE)


@attrs.frozen
class Listing:
    """A session as a view lists it: the raw object, its JSON path, and the room it is listed in."""

    raw: Any
    path: str
    room: str | None = None


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


class View:
    """What tells the views apart: where sessions are, and how they name speakers, rooms and categories."""

    name = "All data"

    def __init__(self, document: Any) -> None:
        self.document = document

    @staticmethod
    def of(document: Any, source: str) -> View:
        """The view the document is, by its shape."""
        if isinstance(document, dict) and isinstance(document.get("sessions"), list):
            return _FlatSessions(document) if _names_inline(document) else _AllData(document)
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

    def listings(self) -> Iterator[Listing]:
        """Every listing of a session, in document order (a session may be listed twice)."""
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

    def room(self, listing: Listing) -> str | None:
        """The room named on the session, else the one it is listed under."""
        name = text(listing.raw.get("room")) or listing.room
        return collapse_space(name) if name else None

    def answers(self, raw: Mapping[str, Any]) -> tuple[FrabAnswer, ...]:
        """The session's answers to the event's questions, by question text."""
        answers = []
        for answer in listed(raw.get("questionAnswers")):
            if isinstance(answer, dict) and (value := written(answer.get("answer"))):
                answers.append(FrabAnswer(written(answer.get("question")) or "", value))
        return tuple(answers)

    def unknown(self, listing: Listing, where: SourceRef) -> list[Problem]:
        """Warnings for ids the session names that the export does not list (All data only)."""
        return []

    def session(self, listing: Listing, zone: ZoneInfo | None, where: SourceRef) -> AppSession:
        """The session a listing gives.

        Raises:
            ParseError: for a session without a title, or with a time that cannot be read.
        """
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
            track=_track(categories),
            links=link_list([("Live stream", raw.get("liveUrl")), ("Recording", raw.get("recordingUrl"))]),
            answers=_category_answers(categories) + self.answers(raw),
            where=where,
        )


def _track(categories: list[tuple[str, str]]) -> str | None:
    """The session's track: the item of a category named a track, else of one named a category or topic."""
    for pattern in (_TRACK, _TOPIC):
        if found := next((item for category, item in categories if pattern.search(category)), None):
            return found
    return None


def _category_answers(categories: list[tuple[str, str]]) -> tuple[FrabAnswer, ...]:
    """Every category of the session as an answer ("Level": "Intermediate"), items of one category joined.

    Sessionize's categories are the organiser's questions to speakers ("What level is your
    session aimed at?"); the level, the tags and the language have no other place in the
    model, and the track and type are kept here too so the record says what the export said.
    """
    joined: dict[str, list[str]] = {}
    for category, item in categories:
        joined.setdefault(category, []).append(item)
    return tuple(FrabAnswer(category, ", ".join(items)) for category, items in joined.items())


class _AllData(View):
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

    def listings(self) -> Iterator[Listing]:
        for number, raw in enumerate(self.document["sessions"]):
            yield Listing(raw, f"$.sessions[{number}]")

    def speakers(self, raw: Mapping[str, Any]) -> list[AppSpeaker]:
        found = []
        for speaker in listed(raw.get("speakers")):
            if isinstance(speaker, dict):  # named on the session, as the Sessions view does
                found += super().speakers({"speakers": [speaker]})
            elif name := self.speaker_names.get(key := written(speaker)):
                found.append(AppSpeaker(name, key))
        return found

    def categories(self, raw: Mapping[str, Any]) -> list[tuple[str, str]]:
        return [self.items[key] for entry in listed(raw.get("categoryItems")) if (key := written(entry)) in self.items]

    def room(self, listing: Listing) -> str | None:
        name = self.rooms.get(written(listing.raw.get("roomId")))
        return collapse_space(name) if name else None

    def answers(self, raw: Mapping[str, Any]) -> tuple[FrabAnswer, ...]:
        answers = []
        for answer in listed(raw.get("questionAnswers")):
            if isinstance(answer, dict) and (value := written(answer.get("answerValue"))):
                key = written(answer.get("questionId"))
                answers.append(FrabAnswer(self.questions.get(key) or key or "", value))
        return tuple(answers)

    def unknown(self, listing: Listing, where: SourceRef) -> list[Problem]:
        raw = listing.raw
        missing = [
            f"speaker {key}"
            for speaker in listed(raw.get("speakers"))
            if not isinstance(speaker, dict)
            and ((key := written(speaker)) not in self.speaker_names or not self.speaker_names[key])
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


def _names_inline(document: Mapping[str, Any]) -> bool:
    """Whether an object of "sessions" names speakers and rooms on each session, not by id.

    The "Sessions" view's sessions carry `speakers: [{id, name}]` and `room`; an app that keeps
    them under one "sessions" key (GDG Warsaw's DevFest app) has no speakers or rooms list to
    look ids up in, and reading it as "All data" would lose every name.
    """
    if isinstance(document.get("speakers"), list) or isinstance(document.get("rooms"), list):
        return False
    return any(
        isinstance(session, dict)
        and (
            isinstance(session.get("room"), str)
            or any(isinstance(speaker, dict) for speaker in listed(session.get("speakers")))
        )
        for session in document["sessions"]
    )


def _full_name(speaker: Mapping[str, Any]) -> str | None:
    name = text(speaker.get("fullName")) or " ".join(
        filter(None, [text(speaker.get("firstName")), text(speaker.get("lastName"))])
    )
    return collapse_space(name) if name else None


class _Grid(View):
    """The "Schedule grid" view: days → rooms → sessions (and again days → time slots → rooms → session)."""

    name = "Schedule grid"

    def listings(self) -> Iterator[Listing]:
        for day_number, day in enumerate(self.document):
            for room_number, room in enumerate(listed(day.get("rooms"))):
                if not isinstance(room, dict):
                    continue
                for number, raw in enumerate(listed(room.get("sessions"))):
                    yield Listing(
                        raw, f"$[{day_number}].rooms[{room_number}].sessions[{number}]", text(room.get("name"))
                    )
            for slot_number, slot in enumerate(listed(day.get("timeSlots"))):
                for room_number, room in enumerate(listed(slot.get("rooms") if isinstance(slot, dict) else None)):
                    if isinstance(room, dict) and "session" in room:
                        path = f"$[{day_number}].timeSlots[{slot_number}].rooms[{room_number}].session"
                        yield Listing(room["session"], path, text(room.get("name")))


class _Sessions(View):
    """The "Sessions" view: groups (by track or all) of sessions."""

    name = "Sessions"

    def listings(self) -> Iterator[Listing]:
        for group_number, group in enumerate(self.document):
            for number, raw in enumerate(listed(group.get("sessions"))):
                yield Listing(raw, f"$[{group_number}].sessions[{number}]")


class _FlatSessions(View):
    """The "Sessions" view's sessions under one "sessions" key: speakers and rooms named on each session."""

    name = "Sessions"

    def listings(self) -> Iterator[Listing]:
        for number, raw in enumerate(self.document["sessions"]):
            yield Listing(raw, f"$.sessions[{number}]")

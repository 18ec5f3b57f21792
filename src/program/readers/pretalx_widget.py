"""The pretalx schedule widget's JSON (`/EVENT/schedule/widgets/schedule.json`, `…/widget/v2.json`).

What the embeddable schedule loads: one object of `talks`, `rooms`, `tracks` and
`speakers` (and `timezone`, `version`, since pretalx 2.x `event_start`/`event_end`).
A talk names its room and track by id and its speakers by code; a break or other slot
without a submission has a title, a room and times only (`slot_type` in newer pretalx).
Titles, room and track names are plain text or a {language: text} mapping: the English
text is read where there is one, else the first language written, so a file always reads
the same. Times carry UTC offsets (a break's start in UTC, its end local): they are shown
in `--timezone` when given, else in the file's own `timezone`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from program.errors import ParseError, UsageError
from program.model import FrabPerson, Item, Problem, Program, Severity, SourceRef
from program.readers.app_json import (
    AppSession,
    AppSpeaker,
    Locator,
    counted,
    listed,
    localized,
    paragraphs,
    session_item,
    text,
    written,
)
from program.readers.base import ReadContext, load_json

_OPENING = re.compile(r'\s*\{\s*"talks"\s*:\s*\[')
_TALKS = re.compile(r'"talks"\s*:\s*\[')
_PRETALX_TALK = re.compile(
    r'"code"\s*:\s*"[A-Z0-9]{5,8}"|"title"\s*:\s*\{|"submission_type_id"\s*:|"speakers"\s*:\s*\["[A-Z0-9]{5,8}"'
)
"""What a pretalx talk opens with: a submission code, a {language: title}, a type id or speakers by code.
A site's own {"talks": [...]} (CocoaHeads Conference: ids 0, 1, 2) is a JSON list of rows, json-rows'."""
_WIDGET_KEY = re.compile(r'"(?:slot_type|do_not_record|content_locale|avatar_thumbnail_tiny|schedule_id)"\s*:')


class PretalxWidgetReader:
    """Reads the JSON behind pretalx's embeddable schedule widget."""

    name: ClassVar[str] = "pretalx-widget"
    description: ClassVar[str] = "pretalx schedule widget JSON (widgets/schedule.json, widget/v2.json)"

    def detect(self, text: str) -> bool:
        """Return whether the text is an object that opens with `"talks": [` of pretalx talks (how pretalx writes it).

        A copy re-serialised with other key order still counts when its opening shows a
        `"talks"` list and a key only the widget writes.
        """
        opening = text.lstrip("\ufeff")[:2000]
        if _OPENING.match(opening) and _PRETALX_TALK.search(opening):
            return True
        return opening.lstrip().startswith("{") and bool(_TALKS.search(opening) and _WIDGET_KEY.search(opening))

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every talk and break; unreadable ones become errors named by line and JSON path.

        Raises:
            ParseError: when the document has no list of talks.
            UsageError: when talks have times and neither the file nor the context names a zone.
        """
        text = text.lstrip("\ufeff")
        document = load_json(text, source)
        if not isinstance(document, dict) or not isinstance(document.get("talks"), list):
            raise ParseError('expected the pretalx widget\'s object with a "talks" list', SourceRef(source, 1))
        index = _Index.of(document)
        zone = _zone(document, context, source)
        locator = Locator(text, source)
        items: list[Item] = []
        problems: list[Problem] = []
        for number, raw in enumerate(document["talks"]):
            where = _where(locator, raw)
            path = f"$.talks[{number}]"
            try:
                item = _item(raw, index, zone, where)
            except ParseError as error:
                message = f"{error.reason} (at {path})"
                problems.append(Problem(Severity.ERROR, "unreadable-event", message, error.source))
                continue
            problems.extend(index.unknown(raw, path, where))
            if item.start is None:
                message = f"{item.title!r} has no time: read as untimed"
                problems.append(Problem(Severity.WARNING, "unscheduled-session", message, where))
            items.append(item)
        return Program(
            title="",
            timezone=zone.key,
            items=tuple(items),
            problems=tuple(problems),
            sources=(source,),
            reading=_reading(document, items, index, zone, context),
        )


@attrs.frozen
class _Index:
    """The rooms and tracks by id and the speakers by code, as the file lists them."""

    rooms: dict[str, str | None]
    tracks: dict[str, str | None]
    speakers: dict[str, tuple[str | None, str | None]]

    @staticmethod
    def of(document: Mapping[str, Any]) -> _Index:
        def by_id(key: str) -> dict[str, str | None]:
            return {
                found: localized(entry.get("name"))
                for entry in listed(document.get(key))
                if isinstance(entry, dict) and (found := written(entry.get("id"))) is not None
            }

        speakers = {
            code: (localized(entry.get("name")), paragraphs(entry.get("biography")))
            for entry in listed(document.get("speakers"))
            if isinstance(entry, dict) and (code := written(entry.get("code"))) is not None
        }
        return _Index(by_id("rooms"), by_id("tracks"), speakers)

    def unknown(self, raw: Any, path: str, where: SourceRef) -> list[Problem]:
        """A warning for the rooms, tracks and speakers a talk names that the file does not list."""
        if not isinstance(raw, dict):
            return []
        missing = [f"speaker {code}" for code in _codes(raw) if not self.speakers.get(code, (None,))[0]]
        for key, known in (("room", self.rooms), ("track", self.tracks)):
            found = written(raw.get(key))
            if found is not None and not known.get(found):
                missing.append(f"{key} {found}")
        if not missing:
            return []
        title = localized(raw.get("title"))
        message = f"{title!r} names {', '.join(missing)}, which the file does not list (at {path})"
        return [Problem(Severity.WARNING, "unknown-reference", message, where)]


def _codes(raw: Mapping[str, Any]) -> list[str]:
    return [code for entry in listed(raw.get("speakers")) if (code := written(entry)) is not None]


def _zone(document: Mapping[str, Any], context: ReadContext, source: str) -> ZoneInfo:
    """The program's zone, else the file's `timezone` (or `event.timezone`); an error when neither names one."""
    if context.timezone is not None:
        return context.timezone
    event = document.get("event")
    written_zone = text(document.get("timezone")) or (text(event.get("timezone")) if isinstance(event, dict) else None)
    if written_zone:
        try:
            return ZoneInfo(written_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise UsageError(
                f"{source}: the file's timezone {written_zone!r} is no zone we know: pass --timezone Area/City, "
                "or set timezone in a program file"
            ) from None
    raise UsageError(
        f"{source}: the file names no time zone: pass --timezone Area/City (the event's place), "
        "or set timezone in a program file"
    )


def _where(locator: Locator, raw: Any) -> SourceRef:
    """The line of a talk: its code, else its slot id, else its start (old pretalx writes breaks without an id)."""
    if not isinstance(raw, dict):
        return locator.line_at(locator.position)
    for key in ("code", "id", "start"):
        if raw.get(key) is not None:
            return locator.next(key, raw[key])
    return locator.line_at(locator.position)


def _time(raw: Mapping[str, Any], key: str, zone: ZoneInfo, where: SourceRef) -> datetime | None:
    value = text(raw.get(key))
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ParseError(f"expected {key} such as 2023-06-02T09:00:00+01:00, found {value!r}", where) from None
    # pretalx always writes an offset; a time without one is a wall-clock time of the zone.
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)


def _item(raw: Any, index: _Index, zone: ZoneInfo, where: SourceRef) -> Item:
    if not isinstance(raw, dict):
        raise ParseError(f"expected a talk object, found {type(raw).__name__}", where)
    title = localized(raw.get("title"))
    if not title:
        raise ParseError('expected a talk with a "title"', where)
    start, end = _time(raw, "start", zone, where), _time(raw, "end", zone, where)
    if end is not None and (start is None or end <= start):
        raise ParseError(f"expected end {raw.get('end')!r} after start {raw.get('start')!r}", where)
    code = written(raw.get("code"))
    speakers = tuple(
        AppSpeaker(name, speaker) for speaker in _codes(raw) if (name := index.speakers.get(speaker, (None,))[0])
    )
    track = index.tracks.get(written(raw.get("track")) or "")
    session = AppSession(
        id=code,
        title=title,
        start=start,
        end=end,
        room=index.rooms.get(written(raw.get("room")) or ""),
        label=None,  # the widget names no submission type
        service=code is None,  # a break, or another slot without a submission
        speakers=speakers,
        abstract=paragraphs(raw.get("abstract")),
        track=track,
        links=(),
        answers=(),
        where=where,
    )
    item = session_item(session)
    assert item.frab is not None  # session_item always keeps the export's record
    slot = raw.get("id")
    biographies = {speaker: index.speakers[speaker][1] for speaker in _codes(raw) if speaker in index.speakers}
    record = attrs.evolve(
        item.frab,
        code=code,
        id=slot if isinstance(slot, int) and not isinstance(slot, bool) else None,
        language=text(raw.get("content_locale")),
        recording_optout=raw.get("do_not_record") if isinstance(raw.get("do_not_record"), bool) else None,
        type=text(raw.get("slot_type")),
        persons=tuple(_with_biography(person, biographies) for person in item.frab.persons),
    )
    return attrs.evolve(item, frab=record)


def _with_biography(person: FrabPerson, biographies: Mapping[str, str | None]) -> FrabPerson:
    return attrs.evolve(person, biography=biographies.get(person.code or ""))


def _reading(
    document: Mapping[str, Any], items: list[Item], index: _Index, zone: ZoneInfo, context: ReadContext
) -> tuple[str, ...]:
    talks = sum(1 for item in items if item.frab and item.frab.code)
    rooms = {item.location for item in items if item.location}
    people = {person.code or person.name for item in items if item.frab for person in item.frab.persons}
    version = text(document.get("version"))
    lines = [
        f"pretalx widget{f' (schedule {version})' if version else ''}: {counted(talks, 'talk')} and "
        f"{counted(len(items) - talks, 'other slot')} (breaks), {counted(len(people), 'speaker')}, "
        f"{counted(len(rooms), 'room')}"
    ]
    written_zone = text(document.get("timezone"))
    if context.timezone is not None:
        lines.append(f"times: shown in {zone.key} (the file's zone: {written_zone or 'none'})")
    else:
        lines.append(f"times: shown in {zone.key}, the file's timezone")
    if _foreign(document):
        lines.append("names and titles in several languages: the English text where given, else the first written")
    untimed = sum(1 for item in items if item.start is None)
    if untimed:
        lines.append(f"{counted(untimed, 'talk')} without a time: read as untimed")
    return tuple(lines)


def _foreign(document: Mapping[str, Any]) -> bool:
    """Whether some name or title is a mapping of languages."""
    fields = [talk.get("title") for talk in listed(document.get("talks")) if isinstance(talk, dict)]
    for key in ("rooms", "tracks"):
        fields += [entry.get("name") for entry in listed(document.get(key)) if isinstance(entry, dict)]
    return any(isinstance(field, Mapping) and len(field) > 1 for field in fields)

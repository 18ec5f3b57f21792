"""AFPy's PyConFR `schedule.json`: pretalx submissions laid out by day, minute and room.

The association's site script (AFPy/pyconfr-20XX `schedule.py`) asks the pretalx API for
the submissions and writes `{"schedule": {"2024-11-02": {"540": {"1": talk}}}, "sprints": …,
"rooms": […], "extra": {…}, "speakers": {…}}`: a conference day's ten-minute rows (minutes
after midnight), each holding the talks starting then, by room id. A talk is pretalx's
submission object: `title`, `speakers` [{code, name, biography}], `submission_type`
({en, fr}, or {name: {en, fr}} since 2025), `description`, and its slot (`slot` in 2024,
`slots` since 2025) with the room's name and start and end with their UTC offset. `extra`
holds the breaks (breakfast, lunch) by day and minute, without an end.

The file names no zone: times are shown in --timezone, else at the offset they carry (said).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta
from typing import Any, ClassVar

import attrs

from program.errors import ParseError
from program.model import Item, Kind, Problem, Program, Severity, SourceRef
from program.model.ids import item_id
from program.model.zones import FIRST_YEAR, LAST_YEAR
from program.readers.app_json import (
    AppSession,
    AppSpeaker,
    Locator,
    counted,
    listed,
    localized,
    offset_context,
    paragraphs,
    session_item,
    text,
    written,
)
from program.readers.base import ReadContext, load_json
from program.readers.kind_labels import kind_from_title

_OPENING = re.compile(r'\s*\{\s*"schedule"\s*:\s*\{\s*"\d{4}-\d{2}-\d{2}"\s*:\s*\{')
_SECTIONS = ("schedule", "sprints")


@attrs.frozen
class _Placed:
    """A talk where the file places it: its day, its ten-minute row, its room id, and its JSON path."""

    day: str
    minute: str
    room: str
    talk: Any
    path: str


class AfpyScheduleReader:
    """Reads AFPy's PyConFR schedule.json."""

    name: ClassVar[str] = "afpy-schedule"
    description: ClassVar[str] = (
        "AFPy's PyConFR schedule.json: pretalx talks by day, minute and room ({schedule: {date: {minute: …}}})"
    )

    def detect(self, text: str) -> bool:
        """Whether `text` opens an object whose "schedule" is keyed by dates (frab's "schedule" holds a version)."""
        return _OPENING.match(text.lstrip("\ufeff")[:1000]) is not None

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every talk and sprint, and the breaks of `extra`.

        Raises:
            ParseError: when "schedule" is no object of days.
            UsageError: when times carry several offsets and no --timezone is given.
        """
        text = text.lstrip("\ufeff")
        document = load_json(text, source)
        if not isinstance(document, dict) or not isinstance(document.get("schedule"), dict):
            raise ParseError('expected an object with a "schedule" object of days', SourceRef(source, 1))
        placed = list(_placed(document))
        offsets = [offset for entry in placed for offset in _offsets(entry)]
        context, problems = offset_context(context, offsets, source)
        if context.timezone is None and (placed or document.get("extra")):
            raise ParseError(
                "expected times with one UTC offset, or a zone: pass --timezone Area/City", SourceRef(source, 1)
            )
        locator = Locator(text, source)
        items: list[Item] = []
        errors: list[Problem] = []
        for entry in placed:
            where = (
                locator.next("code", entry.talk.get("code")) if isinstance(entry.talk, dict) else SourceRef(source, 1)
            )
            try:
                items.append(_talk_item(entry, context, where))
            except ParseError as error:
                message = f"{error.reason} (at {entry.path})"
                errors.append(Problem(Severity.ERROR, "unreadable-event", message, error.source))
        breaks = list(_extra_items(document.get("extra"), context, source))
        items = sorted([*items, *breaks], key=lambda item: (item.start is None, item.start or datetime.min))
        rooms = {item.location for item in items if item.location}
        reading = (
            f"{counted(len(placed), 'talk')} (sprints included), {counted(len(breaks), 'break')} "
            f"from extra, {counted(len(rooms), 'room')}",
        )
        assert context.timezone is not None
        return Program(
            title="",
            timezone=context.timezone.key,
            items=tuple(items),
            problems=(*problems, *errors),
            sources=(source,),
            reading=reading,
        )


def _placed(document: Mapping[str, Any]) -> Iterator[_Placed]:
    for section in _SECTIONS:
        days = document.get(section)
        for day, rows in days.items() if isinstance(days, dict) else ():
            for minute, talks in rows.items() if isinstance(rows, dict) else ():
                for room, talk in talks.items() if isinstance(talks, dict) else ():
                    yield _Placed(day, minute, room, talk, f"$.{section}.{day}.{minute}.{room}")


def _slot(entry: _Placed) -> Mapping[str, Any]:
    """The talk's slot in this place: 2024's one `slot`, or of `slots` the one in this room and row."""
    talk = entry.talk
    if isinstance(talk.get("slot"), dict):
        return dict(talk["slot"])
    slots = [slot for slot in listed(talk.get("slots")) if isinstance(slot, dict)]
    for slot in slots:
        room = slot.get("room")
        room_id = written(room.get("id")) if isinstance(room, dict) else written(room)
        start = text(slot.get("start")) or ""
        if room_id == entry.room and start.startswith(entry.day):
            return slot
    return slots[0] if slots else {}


def _offsets(entry: _Placed) -> list[timedelta]:
    if not isinstance(entry.talk, dict):
        return []
    found = []
    for key in ("start", "end"):
        try:
            offset = datetime.fromisoformat(text(_slot(entry).get(key)) or "").utcoffset()
        except ValueError:
            continue
        found.extend([offset] if offset is not None else [])
    return found


def _moment(slot: Mapping[str, Any], key: str, context: ReadContext, where: SourceRef) -> datetime:
    written_at = text(slot.get(key))
    assert context.timezone is not None
    try:
        moment = datetime.fromisoformat(written_at or "")
        # pretalx writes an offset; a time without one is a wall-clock time of the zone.
        moment = (
            moment.replace(tzinfo=context.timezone) if moment.tzinfo is None else moment.astimezone(context.timezone)
        )
    except (ValueError, OverflowError):
        raise ParseError(
            f"expected the slot's {key} such as 2024-11-02T09:00:00+01:00, found {written_at!r}", where
        ) from None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ParseError(
            f"expected the slot's {key} in the years {FIRST_YEAR} to {LAST_YEAR}, found {written_at!r}", where
        )
    return moment


def _talk_item(entry: _Placed, context: ReadContext, where: SourceRef) -> Item:
    talk = entry.talk
    if not isinstance(talk, dict):
        raise ParseError(f"expected a talk object, found {type(talk).__name__}", where)
    title = localized(talk.get("title"))
    if not title:
        raise ParseError('expected a talk with a "title"', where)
    slot = _slot(entry)
    start, end = _moment(slot, "start", context, where), _moment(slot, "end", context, where)
    if end <= start:
        raise ParseError(f"expected the end {slot.get('end')!r} after the start {slot.get('start')!r}", where)
    room = slot.get("room")
    kind = talk.get("submission_type")
    speakers = tuple(
        AppSpeaker(name, written(speaker.get("code")))
        for speaker in listed(talk.get("speakers"))
        if isinstance(speaker, dict) and (name := localized(speaker.get("name")))
    )
    session = AppSession(
        id=written(talk.get("code")),
        title=title,
        start=start,
        end=end,
        room=localized(room.get("name", room) if isinstance(room, dict) else room),
        label=localized(kind.get("name", kind) if isinstance(kind, dict) else kind),
        service=False,
        speakers=speakers,
        abstract=paragraphs(talk.get("description")) or paragraphs(talk.get("abstract")),
        track=localized(talk.get("track")),
        links=(),
        answers=(),
        where=where,
    )
    item = session_item(session)
    assert item.frab is not None  # session_item always keeps the export's record
    record = attrs.evolve(item.frab, code=session.id, language=text(talk.get("content_locale")))
    return attrs.evolve(item, frab=record)


def _extra_items(extra: Any, context: ReadContext, source: str) -> Iterator[Item]:
    """The breaks `extra` lists by day and minute (breakfast, lunch): a title and a start, no end."""
    assert context.timezone is not None or not extra
    for day, rows in extra.items() if isinstance(extra, dict) else ():
        for minute, entry in rows.items() if isinstance(rows, dict) else ():
            title = localized(entry.get("title")) if isinstance(entry, dict) else None
            if not title or not minute.isdigit() or len(minute) > 4:  # a minute of a day (or the night after)
                continue
            try:
                start = datetime.combine(date.fromisoformat(day), datetime.min.time(), tzinfo=context.timezone)
                start += timedelta(minutes=int(minute))
            except (ValueError, OverflowError):
                continue
            if not FIRST_YEAR <= start.year <= LAST_YEAR:
                continue
            kind = kind_from_title(title)
            yield Item(
                id=item_id(kind if kind is not Kind.OTHER else Kind.BREAK, title),
                kind=kind if kind is not Kind.OTHER else Kind.BREAK,
                title=title,
                source=SourceRef(source, 1),
                start=start,
            )

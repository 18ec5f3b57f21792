"""A Django fixture: `[{"model": "app.name", "pk": 1, "fields": {…}}, …]`, a conference site's database rows.

Django conference sites ship their program as fixtures (`manage.py dumpdata`), every relation a
primary key (see `django_fixture_joins`). PyCon Korea 2014's `pyconkr.program` rows name their
`times` (`pyconkr.programtime`: `begin`, `end`), `rooms`, `date` (`pyconkr.programdate`: `day`)
and `speakers`; django-konfera's `konfera.schedule` rows (PyCon SK 2016) have their own `start`
and `duration` and name a `talk`, whose `primary_speaker` is a `konfera.speaker`, and a `room`.

The items are the rows of the one model whose rows have a title (`title`, `name`; else that of the
talk they name; else a short `description`, konfera's "Opening") and a time (their own `start` or
`begin`, or that of the rows their `time`/`slot` fields name), and which no such row refers to (a
program's named time slots are no items). Rooms are joined by ", " when a row names several (a
plenary held in all rooms). Times without an offset are the program zone's wall clock (asked for
with --timezone); Django writes aware times in UTC with a `Z`, which are read as the instants they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, ClassVar, TypeGuard

import attrs

from program.errors import ParseError, UsageError
from program.model import Item, Problem, Program, SourceRef
from program.readers.app_json import AppSession, AppSpeaker, counted, offset_context, paragraphs, session_item
from program.readers.base import ReadContext, load_json
from program.readers.django_fixture_joins import Fixture, Row, fixture_rows, folded, opens_fixture, singular

_TITLE = ("title", "name")
_START = ("start", "begin", "starttime", "startat", "startsat")
_END = ("end", "finish", "endtime", "endat", "endsat")
_DURATION = ("duration", "length")
_DAY = ("date", "day")
_ABSTRACT = ("abstract", "description", "desc", "summary")
_PERSON_NAME = ("name", "fullname", "displayname")
_TIME_REFERENCES = ("time", "slot", "timeslot")
_TALK_REFERENCES = ("talk", "presentation", "session", "proposal", "submission", "paper")
_ROOM_REFERENCES = ("room", "location", "venue", "hall", "stage")
_PEOPLE_ENDS = ("speaker", "presenter", "author", "person", "host")
_KIND_REFERENCES = ("category", "kind", "type")

Moment = datetime | time


@attrs.frozen
class _Timing:
    """A row's start and end as written (a datetime, or a clock time and the day it names), and that day."""

    start: Moment | None
    end: Moment | None
    day: date | None


class DjangoFixtureReader:
    """Reads a Django fixture's rows joined by primary key into a program."""

    name: ClassVar[str] = "django-fixture"
    description: ClassVar[str] = (
        "a Django fixture (manage.py dumpdata JSON: {model, pk, fields} rows), its talks joined by primary key "
        "to their times, days, rooms and speakers"
    )

    def detect(self, text: str) -> bool:
        """Whether the text opens a JSON list of rows with a `"model": "app.name"`, a `"pk"` and `"fields"`."""
        return opens_fixture(text)

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the item model's rows (see the module), each joined with the rows it refers to.

        Raises:
            ParseError: when the text is no fixture, or no model's rows have both a title and a time.
            UsageError: when the times are wall clock and no zone (or no day) is given.
        """
        fixture = fixture_rows(load_json(text.lstrip("\ufeff"), source), text)
        if fixture is None:
            raise ParseError(
                'expected a Django fixture: a JSON list of {"model": "app.name", "pk": …, "fields": {…}} rows',
                SourceRef(source, 1),
            )
        model = _item_model(fixture, source)
        rows = list(fixture.tables[model].values())
        timings = [_timing(fixture, row) for row in rows]
        context, warnings = _zone(context, timings, source)
        items = [_item(fixture, row, timing, context, source) for row, timing in zip(rows, timings, strict=True)]
        shown = context.timezone
        assert shown is not None  # _zone asks for one
        joined = sorted({f"{field} → {target}" for row in rows for field, target, _ in fixture.references(row)})
        others = [f"{name} ({count})" for name, count in fixture.counts().items() if name != model]
        people = {name for item in items for name in item.people}
        rooms = {item.location for item in items if item.location}
        reading = [
            f"{counted(len(items), 'item')}, {counted(len(people), 'speaker')}, {counted(len(rooms), 'room')}: "
            f"the {model} rows, joined by primary key ({', '.join(joined) or 'no references'})",
            f"other models: {', '.join(others)}" if others else "",
        ]
        return Program(
            title=model.partition(".")[0],
            timezone=shown.key,
            items=tuple(sorted(items, key=lambda item: item.start or datetime.min.replace(tzinfo=shown))),
            problems=warnings,
            sources=(source,),
            reading=tuple(line for line in reading if line),
        )


def _own(row: Row, keys: Sequence[str]) -> Any:
    """The row's first non-empty value under one of `keys` (compared folded)."""
    by_name = {folded(key): value for key, value in row.fields.items()}
    return next((by_name[key] for key in keys if by_name.get(key) not in (None, "", [])), None)


def _text(value: Any) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _refs(fixture: Fixture, row: Row, names: Sequence[str], *, ends: bool = False) -> list[Row]:
    """The rows that the row's fields named so (or ending so, `primary_speaker`) refer to, in field order."""
    found: list[Row] = []
    for field, _, rows in fixture.references(row):
        name = singular(folded(field))
        if name in names or (ends and name.endswith(tuple(names))):
            found.extend(rows)
    return found


def _title(fixture: Fixture, row: Row) -> str | None:
    """The row's own title, else the talk's it names, else its description when that is one short line."""
    own = _text(_own(row, _TITLE))
    talk = next(iter(_refs(fixture, row, _TALK_REFERENCES)), None)
    described = _text(_own(row, ("description",)))
    short = described if described and len(described) <= 80 and "\n" not in str(_own(row, ("description",))) else None
    return own or (_text(_own(talk, _TITLE)) if talk else None) or short


def _moment(value: Any) -> Moment | date | None:
    """A written time: a datetime (`2016-03-11T09:20:00Z`), a clock time (`09:00:00`) or a date (`2014-08-30`)."""
    if not isinstance(value, str) or not value.strip():
        return None
    written = value.strip().replace("Z", "+00:00")
    parses = (datetime.fromisoformat,) if len(written) > 10 else (date.fromisoformat, time.fromisoformat)
    for parse in parses:
        try:
            return parse(written)
        except ValueError:
            continue
    return None


def _day(fixture: Fixture, row: Row) -> date | None:
    """The day a row names: its own `date`/`day`, else that of the row its `date`/`day` field refers to."""
    own = _moment(_own(row, _DAY))
    if isinstance(own, date) and not isinstance(own, datetime):
        return own
    for target in _refs(fixture, row, _DAY):
        found = _moment(_own(target, _DAY))
        if isinstance(found, date) and not isinstance(found, datetime):
            return found
    return None


def _timing(fixture: Fixture, row: Row) -> _Timing:
    """The row's own start and end, else the earliest start and latest end of the time rows it names."""
    start, end = _moment(_own(row, _START)), _moment(_own(row, _END))
    day = _day(fixture, row)
    if _is_clock(start):
        minutes = _own(row, _DURATION)
        if end is None and isinstance(minutes, int) and not isinstance(minutes, bool) and minutes > 0:
            end = _later(start, minutes)
        return _Timing(start, end if _is_clock(end) else None, day)
    slots = [
        (begin, _moment(_own(slot, _END)), _day(fixture, slot))
        for slot in _refs(fixture, row, _TIME_REFERENCES, ends=True)
        if _is_clock(begin := _moment(_own(slot, _START)))
    ]
    if not slots:
        return _Timing(None, None, day)
    first = min(slots, key=lambda slot: _order(slot[0]))
    ends = [slot[1] for slot in slots if isinstance(slot[1], datetime | time)]
    return _Timing(first[0], max(ends, key=_order) if ends else None, day or first[2])


def _is_clock(moment: Moment | date | None) -> TypeGuard[Moment]:
    """Whether a written value is a time of day (a datetime, or a clock time), not a date alone."""
    return isinstance(moment, datetime | time)


def _later(start: Moment, minutes: int) -> Moment:
    if isinstance(start, datetime):
        return start + timedelta(minutes=minutes)
    moved = datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=minutes)
    return moved.time()


def _order(moment: Moment | date | None) -> tuple[int, ...]:
    if isinstance(moment, datetime):
        return (moment.year, moment.month, moment.day, moment.hour, moment.minute)
    if isinstance(moment, time):
        return (0, 0, 0, moment.hour, moment.minute)
    return (0,)


def _timed(fixture: Fixture, row: Row) -> bool:
    return _timing(fixture, row).start is not None


def _item_model(fixture: Fixture, source: str) -> str:
    """The model whose rows are the items (see the module).

    Raises:
        ParseError: naming the models when none has rows with a title and a time.
    """
    supporting = {
        target
        for rows in fixture.tables.values()
        for row in rows.values()
        for field, target, _ in fixture.references(row)
        if singular(folded(field)) not in _KIND_REFERENCES
    }
    scored = []
    for model, rows in fixture.tables.items():
        timed = sum(1 for row in rows.values() if _timed(fixture, row))
        titled = sum(1 for row in rows.values() if _timed(fixture, row) and _title(fixture, row))
        scored.append((model, timed, titled))
    candidates = [(titled, model) for model, _, titled in scored if titled and model not in supporting]
    if candidates:
        return max(candidates)[1]
    untitled = [
        (timed, model)
        for model, timed, titled in scored
        if timed and not titled and any(_is_clock(_moment(_own(row, _START))) for row in fixture.tables[model].values())
    ]
    models = ", ".join(f"{model} ({count})" for model, count in fixture.counts().items())
    if untitled:
        count, model = max(untitled)
        first = next(iter(fixture.tables[model].values()))
        raise ParseError(
            f"expected rows with a title and a time (a talk and its slot); found {count} {model} rows with times "
            f"and no title, nor a talk naming them: their talks are not in this file (models: {models})",
            SourceRef(source, first.line),
        )
    raise ParseError(
        "expected rows with a title (title, name) and a time (start or begin, or a time or slot row they name); "
        f"found none in {models}",
        SourceRef(source, 1),
    )


def _zone(context: ReadContext, timings: Sequence[_Timing], source: str) -> tuple[ReadContext, tuple[Problem, ...]]:
    """The context with its zone: the one given, else the UTC offset every start is written with (said so).

    Raises:
        UsageError: when a time is a wall-clock time and no zone is given, or a clock time has no day.
    """
    starts = [timing.start for timing in timings if timing.start is not None]
    undated = any(isinstance(timing.start, time) and timing.day is None for timing in timings)
    if undated and context.first_date is None:
        raise UsageError(f"{source}: a Django fixture's times name no day; pass --date YYYY-MM-DD (the day)")
    naive = [start for start in starts if start.tzinfo is None]
    if naive and context.timezone is None:
        raise UsageError(f"{source}: a Django fixture's times are wall-clock times only; pass --timezone Area/City")
    offsets = [offset for start in starts if (offset := start.utcoffset()) is not None]
    zoned, warnings = offset_context(context, offsets if len(offsets) == len(starts) else [], source)
    if zoned.timezone is None:
        raise UsageError(f"{source}: a Django fixture's times are at several offsets; pass --timezone Area/City")
    return zoned, warnings


def _at(moment: Moment | None, day: date | None, context: ReadContext) -> datetime | None:
    zone = context.timezone
    assert zone is not None
    if isinstance(moment, datetime):
        return moment.astimezone(zone) if moment.tzinfo else moment.replace(tzinfo=zone)
    if isinstance(moment, time):
        on = day or context.first_date
        assert on is not None  # _zone asks for --date
        return datetime.combine(on, moment.replace(tzinfo=None), tzinfo=zone)
    return None


def _person(row: Row) -> str | None:
    own = _text(_own(row, _PERSON_NAME))
    first, last = _text(row.fields.get("first_name")), _text(row.fields.get("last_name"))
    return own or (" ".join(part for part in (first, last) if part) or None)


def _item(fixture: Fixture, row: Row, timing: _Timing, context: ReadContext, source: str) -> Item:
    talk = next(iter(_refs(fixture, row, _TALK_REFERENCES)), None)
    people_rows = _refs(fixture, row, _PEOPLE_ENDS, ends=True) or (
        _refs(fixture, talk, _PEOPLE_ENDS, ends=True) if talk else []
    )
    people = list(dict.fromkeys(name for person in people_rows if (name := _person(person))))
    rooms = [name for room in _refs(fixture, row, _ROOM_REFERENCES) if (name := _text(_own(room, ("name", "title"))))]
    kinds = _refs(fixture, row, _KIND_REFERENCES) or (_refs(fixture, talk, _KIND_REFERENCES) if talk else [])
    label = next((name for kind in kinds if (name := _text(_own(kind, ("name", "label", "title"))))), None)
    abstract = _own(row, _ABSTRACT) if _text(_own(row, _TITLE)) else None
    start, end = _at(timing.start, timing.day, context), _at(timing.end, timing.day, context)
    session = AppSession(
        id=row.pk if row.pk.isdigit() else None,
        title=_title(fixture, row) or f"{row.model} {row.pk}",
        start=start,
        end=end if start is not None and end is not None and end > start else None,
        room=", ".join(dict.fromkeys(rooms)) or None,
        label=label,
        service=False,
        speakers=tuple(AppSpeaker(name) for name in people),
        abstract=paragraphs(abstract if abstract is not None else (_own(talk, _ABSTRACT) if talk else None)),
        track=None,
        links=(),
        answers=(),
        where=SourceRef(source, row.line),
    )
    return session_item(session)


__all__ = ["DjangoFixtureReader"]

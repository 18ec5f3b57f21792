"""Our own ``program.json`` (format ``program-json/1``), read back without loss.

Reading what `program build` wrote and writing it again gives the same bytes, so a built
program can be checked, compared, planned and rendered again. Items, papers and people
keep their ids and their original sources (file and line of the feed they came from).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from program.errors import ParseError
from program.model import (
    FrabAnswer,
    FrabConference,
    FrabDay,
    FrabEvent,
    FrabLink,
    FrabPerson,
    FrabRoom,
    FrabTrack,
    Item,
    Kind,
    Link,
    Paper,
    PartialDate,
    Person,
    Problem,
    Program,
    Role,
    Severity,
    SourceRef,
)
from program.model.ids import title_domain
from program.model.zones import FIRST_YEAR, LAST_YEAR, in_years, place_zone
from program.readers.base import ReadContext, load_json

FORMAT = "program-json/1"
SEQUENCE_MAX = 2**31 - 1
"""The largest SEQUENCE a calendar may carry (RFC 5545: an INTEGER, 32 bits signed)."""
UTC_ZONE = ZoneInfo("UTC")
_OPENING = re.compile(rf'\s*\{{\s*"format"\s*:\s*"{re.escape(FORMAT)}"')


class ProgramJsonReader:
    """Reads program.json as `program build` writes it."""

    name: ClassVar[str] = "program-json"
    description: ClassVar[str] = "program.json written by 'program build' (format program-json/1)"

    def detect(self, text: str) -> bool:
        """Return whether the text opens a JSON object with our format name, as we write it first."""
        return _OPENING.match(text[:200]) is not None

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Return the program the document describes.

        Raises:
            ParseError: naming the first field that is missing or of the wrong type.
        """
        del context  # a built program carries its own dates and zone
        document = load_json(text, source)
        fields = _Fields(document, "the document", SourceRef(source, 1))
        if fields.text("format") != FORMAT:
            raise fields.fail("format", f"{FORMAT!r}")
        try:
            return _program(fields)
        except ParseError:
            raise
        except (
            ValueError,
            KeyError,
        ) as error:  # an unknown kind or zone, an impossible date, an item ending before it starts
            raise ParseError(f"expected a valid {FORMAT} document: {error}", SourceRef(source, 1)) from None


class _Fields:
    """Typed access to one JSON object's fields, failing with the field's name."""

    def __init__(self, data: Any, what: str, where: SourceRef) -> None:
        if not isinstance(data, dict):
            raise ParseError(f"expected {what} to be a JSON object", where)
        self.data = data
        self.what = what
        self.where = where

    def fail(self, key: str, expected: str) -> ParseError:
        return ParseError(f"{self.what}: {key!r} must be {expected}, found {self.data.get(key)!r}", self.where)

    def _typed(self, key: str, kinds: tuple[type, ...], expected: str, *, optional: bool) -> Any:
        value = self.data.get(key)
        if value is None and optional:
            return None
        # JSON's true and false are Python ints too; only a flag may be one.
        if isinstance(value, kinds) and isinstance(value, bool) == (bool in kinds):
            return value
        raise self.fail(key, expected)

    def text(self, key: str) -> str:
        return str(self._typed(key, (str,), "a string", optional=False))

    def zone(self, key: str) -> ZoneInfo:
        try:
            return place_zone(self.text(key))
        except ValueError:
            raise self.fail(key, "the IANA time zone name of a place") from None

    def optional_text(self, key: str) -> str | None:
        value = self._typed(key, (str,), "a string or null", optional=True)
        return None if value is None else str(value)

    def optional_int(self, key: str, least: int = -(2**63), most: int = 2**63 - 1) -> int | None:
        value = self._typed(key, (int,), "an integer or null", optional=True)
        if value is not None and not least <= value <= most:
            raise self.fail(key, f"an integer from {least} to {most}")
        return None if value is None else int(value)

    def optional_number(self, key: str) -> float | None:
        value = self._typed(key, (int, float), "a number or null", optional=True)
        return None if value is None else float(value)

    def flag(self, key: str) -> bool:
        return bool(self._typed(key, (bool,), "true or false", optional=False))

    def newer_flag(self, key: str, *, before: bool) -> bool:
        """A flag documents written before it existed lack: they meant `before`."""
        return self.flag(key) if key in self.data else before

    def texts(self, key: str) -> tuple[str, ...]:
        values = self._typed(key, (list,), "a list of strings", optional=False)
        if not all(isinstance(value, str) for value in values):
            raise self.fail(key, "a list of strings")
        return tuple(values)

    def optional_object(self, key: str, what: str) -> _Fields | None:
        value = self.data.get(key)
        return None if value is None else _Fields(value, what, self.where)

    def optional_flag(self, key: str) -> bool | None:
        value = self._typed(key, (bool,), "true, false or null", optional=True)
        return None if value is None else bool(value)

    def optional_texts(self, key: str) -> tuple[str, ...]:
        return self.texts(key) if key in self.data else ()

    def optional_objects(self, key: str, what: str) -> list[_Fields]:
        return self.objects(key, what) if key in self.data else []

    def objects(self, key: str, what: str) -> list[_Fields]:
        values = self._typed(key, (list,), "a list", optional=False)
        return [_Fields(value, f"{what} {number}", self.where) for number, value in enumerate(values, start=1)]

    def time(self, key: str, zone: ZoneInfo, *, in_program_years: bool = False) -> datetime | None:
        """A date-time with an offset (`in_program_years`: an item's, in the years a program may span)."""
        value = self.optional_text(key)
        if value is None:
            return None
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise self.fail(key, "a date-time with a UTC offset")
        if in_program_years and not in_years(moment):  # a calendar in UTC, a day either side, steps past 9999
            raise self.fail(key, f"a date-time in the years {FIRST_YEAR} to {LAST_YEAR}")
        try:
            return moment.astimezone(zone)
        except OverflowError:  # 9999-12-31T23:00-01:00 is in the year 10000 in UTC
            raise self.fail(key, f"a date-time in the years {FIRST_YEAR} to {LAST_YEAR}") from None


def _program(fields: _Fields) -> Program:
    zone = fields.zone("timezone")
    return Program(
        title=fields.text("title"),
        timezone=fields.text("timezone"),
        days=tuple(date.fromisoformat(day) for day in fields.texts("days")),
        items=tuple(_item(item, zone) for item in fields.objects("items", "item")),
        papers=tuple(_paper(paper) for paper in fields.objects("papers", "paper")),
        people=tuple(_person(person) for person in fields.objects("people", "person")),
        problems=tuple(_problem(problem) for problem in fields.objects("problems", "problem")),
        venue=fields.optional_text("venue"),
        url=fields.optional_text("url"),
        description=fields.optional_text("description"),
        sources=fields.texts("sources"),
        updated=fields.time("updated", UTC_ZONE),
        locale=fields.text("locale"),
        acronym=fields.optional_text("acronym"),
        uid_domain=fields.optional_text("uid_domain") if "uid_domain" in fields.data else _earlier_uid_domain(fields),
        conference=_conference(fields.optional_object("conference", "the conference")),
    )


def _earlier_uid_domain(fields: _Fields) -> str:
    """The UID domain of a build from before it was recorded: then it was always the title's."""
    return title_domain(fields.text("title"))


def _source(fields: _Fields) -> SourceRef | None:
    file = fields.optional_text("source")
    return SourceRef(file, fields.optional_int("line")) if file is not None else None


def _item(fields: _Fields, zone: ZoneInfo) -> Item:
    source = _source(fields)
    if source is None:
        raise fields.fail("source", "the feed the item came from")
    return Item(
        id=fields.text("id"),
        kind=Kind(fields.text("kind")),
        title=fields.text("title"),
        source=source,
        start=fields.time("start", zone, in_program_years=True),
        end=fields.time("end", zone, in_program_years=True),
        people=fields.texts("people"),
        role=Role(fields.optional_text("role") or Role.SPEAKER.value),  # absent before roles were written
        abstract=fields.optional_text("abstract"),
        links=tuple(Link(link.text("label"), link.optional_text("url")) for link in fields.objects("links", "link")),
        recorded=fields.flag("recorded"),
        paper=fields.optional_text("paper"),
        label=fields.optional_text("label"),
        title_speaker=fields.optional_text("title_speaker"),
        location=fields.optional_text("location"),
        sessions=fields.texts("sessions"),
        board=fields.optional_text("board"),
        sequence=fields.optional_int("sequence", 0, SEQUENCE_MAX) or 0,
        modified=fields.time("modified", UTC_ZONE),
        origin=fields.optional_text("origin"),
        # Until `scraped` was recorded, every text was rendered as LaTeX and names re-cased.
        scraped=fields.newer_flag("scraped", before=True),
        day=date.fromisoformat(day) if (day := fields.optional_text("day")) is not None else None,
        frab=_event(fields.optional_object("frab", f"{fields.what}'s frab record")),
    )


def _paper(fields: _Fields) -> Paper:
    published = fields.optional_text("published")
    return Paper(
        id=fields.text("id"),
        title=fields.optional_text("title"),
        authors=fields.texts("authors"),
        abstract=fields.optional_text("abstract"),
        items=fields.texts("items"),
        authors_complete=fields.flag("authors_complete"),
        score=fields.optional_number("score"),
        category=fields.optional_text("category"),
        published=PartialDate.fromisoformat(published) if published is not None else None,
        has_code=fields.flag("has_code"),
        number=fields.optional_int("number"),
        source=_source(fields),
        scraped=fields.newer_flag("scraped", before=True),
        links=tuple(
            Link(link.text("label"), link.optional_text("url")) for link in fields.optional_objects("links", "link")
        ),
    )


def _person(fields: _Fields) -> Person:
    return Person(
        id=fields.text("id"),
        name=fields.text("name"),
        display=fields.text("display"),
        sort_key=fields.text("sort_key"),
        aliases=fields.texts("aliases"),
        items=fields.texts("items"),
        papers=fields.texts("papers"),
    )


def _problem(fields: _Fields) -> Problem:
    return Problem(
        severity=Severity(fields.text("severity")),
        code=fields.text("code"),
        message=fields.text("message"),
        source=_source(fields),
    )


# The records of a frab/pretalx export (see `program.model.frab`): a field left out has its default.


def _conference(fields: _Fields | None) -> FrabConference | None:
    if fields is None:
        return None
    change = fields.optional_text("day_change")
    return FrabConference(
        acronym=fields.optional_text("acronym"),
        title=fields.optional_text("title"),
        url=fields.optional_text("url"),
        base_url=fields.optional_text("base_url"),
        time_zone_name=fields.optional_text("time_zone_name"),
        day_change=time.fromisoformat(change) if change is not None else None,
        timeslot_duration=fields.optional_text("timeslot_duration"),
        version=fields.optional_text("version"),
        start=fields.optional_text("start"),
        end=fields.optional_text("end"),
        tracks=tuple(
            FrabTrack(
                track.text("name"),
                track.optional_text("color"),
                track.optional_text("slug"),
                track.optional_text("guid"),
            )
            for track in fields.optional_objects("tracks", "track")
        ),
        rooms=tuple(
            FrabRoom(room.text("name"), room.optional_text("guid"), room.optional_text("slug"))
            for room in fields.optional_objects("rooms", "room")
        ),
        days=tuple(
            FrabDay(_required_int(day, "index"), day.text("date"), day.optional_text("start"), day.optional_text("end"))
            for day in fields.optional_objects("days", "day")
        ),
    )


def _required_int(fields: _Fields, key: str) -> int:
    value = fields.optional_int(key)
    if value is None:
        raise fields.fail(key, "an integer")
    return value


def _answers(fields: _Fields) -> tuple[FrabAnswer, ...] | None:
    if "answers" not in fields.data:
        return None
    return tuple(
        FrabAnswer(answer.text("question"), answer.text("answer")) for answer in fields.objects("answers", "answer")
    )


def _frab_person(fields: _Fields) -> FrabPerson:
    return FrabPerson(
        fields.text("name"),
        guid=fields.optional_text("guid"),
        id=fields.optional_int("id"),
        code=fields.optional_text("code"),
        biography=fields.optional_text("biography"),
        role=fields.optional_text("role"),
        answers=_answers(fields),
    )


def _frab_link(fields: _Fields) -> FrabLink:
    return FrabLink(fields.text("url"), fields.optional_text("title"), fields.optional_text("type"))


def _event(fields: _Fields | None) -> FrabEvent | None:
    if fields is None:
        return None
    texts = {
        name: fields.optional_text(name)
        for name in (
            "guid",
            "code",
            "slug",
            "title",
            "url",
            "logo",
            "track",
            "language",
            "type",
            "subtitle",
            "abstract",
            "description",
            "recording_license",
            "feedback_url",
            "origin_url",
            "day",
        )
    }
    return FrabEvent(
        id=fields.optional_int("id"),
        persons=tuple(_frab_person(person) for person in fields.optional_objects("persons", "person")),
        others=tuple(_frab_person(person) for person in fields.optional_objects("others", "person")),
        links=tuple(_frab_link(link) for link in fields.optional_objects("links", "link")),
        attachments=tuple(_frab_link(link) for link in fields.optional_objects("attachments", "attachment")),
        recording_optout=fields.optional_flag("recording_optout"),
        do_not_stream=fields.optional_flag("do_not_stream"),
        answers=_answers(fields),
        **texts,
    )

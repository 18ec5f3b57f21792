"""frab / c3voc ``schedule.xml``: conference, days, rooms, events (pretalx, frab, the CCC hub).

The XML is parsed by expat with every entity declaration refused (no "billion laughs",
no external entities) and each element's line recorded, so an unreadable event is
reported at its line.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import time
from typing import ClassVar
from xml.parsers import expat
from zoneinfo import ZoneInfo

import attrs

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
    Problem,
    Program,
    Severity,
    SourceRef,
)
from program.model.frab import shown_text
from program.model.text import collapse_space
from program.readers.base import ReadContext
from program.readers.frab_days import ConferenceDates, ListedDay, day_dates
from program.readers.frab_event import (
    ReadEvent,
    conference_acronym,
    day_change,
    description_speakers,
    event_item,
    link_list,
    missing_duration,
    parse_bool,
    parse_duration,
    parse_id,
    untitled_event,
    untitled_people,
)
from program.readers.frab_shifted_dates import dates_at_starts
from program.readers.frab_times import (
    DateOnly,
    EventClock,
    date_only,
    event_start,
    feed_zone,
    listed_day_change,
    zulu_wall_clocks,
)
from program.readers.tabular.people import split_people
from program.readers.tabular.read import reading_summary


class _EntityDeclaredError(Exception):
    """The document declares an entity, which a schedule never needs."""


def parse_xml(text: str, source: str) -> tuple[ET.Element, dict[ET.Element, int]]:
    """Return the document's root element and the line each element starts on.

    Raises:
        ParseError: for malformed XML or any entity declaration.
    """
    builder = ET.TreeBuilder()
    lines: dict[ET.Element, int] = {}
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def start(tag: str, attributes: dict[str, str]) -> None:
        lines[builder.start(tag, attributes)] = parser.CurrentLineNumber

    def refuse_entity(*_: object) -> None:
        raise _EntityDeclaredError

    parser.StartElementHandler = start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    parser.EntityDeclHandler = refuse_entity
    try:
        parser.Parse(text, True)
    except expat.ExpatError as error:
        raise ParseError(
            f"expected well-formed XML: {expat.errors.messages[error.code]}", SourceRef(source, error.lineno)
        ) from None
    except _EntityDeclaredError:
        raise ParseError(
            "expected a schedule without entity declarations", SourceRef(source, parser.CurrentLineNumber)
        ) from None
    return builder.close(), lines


class FrabXmlReader:
    """Reads c3voc/frab schedule.xml as exported by frab, pretalx and the CCC hub."""

    name: ClassVar[str] = "frab-xml"
    description: ClassVar[str] = "frab/pretalx schedule.xml (c3voc schedule format)"

    def detect(self, text: str) -> bool:
        """Return whether the document's root element is ``<schedule>``."""
        head = text.lstrip()[:2000]
        if not head.startswith("<"):
            return False
        body = head.partition("?>")[2] if head.startswith("<?xml") else head
        while body.lstrip().startswith(("<!--", "<!DOCTYPE")):  # comments, and a DOCTYPE (no internal subset)
            end = "-->" if body.lstrip().startswith("<!--") else ">"
            body = body.split(end, 1)[1] if end in body else ""
        return body.lstrip().startswith("<schedule")

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every event of every day, in rooms or not; unreadable events become errors."""
        root, lines = parse_xml(text, source)
        if root.tag != "schedule":
            raise ParseError(f"expected a <schedule> document, found <{root.tag}>", SourceRef(source, lines.get(root)))
        conference = root.find("conference")
        where = SourceRef(source, lines.get(conference) if conference is not None else 1)
        listed = list(_listed_events(root))
        if not listed and conference is None and len(root):  # EuroPython's own <schedule><day><entry>
            held = sorted({child.tag for day in root.iter("day") for child in day if isinstance(child.tag, str)})
            said = f"its <day> elements hold <{'>, <'.join(held[:3])}>" if held else "it has no <day> element"
            raise ParseError(f"not a frab schedule: {said}, no <event>", SourceRef(source, lines.get(root)))
        settled = _settle_days(root, conference, lines, source)
        changes = _day_changes(root, _conference_day_change(conference))
        dated = [_date_only(entry) for entry in listed]
        clocks = [_clock(entry, only, changes.get(entry.day)) for entry, only in zip(listed, dated, strict=True)]
        named = _text(conference, "time_zone_name")
        clocks, zulu = zulu_wall_clocks(clocks, named, context.timezone, where)
        clocks, late = dates_at_starts(clocks, named, context.timezone, where)
        found = feed_zone(named, context.timezone, clocks, where)
        items: list[Item] = []
        problems: list[Problem] = [*settled, *zulu, *late, *found.problems]
        speakers = _description_speakers(listed)
        for entry, clock, only, described in zip(listed, clocks, dated, speakers, strict=True):
            try:
                event = _event(entry, clock, found.zone, lines, source)
                event = attrs.evolve(event, persons=event.persons or described)
                items.append(event_item(event, source, found.zone))
            except ParseError as error:
                problems.append(Problem(Severity.ERROR, "unreadable-event", error.reason, error.source))
                continue
            at = SourceRef(source, event.line)
            untitled = untitled_event(entry.event.findtext("title"), event, at)
            problems.extend(filter(None, [missing_duration(event, at), _placeholder(only, clock, at), untitled]))
        return Program(
            title=_text(conference, "title") or "",
            timezone=found.zone.key,
            url=_text(conference, "url") or _text(conference, "base_url"),
            acronym=conference_acronym(_text(conference, "acronym")),
            items=tuple(items),
            problems=tuple(problems),
            sources=(source,),
            conference=_conference(root, conference),
            # so `program check` says what it read, also of a clean file
            reading=(*reading_summary(items), *_speakers_said(speakers)),
        )


@attrs.frozen
class _Listed:
    """An event with the day that lists it and the name of the room it is listed in, if any."""

    event: ET.Element
    day: ET.Element
    room: str | None


def _listed_events(root: ET.Element) -> Iterator[_Listed]:
    """Each event as listed: in a room of a day (frab, pretalx) or directly in a day (pentabarf, FOSDEM 2007)."""
    for day in root.iterfind("day"):
        for child in day:
            if child.tag == "room":
                for event in child.iterfind("event"):
                    yield _Listed(event, day, (child.get("name") or "").strip() or None)
            elif child.tag == "event":
                yield _Listed(child, day, None)


def _description_speakers(listed: list[_Listed]) -> list[tuple[str, ...]]:
    """Speakers from the first lines of the descriptions of events that name none otherwise (Tübix 2017)."""
    return description_speakers(
        [
            None if any((person.text or "").strip() for person in entry.event.iter("person")) else description
            for entry in listed
            for description in [entry.event.findtext("description")]
        ]
    )


def _speakers_said(speakers: list[tuple[str, ...]]) -> tuple[str, ...]:
    found = sum(1 for names in speakers if names)
    return (f"speakers: the first line of {found} descriptions (their events' <persons> are empty)",) if found else ()


def _settle_days(
    root: ET.Element, conference: ET.Element | None, lines: dict[ET.Element, int], source: str
) -> list[Problem]:
    """Warn of days outside the conference's dates; where the file settles it, date them as the conference."""
    days = list(root.iterfind("day"))
    start = conference.find("start") if conference is not None else None
    written = ConferenceDates(
        _text(conference, "start"),
        _text(conference, "end"),
        _text(conference, "title"),
        lines.get(start) if start is not None else None,
    )
    dates, problems = day_dates(written, [ListedDay(day.get("date"), lines.get(day)) for day in days], source)
    for day, taken in zip(days, dates, strict=True):
        if taken is not None and taken != day.get("date"):
            day.set("date", taken)  # this read's own tree: the events, the record and the days all take it
    return problems


def _conference_day_change(conference: ET.Element | None) -> time | None:
    written = _text(conference, "day_change")
    try:
        return time.fromisoformat(written[:5]) if written else None
    except ValueError:
        return None


def _day_changes(root: ET.Element, conference_change: time | None) -> dict[ET.Element, time | None]:
    """When each day's listing ends the next morning, if it does (once a day, not once an event)."""
    return {
        day: listed_day_change(
            conference_change, day.get("start"), day.get("end"), [start.text for start in day.iter("start")]
        )
        for day in root.iterfind("day")
    }


def _date_only(listed: _Listed) -> DateOnly | None:
    return date_only(listed.event.findtext("date"), listed.event.findtext("start"), listed.day.get("date"))


def _clock(listed: _Listed, only: DateOnly | None, change: time | None) -> EventClock:
    start = listed.event.findtext("start")
    if only is not None:
        # The date is only a day: the time is <start>, the night after applies on the listing day only.
        return EventClock(date=None, start=start, day=only.day, day_change=change if only.listed else None)
    return EventClock(date=listed.event.findtext("date"), start=start, day=listed.day.get("date"), day_change=change)


def _placeholder(only: DateOnly | None, clock: EventClock, where: SourceRef) -> Problem | None:
    if only is None or only.placeholder is None:
        return None
    message = (
        f"the event is dated {only.placeholder!r}, a placeholder: placed at its <start> {clock.start} "
        f"on the day that lists it, {only.day}"
    )
    return Problem(Severity.WARNING, "placeholder-date", message, where)


def _written(element: ET.Element | None, path: str) -> str | None:
    """The text of the element at `path` exactly as written ("" for an empty one), or None when absent."""
    if element is None:
        return None
    found = element.find(path)
    return None if found is None else found.text or ""


def _conference(root: ET.Element, conference: ET.Element | None) -> FrabConference:
    days = tuple(
        FrabDay(parse_id(day.get("index")) or number, day.get("date") or "", day.get("start"), day.get("end"))
        for number, day in enumerate(root.iterfind("day"), start=1)
    )
    rooms: dict[str, FrabRoom] = {}
    for room in [*root.iterfind("conference/rooms/room"), *root.iterfind("day/room")]:
        name = room.get("name")
        if name is not None and name not in rooms:
            rooms[name] = FrabRoom(name, room.get("guid"), room.get("slug"))
    return FrabConference(
        acronym=_written(conference, "acronym"),
        title=_written(conference, "title"),
        url=_written(conference, "url"),
        base_url=_written(conference, "base_url"),
        time_zone_name=_written(conference, "time_zone_name"),
        day_change=day_change(_written(conference, "day_change"), days),
        timeslot_duration=_written(conference, "timeslot_duration"),
        version=_written(root, "version"),
        start=_written(conference, "start"),
        end=_written(conference, "end"),
        tracks=tuple(
            FrabTrack(track.get("name") or track.text or "", track.get("color"), track.get("slug"), track.get("guid"))
            for track in (conference.iterfind("track") if conference is not None else ())
        ),
        rooms=tuple(rooms.values()),
        days=days,
    )


def _record(element: ET.Element) -> FrabEvent:
    """The event as written: every field apps rely on, for the schedule writers to give back."""
    persons = tuple(
        FrabPerson(
            person.text or "",
            guid=person.get("guid"),
            id=parse_id(person.get("id")),
            code=person.get("code"),
        )
        for person in element.iterfind("persons/person")
    ) or tuple(FrabPerson(name) for name in _bare_persons(element))
    answers = element.find("answers")
    return FrabEvent(
        guid=element.get("guid"),
        id=parse_id(element.get("id")),
        code=element.get("code") or _written(element, "code"),
        slug=_written(element, "slug"),
        title=_unless_collapsed(_written(element, "title")),
        url=_written(element, "url"),
        logo=_written(element, "logo"),
        track=_written(element, "track"),
        language=_written(element, "language"),
        type=_written(element, "type"),
        subtitle=_written(element, "subtitle"),
        abstract=_written(element, "abstract"),
        description=_written(element, "description"),
        persons=persons,
        links=tuple(_link(link) for link in element.iterfind("links/link")),
        attachments=tuple(_link(attachment) for attachment in element.iterfind("attachments/attachment")),
        recording_license=_written(element, "recording/license"),
        recording_optout=parse_bool(_written(element, "recording/optout")),
        do_not_stream=parse_bool(_written(element, "do_not_stream")),
        feedback_url=_written(element, "feedback_url"),
        origin_url=_written(element, "origin_url"),
        answers=None
        if answers is None
        else tuple(
            FrabAnswer(answer.findtext("question") or "", answer.findtext("answer") or "")
            for answer in answers.iterfind("answer")
        ),
    )


def _unless_collapsed(title: str | None) -> str | None:
    """The title as written, if the item's (its spaces collapsed) differs from it."""
    return title if title is not None and collapse_space(title) != title else None


def _link(element: ET.Element) -> FrabLink:
    # Older exports write the title as the element's text, newer ones as <title> and <type> children.
    if len(element):
        return FrabLink(element.get("href") or "", _written(element, "title"), _written(element, "type"))
    return FrabLink(element.get("href") or "", element.text)


def _text(element: ET.Element | None, path: str) -> str | None:
    if element is None:
        return None
    value = element.findtext(path)
    return value.strip() if value and value.strip() else None


def _event(listed: _Listed, clock: EventClock, zone: ZoneInfo, lines: dict[ET.Element, int], source: str) -> ReadEvent:
    element = listed.event
    line = lines.get(element)
    where = SourceRef(source, line)
    record = attrs.evolve(_record(element), day=listed.day.get("date"))
    title = collapse_space(element.findtext("title") or "") or ", ".join(untitled_people(record))
    if not title:
        raise ParseError("expected an event with a <title> (or people to title it by)", where)
    links = [(link.title, link.url) for link in record.links]
    attachments = [(attachment.title, attachment.url) for attachment in record.attachments]
    return ReadEvent(
        title=title,
        start=event_start(clock, zone, where),
        duration=parse_duration(element.findtext("duration"), where),
        room=_text(element, "room") or listed.room,
        event_type=_text(element, "type"),
        persons=tuple(collapse_space(person.name) for person in record.persons if person.name),
        abstract=shown_text(_text(element, "subtitle"), _text(element, "abstract"), _text(element, "description")),
        links=link_list([("Event page", _text(element, "url")), *links, *attachments]),
        line=line,
        record=record,
    )


def _bare_persons(element: ET.Element) -> tuple[str, ...]:
    """Speakers of a hand-made export: `<person>` right inside `<event>`, names joined by commas (Jekyll)."""
    return tuple(name for person in element.iterfind("person") for name in split_people(person.text or ""))

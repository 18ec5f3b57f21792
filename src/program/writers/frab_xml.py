"""schedule.xml: the c3voc/frab schedule format that Giggity, EventFahrplan and ConfClerk read.

Written with ElementTree (escaping is the XML library's); characters XML 1.0 forbids are
dropped from text first, since no escaping can carry them. Valid against the c3voc XSD
(`tests/data/frab/xsd/schedule.xml.xsd`); an event read from an export comes back with
every field as the export wrote it, so where the export broke the XSD (38C3's short
slugs, its <do_not_stream> and <answers>) the output breaks it in the same places.
"""

from __future__ import annotations

import functools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from typing import ClassVar

import attrs

from program.model import FrabAnswer, FrabConference, FrabEvent, FrabLink, Program
from program.version import __version__
from program.writers.base import RenderOptions
from program.writers.clean_text import web_url, xml_text
from program.writers.frab_pending import PendingEvent
from program.writers.frab_schedule import Day, Event, Schedule, hours_minutes, schedule_of
from program.writers.piece_reuse import pieces

_HTTP = re.compile(r"https?://\S+")


class FrabXmlWriter:
    """Writes schedule.xml in the c3voc schedule format."""

    name: ClassVar[str] = "frab-xml"
    filename: ClassVar[str] = "schedule.xml"
    media_type: ClassVar[str] = "application/vnd.c3voc.schedule+xml"

    def write(self, program: Program, options: RenderOptions) -> str:
        """Return the schedule as indented XML with a declaration and a final newline."""
        root = schedule_element(schedule_of(program, options))
        ET.indent(root)
        return _DECLARATION + _serialised(root) + "\n"

    def write_chunks(self, program: Program, options: RenderOptions) -> Iterator[bytes]:
        """Yield the same text as `write`, encoded, a few hundred events at a time.

        The whole tree of 100,000 events was the largest thing a build held (470 MB). Here
        the tree has a placeholder in each room instead of its events; each event is an
        element of its own, indented at the depth the whole tree gives it.
        """
        schedule = schedule_of(program, options)
        skeleton = schedule_element(schedule, events=False)
        ET.indent(skeleton)
        between_rooms = _serialised(skeleton).split(_EVENTS_HERE)
        rooms = [events for day in schedule.days for _, events in day.rooms if events]
        yield (_DECLARATION + between_rooms[0]).encode()
        for events, after in zip(rooms, between_rooms[1:], strict=True):
            for start in range(0, len(events), _EVENTS_A_CHUNK):
                yield _events_text(events[start : start + _EVENTS_A_CHUNK], first=start == 0).encode()
            yield after.encode()
        yield b"\n"


_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n'
_PLACEHOLDER = "program-room-events"
_EVENTS_HERE = f"<{_PLACEHOLDER} />"
"""How ElementTree writes the placeholder: no "<" of a text or attribute is left unescaped, so only it matches."""
_EVENT_DEPTH = 3
"""An event's depth: schedule (0) > day > room > event."""
_EVENTS_A_CHUNK = 256


def _serialised(element: ET.Element) -> str:
    # A carriage return in a text (Camp 2019 writes CRLF) would be read back as a line
    # feed; ElementTree leaves it bare, so it is written as a character reference.
    return ET.tostring(element, encoding="unicode").replace("\r", "&#13;")


def _events_text(events: Sequence[Event], *, first: bool) -> str:
    """Events as they stand in an indented room: the room's first starts where the placeholder stood.

    An event's text is a function of its record's fields but `item` (read by no line
    here; where the item was read moves with every edit above it), and for an own event
    of its inputs (`frab_pending`): a rebuild takes the text of each unchanged event from
    the published build.
    """
    separator = "\n" + "  " * _EVENT_DEPTH
    made = pieces(FrabXmlWriter.name)
    texts = [made.get(_shown(event), functools.partial(_event_text, event)) for event in events]
    return ("" if first else separator) + separator.join(texts)


_SHOWN = tuple(field.name for field in attrs.fields(Event) if field.name != "item")


def _shown(event: Event) -> str:
    if isinstance(event, PendingEvent):  # an own event: by what its record is made from, the record not made
        return event.inputs
    return repr(tuple(getattr(event, name) for name in _SHOWN))


def _event_text(event: Event) -> str:
    element = _event(event)
    ET.indent(element, level=_EVENT_DEPTH)
    return _serialised(element)


def schedule_element(schedule: Schedule, *, events: bool = True) -> ET.Element:
    """Return the <schedule> element; without `events`, a placeholder stands for each room's events."""
    root = ET.Element("schedule")
    ET.SubElement(root, "generator", name="program", version=__version__)
    _text(root, "version", schedule.version)
    conference = ET.SubElement(root, "conference")
    program = schedule.program
    written = schedule.conference
    _text(conference, "acronym", schedule.acronym)
    _text(conference, "title", program.title)
    if written and written.start and written.end:
        _text(conference, "start", written.start)
        _text(conference, "end", written.end)
    elif schedule.days:
        _text(conference, "start", schedule.days[0].date.isoformat())
        _text(conference, "end", schedule.days[-1].date.isoformat())
    _text(conference, "days", str(len(schedule.days)))
    _text(conference, "timeslot_duration", schedule.timeslot_text or hours_minutes(schedule.timeslot))
    url = web_url(program.url)
    if url and _HTTP.fullmatch(url):
        _text(conference, "url", url)
    _text(conference, "time_zone_name", program.timezone)
    if written:
        _conference_record(conference, written)
    guids = {room.name: str(room.guid) for room in schedule.rooms}
    for day in schedule.days:
        root.append(_day(day, guids, events=events))
    return root


def _conference_record(conference: ET.Element, written: FrabConference) -> None:
    """The tracks with their colours and the base url, as the export wrote them."""
    for track in written.tracks:
        attributes = {"name": _clean(track.name)}
        if track.color is not None:
            attributes["color"] = _clean(track.color)
        if track.slug is not None:
            attributes["slug"] = _clean(track.slug)
        ET.SubElement(conference, "track", attributes)
    if written.base_url is not None:
        _text(conference, "base_url", written.base_url)


def _day(day: Day, room_guids: dict[str, str], *, events: bool) -> ET.Element:
    element = ET.Element(
        "day",
        index=str(day.index),
        date=day.date.isoformat(),
        start=day.start.isoformat(),
        end=day.end.isoformat(),
    )
    for room, room_events in day.rooms:
        room_element = ET.SubElement(element, "room", name=_clean(room), guid=room_guids[room])
        if not events and room_events:
            ET.SubElement(room_element, _PLACEHOLDER)
            continue
        for event in room_events:
            room_element.append(_event(event))
    return element


def _event(event: Event) -> ET.Element:
    element = ET.Element("event", guid=event.guid, id=str(event.number))
    if event.code is not None:
        element.set("code", _clean(event.code))
    _text(element, "date", event.start.isoformat())
    _text(element, "start", event.start.strftime("%H:%M"))
    _text(element, "duration", hours_minutes(event.duration))
    _text(element, "room", event.room)
    _text(element, "slug", event.slug)
    record = event.record
    if event.url and (record is not None or _HTTP.fullmatch(event.url)):
        _text(element, "url", event.url)
    _text(element, "title", event.title)
    _text(element, "subtitle", event.subtitle)
    _text(element, "track", event.track or "")
    _text(element, "type", event.type)
    if record is not None and record.language is not None:
        _text(element, "language", record.language)
    _text(element, "abstract", event.abstract)
    if event.description is not None and (record is not None or event.description):
        _text(element, "description", event.description)
    if record is not None and record.logo is not None:
        _text(element, "logo", record.logo)
    persons = ET.SubElement(element, "persons")
    for person in event.persons:
        shown = _text(persons, "person", person.name)
        if person.id is not None:
            shown.set("id", str(person.id))
        if person.guid is not None:
            shown.set("guid", _clean(person.guid))
    _links(element, "links", "link", event.links)
    if record is not None:
        _exported_fields(element, record)
    return element


def _links(parent: ET.Element, tag: str, item_tag: str, links: tuple[FrabLink, ...]) -> None:
    # The XSD's shape: the title as text, the address and type as attributes.
    element = ET.SubElement(parent, tag)
    for link in links:
        shown = _text(element, item_tag, link.title or "")
        shown.set("href", _clean(link.url))
        if link.type is not None:
            shown.set("type", _clean(link.type))


def _exported_fields(element: ET.Element, record: FrabEvent) -> None:
    """What only an export has: attachments, recording, streaming, answers, origin and feedback."""
    if record.attachments:
        _links(element, "attachments", "attachment", record.attachments)
    if record.recording_license is not None or record.recording_optout is not None:
        recording = ET.SubElement(element, "recording")
        _text(recording, "license", record.recording_license or "")
        _text(recording, "optout", "true" if record.recording_optout else "false")
    if record.do_not_stream is not None:
        _text(element, "do_not_stream", "true" if record.do_not_stream else "false")
    if record.answers is not None:
        _answers(ET.SubElement(element, "answers"), record.answers)
    if record.origin_url is not None:
        _text(element, "origin_url", record.origin_url)
    if record.feedback_url is not None:
        _text(element, "feedback_url", record.feedback_url)


def _answers(parent: ET.Element, answers: tuple[FrabAnswer, ...]) -> None:
    for answer in answers:
        shown = ET.SubElement(parent, "answer")
        _text(shown, "answer", answer.answer)
        _text(shown, "question", answer.question)


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = _clean(text)
    return element


def _clean(text: str) -> str:
    return xml_text(text)

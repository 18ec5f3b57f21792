"""schedule.xml: the c3voc/frab schedule format that Giggity, EventFahrplan and ConfClerk read.

Written with ElementTree (escaping is the XML library's); characters XML 1.0 forbids are
dropped from text first, since no escaping can carry them. Valid against the c3voc XSD
(`tests/data/frab/xsd/schedule.xml.xsd`).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import ClassVar

from program.model import Program
from program.version import __version__
from program.writers.base import RenderOptions
from program.writers.clean_text import web_url
from program.writers.frab_schedule import Day, Event, Schedule, hours_minutes, schedule_of

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
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
        return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def schedule_element(schedule: Schedule) -> ET.Element:
    """Return the <schedule> element."""
    root = ET.Element("schedule")
    ET.SubElement(root, "generator", name="program", version=__version__)
    _text(root, "version", schedule.version)
    conference = ET.SubElement(root, "conference")
    program = schedule.program
    _text(conference, "acronym", schedule.acronym)
    _text(conference, "title", program.title)
    if schedule.days:
        _text(conference, "start", schedule.days[0].date.isoformat())
        _text(conference, "end", schedule.days[-1].date.isoformat())
    _text(conference, "days", str(len(schedule.days)))
    _text(conference, "timeslot_duration", hours_minutes(schedule.timeslot))
    url = web_url(program.url)
    if url and _HTTP.fullmatch(url):
        _text(conference, "url", url)
    _text(conference, "time_zone_name", program.timezone)
    guids = {room.name: str(room.guid) for room in schedule.rooms}
    for day in schedule.days:
        root.append(_day(day, guids))
    return root


def _day(day: Day, room_guids: dict[str, str]) -> ET.Element:
    element = ET.Element(
        "day",
        index=str(day.index),
        date=day.date.isoformat(),
        start=day.start.isoformat(),
        end=day.end.isoformat(),
    )
    for room, events in day.rooms:
        room_element = ET.SubElement(element, "room", name=_clean(room), guid=room_guids[room])
        for event in events:
            room_element.append(_event(event))
    return element


def _event(event: Event) -> ET.Element:
    element = ET.Element("event", guid=str(event.guid), id=str(event.number), code=event.code)
    _text(element, "date", event.start.isoformat())
    _text(element, "start", event.start.strftime("%H:%M"))
    _text(element, "duration", hours_minutes(event.duration))
    _text(element, "room", event.room)
    _text(element, "slug", event.slug)
    if event.url and _HTTP.fullmatch(event.url):
        _text(element, "url", event.url)
    _text(element, "title", event.title)
    _text(element, "subtitle", "")
    _text(element, "track", event.track or "")
    _text(element, "type", event.type)
    _text(element, "abstract", event.abstract)
    if event.description:
        _text(element, "description", event.description)
    persons = ET.SubElement(element, "persons")
    for person in event.persons:
        _text(persons, "person", person.name).set("guid", str(person.guid))
    links = ET.SubElement(element, "links")
    for link in event.links:
        _text(links, "link", link.label).set("href", _clean(link.url or ""))
    return element


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = _clean(text)
    return element


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)

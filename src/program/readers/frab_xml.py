"""frab / c3voc ``schedule.xml``: conference, days, rooms, events (pretalx, frab, the CCC hub).

The XML is parsed by expat with every entity declaration refused (no "billion laughs",
no external entities) and each element's line recorded, so an unreadable event is
reported at its line.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import ClassVar
from xml.parsers import expat

from program.errors import ParseError
from program.model import Item, Problem, Program, Severity, SourceRef
from program.model.text import collapse_space
from program.readers.base import ReadContext
from program.readers.frab_event import (
    FrabEvent,
    conference_acronym,
    conference_zone,
    event_item,
    joined_text,
    link_list,
    parse_duration,
    parse_start,
)


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
        while body.lstrip().startswith("<!--"):
            body = body.split("-->", 1)[1] if "-->" in body else ""
        return body.lstrip().startswith("<schedule")

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every event of every room of every day; unreadable events become errors."""
        root, lines = parse_xml(text, source)
        if root.tag != "schedule":
            raise ParseError(f"expected a <schedule> document, found <{root.tag}>", SourceRef(source, lines.get(root)))
        conference = root.find("conference")
        where = SourceRef(source, lines.get(conference) if conference is not None else 1)
        zone = conference_zone(_text(conference, "time_zone_name"), context.timezone, where)
        items: list[Item] = []
        problems: list[Problem] = []
        for element in root.iterfind("day/room/event"):
            try:
                items.append(event_item(_event(element, lines, source), source, zone))
            except ParseError as error:
                problems.append(Problem(Severity.ERROR, "unreadable-event", error.reason, error.source))
        return Program(
            title=_text(conference, "title") or "",
            timezone=zone.key,
            url=_text(conference, "url") or _text(conference, "base_url"),
            acronym=conference_acronym(_text(conference, "acronym")),
            items=tuple(items),
            problems=tuple(problems),
            sources=(source,),
        )


def _text(element: ET.Element | None, path: str) -> str | None:
    if element is None:
        return None
    value = element.findtext(path)
    return value.strip() if value and value.strip() else None


def _event(element: ET.Element, lines: dict[ET.Element, int], source: str) -> FrabEvent:
    line = lines.get(element)
    where = SourceRef(source, line)
    title = collapse_space(element.findtext("title") or "")
    if not title:
        raise ParseError("expected an event with a <title>", where)
    links = [(link.text, link.get("href")) for link in element.iterfind("links/link")]
    attachments = [
        (attachment.text, attachment.get("href")) for attachment in element.iterfind("attachments/attachment")
    ]
    return FrabEvent(
        title=title,
        start=parse_start(element.findtext("date"), where),
        duration=parse_duration(element.findtext("duration"), where),
        room=_text(element, "room"),
        event_type=_text(element, "type"),
        persons=tuple(
            collapse_space(person.text or "") for person in element.iterfind("persons/person") if person.text
        ),
        abstract=joined_text(_text(element, "subtitle"), _text(element, "abstract"), _text(element, "description")),
        links=link_list([("Event page", _text(element, "url")), *links, *attachments]),
        line=line,
    )

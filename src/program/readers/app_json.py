"""What the conference-app JSON readers (Sessionize, Open Event) share.

Both exports list sessions with ids, titles, times, a room, speakers with ids, a track and
a type. This module turns one such session, once a format module has read its fields,
into an item: its kind from the type (or the title), its times in the program's zone, the
export's own record of it (ids, track, type, speakers' ids) for the schedule writers and
for telling speakers apart. It also finds the line a session starts on (JSON gives no
positions) and reads the bits of HTML Open Event keeps in abstracts.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import datetime, timedelta
from html.parser import HTMLParser
from typing import Any

import attrs

from program.model import FrabAnswer, FrabEvent, FrabLink, FrabPerson, Item, Kind, Link, Problem, Severity, SourceRef
from program.model.ids import item_id
from program.model.text import collapse_space
from program.model.zones import offset_zone, zone_label
from program.readers.base import ReadContext
from program.readers.kind_labels import kind_from_label, kind_from_title, label_kind
from program.readers.lines.markup import unescaped

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def text(value: Any) -> str | None:
    """A string field stripped, or None when absent, empty or not a string."""
    return value.strip() if isinstance(value, str) and value.strip() else None


def localized(value: Any) -> str | None:
    """A plain or {language: text} field as text (pretalx): English when given, else the first language written."""
    if isinstance(value, dict):
        chosen = text(value.get("en"))
        if chosen is None:
            chosen = next((found for found in map(text, value.values()) if found), None)
        return collapse_space(chosen) if chosen else None
    found = text(value)
    return collapse_space(found) if found else None


def written(value: Any) -> str | None:
    """An id or text as written: a string, or a number as text; None when absent."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    return text(value)


def listed(value: Any) -> list[Any]:
    """The value when it is a list, else an empty one (an export writes null for none)."""
    return value if isinstance(value, list) else []


def paragraphs(value: Any) -> str | None:
    """A description as text: Windows line ends folded, HTML (Open Event's editor) read as text."""
    found = text(value)
    if found is None:
        return None
    found = found.replace("\r\n", "\n").replace("\r", "\n")
    return text(_html_text(found) if _HTML.search(found) else found)


_HTML = re.compile(r"<(p|br|div|span|ul|ol|li|strong|em|b|i|a)\b[^>]*>", re.IGNORECASE)
_BLOCKS = frozenset({"p", "div", "ul", "ol", "li", "br", "h1", "h2", "h3", "h4"})


class _TextParser(HTMLParser):
    """Collects the text of an HTML fragment, a blank line between blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n" if tag == "br" else "\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS and tag != "br":
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html_text(fragment: str) -> str:
    parser = _TextParser()
    parser.feed(fragment)
    parser.close()
    lines = [collapse_space(unescaped(line)) for line in "".join(parser.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class Locator:
    """Finds the line of each session by a key and value it has (`"id": "176149"`), searching forward.

    Sessions are looked up in document order, so each search starts where the last one
    ended: a value that recurs later (a grid lists every session twice) is found where the
    session is first listed.
    """

    def __init__(self, text: str, source: str) -> None:
        self.text = text
        self.source = source
        self.position = 0
        self.ends = [found.start() for found in re.finditer("\n", text)]

    def line_at(self, position: int) -> SourceRef:
        """The place of a character of the text."""
        return SourceRef(self.source, bisect_right(self.ends, position - 1) + 1)

    def next(self, key: str, value: Any) -> SourceRef:
        """The line of the next `"key": value` from the last one found (that last line when not found)."""
        if value is not None and not isinstance(value, dict | list):
            tokens = dict.fromkeys([json.dumps(value, ensure_ascii=False), json.dumps(value)])
            for token in tokens:
                pattern = re.compile(rf'"{re.escape(key)}"\s*:\s*{re.escape(token)}')
                found = pattern.search(self.text, self.position)
                if found is not None:
                    self.position = found.end()
                    return self.line_at(found.start())
        return self.line_at(self.position)


@attrs.frozen
class AppSpeaker:
    """A speaker of a session: the name shown, and the export's id of them (GUID or number) if any."""

    name: str
    id: str | None = None

    def record(self) -> FrabPerson:
        """The speaker as the export identifies them (a GUID, else a number, else the id as a code)."""
        if self.id is None:
            return FrabPerson(self.name)
        if _UUID.fullmatch(self.id):
            return FrabPerson(self.name, guid=self.id.lower())
        if self.id.isdigit():
            return FrabPerson(self.name, id=int(self.id))
        return FrabPerson(self.name, code=self.id)


@attrs.frozen
class AppSession:
    """One session as a conference-app export describes it, read but not yet an item.

    Attributes:
        id: the export's id of the session, as written.
        title: the title.
        start, end: when it starts and ends in the program's zone; None when not scheduled.
        room: the room's name, or None.
        label: the session's type as the export names it ("Keynote", "45 Minutes session").
        service: the export says it is no talk but a slot (a break, registration).
        speakers: the speakers, in order.
        abstract: the description as text.
        track: the track's name, or None.
        links: the session's links (slides, video, recording).
        answers: answers to the export's session questions.
        where: where the session starts in the feed.
    """

    id: str | None
    title: str
    start: datetime | None
    end: datetime | None
    room: str | None
    label: str | None
    service: bool
    speakers: tuple[AppSpeaker, ...]
    abstract: str | None
    track: str | None
    links: tuple[Link, ...]
    answers: tuple[FrabAnswer, ...]
    where: SourceRef


def session_kind(session: AppSession) -> Kind:
    """The kind of a session: its type's, else its title's; a session with speakers is at least a talk.

    A service session (Sessionize's breaks, registration, a keynote slot) is named by its
    title alone ("Lunch", "Keynote").
    """
    if session.service:
        return label_kind(session.title) or kind_from_title(session.title)
    kind = kind_from_label(session.label, session.title) if session.label else Kind.OTHER
    if kind is Kind.OTHER:
        kind = kind_from_title(session.title)
    return Kind.TALK if kind is Kind.OTHER and session.speakers else kind


def session_item(session: AppSession) -> Item:
    """The item a session becomes, carrying the export's record of it."""
    kind = session_kind(session)
    number = session.id if session.id and session.id.isdigit() else None
    record = FrabEvent(
        guid=session.id.lower() if session.id and _UUID.fullmatch(session.id) else None,
        id=int(number) if number else None,
        track=session.track,
        type=session.label,
        abstract=session.abstract,
        persons=tuple(speaker.record() for speaker in session.speakers),
        links=tuple(FrabLink(link.url or "", link.label) for link in session.links),
        answers=session.answers or None,
    )
    return Item(
        id=item_id(kind, session.title),
        kind=kind,
        title=session.title,
        source=session.where,
        start=session.start,
        end=session.end,
        people=tuple(speaker.name for speaker in session.speakers),
        abstract=session.abstract,
        links=session.links,
        recorded=any(link.label == "Recording" for link in session.links),
        label=session.label,
        location=session.room,
        frab=record,
    )


def link_list(pairs: Sequence[tuple[str, Any]]) -> tuple[Link, ...]:
    """Links from (label, address) pairs, leaving out empty addresses, each address once."""
    links: dict[str, Link] = {}
    for label, url in pairs:
        address = text(url)
        if address and address not in links:
            links[address] = Link(label, address)
    return tuple(links.values())


def counted(number: int, noun: str) -> str:
    """The number and the noun, plural unless one ("1 session", "3 sessions")."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def offset_context(
    context: ReadContext, offsets: Sequence[timedelta], source: str
) -> tuple[ReadContext, tuple[Problem, ...]]:
    """The context with the zone of the one UTC offset a file's times carry, and the warning that says so.

    For a file that names no zone and a context without one. Times of several offsets, or of
    an offset that is no whole hour, keep the context as it is: the reader then asks for
    --timezone, never shows them in UTC unsaid.
    """
    if context.timezone is not None or len(set(offsets)) != 1:
        return context, ()
    zone = offset_zone(offsets[0])
    if zone.key == "UTC" and offsets[0]:
        return context, ()
    message = (
        f"the file names no time zone; its times are shown at the offset they are written with, "
        f"{zone_label(zone.key)}: to show them in the place's time, pass --timezone Area/City "
        "(or set timezone in a program file)"
    )
    warning = Problem(Severity.WARNING, "no-time-zone", message, SourceRef(source, 1))
    return attrs.evolve(context, timezone=zone), (warning,)

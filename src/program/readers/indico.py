"""Indico's HTTP export API: ``export/timetable/ID.json`` and ``export/event/ID.json?detail=…``.

The timetable export is a tree by day and entry id (``results.EVENT.YYYYMMDD.ID``) of
session blocks (with their ``entries``), contributions and breaks. The event export lists
events (``results[]``), each with its ``contributions`` and, with ``detail=sessions``, its
session blocks (``sessions[]``, each with its ``contributions``).

The model has no nesting, so a session block is not an item of its own: its contributions
and breaks are, each in the block's room when it names none, with the block's title as its
track (a contribution's Indico track wins). A poster block (``isPoster``, or titled "Poster
session") is the exception: it becomes a poster session, its contributions its posters. A
block without contributions (an excursion, a registration desk) is an item itself.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError, UsageError
from program.model import Item, Kind, Problem, Program, Role, Severity, SourceRef
from program.model.assemble import running_order
from program.model.ids import make_ids_unique
from program.model.zones import place_zone
from program.readers.base import ReadContext, load_json
from program.readers.indico_entry import (
    Block,
    Entry,
    contribution_kind,
    entry_item,
    field,
    people,
    room,
    stamp_zone,
)
from program.readers.kind_labels import kind_from_label, kind_from_title

_WRAPPER = r'"(?:count|additionalInfo|_type|complete|url|ts)"\s*:\s*(?:\{[^{}]*\}|"[^"]*"|[\w.+-]+)\s*,\s*'
_OPENING = re.compile(rf'\s*\{{\s*(?P<wrapper>(?:{_WRAPPER})*)"results"\s*:\s*(?P<shape>[\[{{])')
_AFFILIATION = re.compile(r"\s*\[[^\[\]]*\]$")
_TIMETABLE = re.compile(r'\{\s*"\d+"\s*:\s*\{\s*(?:"\d{8}"|\})')
_EVENT = re.compile(r'"_type"\s*:\s*"Conference"|"_fossil"\s*:\s*"conference|"startDate"\s*:\s*\{\s*"(?:date|time|tz)"')
_BARE_EVENT = re.compile(r'"_fossil"\s*:\s*"conference|"_type"\s*:\s*"Conference"')
"""A bare event object's own marks: a start stamp alone is every Indico object's."""


def _is_event(document: object) -> bool:
    """Whether a document is one Indico event: a `conference…` fossil or type, with contributions or sessions."""
    if not isinstance(document, dict):
        return False
    marked = str(document.get("_fossil", "")).startswith("conference") or document.get("_type") == "Conference"
    return marked and any(isinstance(document.get(key), list) for key in ("contributions", "sessions"))


class IndicoReader:
    """Reads Indico's JSON exports: the timetable, and events with their contributions or sessions."""

    name: ClassVar[str] = "indico"
    description: ClassVar[str] = "Indico JSON export (export/timetable, export/event?detail=contributions|sessions)"

    def detect(self, text: str) -> bool:
        """Return whether the text opens as an Indico HTTP API result.

        The result object's own keys (``count``, ``_type``, ``ts``, ``url``…) come first, then
        ``results``: a timetable's ``{"EVENTID": {"YYYYMMDD"``, or events with a ``Conference``
        type or a ``{"date", "time", "tz"}`` stamp in the opening.
        """
        opening = text[:2000]
        match = _OPENING.match(opening)
        if match is None:  # one event object, saved without the API's wrapper (JACoW's MEOW keeps FEL2022 so)
            return opening.lstrip().startswith("{") and _BARE_EVENT.search(opening) is not None
        rest = opening[match.start("shape") :]
        if match["shape"] == "{":
            return _TIMETABLE.match(rest) is not None
        return bool(match["wrapper"]) and _EVENT.search(rest) is not None

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every contribution and break; unreadable ones become errors named by line and JSON path."""
        document = load_json(text, source)
        results = document.get("results") if isinstance(document, dict) else None
        bare = results is None and _is_event(document)
        results = [document] if bare else results
        if not isinstance(results, dict | list):
            raise ParseError(
                'expected an Indico export: a JSON object with "results", or one event with its "contributions" '
                'or "sessions"',
                SourceRef(source, 1),
            )
        walk = _Walk(_Locator(text, source))
        events = [event for event in results if isinstance(event, dict)] if isinstance(results, list) else []
        if isinstance(results, dict):
            walk.timetable(results)
        else:
            for number, event in enumerate(results):
                walk.event(event, "$" if bare else f"$.results[{number}]")
        zone = _zone(context.timezone, events, walk.entries, source)
        items, problems = _items(walk.entries, zone)
        first = events[0] if events else {}
        return Program(
            title=text_of(first.get("title")),
            timezone=zone.key,
            venue=field(first.get("location")),
            url=field(first.get("url")),
            items=running_order(items),
            problems=(*walk.problems, *problems),
            sources=(source,),
            reading=(
                *(("one event object, without the API's results wrapper",) if bare else ()),
                *_reading(walk, items),
            ),
        )


def text_of(value: Any) -> str:
    """A title, or "" when the export gives none (a timetable names no event)."""
    return field(value) or ""


class _Locator:
    """Finds each entry's line by its id key or its title, searching forward in document order."""

    def __init__(self, text: str, source: str) -> None:
        self.text = text
        self.source = source
        self.position = 0

    def find(self, key: str | None, raw: Mapping[str, Any]) -> SourceRef:
        needles = [f"{json.dumps(key)}:"] if key else []
        title = raw.get("title")
        if isinstance(title, str):
            # Indico writes "\/" for "/" and may escape every non-ASCII character.
            needles += [json.dumps(title, ensure_ascii=False), json.dumps(title), json.dumps(title).replace("/", "\\/")]
        for needle in needles:
            found = self.text.find(needle, self.position)
            if found >= 0:
                self.position = found
                break
        return SourceRef(self.source, self.text.count("\n", 0, self.position) + 1)


@attrs.define
class _Walk:
    """Walks an export in document order, collecting its entries and what cannot be read."""

    locator: _Locator
    entries: list[Entry] = attrs.field(factory=list)
    problems: list[Problem] = attrs.field(factory=list)
    blocks: int = 0
    unscheduled: int = 0

    def timetable(self, results: Mapping[str, Any]) -> None:
        for event_id, days in results.items():
            for day, entries in days.items() if isinstance(days, dict) else self._not_object(days, event_id):
                for key, raw in entries.items() if isinstance(entries, dict) else ():
                    self.tree_entry(key, raw, f"$.results.{event_id}.{day}.{key}", Block())

    def _not_object(self, value: Any, event_id: str) -> Iterator[tuple[str, Any]]:
        where = SourceRef(self.locator.source, 1)
        self._unreadable(f"expected the days of event {event_id} as an object, found {type(value).__name__}", where)
        return iter(())

    def tree_entry(self, key: str, raw: Any, path: str, block: Block) -> None:
        where = self.locator.find(key, raw if isinstance(raw, dict) else {})
        if not isinstance(raw, dict):
            self._unreadable(f"expected an entry object, found {type(raw).__name__} (at {path})", where)
            return
        kind = raw.get("entryType")
        if kind == "Session":
            inner = _object(raw.get("entries"))
            inherited = self.block(raw, path, where, bool(inner))
            for child_key, child in inner.items():
                self.tree_entry(child_key, child, f"{path}.entries.{child_key}", inherited)
        elif kind == "Break":
            title = text_of(raw.get("title"))
            self.entries.append(Entry(raw, kind_from_label("Break", title), where, path, block, "Break"))
        else:
            names = people(raw.get("presenters"), raw.get("speakers"))
            entry_kind = contribution_kind(None, text_of(raw.get("title")), block)
            self.entries.append(Entry(raw, entry_kind, where, path, block, names=names))

    def block(self, raw: Mapping[str, Any], path: str, where: SourceRef, filled: bool) -> Block:
        """Return what a session block passes to its contributions; a poster or empty block is an item too."""
        self.blocks += 1
        title = text_of(raw.get("title"))
        session = _object(raw.get("session"))
        poster = bool(session.get("isPoster")) or kind_from_title(title) is Kind.POSTER_SESSION
        inherited = Block(path, title or field(session.get("title")), room(raw) or room(session), poster)
        if poster or not filled:
            conveners = people(raw.get("conveners"), session.get("sessionConveners"))
            kind = Kind.POSTER_SESSION if poster else kind_from_title(title)
            self.entries.append(Entry(raw, kind, where, path, inherited, "Session", conveners, Role.CHAIR))
        return inherited

    def event(self, event: Any, path: str) -> None:
        """An event's session blocks with their contributions, then the contributions outside any block."""
        if not isinstance(event, dict):
            self._unreadable(f"expected an event object, found {type(event).__name__} (at {path})", None)
            return
        seen: set[str] = set()
        for number, slot in enumerate(_list(event.get("sessions"))):
            slot_path = f"{path}.sessions[{number}]"
            if not isinstance(slot, dict):
                self._unreadable(f"expected a session object, found {type(slot).__name__} (at {slot_path})", None)
                continue
            contributions = _list(slot.get("contributions"))
            inherited = self.block(slot, slot_path, self.locator.find(None, slot), bool(contributions))
            for index, raw in enumerate(contributions):
                self.contribution(raw, f"{slot_path}.contributions[{index}]", inherited, seen)
        for number, raw in enumerate(_list(event.get("contributions"))):
            self.contribution(raw, f"{path}.contributions[{number}]", Block(), seen)

    def contribution(self, raw: Any, path: str, block: Block, seen: set[str]) -> None:
        where = self.locator.find(None, raw if isinstance(raw, dict) else {})
        if not isinstance(raw, dict):
            self._unreadable(f"expected a contribution object, found {type(raw).__name__} (at {path})", where)
            return
        identity = str(raw.get("db_id") or raw.get("id") or "")
        if identity and identity in seen:
            return  # listed in its session block already
        seen.add(identity)
        if raw.get("startDate") is None:
            self.unscheduled += 1
            title = text_of(raw.get("title"))
            message = f"{title!r} is not in the timetable (no startDate): left out (at {path})"
            self.problems.append(Problem(Severity.WARNING, "unscheduled-contribution", message, where))
            return
        label = field(raw.get("type"))
        names = people(raw.get("speakers"), raw.get("presenters"), raw.get("primaryauthors"))
        kind = contribution_kind(label, text_of(raw.get("title")), block)
        self.entries.append(Entry(raw, kind, where, path, block, label, names))

    def _unreadable(self, message: str, where: SourceRef | None) -> None:
        self.problems.append(Problem(Severity.ERROR, "unreadable-contribution", message, where))


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _object(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _zone(fallback: ZoneInfo | None, events: list[dict[str, Any]], entries: list[Entry], source: str) -> ZoneInfo:
    """The program's zone: --timezone, else the event's, else the one its timestamps carry."""
    if fallback is not None:
        return fallback
    named = [field(event.get("timezone")) for event in events]
    stamps = Counter(name for entry in entries if (name := stamp_zone(entry.raw.get("startDate"))))
    # A stamp in a zone that does not exist is its entry's error, not the program's zone.
    name = next((name for name in named if name), None) or next(
        (name for name, _ in stamps.most_common() if _is_zone(name)), None
    )
    if name is None:
        raise UsageError(
            f"{source}: the Indico export names no time zone (no timezone, no tz on its times): "
            "pass --timezone Area/City, or set timezone in a program file"
        )
    try:
        return place_zone(name)
    except ValueError:
        reason = f"expected the event's timezone as the IANA name of a place, found {name[:40]!r}"
        raise ParseError(reason, SourceRef(source, 1)) from None


def _is_zone(name: str) -> bool:
    try:
        place_zone(name)
    except ValueError:
        return False
    return True


def _items(entries: list[Entry], zone: ZoneInfo) -> tuple[list[Item], list[Problem]]:
    """The entries' items, ids unique, each poster shown at its poster session."""
    items: list[Item] = []
    made: list[Entry] = []
    problems: list[Problem] = []
    for entry in entries:
        try:
            items.append(entry_item(entry, zone))
            made.append(entry)
        except ParseError as error:
            message = f"{error.reason} (at {entry.path})"
            problems.append(Problem(Severity.ERROR, "unreadable-contribution", message, error.source))
    items = list(make_ids_unique(items))
    sessions: dict[Block, str] = {}
    for item, entry in zip(items, made, strict=True):
        if item.kind is Kind.POSTER_SESSION and entry.block.poster:
            sessions.setdefault(entry.block, item.id)
    return [
        attrs.evolve(item, sessions=(sessions[entry.block],))
        if item.start is None and entry.block in sessions
        else item
        for item, entry in zip(items, made, strict=True)
    ], problems


def _reading(walk: _Walk, items: list[Item]) -> tuple[str, ...]:
    kinds = Counter(item.kind for item in items)
    written = {name for item in items for name in item.people}
    names = {_AFFILIATION.sub("", name) for name in written}  # one person, however many affiliations
    rooms = {item.location for item in items if item.location}
    contributions = sum(count for kind, count in kinds.items() if kind not in (Kind.BREAK, Kind.POSTER_SESSION))
    lines = [
        f"{contributions} contributions, {kinds[Kind.BREAK]} breaks, {walk.blocks} session blocks "
        f"({kinds[Kind.POSTER_SESSION]} poster sessions), {len(names)} people, {len(rooms)} rooms"
    ]
    if affiliated := len({_AFFILIATION.sub("", name) for name in written if _AFFILIATION.search(name)}):
        lines.append(f"{affiliated} people with an affiliation, kept as Name [Affiliation]")
    if walk.unscheduled:
        lines.append(f"skipped: {walk.unscheduled} contributions not in the timetable")
    return tuple(lines)

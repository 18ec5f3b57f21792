"""One Indico timetable entry or contribution, as the HTTP export API writes it, made an item.

Both export shapes (`export/timetable` and `export/event?detail=…`) describe an entry the
same way: a title, `startDate`/`endDate` as ``{"date", "time", "tz"}``, a room, people as
objects with their name parts and affiliation. This module reads those fields; `indico`
walks the shapes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError
from program.model import FrabEvent, Item, Kind, Link, Role, SourceRef
from program.model.ids import item_id
from program.model.text import collapse_space
from program.model.zones import place_zone
from program.readers.kind_labels import kind_from_label, kind_from_title, label_kind

_BRACKETS = re.compile(r"[\[\]]")

_LABEL_WORDS: tuple[tuple[str, Kind], ...] = (
    ("poster", Kind.POSTER),
    ("keynote", Kind.KEYNOTE),
    ("invited", Kind.INVITED_TALK),
    ("oral", Kind.ORAL),
    ("contributed", Kind.ORAL),
    ("talk", Kind.TALK),
    ("lecture", Kind.TALK),
)
"""Contribution types Indico events define ("Invited Orals", "Contributed Oral", "Poster") by a word they hold."""


@attrs.frozen
class Block:
    """What a contribution inherits from the session block that holds it.

    Attributes:
        path: the block's JSON path, which tells two blocks of one session apart.
        title: the block's (or its session's) title, kept as the contribution's track.
        room: the block's room, for a contribution that names none.
        poster: whether the block is a poster session: its contributions are its posters.
    """

    path: str = ""
    title: str | None = None
    room: str | None = None
    poster: bool = False


def field(value: Any) -> str | None:
    """A string field with its spaces collapsed, or None when it is absent or blank."""
    return collapse_space(value) or None if isinstance(value, str) else None


def written(value: Any) -> str | None:
    """A text field as written, with Windows line ends made plain, or None when blank."""
    if not isinstance(value, str) or not value.strip():
        return None
    return value.replace("\r\n", "\n").replace("\r", "\n").strip()


def stamp_zone(raw: Any) -> str | None:
    """The zone name a ``{"date", "time", "tz"}`` object carries, if any."""
    return field(raw.get("tz")) if isinstance(raw, Mapping) else None


def moment(raw: Any, fallback: ZoneInfo, field: str, where: SourceRef) -> datetime | None:
    """Return the aware datetime a ``{"date", "time", "tz"}`` object gives, or None for null.

    A stamp without ``tz`` is in the event's zone (`fallback`).

    Raises:
        ParseError: for a stamp whose date, time or zone cannot be read.
    """
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise ParseError(f'expected "{field}" as {{"date", "time", "tz"}}, found {type(raw).__name__}', where)
    try:
        day = date.fromisoformat(str(raw.get("date")))
        clock = time.fromisoformat(str(raw.get("time") or "00:00:00"))
    except ValueError:
        raise ParseError(f'expected "{field}" with a date and a time, found {dict(raw)!r}', where) from None
    name = stamp_zone(raw)
    try:
        zone = place_zone(name) if name else fallback
    except ValueError:
        raise ParseError(f'expected "{field}" in an IANA time zone, found {name!r}', where) from None
    return datetime.combine(day, clock, zone)


def person_name(raw: Any) -> str | None:
    """The name of a presenter, speaker, author or convener object.

    Given and family names written apart (``firstName``/``familyName``, ``first_name``/
    ``last_name``) are joined given first; a name written "SURNAME, Given" (Indico before 2.0:
    CHEP 2009's "HERR, Jeremy") is turned round, "Jeremy HERR", which the outputs show as
    "Jeremy Herr" and file under H. Nothing is re-cased here.

    >>> person_name({"name": "GRACIANI DIAZ, Ricardo"}), person_name({"fullName": "Ada Lovelace"})
    ('Ricardo GRACIANI DIAZ', 'Ada Lovelace')
    """
    if isinstance(raw, str):
        return field(raw)
    if not isinstance(raw, Mapping):
        return None
    # a stray comma in a part ("last_name": "Ganapathi,", XDC 2021) is the registrant's typo, no part of the name
    given = (field(raw.get("firstName")) or field(raw.get("first_name")) or "").strip(" ,")
    family = field(raw.get("familyName")) or field(raw.get("lastName")) or field(raw.get("last_name")) or ""
    family = family.strip(" ,")
    joined = " ".join(part for part in (given, family) if part)
    return joined or _given_first(field(raw.get("name")) or field(raw.get("fullName")))


def _given_first(name: str | None) -> str | None:
    """Turn "SURNAME, Given" round; any other name stays as written."""
    if name is None or name.count(",") != 1:
        return name
    family, given = (part.strip() for part in name.split(","))
    return f"{given} {family}" if family and given else name


def people(*groups: Any) -> tuple[str, ...]:
    """The names of the first non-empty list of people among `groups`, each once, in order.

    A person's ``affiliation`` follows the name in square brackets ("Ada Lovelace [Elettra
    Sincrotrone Trieste]"), as the spreadsheet readers write a presenter's organisation: the
    people index splits it off again and shows it after the name. A person listed twice
    (CHEP 2009 lists one presenter with and without an affiliation) is named once, with
    the first affiliation given.
    """
    for group in groups:
        found: dict[str, str | None] = {}
        for raw in group if isinstance(group, list) else []:
            if name := person_name(raw):
                affiliation = field(raw.get("affiliation")) if isinstance(raw, Mapping) else None
                found[name] = found.get(name) or affiliation
        if found:
            return tuple(_with_affiliation(name, affiliation) for name, affiliation in found.items())
    return ()


def _with_affiliation(name: str, affiliation: str | None) -> str:
    if affiliation and not _BRACKETS.search(affiliation):
        return f"{name} [{affiliation}]"
    return name


def room(raw: Mapping[str, Any]) -> str | None:
    """The entry's room: its full name (CERN's "500-1-001 - Main Auditorium") if given, else its name."""
    return field(raw.get("roomFullname")) or field(raw.get("room"))


def links(raw: Mapping[str, Any]) -> tuple[Link, ...]:
    """The entry's page and its material (slides, papers, posters), each address once."""
    found: dict[str, Link] = {}
    url = field(raw.get("url"))
    if url:
        found[url] = Link("Indico", url)
    for material in raw.get("material") or [] if isinstance(raw.get("material"), list) else []:
        if not isinstance(material, Mapping):
            continue
        for resource in material.get("resources") or []:
            address = field(resource.get("url")) if isinstance(resource, Mapping) else None
            if address and address not in found:
                label = field(resource.get("name")) or field(material.get("title")) or address
                found[address] = Link(label, address)
    return tuple(found.values())


def contribution_kind(label: str | None, title: str, block: Block) -> Kind:
    """The kind of a contribution: its type's, else its title's, else a poster in a poster block, else a talk."""
    if label:
        if label_kind(label) is not None:
            return kind_from_label(label, title)
        folded = label.casefold()
        for word, kind in _LABEL_WORDS:
            if word in folded:
                return kind
    titled = kind_from_title(title)
    if titled is not Kind.OTHER:
        return titled
    return Kind.POSTER if block.poster else Kind.TALK


@attrs.frozen
class Entry:
    """An entry ready to become an item: what it is and where it was found.

    Attributes:
        raw: the entry's object as the export writes it.
        kind: the item's kind.
        where: the entry's line.
        path: its JSON path ("$.results.35523.20090323.s28l0.entries.s28c473").
        block: what it inherits from its session block.
        label: the export's own type ("Invited Orals", "Break", "Session").
        names: its people.
        role: what they are on it: a session block's conveners chair it.
    """

    raw: Mapping[str, Any]
    kind: Kind
    where: SourceRef
    path: str
    block: Block = Block()
    label: str | None = None
    names: Sequence[str] = ()
    role: Role = Role.SPEAKER


def entry_item(entry: Entry, zone: ZoneInfo) -> Item:
    """Return the item an entry becomes, its times in the program's zone.

    Raises:
        ParseError: for an entry without a title or with unreadable times.
    """
    raw = entry.raw
    title = field(raw.get("title"))
    if not title:
        raise ParseError('expected an entry with a "title"', entry.where)
    start = moment(raw.get("startDate"), zone, "startDate", entry.where)
    end = moment(raw.get("endDate"), zone, "endDate", entry.where)
    if start is None:
        raise ParseError('expected a "startDate" (the contribution is not in the timetable)', entry.where)
    if end is not None and end.timestamp() < start.timestamp():
        raise ParseError(f"expected the end {end.isoformat()} after the start {start.isoformat()}", entry.where)
    if end is not None and end.timestamp() == start.timestamp():
        end = None  # a zero-length entry (a deadline, a photo): shown with its start only
    track = field(raw.get("track")) if not isinstance(raw.get("track"), Mapping) else field(raw["track"].get("title"))
    # detail=contributions lists each contribution once, outside its block: its "session" is
    # the session's title (a string), the only trace of the block it belongs to
    session = field(raw.get("session"))
    poster = entry.kind is Kind.POSTER and entry.block.poster
    return Item(
        id=item_id(entry.kind, title),
        kind=entry.kind,
        title=title,
        source=entry.where,
        start=None if poster else start.astimezone(zone),
        end=None if poster or end is None else end.astimezone(zone),
        people=tuple(entry.names),
        role=entry.role,
        abstract=written(raw.get("description")),
        links=links(raw),
        label=entry.label,
        location=room(raw) or entry.block.room,
        day=start.astimezone(zone).date() if poster else None,
        frab=FrabEvent(track=track or entry.block.title or session, type=entry.label, url=field(raw.get("url"))),
    )

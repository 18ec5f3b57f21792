"""iCalendar files (.ics): a Google Calendar export, a pretalx schedule.ics, a hand-written calendar.

icalendar parses the file (folding, escaping, TZID, VTIMEZONE, Windows zone names); this
module turns each VEVENT into an item. Each VEVENT is its own item, whatever its UID (hand-made
calendars repeat one UID for every event); a recurring one gives an item per occurrence
(see `ics_times.occurrences`). All-day events and cancelled ones are skipped, each named in
what `check` prints. icalendar gives no positions, so an event's line is that of the n-th
BEGIN:VEVENT of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError, UsageError
from program.model import Item, Kind, Link, Problem, Program, Severity, SourceRef
from program.model.ids import item_id
from program.model.text import collapse_space
from program.readers.base import ReadContext, decode_feed
from program.readers.ics_sites import online_location, split_tag, tagged_calendar, uncommented
from program.readers.ics_text import (
    DEFAULT_PLACES,
    PRETALX_PLACES,
    ROOM_LINES,
    PeoplePlace,
    address_name,
    dash_hint,
    described,
    description_people,
    description_room,
    description_title,
    double_dash_calendar,
    parse_places,
    plain_text,
    split_names,
    summary_people,
    unique_links,
)
from program.readers.ics_times import (
    ProgramZone,
    event_span,
    is_all_day,
    occurrences,
    program_zone,
    recurrence_id,
)
from program.readers.kind_labels import kind_from_label, kind_from_title, label_kind, tag_label

if TYPE_CHECKING:
    from icalendar import Calendar, Component, Event

_OPENING = re.compile(r"\A[\ufeff\s]*(?:<!--\s*)?BEGIN:VCALENDAR\s*$", re.IGNORECASE | re.MULTILINE)
"""BEGIN:VCALENDAR first, or first inside an HTML comment (see `ics_sites.uncommented`)."""
_BEGIN_EVENT = re.compile(r"^BEGIN:VEVENT[ \t]*$", re.IGNORECASE | re.MULTILINE)
_PROPERTIES = {"title": "SUMMARY", "abstract": "DESCRIPTION", "room": "LOCATION", "link": "URL", "kind": "CATEGORIES"}
"""Our fields a program file may map to another property (`room = "X-ROOM"`); `people` takes places."""
_WRAPPED = ("read the calendar inside an HTML comment (<!-- before BEGIN:VCALENDAR, --> after its END)",)
_OWN_PRODID = "-//program//"
_SPLIT_FOLD = re.compile(rb"([\xc0-\xf7][\x80-\xbf]{0,2})(\r?\n[ \t])(?=[\x80-\xbf])")
"""A fold inside a UTF-8 character (a lead byte, the line break, its continuation bytes): some
generators fold at 75 bytes wherever that falls (JRES 2022), which is valid only once unfolded."""


@attrs.frozen
class _Mapping:
    """Where this calendar keeps each field: a property name each, and the places of the speakers."""

    properties: dict[str, str]
    places: tuple[PeoplePlace, ...]
    said: tuple[str, ...]
    """What the program file mapped, for `check` to print ("people → organizer")."""
    own: bool = False
    """The calendar is our own program.ics: its text is plain text, never HTML."""
    varying_organizers: bool = False
    room_lines: tuple[str, ...] = ROOM_LINES
    """Description lines that name the room ("Track: 4"): when the event has no LOCATION, or first when mapped."""
    room_lines_first: bool = False
    tags: bool = False
    """Its summaries open with a tag naming the kind ("#talk …", Mini-Conf's scripts): see `ics_sites`."""
    default_places: bool = True


class IcsReader:
    """Reads iCalendar files: every VEVENT an item, times in the program's zone."""

    name: ClassVar[str] = "ics"
    description: ClassVar[str] = "iCalendar (.ics): Google Calendar, pretalx, Indico, Meetup or hand-written calendars"

    def detect(self, text: str) -> bool:
        """Return whether the text opens with BEGIN:VCALENDAR (after a BOM, blank lines or `<!--`)."""
        return _OPENING.match(text[:2000]) is not None

    def detect_bytes(self, data: bytes) -> bool:
        """Return whether the bytes open with BEGIN:VCALENDAR (after a BOM, blank lines or `<!--`)."""
        opening = data[:2000].lstrip(b"\xef\xbb\xbf \t\r\n")
        opening = opening[4:].lstrip() if opening.startswith(b"<!--") else opening
        return opening[:15].upper() == b"BEGIN:VCALENDAR"

    def read_bytes(self, data: bytes, *, source: str, context: ReadContext) -> Program:
        """Read the calendar's bytes: a fold that splits a UTF-8 character is moved before it, then as `read`.

        Moving the fold keeps every line where it was and what unfolding gives unchanged.
        """
        repaired, count = _SPLIT_FOLD.subn(rb"\2\1", data)
        program = self.read(decode_feed(repaired, source), source=source, context=context)
        if not count:
            return program
        note = f"repaired: {count} line folds inside a UTF-8 character, moved before it (the text is unchanged)"
        return attrs.evolve(program, reading=(*program.reading, note))

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every event; an event without a readable DTSTART is an unreadable-event error at its line."""
        # icalendar (a tenth of `program check`'s start-up) is imported only when a calendar is read:
        # every feed's format is detected by this module, few feeds are calendars.
        from icalendar import Event  # noqa: PLC0415

        from program.readers.ics_parse import parse_calendars  # noqa: PLC0415

        text, wrapped = uncommented(text)
        parsed = parse_calendars(text, source)
        calendars = list(parsed.calendars)
        events = [event for calendar in calendars for event in calendar.walk("VEVENT") if isinstance(event, Event)]
        lines = [text.count("\n", 0, match.start()) + 1 for match in _BEGIN_EVENT.finditer(text)]
        where = [SourceRef(source, lines[number] if number < len(lines) else None) for number in range(len(events))]
        found = program_zone(calendars, events, context.timezone, source)
        mapping = _mapping(calendars, events, context.columns)
        overridden = _overridden(events, found)
        items: list[Item] = []
        problems: list[Problem] = list(parsed.ignored)
        skipped: list[str] = []
        for event, place in zip(events, where, strict=True):
            title = _text(event, mapping.properties["title"]) or "Untitled event"
            if is_all_day(event):
                skipped.append(f"skipped: {place}: all-day event {title!r} (an all-day event is no slot of a program)")
                continue
            if str(event.get("STATUS", "")).upper() == "CANCELLED":
                skipped.append(f"skipped: {place}: cancelled event {title!r}")
                continue
            try:
                first = event_span(event, found.zone, place)
                repeated = occurrences(
                    event, first, found.zone, overridden.get(str(event.get("UID", "")), frozenset()), place
                )
            except ParseError as error:
                problems.append(Problem(Severity.ERROR, "unreadable-event", f"{title!r}: {error.reason}", place))
                continue
            if repeated.cut:
                message = (
                    f"{title!r} recurs past what is read: its occurrences in its first year, at most 500, are read"
                )
                problems.append(Problem(Severity.WARNING, "recurrence-cut", message, place))
            template = _item(event, mapping, place, source)
            items.extend(attrs.evolve(template, start=span.start, end=span.end) for span in repeated.spans)
        return Program(
            title=_calendar_text(calendars, ("X-WR-CALNAME", "NAME")) or "",
            timezone=found.zone.key,
            url=_calendar_text(calendars, ("URL",)),
            description=_calendar_text(calendars, ("X-WR-CALDESC", "DESCRIPTION")),
            items=tuple(items),
            problems=tuple(problems),
            sources=(source,),
            reading=(*_summary(events, items, found, mapping), *_WRAPPED[:wrapped], *skipped),
        )


def _overridden(events: Sequence[Event], found: ProgramZone) -> dict[str, frozenset[float]]:
    """For each UID, the occurrences (timestamps) that a VEVENT with a RECURRENCE-ID replaces."""
    replaced: dict[str, set[float]] = {}
    for event in events:
        when = recurrence_id(event, found.zone)
        if when is not None:
            replaced.setdefault(str(event.get("UID", "")), set()).add(when)
    return {uid: frozenset(times) for uid, times in replaced.items()}


def _mapping(calendars: Sequence[Calendar], events: Sequence[Event], columns: tuple[tuple[str, str], ...]) -> _Mapping:
    """The program file's `[feeds.columns]` over the defaults: pretalx's dash, else the places any calendar has.

    Raises:
        UsageError: for a field a calendar has no property for, or a place that is none.
    """
    prodid = str(calendars[0].get("PRODID", ""))
    properties = dict(_PROPERTIES)
    places: tuple[PeoplePlace, ...] = PRETALX_PLACES if prodid.startswith("-//pretalx//") else DEFAULT_PLACES
    said = []
    room_lines: tuple[str, ...] = ROOM_LINES
    for field, name in columns:
        if field == "people":
            places = parse_places(name)
        elif field == "room" and name.strip().casefold().startswith("description:"):
            room_lines = tuple(label.strip() for label in name.split(":", 1)[1].split(",") if label.strip())
        elif field in properties:
            properties[field] = name.strip().upper()
        else:
            raise UsageError(
                f"[feeds.columns] {field}: a calendar's fields are people, {', '.join(_PROPERTIES)}; "
                f'map one to a property (room = "X-ROOM") or people to places (people = "organizer")'
            )
        said.append(f"{field} → {name}")
    # Events without one, or with an empty one (CfgMgmtCamp's breaks), do not make one owner differ.
    organizers = {name for event in events if "ORGANIZER" in event and (name := _person(event["ORGANIZER"]))}
    default_places = places == DEFAULT_PLACES
    if default_places and double_dash_calendar([_text(event, properties["title"]) for event in events]):
        places = (places[0], PeoplePlace("summary", "double-dash"), *places[1:])
    return _Mapping(
        properties,
        places,
        tuple(said),
        prodid.startswith(_OWN_PRODID),
        len(organizers) > 1,
        room_lines,
        room_lines != ROOM_LINES,
        tagged_calendar([_text(event, properties["title"]) for event in events]),
        default_places,
    )


def _item(event: Event, mapping: _Mapping, where: SourceRef, source: str) -> Item:
    """The item an event becomes, before its times (each occurrence gets its own)."""
    summary = _text(event, mapping.properties["title"])
    raw_description = _text(event, mapping.properties["abstract"])
    description, html_links = (raw_description, ()) if mapping.own else plain_text(raw_description)
    title = summary if mapping.own else plain_text(summary)[0]
    tag, title = split_tag(title) if mapping.tags else (None, title)
    title, description, people = _people(event, mapping, title, description)
    title, said, description = (title, None, description) if mapping.own else description_title(title, description)
    place = _text(event, mapping.properties["room"])  # "Hall &quot;A&quot;": entities as in SUMMARY
    location, address = online_location(collapse_space(place if mapping.own else plain_text(place)[0]))
    if (mapping.room_lines_first or location is None) and (
        taken := description_room(description, mapping.room_lines)
    ) is not None:
        description, location = taken[0], collapse_space(taken[1])
    about = described(description)
    title = collapse_space(title) or "Untitled event"
    labels = [
        *([tag_label(tag)] if tag else []),
        *_categories(event, mapping.properties["kind"]),
        *filter(None, [said]),
    ]
    kind = _kind(labels, title)
    links = [*_links(event, mapping.properties["link"]), *about.links, *html_links]
    links += [Link(address, address)] if address else []
    return Item(
        id=item_id(kind, title),
        kind=kind,
        title=title,
        source=where,
        people=people,
        abstract=about.abstract,
        links=unique_links(links),
        recorded=about.recorded,
        label=", ".join(labels) or None,
        location=location,
    )


def _people(event: Event, mapping: _Mapping, title: str, description: str) -> tuple[str, str, tuple[str, ...]]:
    """The title and description without the speakers, and the speakers: from the first place that names any."""
    for place in mapping.places:
        if place.where == "summary":
            split = summary_people(title, place.detail)
            if split and split[1]:
                return split[0], description, split[1]
            title = split[0] if split else title
        elif place.where == "description":
            taken = description_people(description, place.detail)
            if taken and taken[1]:
                return title, taken[0], taken[1]
        else:
            names = _participants(event, place)
            if names:
                return title, description, names
    organizer = event.get("ORGANIZER")
    if mapping.default_places and mapping.varying_organizers and organizer is not None:
        # A calendar whose events have different organizers names each event's speaker that way
        # (Metro Olografix); one organizer for all is the calendar's owner, no speaker.
        return title, description, split_names(_person(organizer))
    return title, description, ()


def _participants(event: Event, place: PeoplePlace) -> tuple[str, ...]:
    """The CNs of the event's ORGANIZER, or of its ATTENDEEs (with the place's ROLE, if it names one)."""
    name = "ORGANIZER" if place.where == "organizer" else "ATTENDEE"
    found: list[str] = []
    for prop in _listed(event.get(name)):
        role = (_param(prop, "ROLE") or "REQ-PARTICIPANT").upper()
        if name == "ATTENDEE" and place.detail and role != place.detail.upper():
            continue
        found.extend(split_names(_person(prop)))
    return tuple(dict.fromkeys(found))


def _person(prop: object) -> str:
    """Whom an ORGANIZER or ATTENDEE names: its CN, else its value when that is a name, not an address."""
    return _param(prop, "CN") or address_name(str(prop))


def _param(prop: object, name: str) -> str:
    """A property parameter's value; one with commas ("CN=Valerio Lupi, Gabriele Zuddas") icalendar gives as a list."""
    value = getattr(prop, "params", {}).get(name, "")
    return ", ".join(str(part).strip() for part in value) if isinstance(value, list) else str(value)


def _listed(value: object) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _text(component: Component, name: str) -> str:
    """A text property's value, "" when absent (icalendar has unescaped and unfolded it)."""
    values = [str(value) for value in _listed(component.get(name))]
    return "\n".join(value for value in values if value.strip()).strip()


def _calendar_text(calendars: Sequence[Calendar], names: Sequence[str]) -> str | None:
    for name in names:
        text = _text(calendars[0], name)
        if text:
            return text
    return None


def _categories(event: Event, name: str) -> list[str]:
    labels: list[str] = []
    for prop in _listed(event.get(name)):
        values = getattr(prop, "cats", None)
        labels.extend(str(value) for value in (values if values is not None else [prop]))
    return [label for label in dict.fromkeys(collapse_space(label) for label in labels) if label]


def _kind(labels: Sequence[str], title: str) -> Kind:
    """The kind the first known category gives ("Keynote", our own "Invited talk"), else the title's."""
    for label in labels:
        if label.casefold() == "other":
            return Kind.OTHER
        if label_kind(label) is not None:
            return kind_from_label(label, title)
    return kind_from_title(title)


def _links(event: Event, name: str) -> list[Link]:
    links = [Link(url, url) for url in (_text(event, name).split() or [])]
    for attached in _listed(event.get("ATTACH")):
        url = str(attached).strip()
        if re.match(r"https?://", url):
            links.append(Link(url, url))
    return links


def _fixed_offset_note(zone: ZoneInfo) -> str:
    """For a zone that is one offset all year and names no place (EST, Etc/GMT+5), say so: no daylight saving."""
    winter, summer = (zone.utcoffset(datetime(2025, month, 1)) for month in (1, 7))
    if winter != summer or "/" in zone.key.removeprefix("Etc/") or winter is None or not winter:
        return ""
    hours, minutes = divmod(abs(int(winter.total_seconds())) // 60, 60)
    offset = f"UTC{'+' if winter.total_seconds() > 0 else '−'}{hours:02d}:{minutes:02d}"
    return f"; {zone.key} is {offset} all year, with no summer time: for a place's clock pass --timezone Area/City"


def _summary(events: Sequence[Event], items: Sequence[Item], found: ProgramZone, mapping: _Mapping) -> list[str]:
    """What `check` prints about the calendar: counts, the zone and why, the mappings."""
    people = {name for item in items for name in item.people}
    rooms = Counter(item.location for item in items if item.location)
    lines = [
        f"{len(events)} events, {len(items)} items, {len(people)} speakers, {len(rooms)} rooms",
        f"time zone: {found.zone.key} ({found.reason}){_fixed_offset_note(found.zone)}",
        f"speakers from: {', '.join(str(place) for place in mapping.places) or 'nowhere'}"
        + (", else ORGANIZER (organizers differ)" if mapping.default_places and mapping.varying_organizers else ""),
        f"rooms from: {mapping.properties['room']}, else a line of DESCRIPTION: "
        + ", ".join(f"'{label}: …'" for label in mapping.room_lines)
        if not mapping.room_lines_first
        else f"rooms from: a line of DESCRIPTION: {', '.join(repr(label + ': …') for label in mapping.room_lines)}, "
        f"else {mapping.properties['room']}",
    ]
    if mapping.said:
        lines.append(f"columns: {', '.join(mapping.said)}")
    if mapping.tags:
        tags = Counter(tag for event in events if (tag := split_tag(_text(event, mapping.properties["title"]))[0]))
        shown = ", ".join(f"#{tag} → {tag_label(tag)}" for tag in sorted(tags))
        lines.append(f"titles open with a tag, read as the kind and left out of the title: {shown}")
    if not people and "dash" not in {place.detail for place in mapping.places if place.where == "summary"}:
        lines.extend(dash_hint([_text(event, mapping.properties["title"]) for event in events]))
    written = [_text(event, mapping.properties["room"]) for event in events]
    online = [text for text in written if text.strip() and online_location(text)[0] is None]
    if online:
        lines.append(
            f"{mapping.properties['room']} read as no room in {len(online)} events: a web address "
            f"(kept as a link), a page of the site or the word 'link' ({', '.join(sorted(set(online))[:3])}, …)"
        )
    return lines

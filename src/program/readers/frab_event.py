"""What the frab schedule formats (c3voc schedule.xml, schedule.json v1 and schedule2) share.

frab, pretalx and the CCC hub describe a conference as rooms with events. Each reader
turns its syntax into `ReadEvent` values; this module turns those into the model's items,
so the XML and the JSON readers cannot drift apart. Each item keeps the export's own
record of the event (`program.model.FrabEvent`), so the schedule writers give it back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError
from program.model import FrabDay, FrabEvent, Item, Kind, Link, Problem, Severity, SourceRef
from program.model.ids import ACRONYM, item_id
from program.model.text import collapse_space, is_placeholder_name
from program.model.zones import FIRST_YEAR, LAST_YEAR
from program.readers.kind_labels import kind_from_label, kind_from_title
from program.readers.tabular.people import looks_like_name

_DURATION = re.compile(r"^(?P<hours>\d{1,3}):(?P<minutes>\d{2})(?::(?P<seconds>\d{1,2}))?$")
"""The schema's `h:mm` or `h:mm:ss` (c3voc's schedule.xml.xsd): PyData Berlin 2015 writes `0:40:00`."""
_ISO_DURATION = re.compile(
    r"^P(?:(?P<years>\d{1,4})Y)?(?:(?P<months>\d{1,4})M)?(?:(?P<weeks>\d{1,3})W)?(?:(?P<days>\d{1,3})D)?"
    r"(?:T(?=\d)(?:(?P<hours>\d{1,4})H)?(?:(?P<minutes>\d{1,5})M)?(?:(?P<seconds>\d{1,7}(?:[.,]\d{1,9})?)S)?)?$"
)
"""An ISO 8601 duration, as a SPARQL/Jekyll template writes xsd:duration: `P0Y0M0DT0H40M0.000S` (LSWT 2021).

icalendar's parser takes RFC 5545's subset only (no years, months or fractions), and one regular
expression is less than a dependency (isodate) for one notation. Years and months have no fixed
length: only zero ones are taken.
"""
_TYPE_PREFIXES: tuple[tuple[str, Kind], ...] = (
    ("lecture", Kind.TALK),
    ("talk", Kind.TALK),
    ("lightning talk", Kind.TALK),
    ("keynote", Kind.KEYNOTE),
    ("podium", Kind.PANEL),
    ("panel", Kind.PANEL),
    ("dj set", Kind.SOCIAL),
    ("live concert", Kind.SOCIAL),
    ("concert", Kind.SOCIAL),
    ("party", Kind.SOCIAL),
)
"""frab and hub event types ("lecture", "Talk 40 (30min +10 Q&A)") by their first words."""


@attrs.frozen
class ReadEvent:
    """One event as the frab formats describe it, before it becomes an item.

    Attributes:
        title: the event's title.
        start: the start, with the offset the feed gives.
        duration: how long it lasts, or None when the export leaves it empty.
        room: the room's name, or None.
        event_type: the feed's type ("lecture", "Talk", "Workshop").
        persons: the speakers' public names, in order.
        abstract: the abstract and description joined, or None when both are empty.
        links: the event page, its links and attachments.
        line: where the event starts in the feed.
        record: every field of the event as written, for the schedule writers.
    """

    title: str
    start: datetime
    duration: timedelta | None
    room: str | None
    event_type: str | None
    persons: tuple[str, ...]
    abstract: str | None
    links: tuple[Link, ...]
    line: int | None
    record: FrabEvent | None = None


def parse_duration(text: str | None, where: SourceRef) -> timedelta | None:
    """Return a frab duration ("00:30", "0:40:00", "26:00" for a camp's day and night), or None when it is empty.

    Raises:
        ParseError: when it is missing or malformed.
    """
    if text is not None and not text.strip():  # a hand-made export's break: <duration></duration>
        return None
    written = (text or "").strip()
    match = _DURATION.match(written)
    if match is not None:
        hours, minutes, seconds = (int(match[group] or 0) for group in ("hours", "minutes", "seconds"))
        length = (hours * 60 + minutes) * 60 + seconds
    else:
        length = _iso_duration_seconds(written, where)
    if length > 366 * 24 * 3600:  # also keeps timedelta from overflowing
        raise ParseError(f"expected a duration of at most 366 days, found {text!r}", where)
    return timedelta(seconds=length)


def _iso_duration_seconds(written: str, where: SourceRef) -> int:
    """The seconds of an ISO 8601 duration (`PT40M`, `P0Y0M0DT0H40M0.000S`), whole.

    Raises:
        ParseError: when it is not one, or counts years or months.
    """
    match = _ISO_DURATION.match(written)
    if match is None or written in ("P", "PT"):
        raise ParseError(f"expected a duration such as 00:30 or PT30M, found {written!r}", where)
    if int(match["years"] or 0) or int(match["months"] or 0):
        raise ParseError(f"expected a duration in weeks, days, hours and minutes, found {written!r}", where)
    weeks, days, hours, minutes = (int(match[group] or 0) for group in ("weeks", "days", "hours", "minutes"))
    seconds = round(float((match["seconds"] or "0").replace(",", ".")))
    return (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds


def event_kind(event_type: str | None, title: str, length: timedelta | None = None) -> Kind:
    """Return the kind of an event of frab type `event_type` titled `title`, lasting `length`.

    A type the vocabulary does not know ("other") gives way to the title only where the title
    says it: "Jeff Dean - Keynote", "Poster Session", or an opening of at most an hour (a
    three-hour "Welcome to the House of Tea! <3" stays "other").
    """
    if event_type:
        kind = kind_from_label(event_type, title)
        if kind is not Kind.OTHER:
            return kind
        folded = collapse_space(event_type.casefold())
        for prefix, prefixed_kind in _TYPE_PREFIXES:
            if folded.startswith(prefix):
                return prefixed_kind
    kind = kind_from_title(title, length)
    if kind is Kind.SPOTLIGHT and title.casefold().startswith("lightning"):
        # 29C3's "Lightning Talks 1" (type "other") is an hour of five-minute talks, not a paper's
        # spotlight: a talk, as the type "lightning talk" is.
        return Kind.TALK
    return kind


def missing_duration(event: ReadEvent, where: SourceRef) -> Problem | None:
    """A warning for an event whose export leaves its duration empty: it is shown with its start only."""
    if event.duration is not None:
        return None
    message = f"{event.title!r} has an empty duration: shown with its start only"
    return Problem(Severity.WARNING, "no-duration", message, where)


def untitled_people(record: FrabEvent) -> list[str]:
    """The names an event without a title is titled by (c3voc's PyData Berlin 2015: a keynote by its speaker)."""
    return [collapse_space(person.name) for person in record.persons if person.name and person.name.strip()]


def untitled_event(written: str | None, event: ReadEvent, where: SourceRef) -> Problem | None:
    """A warning for an event whose export leaves its title empty: titled by its people."""
    if collapse_space(written or ""):
        return None
    message = f"an event without a <title>: titled by its people, {event.title!r}"
    return Problem(Severity.WARNING, "untitled-event", message, where)


def _in_program_years(moment: datetime, zone: ZoneInfo, where: SourceRef) -> datetime:
    """`moment` in `zone`, checked to fall within the years a program may span (a day either side fits)."""
    if not (FIRST_YEAR <= moment.year <= LAST_YEAR):
        raise ParseError(f"expected a time in the years {FIRST_YEAR} to {LAST_YEAR}, found {moment.isoformat()}", where)
    # Through UTC: a wall time the zone skips (02:30 on the spring-forward night) becomes the
    # instant it names, written as the zone writes it (03:30), so a written feed reads back the same.
    return moment.astimezone(UTC).astimezone(zone)


def event_item(event: ReadEvent, source: str, zone: ZoneInfo) -> Item:
    """Return the item an event becomes, its times in the program's zone.

    Raises:
        ParseError: when its start or end falls outside the years a program may span.
    """
    kind = event_kind(event.event_type, event.title, event.duration)
    where = SourceRef(source, event.line)
    start = _in_program_years(event.start, zone, where)
    # Add the duration in UTC: a start given in the zone itself (a day's date and "00:00") added
    # to in wall-clock time would end at 02:00 on the night clocks jump from 02:00 to 03:00.
    end = _in_program_years(event.start.astimezone(UTC) + event.duration, zone, where) if event.duration else None
    return Item(
        id=item_id(kind, event.title),
        kind=kind,
        title=event.title,
        source=SourceRef(source, event.line),
        start=start,
        end=end,
        people=tuple(person for person in event.persons if not is_placeholder_name(person)),
        abstract=event.abstract,
        links=event.links,
        label=event.event_type or None,
        location=event.room,
        frab=event.record,
    )


def conference_acronym(text: str | None) -> str | None:
    """Return the feed's acronym in the shape our schedule export needs ("38c3"), else None."""
    acronym = (text or "").strip().lower()
    return acronym if ACRONYM.fullmatch(acronym) else None


def link_list(pairs: Sequence[tuple[str | None, str | None]]) -> tuple[Link, ...]:
    """Return links from (title, url) pairs, skipping those without an address, each once."""
    links: dict[str, Link] = {}
    for title, url in pairs:
        if url and url.strip() and url.strip() not in links:
            links[url.strip()] = Link(collapse_space(title or "") or url.strip(), url.strip())
    return tuple(links.values())


def parse_bool(value: object) -> bool | None:
    """Return a flag as an export writes it (true, "true", "True", "1"), or None when absent."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    return text in ("true", "1", "yes") if text else None


MAX_ID_DIGITS = 18
"""The longest number an id may be (a 64-bit integer); longer ones are no id (4,301 digits stop int())."""


def parse_id(value: object) -> int | None:
    """Return a numeric id as an export writes it (2, "2"), or None when it is absent or not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip() if value is not None else ""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS else None


def day_change(explicit: str | None, days: Sequence[FrabDay]) -> time | None:
    """Return when a conference day ends: the export's day_change, else the end its days share.

    38C3's days end at 06:00 the next morning; a day that ends on its own date says nothing.
    """
    if explicit:
        try:
            return time.fromisoformat(explicit.strip()[:5])
        except ValueError:
            return None
    changes = []
    for day in days:
        try:
            end = datetime.fromisoformat(day.end or "")
            if end.date() > datetime.fromisoformat(day.date).date():
                # pretalx ends a day at 03:59 and starts the next at 04:00.
                changes.append((end + timedelta(minutes=1)).time() if end.minute == 59 else end.time())
        except ValueError:
            continue
    return changes[0] if changes and all(change == changes[0] for change in changes) else None


def description_speakers(descriptions: Sequence[str | None]) -> list[tuple[str, ...]]:
    r"""Each event's speakers named on its description's first line, when that is the export's convention.

    A hand-made export for giggity (Tübix 2017) leaves every `<persons>` empty and writes the speaker
    as the description's first line, a blank line after it ("Axel Beckert\n\nDas neue
    Debian-Release …"). Taken only when at least three quarters of the described events do so, and
    only for those (a first line "FÄLLT AUS! Sven Rath" is no name): else no one.
    """
    named = [_first_line_names(text) for text in descriptions]
    described = sum(1 for text in descriptions if text and text.strip())
    if not described or sum(1 for names in named if names) * 4 < described * 3:
        return [()] * len(descriptions)
    return named


def _first_line_names(text: str | None) -> tuple[str, ...]:
    first, _, rest = (text or "").strip().partition("\n")
    if (rest and not rest.lstrip(" \t").startswith("\n")) or not first.strip() or len(first) > 120:
        return ()
    names = tuple(collapse_space(name) for name in re.split(r"\s*,\s*|\s+(?:and|und|&)\s+", first.strip()))
    return names if names and all(looks_like_name(name) for name in names) else ()

"""The schedule page of a conference site, copied as text (seed 002).

An entry is three segments separated by lines that are exactly ``|``::

    Sat 1:55 p.m. - 2:40 p.m.          a time line, or "-" for an untimed entry
    |
    Steve Keckler - Invited Talk       the title
    (Talk)                             an optional kind line
    SlidesLive Video »                 optional link lines
    An abstract…                       an optional abstract
    |
    Stephen Keckler                    the people line: names joined by " · "
    🔗                                 the share icon that ends the entry
    |

A ``|`` inside a line ("Poster Session | Coffee Break") is text, not a separator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from typing import ClassVar

import attrs

from program.errors import ParseError, UsageError
from program.model import Item, Link, Problem, Program, Severity, SourceRef
from program.model.ids import item_id
from program.model.zones import FIRST_YEAR, LAST_YEAR, in_years
from program.readers.base import Line, ReadContext
from program.readers.clock import (
    LOOKS_LIKE_TIME_LINE,
    WEEKDAYS,
    ClockError,
    TimeRange,
    crosses_midnight,
    parse_time_line,
)
from program.readers.kind_labels import kind_from_label, kind_from_title, title_speaker

SEPARATOR = "|"
END_MARK = "🔗"
UNTIMED = "-"
NO_ABSTRACT = "no summary was provided."
_KIND_LINE = re.compile(r"^\((?P<label>[^()]+)\)$")
_LINK_LINE = re.compile(r"^(?P<label>[^»]+?)\s*»\s*(?P<url>\S+)?$")
_PEOPLE_SEPARATOR = re.compile(r"\s*·\s*")
_ROOM_LINE = re.compile(
    r"(?:(?i:location|room|where|venue)\s*:\s*|📍\s*)(?P<named>.{1,80})"  # "Location: Room 291", "📍 Hall E"
    r"|(?P<bare>(?:Room|Hall|Ballroom|Auditorium|Theatre|Theater|Salon)\s+[\w#.'’-]+"  # "Room 388 - 390"
    r"(?:\s*(?:[-–&,/+]|and)\s*[\w#.'’-]+)*)"
)


Segment = tuple[Line, ...]


class SchedulePageReader:
    """Reads schedule pages copied from a conference site (the seed 002 format)."""

    name: ClassVar[str] = "schedule-page"
    description: ClassVar[str] = "a conference site's schedule page copied as text ('|' lines between parts)"

    def detect(self, text: str) -> bool:
        """Return whether the first non-blank line is a time line and `|` lines follow."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return bool(lines) and _is_time_text(lines[0]) and SEPARATOR in lines[:3]

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read a schedule page into a program of items; unreadable entries become errors."""
        segments = split_segments(text)
        if not segments:
            raise ParseError("expected schedule entries, found an empty file", SourceRef(source, 1))
        dating = _Dating.for_feed(segments, source, context)
        items: list[Item] = []
        problems: list[Problem] = []
        for entry in _entries(segments, source, problems):
            try:
                items.append(_read_entry(entry, source, dating))
            except ParseError as error:
                problems.append(Problem(Severity.ERROR, "unreadable-block", error.reason, error.source))
        timezone = context.timezone.key if context.timezone else "UTC"
        items = listed_under_days(items)
        return Program(title="", timezone=timezone, items=tuple(items), problems=tuple(problems), sources=(source,))


def split_segments(text: str) -> list[Segment]:
    """Split a feed into segments at lines that are exactly `|`, dropping blank lines."""
    segments: list[Segment] = []
    current: list[Line] = []
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if stripped == SEPARATOR:
            if current:
                segments.append(tuple(current))
            current = []
        elif stripped:
            current.append(Line(number, stripped))
    if current:
        segments.append(tuple(current))
    return segments


def _is_time_text(text: str) -> bool:
    return text == UNTIMED or bool(LOOKS_LIKE_TIME_LINE.match(text))


def _is_time_segment(segment: Segment) -> bool:
    return len(segment) == 1 and _is_time_text(segment[0].text)


@attrs.frozen
class _Entry:
    time: Line
    body: Segment
    people: Segment


def _entries(segments: Sequence[Segment], source: str, problems: list[Problem]) -> Iterator[_Entry]:
    """Group segments into entries; report and skip any run that is not an entry."""
    position = 0
    while position < len(segments):
        found = _entry_at(segments, position, source)
        if isinstance(found, _Entry):
            yield found
            position += 3
            continue
        problems.append(Problem(Severity.ERROR, "unreadable-block", found.reason, found.source))
        position += 1
        while position < len(segments) and not _is_time_segment(segments[position]):
            position += 1


def _entry_at(segments: Sequence[Segment], position: int, source: str) -> _Entry | ParseError:
    time_segment = segments[position]
    if not _is_time_segment(time_segment):
        first = time_segment[0]
        return ParseError(
            f"expected a time line such as 'Sat 8:30 a.m. - 8:40 a.m.' or '-', found {first.text!r}",
            SourceRef(source, first.number),
            first.text,
        )
    time_line = time_segment[0]
    following = segments[position + 1 : position + 3]
    if not following or _is_time_segment(following[0]):
        return ParseError(
            "expected a title after the time line, found "
            + (f"another time line {following[0][0].text!r}" if following else "the end of the file"),
            SourceRef(source, time_line.number),
            time_line.text,
        )
    body = following[0]
    if len(following) < 2 or _is_time_segment(following[1]):
        last = body[-1]
        return ParseError(
            f"expected the people line and '{END_MARK}' after '{body[0].text}', found "
            + (f"the next time line {following[1][0].text!r}" if len(following) > 1 else "the end of the file"),
            SourceRef(source, last.number),
            last.text,
        )
    return _Entry(time_line, body, following[1])


@attrs.frozen
class _Dating:
    """Turns a weekday and a clock time into an aware datetime."""

    first_date: date
    first_weekday: int
    context: ReadContext

    @classmethod
    def for_feed(cls, segments: Sequence[Segment], source: str, context: ReadContext) -> _Dating | None:
        first = next((seg[0] for seg in segments if _is_time_segment(seg) and seg[0].text != UNTIMED), None)
        if first is None:
            return None
        if context.first_date is None or context.timezone is None:
            raise UsageError(
                f"{source}: a schedule page names weekdays and clock times only; pass --date YYYY-MM-DD "
                "(the first day) and --timezone Area/City, or set date and timezone in a program file"
            )
        if not in_years(context.first_date):
            raise UsageError(
                f"{source}: the first day {context.first_date.isoformat()} is outside the years "
                f"{FIRST_YEAR} to {LAST_YEAR}: check --date (or the program file's date)"
            )
        weekday = _weekday_of(first)
        if weekday != context.first_date.weekday():
            raise ParseError(
                f"the first entry is on a {_day_name(weekday)}, but the first day "
                f"{context.first_date.isoformat()} is a {_day_name(context.first_date.weekday())}: "
                "check --date (or the program file's date)",
                SourceRef(source, first.number),
                first.text,
            )
        return cls(context.first_date, weekday, context)

    def at(self, weekday: int, minutes: int) -> datetime:
        day = self.first_date + timedelta(days=(weekday - self.first_weekday) % 7)
        naive = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes)
        return naive.replace(tzinfo=self.context.timezone)


def _weekday_of(line: Line) -> int:
    try:
        parsed = parse_time_line(line.text)
    except ClockError:
        parsed = None
    if parsed is None:
        return WEEKDAYS.index(line.text[:3].lower())
    return parsed.weekday


def _day_name(weekday: int) -> str:
    return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[weekday]


def _read_entry(entry: _Entry, source: str, dating: _Dating | None) -> Item:
    start, end = _times(entry.time, source, dating)
    title, label, links, abstract = _read_body(entry.body, source)
    room, abstract = room_and_abstract(abstract)
    people = _read_people(entry.people, source)
    speaker = title_speaker(title)
    kind = kind_from_label(label, title) if label else kind_from_title(title)
    if speaker and not people:
        people = (speaker.name,)
    return Item(
        id=item_id(kind, title),
        kind=kind,
        title=title,
        source=SourceRef(source, entry.time.number),
        start=start,
        end=end,
        people=people,
        abstract=abstract,
        links=links,
        recorded=bool(label and "recorded" in label.casefold()),
        label=label,
        title_speaker=speaker.name if speaker else None,
        location=room,
        scraped=True,
    )


def _times(line: Line, source: str, dating: _Dating | None) -> tuple[datetime | None, datetime | None]:
    if line.text == UNTIMED:
        return None, None
    where = SourceRef(source, line.number)
    try:
        parsed = parse_time_line(line.text)
    except ClockError as error:
        raise ParseError(f"{error} (in time line {line.text!r})", where, line.text) from None
    if parsed is None:
        raise ParseError(
            f"expected a time line such as 'Sat 8:30 a.m. - 8:40 a.m.', found {line.text!r}", where, line.text
        )
    assert dating is not None, "a feed with a time line always has a dating"
    return _span(parsed, where, line.text, dating)


def _span(parsed: TimeRange, where: SourceRef, text: str, dating: _Dating) -> tuple[datetime, datetime | None]:
    start = dating.at(parsed.weekday, parsed.start.minutes)
    if parsed.end is None:
        return start, None
    end_weekday = parsed.end_weekday if parsed.end_weekday is not None else parsed.weekday
    end = dating.at(end_weekday, parsed.end.minutes)
    if parsed.end_weekday is None and end < start and crosses_midnight(parsed.start, parsed.end):
        end += timedelta(days=1)
    if end <= start:
        raise ParseError(
            f"expected an end after the start, found {parsed.end.text} ending before or at {parsed.start.text}",
            where,
            text,
        )
    return start, end


def _read_body(body: Segment, source: str) -> tuple[str, str | None, tuple[Link, ...], str | None]:
    title = body[0].text
    if title == END_MARK or _is_time_text(title):
        raise ParseError(f"expected a title, found {title!r}", SourceRef(source, body[0].number), title)
    rest = list(body[1:])
    label = None
    if rest and (kind_line := _KIND_LINE.match(rest[0].text)):
        label = kind_line["label"].strip()
        rest.pop(0)
    links: list[Link] = []
    while rest and (link_line := _LINK_LINE.match(rest[0].text)):
        links.append(Link(link_line["label"].strip(), link_line["url"]))
        rest.pop(0)
    abstract = "\n".join(line.text for line in rest) or None
    if abstract and abstract.casefold() == NO_ABSTRACT:
        abstract = None
    return title, label, tuple(links), abstract


def _read_people(segment: Segment, source: str) -> tuple[str, ...]:
    lines = [line for line in segment if line.text != END_MARK]
    if segment[-1].text != END_MARK and len(lines) != 1:
        raise ParseError(
            f"expected the people line and '{END_MARK}', found {segment[-1].text!r}",
            SourceRef(source, segment[-1].number),
            segment[-1].text,
        )
    if len(lines) > 1:
        raise ParseError(
            f"expected one people line (names joined by ' · ') before '{END_MARK}', found {len(lines)} lines",
            SourceRef(source, lines[1].number),
            lines[1].text,
        )
    if not lines:
        return ()
    names = (name.strip() for name in _PEOPLE_SEPARATOR.split(lines[0].text))
    return tuple(" ".join(name.split()) for name in names if name)


def room_and_abstract(text: str | None) -> tuple[str | None, str | None]:
    """Return the room a line of an entry's text names ("Room 291", "Location: Hall E"), and the rest.

    Pages of conferences with parallel sessions name each entry's room on a line of its own,
    first or last after the title, kind line and links.
    """
    lines = text.split("\n") if text else []
    for position in (0, -1)[: len(lines)]:
        found = _ROOM_LINE.fullmatch(lines[position].strip())
        if found:
            rest = lines[1:] if position == 0 else lines[:-1]
            return (found["named"] or found["bare"]).strip(), "\n".join(rest) or None
    return None, text


def listed_under_days(items: Sequence[Item]) -> list[Item]:
    """Give each untimed item the day of the timed entry it is listed after (a multi-day page's posters)."""
    listed: list[Item] = []
    day: date | None = None
    for item in items:
        if item.start is not None:
            day = item.start.date()
        listed.append(attrs.evolve(item, day=day) if item.start is None and day is not None else item)
    return listed

"""program.ics: one VEVENT per timed item, built with icalendar.

Folding, escaping and the VTIMEZONE all come from icalendar; the timestamp (DTSTAMP)
comes from the program, never from the clock, so a rebuild gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import ClassVar

from icalendar import Calendar, Event
from icalendar.enums import TRANSP

from program.model import Item, Kind, Program
from program.model.text import slugify
from program.version import __version__
from program.writers.base import RenderOptions
from program.writers.clean_text import plain_text

PRODID = f"-//program//program {__version__}//EN"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class IcsWriter:
    """Writes an iCalendar file importable into any calendar application."""

    name: ClassVar[str] = "ics"
    filename: ClassVar[str] = "program.ics"
    media_type: ClassVar[str] = "text/calendar"

    def write(self, program: Program, options: RenderOptions) -> bytes:
        """Return the calendar as RFC 5545 bytes (CRLF lines, folded by icalendar)."""
        del options  # times in a calendar are data, not presentation
        data: bytes = program_calendar(program).to_ical()
        return data


def calendar_key(program: Program) -> str:
    """Return the part after "@" in every UID: a slug of the program's title."""
    return slugify(program.title or "program", max_length=64)


def event_uid(item: Item, program: Program) -> str:
    """Return the UID of `item`'s event: its stable id at the program's key."""
    return f"{item.id}@{calendar_key(program)}"


def program_calendar(program: Program) -> Calendar:
    """Return a calendar with one event per timed item and the VTIMEZONE it needs."""
    calendar = Calendar.new(
        prodid=PRODID,
        uid=f"calendar@{calendar_key(program)}",
        name=program.title or None,
        url=program.url,
    )
    calendar.add("X-WR-TIMEZONE", program.timezone)
    posters_by_session = _posters_by_session(program)
    stamp = program.updated or _EPOCH
    for item in program.items:
        if item.start is not None:
            calendar.add_component(_event(item, program, stamp, posters_by_session.get(item.id, [])))
    if program.days:
        calendar.add_missing_timezones(
            first_date=_year_start(program.days[0]), last_date=_year_start(program.days[-1], 1)
        )
    return calendar


def _year_start(day: date, years_later: int = 0) -> date:
    return date(day.year + years_later, 1, 1)


def _posters_by_session(program: Program) -> dict[str, list[Item]]:
    posters: dict[str, list[Item]] = {}
    for item in program.items:
        for session_id in item.sessions:
            posters.setdefault(session_id, []).append(item)
    return posters


def _event(item: Item, program: Program, stamp: datetime, posters: list[Item]) -> Event:
    return Event.new(
        uid=event_uid(item, program),
        stamp=stamp,
        start=item.start,
        end=item.end,
        summary=plain_text(item.title),
        description="\n\n".join(_description_parts(item, posters)) or None,
        categories=[item.kind.display],
        location=item.location or program.venue,
        url=next((link.url for link in item.links if link.url), program.url),
        transparency=TRANSP.TRANSPARENT if is_transparent(item) else TRANSP.OPAQUE,
    )


def _description_parts(item: Item, posters: list[Item]) -> Iterator[str]:
    if item.people:
        role = "Authors" if item.kind.presents_paper else "Speakers" if len(item.people) > 1 else "Speaker"
        yield f"{role}: {', '.join(item.people)}"
    if item.abstract:
        yield plain_text(item.abstract)
    links = [f"{link.label}: {link.url}" for link in item.links if link.url]
    if links:
        yield "\n".join(links)
    if item.recorded:
        yield "A recorded presentation is available."
    if posters:
        yield "Posters presented:\n" + "\n".join(_poster_line(poster) for poster in posters)


def _poster_line(poster: Item) -> str:
    authors = f" ({', '.join(poster.people)})" if poster.people else ""
    board = f"{poster.board} " if poster.board else ""
    return f"- {board}{plain_text(poster.title)}{authors}"


def is_transparent(item: Item) -> bool:
    """Whether the event should not block time in a calendar (breaks, poster sessions)."""
    return item.kind in (Kind.BREAK, Kind.POSTER_SESSION)

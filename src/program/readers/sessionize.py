"""Sessionize JSON exports (API v2), in their three views.

"All data" is an object of `sessions`, `speakers`, `rooms`, `categories` and `questions`
that name each other by id. "Schedule grid" (GridSmart) is a list of days, each with rooms
and their sessions, and the same sessions again by time slot: each session is read once,
where it is first listed. "Sessions" is a list of groups of sessions. Sessions carry
speakers and categories by name in the last two.

Sessionize writes local wall-clock times without a zone ("2020-03-28T09:00:00"; the grid
views add a "Z" that does not mean UTC): the zone comes from `--timezone` or the program
file. A session not yet scheduled has no times: it is read as an untimed item, and an
export in which no session is scheduled is an error that says so.
"""

from __future__ import annotations

import re
from typing import ClassVar
from zoneinfo import ZoneInfo

from program.errors import ParseError, UsageError
from program.model import Item, Problem, Program, Severity, SourceRef
from program.readers.app_json import Locator, counted, session_item, written
from program.readers.base import ReadContext, load_json
from program.readers.sessionize_views import Listing, View

_OPENING = re.compile(r"\s*[\[{]")
_SESSION_KEY = re.compile(r'"isServiceSession"\s*:\s*(?:true|false)')
# an "All data" view taken before any session was accepted has no session to carry that key:
# it opens with its empty "sessions" list and then "speakers", in Sessionize's own key order
_EMPTY_ALL_DATA = re.compile(r'\s*\{\s*"sessions"\s*:\s*\[\s*\]\s*,\s*"speakers"\s*:')


class SessionizeReader:
    """Reads Sessionize's JSON: the "All data", "Schedule grid" and "Sessions" views."""

    name: ClassVar[str] = "sessionize"
    description: ClassVar[str] = "Sessionize JSON export (All data, Schedule grid or Sessions view; needs --timezone)"

    def detect(self, text: str) -> bool:
        """Return whether the text is JSON whose sessions say whether they are service sessions.

        Only Sessionize writes "isServiceSession"; every view gives it on every session.
        """
        text = text.lstrip("\ufeff")
        if _EMPTY_ALL_DATA.match(text):
            return True
        return _OPENING.match(text) is not None and _SESSION_KEY.search(text) is not None

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every session once; unreadable sessions become errors named by line and JSON path.

        Raises:
            ParseError: when the document is no Sessionize view.
            UsageError: when sessions have times and no zone is given.
        """
        text = text.lstrip("\ufeff")
        document = load_json(text, source)
        view = View.of(document, source)
        listings = list(view.listings())
        zone = _zone(listings, context, source)
        locator = Locator(text, source)
        items: list[Item] = []
        problems: list[Problem] = []
        seen: set[str] = set()
        service = 0
        for listing in listings:
            key = written(listing.raw.get("id")) if isinstance(listing.raw, dict) else None
            if key is not None and key in seen:
                continue  # the grid lists a session in its room and in its time slot
            if key is not None:
                seen.add(key)
            where = locator.next("id", listing.raw.get("id")) if isinstance(listing.raw, dict) else locator.line_at(0)
            try:
                session = view.session(listing, zone, where)
            except ParseError as error:
                problems.append(
                    Problem(Severity.ERROR, "unreadable-event", f"{error.reason} (at {listing.path})", error.source)
                )
                continue
            problems.extend(view.unknown(listing, where))
            items.append(session_item(session))
            service += session.service
        problems.extend(_unscheduled(items, source) if listings else [_no_sessions(view.name, source)])
        return Program(
            title="",
            timezone=zone.key if zone else "UTC",
            items=tuple(items),
            problems=tuple(problems),
            sources=(source,),
            reading=_reading(view.name, items, service, len(listings), zone, _zulu(listings)),
        )


def _zone(listings: list[Listing], context: ReadContext, source: str) -> ZoneInfo | None:
    timed = any(isinstance(listing.raw, dict) and listing.raw.get("startsAt") for listing in listings)
    if not timed or context.timezone is not None:
        return context.timezone
    zulu = ' (the "Z" after them is no UTC: Sessionize writes it after local times too)' if _zulu(listings) else ""
    raise UsageError(
        f"{source}: Sessionize gives the times of the event's own zone without naming it{zulu}: pass "
        "--timezone Area/City, the zone the event was scheduled in (its place, e.g. Europe/Vienna; UTC for an "
        "online event scheduled in UTC), or set timezone in a program file"
    )


def _unscheduled(items: list[Item], source: str) -> list[Problem]:
    """An error when no session has a time (an export taken before scheduling), else a warning per untimed one."""
    untimed = [item for item in items if item.start is None]
    if items and len(untimed) == len(items):
        message = (
            f"none of the {counted(len(items), 'session')} has a time: the export was taken before the "
            "schedule was made (every startsAt is null); export it again once sessions are scheduled"
        )
        return [Problem(Severity.ERROR, "unscheduled-export", message, SourceRef(source, 1))]
    return [
        Problem(Severity.WARNING, "unscheduled-session", f"{item.title!r} has no time: read as untimed", item.source)
        for item in untimed
    ]


def _no_sessions(view: str, source: str) -> Problem:
    """The error for a view that lists no session at all (exported before any was accepted)."""
    message = (
        f"the {view} export lists no session: it was taken before any session was accepted or "
        "scheduled; export it again once sessions are scheduled"
    )
    return Problem(Severity.ERROR, "unscheduled-export", message, SourceRef(source, 1))


def _zulu(listings: list[Listing]) -> bool:
    """Whether the export writes a "Z" after its times (the grid views do)."""
    return any(
        isinstance(listing.raw, dict) and str(listing.raw.get("startsAt") or "").endswith("Z") for listing in listings
    )


def _reading(  # noqa: PLR0913, PLR0917 -- the counts a read gathers, said in one place
    view: str, items: list[Item], service: int, listed_count: int, zone: ZoneInfo | None, zulu: bool
) -> tuple[str, ...]:
    rooms = {item.location for item in items if item.location}
    people = {name for item in items for name in item.people}
    lines = [
        f"Sessionize {view} view: {counted(len(items), 'session')} ({service} service sessions), "
        f"{counted(len(people), 'speaker')}, {counted(len(rooms), 'room')}"
    ]
    if listed_count > len(items):
        lines.append(f"{listed_count} listings of sessions: each session read once, where first listed")
    if zone is not None:
        lines.append(f"times: local times of {zone.key}, as given (Sessionize names no zone)")
        if zulu:
            lines.append('the "Z" after the times is not UTC (Sessionize writes local times): read as local times')
    untimed = sum(1 for item in items if item.start is None)
    if untimed:
        lines.append(f"{counted(untimed, 'session')} without a time: read as untimed")
    kept = dict.fromkeys(answer.question for item in items if item.frab for answer in item.frab.answers or ())
    if kept:
        lines.append(f"categories and questions kept with each session: {', '.join(kept)}")
    return tuple(lines)

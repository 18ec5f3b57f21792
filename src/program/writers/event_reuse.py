"""Calendar events an earlier build serialised, handed to this build's calendars as made.

A rebuild (`program.build_cache`) finds, by their keys, the events of the published
program.ics that are the same in this program, and gives them here before rendering; the
calendars, the site and the worker processes forked to render them take these bytes
instead of serialising those events again with icalendar.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping

from program.model import Program

_known: list[tuple[Program, Mapping[str, bytes]]] = []


@contextlib.contextmanager
def events_reused(program: Program, events: Mapping[str, bytes]) -> Iterator[None]:
    """While the block runs, the calendars of `program` take `events` (item id -> its VEVENT) as made."""
    _known[:] = [(program, events)]
    try:
        yield
    finally:
        _known.clear()


def reused_events(program: Program) -> dict[str, bytes]:
    """The events given for `program` (item id -> VEVENT bytes), a copy the caller may add to."""
    return dict(_known[0][1]) if _known and _known[0][0] is program else {}

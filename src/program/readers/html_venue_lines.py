"""A line of a page's schedule that names a slot's room: "Venue: Grand Hall A", "Phòng : E21.105", "Lokasi: …"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.readers.html_blocks import TextLine

_VENUE = re.compile(r"^(?:venue|room|location|phòng|lokasi)\s*:\s*(?P<room>\S.*)$", re.IGNORECASE)
"""English, Vietnamese (TVU 2023) and Indonesian (RAKERNAS 2023) names of the line."""


def venue_at(lines: Sequence[TextLine], index: int, used: set[int]) -> str | None:
    """The room of a "Venue: Grand Hall A, 1/F, 12W" line at `index` (marked used), or None."""
    found = _VENUE.match(lines[index].text) if index < len(lines) and index not in used else None
    if found is None:
        return None
    used.add(index)
    return found["room"]


def last_venue(said: tuple[str, ...], room: str | None) -> tuple[tuple[str, ...], str | None]:
    """A slot's lines without a last `Lokasi: …` line, and its room when the title named none.

    RAKERNAS 2023 writes each slot's title, its speaker, then `<p>Lokasi: R. Borobudur 1 Hotel Santika …</p>`.
    """
    venue = _VENUE.match(said[-1]) if said and room is None else None
    return (said[:-1], venue["room"]) if venue else (said, room)

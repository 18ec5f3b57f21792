"""A zone abbreviation right after a line's time: "* **16:00 UTC:** Title" (TPBC 2021), "9:00 PDT Welcome".

The abbreviation is the zone of the page's times (`days.page_zone` takes it when no line names
one and every such abbreviation names one zone, as the NDN Hackathon's "PDT"); it is no part of
the title ("UTC: Break" was the title of every TPBC 2021 slot).
"""

from __future__ import annotations

import re

import attrs

from program.readers.base import Line
from program.readers.lines.days import AFTER_TIMES
from program.readers.notation.leading import LeadingSpan

_ZONE_FIRST = re.compile(rf"^(?P<zone>{'|'.join(AFTER_TIMES)})(?:\s*:)*(?:\s+|$)")
"""An upper-case abbreviation, then a colon or a space ("UTC: ", "PDT "), opening what follows a time."""


def zone_taken(found: LeadingSpan | None, line: Line, zones: list[tuple[Line, str]]) -> LeadingSpan | None:
    """The time-led line without the zone after its time; the zone added to `zones` with its line.

    >>> from program.readers.notation.leading import leading_span
    >>> zones = []
    >>> zone_taken(leading_span("15:00 UTC: : Keynote: Scalability"), Line(3, ""), zones).rest, zones
    ('Keynote: Scalability', [(Line(number=3, text=''), 'UTC')])
    >>> zone_taken(leading_span("9:00 CESTA Workshop"), Line(4, ""), zones).rest
    'CESTA Workshop'
    """
    written = _ZONE_FIRST.match(found.rest) if found is not None else None
    if found is None or written is None:
        return found
    zones.append((line, written["zone"]))
    return attrs.evolve(found, rest=found.rest[written.end() :].lstrip(" :"))

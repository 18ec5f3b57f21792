"""The zone of a Google Calendar a page embeds or links: its `ctz` parameter, when the page names no zone itself.

CSST 2025's schedule page writes its times in Markdown tables and embeds its calendar,
`<iframe src="https://calendar.google.com/calendar/embed?…&ctz=America%2FNew_York&…">`: the
organisers chose the zone the calendar shows the times in, so the page's times are in it. A zone
the page's text names wins over it (`days.page_zone`); `program check` says where the zone came from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import unquote
from zoneinfo import ZoneInfo

from program.model.zones import place_zone
from program.readers.base import Line

_CALENDAR_ZONE = re.compile(r"calendar\.google\.com/calendar/[^\s\"'<>]{0,2000}?[?&;]ctz=(?P<zone>[\w%+\-/]{1,80})")


def calendar_zone(lines: Sequence[Line]) -> tuple[Line, ZoneInfo, str] | None:
    """The first Google Calendar link's zone that is a real IANA name, with its line and the zone as written."""
    for line in lines:
        if "calendar.google.com" not in line.text:
            continue
        for found in _CALENDAR_ZONE.finditer(line.text):
            try:
                return line, place_zone(unquote(found["zone"])), found["zone"]
            except ValueError:  # "ctz=Mars%2FOlympus": no zone of the database, or one of no place ("localtime")
                continue
    return None

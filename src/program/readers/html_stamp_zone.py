"""The zone of a page whose times are written whole with their UTC offset ("2022-10-17T 13:00:00+09:00").

MEEC 2022's program writes every time so (a script on the page shows each in the reader's own
zone) and names three zones in its sidebar: "CEST 06:00-11:00 JST 13:00-18:00 PDT 21:00-02:00".
The first named, CEST, would show a workshop held in Nara at 6 in the morning. The offset the times
carry says which: a zone the page names that has that offset at those times (JST: Asia/Tokyo), else
the offset itself, with the `no-time-zone` warning naming --timezone (`app_json.offset_context`).
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import attrs

from program.model import Problem
from program.readers.app_json import offset_context
from program.readers.base import ReadContext
from program.readers.html_dating import PageSettings
from program.readers.lines.days import ABBREVIATIONS
from program.readers.notation.moments import MOMENT_IN_TEXT, written_moment

_FEWEST = 2
"""Moments enough to be the schedule's times: one alone may be when the page was last changed."""

_NAMED = re.compile(rf"\b(?P<name>{'|'.join(ABBREVIATIONS)})\b")


def stamped_zone(
    text: str, settings: PageSettings, context: ReadContext, source: str
) -> tuple[PageSettings, tuple[Problem, ...]]:
    """The settings with the zone the page's offsets say, when the user gave none; and the warning, if any.

    Only a page whose written moments (two or more) all carry one offset: several offsets, or none, leave
    the settings as the page's words made them.
    """
    if context.timezone is not None:
        return settings, ()
    moments = [moment for found in MOMENT_IN_TEXT.finditer(text) if (moment := written_moment(found[0])) is not None]
    offsets = [offset for moment in moments if (offset := moment.utcoffset()) is not None]
    if len(moments) < _FEWEST or len(offsets) != len(moments) or len(set(offsets)) != 1:
        return settings, ()
    first = moments[0]
    if settings.zone is not None and first.astimezone(settings.zone).utcoffset() == first.utcoffset():
        return settings, ()  # the zone the page names agrees with its times
    said = tuple(line for line in settings.said if not line.startswith("time zone:"))
    named = _named_zone(text, first)
    if named is not None:
        line = f"time zone: {named[0].key}, from the page ({named[1]!r}: the offset its times are written with)"
        return attrs.evolve(settings, zone=named[0], said=(line, *said)), ()
    zoned, problems = offset_context(context, offsets, source)
    return attrs.evolve(settings, zone=zoned.timezone, said=said), problems


def _named_zone(text: str, moment: datetime) -> tuple[ZoneInfo, str] | None:
    """The first zone the page names by its abbreviation that has the moment's offset at that moment."""
    for found in _NAMED.finditer(text):
        zone = ZoneInfo(ABBREVIATIONS[found["name"]])
        if moment.astimezone(zone).utcoffset() == moment.utcoffset():
            return zone, found["name"]
    return None

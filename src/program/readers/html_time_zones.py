"""The zone a page's own times write after them: "9:00 am - 11:00 am PDT" on every row.

A page whose every time ends in one zone abbreviation names its zone as surely as an "All times
are PDT" line does (11th NDN Hackathon 2021). The abbreviation is read as the zone of its
best-known city (`lines.days.ABBREVIATIONS`: PDT → America/Los_Angeles), and `reading` says
so, naming --timezone for an event elsewhere in that offset. Two different abbreviations
(a page listing "10:00 CEST / 4:00 EDT") name no one zone: the page's zone stays unknown.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from program.readers.lines.days import ABBREVIATIONS

_UPPER = "|".join(name for name in ABBREVIATIONS if len(name) <= 4)
_TIME_THEN_ZONE = re.compile(
    rf"\b\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:[ap]\.?\s?m\.?)?\s*\(?(?P<zone>{_UPPER})\)?(?![\w-])", re.IGNORECASE
)
ZONE_AFTER_TIME = re.compile(rf"(?<=[\dmM.])\s*\(?(?:{_UPPER})\)?\s*$")
"""A zone abbreviation ending a time cell ("11:00 am PDT"): no part of the time itself."""
_ZONED_RANGE = re.compile(
    rf"^(?P<start>\d{{1,2}}[:.]\d{{2}})\s+(?-i:{_UPPER})\s*(?P<dash>[-–—])\s*(?P<end>\d{{1,2}}[:.]\d{{2}})(?:\s+(?-i:{_UPPER})\b)?"
)


def without_range_zones(text: str) -> str:
    """A line's leading range without the zone written after each of its times: the page's zone (`times_zone`).

    >>> without_range_zones("08:30 WIB - 09:15 WIB Speech Komisaris")
    '08:30 - 09:15 Speech Komisaris'
    """
    return _ZONED_RANGE.sub(r"\g<start> \g<dash> \g<end>", text)


def times_zone(text: str) -> tuple[ZoneInfo, str] | None:
    """The zone the page's times write after them, with the abbreviation; None unless all write one and the same.

    >>> times_zone("9:00 am - 11:00 am PDT … After 11:00 am PDT")[0].key
    'America/Los_Angeles'
    >>> times_zone("10:00 CEST / 4:00 am EDT") is None
    True
    """
    written = {found["zone"] for found in _TIME_THEN_ZONE.finditer(text) if found["zone"].isupper()}
    zones = {ABBREVIATIONS[name] for name in written}
    if len(zones) != 1:
        return None
    return ZoneInfo(zones.pop()), "/".join(sorted(written))

"""Time zones a program may name: IANA zones of a place (or UTC), and the years it may span."""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

NOT_A_PLACE = frozenset({"localtime", "Factory", "posixrules", "posixrules.tzinfo"})
"""Entries of the time-zone database that name no place: this machine's zone, a placeholder, a template."""

FIRST_YEAR, LAST_YEAR = 1000, 9998
"""Years a program's dates may fall in: a day either side stays within what datetime can hold."""


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    return frozenset(available_timezones()) - NOT_A_PLACE


def place_zone(name: str) -> ZoneInfo:
    """Return the IANA zone called `name` ("America/Chicago", "UTC").

    Raises:
        ValueError: when `name` is no zone of the database, or one that names no place
            ("localtime" would be this machine's zone, different on every machine).
    """
    if name not in _known():
        raise ValueError(name)
    return ZoneInfo(name)


def in_years(moment: date | datetime) -> bool:
    """Whether `moment` falls within FIRST_YEAR to LAST_YEAR."""
    return FIRST_YEAR <= moment.year <= LAST_YEAR

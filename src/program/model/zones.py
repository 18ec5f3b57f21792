"""Time zones a program may name: IANA zones of a place (or UTC), and the years it may span."""

from __future__ import annotations

from datetime import date, datetime, timedelta
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


def offset_zone(offset: timedelta) -> ZoneInfo:
    """Return the zone of a fixed UTC offset: `Etc/GMT-1` for +01:00 (the database's signs are POSIX's, reversed).

    An offset that is not a whole number of hours has no such zone: it is UTC's.
    """
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if rest or not -12 <= hours <= 14:
        return ZoneInfo("UTC")
    return ZoneInfo("UTC" if hours == 0 else f"Etc/GMT{-hours:+d}")


def zone_label(key: str) -> str:
    """Return how a reader is shown a zone: "Europe/Berlin" → "Europe/Berlin", "Etc/GMT-1" → "UTC+01:00"."""
    if not key.startswith("Etc/GMT") or key in ("Etc/GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0"):
        return key.replace("_", " ")
    hours = -int(key.removeprefix("Etc/GMT"))
    return f"UTC{'+' if hours >= 0 else '-'}{abs(hours):02d}:00"

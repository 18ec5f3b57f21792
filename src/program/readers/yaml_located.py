"""A static site's YAML mapping with its line, the days a mapping's keys name, and the files joined to it by id."""

from __future__ import annotations

import re
from typing import Any

import attrs


class Located(dict[str, Any]):
    """A YAML mapping that remembers its (1-based) line."""

    line: int = 0


class KeyedDay(Located):
    """A day a mapping's key names (IS-EUD 2025: `day1:`, `day2:`, `day3:` → their lists), as a level `{day: key}`."""


_DAY_KEY = re.compile(r"^(?:day|tag|jour|d[ií]a)[\s_-]*\d{1,2}$|^\d{4}-\d{1,2}-\d{1,2}$", re.IGNORECASE)
"""A mapping's key that names a day: `day1`, `day_2`, `Tag 3`, `2025-06-16`."""


def keyed_days(data: dict[str, Any]) -> dict[str, KeyedDay]:
    """Each key of a mapping of lists by day and the day level it stands for; {} unless every key names a day.

    A mapping by year (3DV's `2022:`, `2021:`) or by kind (`talks:`, `workshops:`) names no days.
    """
    if not data or not all(isinstance(key, str) and _DAY_KEY.match(key.strip()) for key in data):
        return {}
    days = {}
    for key in data:
        number = re.search(r"\d{1,2}$", key.strip()) if not key[:1].isdigit() else None
        day = days[key] = KeyedDay(day=f"Day {number[0]}" if number else key.strip())  # "Tag 2" is "Day 2"
        day.line = getattr(data, "line", 0)
    return days


def day_key_name(level: Located) -> str | None:
    """What the reading says a day level is read from: the keys, for a day a key names; else None."""
    return "the days' keys" if isinstance(level, KeyedDay) else None


__all__ = ["KeyedDay", "Located", "day_key_name", "keyed_days"]


@attrs.frozen
class Joins:
    """The sessions and speakers an entry's ids refer to (empty when no file is joined)."""

    sessions: dict[str, Located]
    speakers: dict[str, Located]
    source: str
    types: tuple[str, ...] = ()
    """The sessions file's list of session types, which a session's `type: 2` counts into (ByteBay's `meta`)."""

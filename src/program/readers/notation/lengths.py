"""Lengths of time as written beside clock times: "10:00 (5分)", "10:10 - 10:50 (40分)", "90分" alone.

Hackers Champloo 2018 heads each row of its timetable with its time and its length in brackets:
the length is no title, and a start written with only a length ends that many minutes later
(`times.parse_span` reads both). OSH 2014 writes the length alone between a start and its end.
"""

from __future__ import annotations

import re

_UNITS = r"分間?|min(?:ute)?s?|minuten|minutos|minuti|menit|h|hrs?|hours?|時間|phút"  # and Indonesian
_BRACKETED_LENGTH = re.compile(rf"\s*[(（]\s*(?P<amount>\d{{1,3}})\s*(?P<unit>{_UNITS})\.?\s*[)）]$", re.IGNORECASE)
"""A length in brackets at the end of a time: " (5分)", "（40分）", " (45 min)", " (10 phút)" (Vietnamese minutes)."""
_TIME_LENGTH = re.compile(rf"\s*[(（]\s*(?P<amount>\d{{1,3}})\s*(?P<unit>{_UNITS}|p)\.?\s*[)）]$", re.IGNORECASE)
"""A length after a time, Vietnamese minutes (phút) cut to "p" too: "16:10 – 16:20 (10p)" (COMOSA 2025). Only after
a time: a title's "(2p)" may be pages."""
_LONGEST_BRACKET = 20
"""How far from its end a time's bracketed length is looked for: the pattern runs on that tail only."""
_HOURS = frozenset({"h", "hr", "hrs", "hour", "hours", "時間"})
_DAY = 24 * 60
_DURATION = re.compile(r"^\d{1,3}\s*(?:分|分間|min|mins|minutes|h|hrs?|hours?|時間)\.?$", re.IGNORECASE)


def without_length(written: str) -> tuple[str, int | None]:
    """The time written before a bracketed length, and the length in minutes (None when none is written).

    >>> without_length("10:00 (5分)"), without_length("9:00 (1 h)"), without_length("14:00")
    (('10:00', 5), ('9:00', 60), ('14:00', None))
    >>> without_length("16:10 – 16:20 (10p)")
    ('16:10 – 16:20', 10)
    """
    if not written.endswith((")", "）")):
        return written, None
    cut = max(0, len(written) - _LONGEST_BRACKET)
    found = _TIME_LENGTH.search(written, cut)
    if found is None or not any(char.isdigit() for char in written[: found.start()]):
        return written, None
    amount = int(found["amount"]) * (60 if found["unit"].casefold() in _HOURS else 1)
    return written[: found.start()], amount if 0 < amount < _DAY else None


def stated_length(title: str) -> int | None:
    """The length, in minutes, a title states in brackets at its end, or None.

    AI Day 2026 starts its rows only (`| 10:00 | Coffee Break (30 min) | Room 1 |`): the length says the end.

    >>> stated_length("Coffee Break (30 min)"), stated_length("Lunch (1 h)"), stated_length("Talk (Part 2)")
    (30, 60, None)
    """
    if not title.endswith((")", "）")):
        return None
    found = _BRACKETED_LENGTH.search(title, max(0, len(title) - _LONGEST_BRACKET))
    if found is None or not found.start():
        return None
    amount = int(found["amount"]) * (60 if found["unit"].casefold() in _HOURS else 1)
    return amount if 0 < amount < _DAY else None


def without_repeated_length(title: str, start: int, end: int | None) -> str:
    """A title without the length in brackets at its end when its time range, `start` to `end`, says the same.

    RAKERNAS 2023 writes `06:30 WIB - 08:00 WIB` over `Breakfast (90 Menit)`: the bracket repeats the range.

    >>> without_repeated_length("Breakfast (90 Menit)", 390, 480), without_repeated_length("Talk (30 min)", 600, 660)
    ('Breakfast', 'Talk (30 min)')
    """
    if end is None or stated_length(title) != end - start:
        return title
    return title[: title.rindex("(" if "(" in title else "（")].rstrip()


def is_duration(text: str) -> bool:
    """Whether a text is a length of time alone ("90分", "20 min", "1 h"), as written between a start and its end."""
    return bool(_DURATION.match(text.strip()))

"""Times written in a sentence: "Samstag von 11:00 Uhr bis 14:00 Uhr sowie von 17:00 Uhr bis 20:00 Uhr".

German writes a range in prose as "von HH:MM (Uhr) bis HH:MM (Uhr)" (from … until …), each range
on the weekday named before it, or on the last one named: Zeitgeschehen 2018's workshops run
"Samstag von 11:00 Uhr bis 14:00 Uhr, sowie von 17:00 Uhr bis 20:00 Uhr, und Sonntag von 11:00
Uhr bis 14:00 Uhr." A feast day that names its weekday ("Pfingstmontag", Whit Monday;
"Ostersonntag") is that weekday. Only whole weekday names count: "So" and "Mo" are words too.
The clocks are read by `times.parse_span`.
"""

from __future__ import annotations

import re

import attrs

from program.readers.notation.dates import weekday_named
from program.readers.notation.times import ClockError, TimeSpan, parse_span

_CLOCK = r"\d{1,2}(?:[:.]\d{2})?"
_FROM_UNTIL = re.compile(
    rf"\bvon\s+(?P<start>{_CLOCK})(?:\s*uhr)?\s+bis\s+(?P<end>{_CLOCK})(?:\s*uhr)?(?![\d:.]*\d)", re.IGNORECASE
)
_FEAST = re.compile(r"^(?:pfingst|oster)(?=(?:sonntag|montag)$)", re.IGNORECASE)
"""A feast day written as its weekday with the feast before it: "Pfingstmontag" is a Monday."""
_SHORTEST_NAME = 5
"""Weekday names are read whole: "Montag", "Sunday"; "So", "Mo." and "Sa" are left alone in a sentence."""


@attrs.frozen
class ProseRange:
    """A range a sentence writes, and the weekday (0 is Monday) it falls on, as written before it (None: none)."""

    span: TimeSpan
    weekday: int | None


def prose_ranges(text: str) -> list[ProseRange]:
    """Every "von … bis …" range in a text, each on the last weekday named before it.

    >>> found = prose_ranges("Samstag von 11:00 Uhr bis 14:00 Uhr sowie von 17:00 Uhr bis 20:00 Uhr, und Pfingstmontag "
    ...     "von 11:00 Uhr bis 14:00 Uhr.")
    >>> [(one.weekday, one.span.start.minutes, one.span.end_minutes) for one in found]
    [(5, 660, 840), (5, 1020, 1200), (0, 660, 840)]
    >>> prose_ranges("Das Haus ist geöffnet von 18.05. bis 22.05.18")
    []
    """
    found: list[ProseRange] = []
    weekday: int | None = None
    written = 0
    for match in _FROM_UNTIL.finditer(text):
        weekday = _last_weekday(text[written : match.start()], weekday)
        written = match.end()
        try:
            span = parse_span(f"{match['start']}-{match['end']}")
        except ClockError:
            continue
        if span.end is not None:
            found.append(ProseRange(span, weekday))
    return found


def _last_weekday(words: str, before: int | None) -> int | None:
    """The last whole weekday name among the words, else the one before them."""
    for word in reversed(re.findall(r"[^\W\d_]+", words)):
        named = _FEAST.sub("", word)
        if len(named) >= _SHORTEST_NAME and (number := weekday_named(named)) is not None:
            return number
    return before

"""Times written in a sentence: "Samstag von 11:00 Uhr bis 14:00 Uhr sowie von 17:00 Uhr bis 20:00 Uhr".

German writes a range in prose as "von HH:MM (Uhr) bis HH:MM (Uhr)" (from … until …), each range
on the weekday named before it, or on the last one named: Zeitgeschehen 2018's workshops run
"Samstag von 11:00 Uhr bis 14:00 Uhr, sowie von 17:00 Uhr bis 20:00 Uhr, und Sonntag von 11:00
Uhr bis 14:00 Uhr." A feast day that names its weekday ("Pfingstmontag", Whit Monday;
"Ostersonntag") is that weekday. Only whole weekday names count: "So" and "Mo" are words too.
The clocks are read by `times.parse_span`.
"""

from __future__ import annotations

import contextlib
import re

import attrs

from program.readers.notation.dates import weekday_named
from program.readers.notation.times import ClockError, TimeSpan, parse_clock, parse_span

_CLOCK = r"\d{1,2}(?:[:.]\d{2})?"
_FROM_UNTIL = re.compile(
    rf"\bvon\s+(?P<start>{_CLOCK})(?:\s*uhr)?\s+bis\s+(?P<end>{_CLOCK})(?:\s*uhr)?(?![\d:.]*\d)", re.IGNORECASE
)
_MARK = r"\s*(?:uhr|h|[ap]\.?\s*m\.?)(?![^\W\d_])"
_IN_SENTENCE = re.compile(
    rf"(?<![\d.:/])(?P<clock>\d{{1,2}}(?:[:.]\d{{2}}(?!\d|[.:]\d)(?:{_MARK})?|h\d{{2}}(?!\d)|{_MARK}))",
    re.IGNORECASE,
)
"""A clock in a sentence: "um 18:00 Uhr", "at 4.30 pm", "à 18h"; "15.06.2021", "2021-06-13", "3 rooms" are none."""
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


def times_in(text: str) -> list[TimeSpan]:
    """Every time or range a sentence writes, in order ("Die Vorträge finden um 18:00 Uhr statt", "3:00-4:00pm").

    A range is read whole, its am/pm shared ("3:00-4:00pm" is 15:00 to 16:00).

    >>> [span.start.minutes for span in times_in("Die Vorträge finden um **18:00 Uhr** statt, ab 17.30 Einlass.")]
    [1080, 1050]
    >>> [(span.start.minutes, span.end_minutes) for span in times_in("Time: 3:00-4:00pm, Mondays")]
    [(900, 960)]
    >>> [span.start.minutes for span in times_in("Talks are at 4pm; doors 3:45 p.m., les séminaires à 14h30")]
    [960, 945, 870]
    >>> times_in("Am 15.06.2021 und am 29.06. in Raum 3, Kenncode 774452021")
    []
    """
    found: list[TimeSpan] = []
    plain = text.replace("*", "")
    clocks = list(_IN_SENTENCE.finditer(plain))
    at = 0
    while at < len(clocks):
        match = clocks[at]
        written = _UHR.sub("", match["clock"].strip())
        following = clocks[at + 1] if at + 1 < len(clocks) else None
        if following is not None and _RANGE_DASH.fullmatch(plain[match.end() : following.start()]):
            try:
                found.append(parse_span(f"{written}-{_UHR.sub('', following['clock'].strip())}"))
                at += 2
                continue
            except ClockError:
                pass
        with contextlib.suppress(ClockError):  # "3 rooms" after a colon: no clock
            found.append(TimeSpan(parse_clock(written), None, None))
        at += 1
    return found


_UHR = re.compile(r"\s*uhr$", re.IGNORECASE)
_RANGE_DASH = re.compile(r"\s*(?:[-–—]|bis|to|à)\s*", re.IGNORECASE)

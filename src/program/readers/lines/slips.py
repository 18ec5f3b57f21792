"""A time range whose end is written before its start on a page that writes a 24-hour clock: the organiser's slip.

AMTE 2024 writes "* 12:30 - 11:30, Lunch Break" after "* 12:10 - 12:30, Discussion". Read as
the notation reads any range (`end_after`), "11:30" after "12:30" is 11:30 p.m. on a 12-hour
clock without am/pm: an 11-hour lunch. On a page that writes its hours on a 24-hour clock
("09:00", "14:30") no end is written on a 12-hour clock, so the end is a slip: it is dropped
(the item ends at the next start of its day, or is left open) with a warning.

Two readings stay, as they are meant: past midnight from an afternoon or evening start,
within 12 hours ("23:00-0:30", "20:00-04:00"); and an end read in the afternoon by 18:00,
a 12-hour end the page let slip ("11:30-1:00" is 11:30 to 13:00). A page that writes no
24-hour hour (all 1 to 12, not zero-padded) is read as before: its hours are ambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from program.readers.notation.times import ClockTime, TimeSpan

_NOON, _DAY = 12 * 60, 24 * 60
_LATEST_AFTERNOON_END = 18 * 60
"""The latest end a 12-hour end on a 24-hour page is read as ("9:00-6:00" ends at 18:00); later ones are slips."""
_LONGEST_PAST_MIDNIGHT = 12 * 60
"""Minutes; a longer range through midnight ("12:30-11:30" as 23 hours) is a slip."""
_ZERO_PADDED = re.compile(r"^0\d\s*[:.h]")


def writes_24_hour_clock(spans: Iterable[TimeSpan]) -> bool:
    """Whether a page's times are on a 24-hour clock: none with am/pm, one with an hour from 13 or a leading zero.

    >>> from program.readers.notation.times import parse_span
    >>> writes_24_hour_clock([parse_span("09:00 - 9:01"), parse_span("12:30 - 11:30")])
    True
    >>> writes_24_hour_clock([parse_span("9:00 - 10:00"), parse_span("11:30 - 1:00")])
    False
    """
    clocks = [clock for span in spans for clock in (span.start, span.end) if clock is not None]
    if any(clock.meridiem is not None for clock in clocks):
        return False
    return any(clock.minutes >= 13 * 60 or _ZERO_PADDED.match(clock.text) for clock in clocks)


def is_slip(span: TimeSpan) -> bool:
    """Whether the span's end, written before its start on a 24-hour page, is no reading but a slip.

    >>> from program.readers.notation.times import parse_span
    >>> [is_slip(parse_span(text)) for text in ("12:30 - 11:30", "14:00-13:30", "10:30-10:00")]
    [True, True, True]
    >>> [is_slip(parse_span(text)) for text in ("23:00-0:30", "20:00-04:00", "11:30-1:00", "12:30-01:30")]
    [False, False, False, False]
    """
    start, end, end_minutes = span.start, span.end, span.end_minutes
    if end is None or end_minutes is None or not _written_before(start, end):
        return False
    if end_minutes == end.minutes + _NOON:  # a 12-hour end: "11:30-1:00"
        return end_minutes > _LATEST_AFTERNOON_END
    return start.minutes < _NOON or end_minutes - start.minutes > _LONGEST_PAST_MIDNIGHT


def _written_before(start: ClockTime, end: ClockTime) -> bool:
    return end.minutes < start.minutes or (end.minutes == start.minutes and end.meridiem is not None)


def slip_message(span: TimeSpan, line: str, end: str | None) -> str:
    """What the warning says: the range as the line writes it, and what is read instead (`end`: the end taken)."""
    assert span.end is not None
    written = re.search(rf"{re.escape(span.start.text)}\s*\S{{1,3}}\s*{re.escape(span.end.text)}", line)
    shown = written[0] if written else f"{span.start.text}-{span.end.text}"
    instead = f"ending at the next item's start ({end})" if end else "with no end"
    return (
        f"{shown!r} ends before it starts, on a page whose times are on a 24-hour clock: "
        f"read as starting at {span.start.text}, {instead}"
    )

"""A course's daily hours under its dates, at the top of its page: no slot.

BODL's Introduction To R (2023) opens with its facts, a line each::

    Feb 16-17, 2023
    9am - 5pm
    Board Room 2

The range under the dates line is the hours of each day, and the lines under it the venue: read
as a slot, it made a 9:00–17:00 item "Board Room 2" over the day's timetable and the address lines
its talks. A time range alone on the line right after a line that is only a full date (or a range
of dates), before any slot, is such hours.
"""

from __future__ import annotations

from program.readers.base import Line
from program.readers.notation.leading import LeadingSpan
from program.readers.notation.page_dates import page_date


def is_event_hours(found: LeadingSpan, line: Line, above: Line | None, slots: int) -> bool:
    """Whether a time line is the event's daily hours: a range alone, right under a dates line, before any slot.

    >>> from program.readers.notation.leading import leading_span
    >>> hours = leading_span("9am - 5pm")
    >>> is_event_hours(hours, Line(11, "9am - 5pm"), Line(10, "Feb 16-17, 2023"), 0)
    True
    >>> is_event_hours(hours, Line(11, "9am - 5pm"), Line(10, "Feb 16-17, 2023"), 3)
    False
    >>> is_event_hours(leading_span("9am - 5pm Opening"), Line(11, ""), Line(10, "Feb 16-17, 2023"), 0)
    False
    """
    if slots or above is None or above.number != line.number - 1 or found.span.end is None:
        return False
    if found.rest.strip(" .,;:-–—|*_"):
        return False
    written = page_date(above.text)
    return written is not None and written[1] == above.text.strip(" *_.")

"""Clock times as schedule pages write them: "Sat 8:30 a.m. - 8:40 a.m.", "Sun 13:05 - 14:00".

Copies of the same page also write "Thu 11:40 p.m.  12:00 a.m." (the dash lost by the text
extractor: two clock times are a range), "Thu 11:40 p.m. - Fri 12:00 a.m." (the end's
weekday) and "Sat Dec 3 8:30 a.m. - 8:40 a.m." (a date after the weekday).
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

from program.readers.notation.times import ClockTime, parse_clock

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

# A weekday's name or an abbreviation of it ("Sat", "Sat.", "Thurs", "Saturday"), not any
# word that starts like one ("Sunny", "Monitoring").
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?(?![a-z])"
)
WEEKDAY = _WEEKDAY
"""The pattern of a weekday's name or abbreviation, as every time line starts (match it ignoring case)."""
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?\s*m\.?)?"
TIME_LINE = re.compile(
    rf"^(?P<day>{_WEEKDAY}),?\s+(?:(?P<month>{_MONTH})\s+(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<start>{_CLOCK})"
    rf"(?:(?P<dash>\s*[-–—]+\s*)|\s+)"
    rf"(?:(?P<end_day>{_WEEKDAY}),?\s+(?:(?P<end_month>{_MONTH})\s+(?P<end_mday>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?)?"
    rf"(?P<end>{_CLOCK})$"
    rf"|^(?P<only_day>{_WEEKDAY}),?\s+(?:(?P<only_month>{_MONTH})\s+(?P<only_mday>\d{{1,2}}),?\s+)?(?P<only>{_CLOCK})$",
    re.IGNORECASE,
)
"""A whole time line: a start, and an end after a dash or (dash lost) after a space."""
LOOKS_LIKE_TIME_LINE = re.compile(rf"^{_WEEKDAY}\s+\d", re.IGNORECASE)
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@attrs.frozen
class TimeRange:
    """A parsed time line.

    Attributes:
        weekday: 0 for Monday to 6 for Sunday.
        start: when the item starts.
        end: when it ends, or None when the line gives only a start.
        end_weekday: the end's weekday when the line names one, else None.
        date: (month, day) when the line names a date after the weekday, else None.
        end_date: (month, day) of the end when the line names one, else None.
        dashed: whether a dash stands between start and end (False when the copy lost it).
    """

    weekday: int
    start: ClockTime
    end: ClockTime | None
    end_weekday: int | None
    date: tuple[int, int] | None = None
    end_date: tuple[int, int] | None = None
    dashed: bool = True


def weekday_number(name: str) -> int:
    """Return 0 to 6 for a weekday name or abbreviation ("Sat", "saturday", "Sat.")."""
    return WEEKDAYS.index(name[:3].lower())


@lru_cache(maxsize=4096)  # a page's time lines repeat: every parallel room's entry has its slot's
def parse_time_line(line: str) -> TimeRange | None:
    """Parse a time line, or return None when `line` is not shaped like one.

    Raises:
        ClockError: when the shape is right but a time is impossible.
    """
    match = TIME_LINE.match(" ".join(line.split()))
    if match is None:
        return None
    if match["only"]:
        return TimeRange(
            weekday=weekday_number(match["only_day"]),
            start=parse_clock(match["only"]),
            end=None,
            end_weekday=None,
            date=_month_day(match["only_month"], match["only_mday"]),
        )
    return TimeRange(
        weekday=weekday_number(match["day"]),
        start=parse_clock(match["start"]),
        end=parse_clock(match["end"]),
        end_weekday=weekday_number(match["end_day"]) if match["end_day"] else None,
        date=_month_day(match["month"], match["mday"]),
        end_date=_month_day(match["end_month"], match["end_mday"]),
        dashed=match["dash"] is not None,
    )


def _month_day(month: str | None, day: str | None) -> tuple[int, int] | None:
    if month is None or day is None:
        return None
    return MONTHS.index(month[:3].lower()) + 1, int(day)

"""Clock times as schedule pages write them: "Sat 8:30 a.m. - 8:40 a.m.", "Sun 13:05 - 14:00".

Copies of the same page also write "Thu 11:40 p.m.  12:00 a.m." (the dash lost by the text
extractor: two clock times are a range), "Thu 11:40 p.m. - Fri 12:00 a.m." (the end's
weekday) and "Sat Dec 3 8:30 a.m. - 8:40 a.m." (a date after the weekday).
"""

from __future__ import annotations

import re
from functools import lru_cache

import attrs

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
_CLOCK_PARTS = re.compile(r"^(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?\s*(?P<meridiem>[ap])?", re.IGNORECASE)


class ClockError(ValueError):
    """A time line that has the right shape but an impossible time."""


@attrs.frozen
class ClockTime:
    """A wall-clock time of day.

    Attributes:
        minutes: minutes since midnight (0 to 1439).
        meridiem: "a" or "p" when the feed wrote a.m./p.m., None for a 24-hour time.
        text: the time as written.
    """

    minutes: int
    meridiem: str | None
    text: str


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


def parse_clock(text: str) -> ClockTime:
    """Parse "8:30 a.m.", "12:00 p.m." (noon), "12:15 a.m." (0:15) or "13:05".

    Raises:
        ClockError: for an hour or minute out of range ("13:05 p.m.", "9:75").
    """
    parts = _CLOCK_PARTS.match(text.strip())
    if parts is None:
        raise ClockError(f"expected a clock time such as '8:30 a.m.', found {text!r}")
    hour, minute = int(parts["hour"]), int(parts["minute"] or 0)
    meridiem = parts["meridiem"].lower() if parts["meridiem"] else None
    if minute > 59:
        raise ClockError(f"minutes must be 00 to 59 in {text.strip()!r}")
    if meridiem is None:
        if hour > 23:
            raise ClockError(f"hours must be 0 to 23 in {text.strip()!r}")
        return ClockTime(hour * 60 + minute, None, text.strip())
    if not 1 <= hour <= 12:
        raise ClockError(f"a 12-hour clock has hours 1 to 12, found {text.strip()!r}")
    hour_24 = hour % 12 + (12 if meridiem == "p" else 0)
    return ClockTime(hour_24 * 60 + minute, meridiem, text.strip())


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


def crosses_midnight(start: ClockTime, end: ClockTime) -> bool:
    """Whether an end earlier than its start means the next day.

    Only a range from the evening into the small hours crosses midnight:
    "11:50 p.m. - 12:20 a.m." does, "9:30 a.m. - 9:00 a.m." is a mistake.
    """
    if start.meridiem and end.meridiem:
        return start.meridiem == "p" and end.meridiem == "a"
    return start.minutes >= 12 * 60 and end.minutes < 12 * 60

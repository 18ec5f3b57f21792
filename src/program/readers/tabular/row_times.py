"""A row's date, time range and duration, from the cells a sheet or a CSV gives (text or typed values)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, time, timedelta

import attrs

from program.readers.notation.dates import DateError, WrittenDate, parse_date
from program.readers.notation.leading import one_digit_minute, stray_meridiem_span
from program.readers.notation.times import ClockError, ClockTime, TimeSpan, clock_value, end_after, parse_span

_DATE_TIME = re.compile(
    r"^(?P<date>.*?\d.*?)[ T]+(?P<time>\d{1,2}[:.h]\d{2}.*|\d{1,2}\s?[ap]\.?m\b\.?(?:\s*[-–].*)?)$", re.IGNORECASE
)
"""A date, then a clock time: "2024-12-01 09:00", or an hour of a 12-hour clock after a dash (ResQuant 2024's
"SEPTEMBER 6 - 3pm": the date was read and its 3pm left out, every seminar untimed)."""
_DURATION = re.compile(
    r"^(?:(?P<hours>\d+)\s*[:h]\s*(?P<minutes>\d{2})(?::\d{2})?"
    r"|(?P<only>\d+(?:\.\d+)?)\s*(?:min\w*|m|(?P<in_hours>hours?|hrs?|h))?)$"
)
"""45, 45 min, 1:30, 1h30, H:MM:SS as spreadsheets export durations (ORConf 2019: "1:00:00"; seconds left out),
and "1 hour", "1.5 hours" (EMBC 2025's Duration column)."""
_DURATION_NOTE = re.compile(r"\s*\([^()]{1,60}\)$")
"""What a duration says of itself in brackets after it: "30 minutes (including Q&A)" (CDAAI's agenda)."""
_TALKS_OF = re.compile(
    r"^(?P<count>\d{1,2})\s*[x×]\s*(?P<each>\d{1,3})[\s-]*min\w*(?:\s+[a-z]+){0,2}?(?:,?\s+(?P<total>\d{1,4}\s*min\w*))?$"
)
"""Talks of a length, then maybe their total: "5 x 10 minute talks 50 minutes" (CDAAI's lightning talks)."""


def row_day(value: object, text: str, day_first: bool) -> WrittenDate | None:
    """The row's date: a date in any notation, or a bare day number ("Day" 1, 2, 3: day 1 is --date).

    Numbers counted from 0 are moved by `counted_from_one` once the whole column is read.
    """
    if not text:
        return None
    if text.isdigit() and len(text) <= 2:
        return WrittenDate(day_number=int(text))
    if isinstance(value, str) and (joined := _date_time(value, day_first)) is not None:
        return joined[0]  # "19/11/2021 10:00": its time is the row's start (`row_span`)
    return parse_date(value, day_first=day_first)


def day_numbering(days: Iterable[WrittenDate | None]) -> int | None:
    """The first day's number when the dates are bare day numbers: 0 or 1, else None.

    EthCC 2018's `Day` column holds 0, 1, 2 for its three days (8-10 March): day 0 is the first
    day, --date, as 1 is where the numbers start at 1 (GUADEC's grid, most sheets).
    """
    numbers = [day.day_number for day in days if day is not None and day.day_number is not None]
    return None if not numbers else 0 if min(numbers) == 0 else 1


def counted_from_one(day: WrittenDate | None, numbering: int | None) -> WrittenDate | None:
    """A day number counted from 0 written as counted from 1 (`WrittenDate.resolve` takes day 1 as --date)."""
    if numbering != 0 or day is None or day.day_number is None:
        return day
    return attrs.evolve(day, day_number=day.day_number + 1)


def row_span(
    value: object, text: object, day_first: bool
) -> tuple[TimeSpan | None, WrittenDate | None, WrittenDate | None]:
    """The row's time range from its start (and end) or time column, and the dates written with the start and end.

    An end's date is kept, never dropped: Sched.com's `event_end` "2019-05-05 15:00" for an item
    that starts 2019-05-03 17:00 ends two days later, not at the next 15:00 (Penguicon 2019).
    """
    assert callable(value) and callable(text)
    start_value = value("start") if text("start") else value("time") if text("time") else _date_cell_time(value)
    if start_value is None or _is_list_number(text("time"), text("start"), text("end")):
        return None, None, None
    start_day: WrittenDate | None = None
    if isinstance(start_value, datetime):
        start_day = parse_date(start_value)
    elif isinstance(start_value, str) and (joined := _date_time(start_value, day_first)):
        start_day, start_value = joined
    if isinstance(start_value, str) and not text("end"):
        return _span(start_value), start_day, None
    start = _clock(start_value)
    if not text("end"):
        return TimeSpan(start, None, None), start_day, None
    end_value = value("end")
    end_day: WrittenDate | None = None
    if isinstance(end_value, datetime):
        end_day = parse_date(end_value)
    elif isinstance(end_value, str) and (joined := _date_time(end_value, day_first)):
        end_day, end_value = joined
    end = _clock(end_value)
    return TimeSpan(start, end, end_after(start, end)), start_day, end_day


def _span(text: str) -> TimeSpan:
    """A time cell's range, 24-hour times with a stray am/pm read as meant (`lenient_time_warnings` says so).

    TEDx's schedule module (martindelahorra/tedxapp) writes `14:10 pm - 15:00 pm` after `11:00 am - 12:20 pm`.
    """
    try:
        return parse_span(text)
    except ClockError:
        if (lenient := stray_meridiem_span(text)) is None:
            raise
        return lenient[0]


def _clock(value: object) -> ClockTime:
    """A start or end cell's time, a 24-hour time with a stray am/pm ("15:00 pm") or "14:0" read as meant.

    `lenient_time_notes` says what was read so.
    """
    try:
        return clock_value(value)
    except ClockError:
        if isinstance(value, str) and (whole_hour := one_digit_minute(value)) is not None:
            return whole_hour[0]
        lenient = stray_meridiem_span(value) if isinstance(value, str) else None
        if lenient is None or lenient[0].end is not None:
            raise
        return lenient[0].start


def _date_cell_time(value: object) -> str | None:
    """The start a date column writes with its date when the row has no start or time column of its own.

    Hispacón 2021's sheet gives `Fecha` "19/11/2021 10:00" and a `Duración` in minutes: no other time.
    """
    assert callable(value)
    written = value("date")
    return written if isinstance(written, str) and date_and_time(written) else None


def _is_list_number(time_text: object, start_text: object, end_text: object) -> bool:
    """Whether the time column holds a bare number and the row no other time: a list's "1", "2", "3", no time.

    NEMS 2026's sheet numbers its "Additional Speakers" in the Time column (`,,,,,,,1,Max Webster`):
    read as 01:00, 02:00, 03:00 they were three items in the night. A lone hour is written "9:00",
    "9am" or "900" by the sheets we read; a start column's "9" stays a time.
    """
    return not start_text and not end_text and isinstance(time_text, str) and _LIST_NUMBER.match(time_text) is not None


_LIST_NUMBER = re.compile(r"^\d{1,2}\.?$")


def date_and_time(text: str) -> bool:
    """Whether a cell writes a date and a clock time ("SEPTEMBER 6 - 3pm"), in either order of a slashed date."""
    return any(_date_time(text, day_first) is not None for day_first in (True, False))


def _date_time(text: str, day_first: bool) -> tuple[WrittenDate, str] | None:
    r"""A date and a time in one cell ("2024-12-01 09:00", "12.03.2026\xa014:00"), else None."""
    joined = _DATE_TIME.match(" ".join(text.split()))
    if joined is None or ":" in joined["date"]:
        return None
    try:
        return parse_date(joined["date"], day_first=day_first), joined["time"]
    except DateError:
        return None


_ALL_DAY = re.compile(
    r"^(?:all[ -]?day|todo el d[ií]a|(?:o )?dia (?:todo|inteiro)|toute la journ[ée]e|ganzt[äa]gig|tutto il giorno)$"
)
"""A duration cell that says the activity lasts all day (ComarCon's `Todo el día`): it has no end of its own."""


def is_all_day(text: str) -> bool:
    """Whether a duration cell says "all day" ("Todo el día", "All day", "Toute la journée").

    >>> is_all_day("Todo el día"), is_all_day("all-day"), is_all_day("2h")
    (True, True, False)
    """
    return _ALL_DAY.match(" ".join(text.casefold().split())) is not None


MAX_DURATION = 366 * 24 * 60
"""The longest duration a row may give, in minutes: longer is a typo or hostile (and overflows a date)."""


def row_minutes(value: object) -> int:
    """A duration cell in minutes: 45, "45 min", "1:30", "1:00:00", a sheet's time or timedelta.

    A note in brackets after it is left out ("30 minutes (including Q&A)"); talks of a length
    are their total ("5 x 10 minute talks 50 minutes", "5 x 10 minute talks": 50).

    Raises:
        ClockError: for no duration, or one longer than MAX_DURATION.
    """
    try:
        minutes = _written_minutes(value)
    except (OverflowError, ValueError) as error:  # "1e400", 5,000 digits: no number a clock holds
        if isinstance(error, ClockError):
            raise
        minutes = MAX_DURATION + 1
    if abs(minutes) > MAX_DURATION:
        raise ClockError(f"expected a duration of at most 366 days, found {str(value)[:40]!r}")
    return minutes


def _written_minutes(value: object) -> int:
    if isinstance(value, timedelta):
        return int(value.total_seconds() // 60)
    if isinstance(value, time):  # a sheet's duration kept as a time of day (01:30)
        return value.hour * 60 + value.minute
    if isinstance(value, int | float) and not isinstance(value, bool):
        return round(value * 24 * 60) if 0 < value < 1 else int(value)  # a fraction of a day is an Excel time
    written = _DURATION_NOTE.sub("", " ".join(str(value).casefold().split()))
    if (talks := _TALKS_OF.match(written)) is not None:
        return int(talks["count"]) * int(talks["each"]) if talks["total"] is None else _written_minutes(talks["total"])
    match = _DURATION.match(written)
    if match is None:
        raise ClockError(f"expected a duration in minutes (45, 45 min, 1:30, 1:30:00), found {value!r}")
    if match["only"] is not None:
        return int(float(match["only"]) * (60 if match["in_hours"] else 1))
    return int(match["hours"]) * 60 + int(match["minutes"])

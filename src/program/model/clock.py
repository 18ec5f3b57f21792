"""Locale-independent formatting of times for messages and human-facing writers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from program.model.entities import PartialDate


def clock_text(moment: datetime, *, twelve_hour: bool = True) -> str:
    """Return `moment`'s wall-clock time as "1:55 p.m." or "13:55".

    Formatted by hand because strftime's %p follows the process locale.

    >>> from datetime import datetime
    >>> clock_text(datetime(2022, 12, 3, 12, 0)), clock_text(datetime(2022, 12, 3, 0, 15))
    ('12:00 p.m.', '12:15 a.m.')
    """
    if not twelve_hour:
        return f"{moment.hour:02d}:{moment.minute:02d}"
    hour = moment.hour % 12 or 12
    meridiem = "a.m." if moment.hour < 12 else "p.m."
    return f"{hour}:{moment.minute:02d} {meridiem}"


def span_text(start: datetime, end: datetime | None, *, twelve_hour: bool = True) -> str:
    """Return "1:55 p.m.–2:40 p.m." (or just the start when there is no end); an end a day later has its day."""
    if end is None:
        return clock_text(start, twelve_hour=twelve_hour)
    later = f"{day_text(end.date())} " if ends_days_later(start, end) else ""
    return f"{clock_text(start, twelve_hour=twelve_hour)}–{later}{clock_text(end, twelve_hour=twelve_hour)}"


def ends_days_later(start: datetime, end: datetime) -> bool:
    """Whether an end is a day or more after its start: its clock alone would read as the same day's.

    An end past midnight but within the day (23:00–01:00) reads well without its day.
    """
    return end - start >= timedelta(days=1)


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_text(day: date) -> str:
    """Return a date as a program shows it, "Sat 3 Dec", whatever the process locale.

    >>> from datetime import date
    >>> day_text(date(2022, 12, 3))
    'Sat 3 Dec'
    """
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}"


def partial_date_text(published: PartialDate) -> str:
    """Return a date whose year may be unknown as "3 May 2022" or "27 Mar".

    >>> partial_date_text(PartialDate(3, 27)), partial_date_text(PartialDate(5, 3, 2022))
    ('27 Mar', '3 May 2022')
    """
    day_month = f"{published.day} {MONTHS[published.month - 1]}"
    return day_month if published.year is None else f"{day_month} {published.year}"

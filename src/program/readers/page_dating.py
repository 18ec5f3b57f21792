"""Dates for a schedule page's time lines, which name a weekday and perhaps a date.

A page that names weekdays only ("Sat 8:30 a.m. - 8:40 a.m.") is dated from the first
day the user gives: each weekday is the next such day on or after it. That holds only
while the page runs forward within a week, so a weekday that goes back (Sat … Fri … Sat)
is an error unless the time lines carry dates ("Sat Dec 3 8:30 a.m. - …"), which are then
read as written, in the first day's year (a January after a December is the next year).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import attrs

from program.errors import ParseError, UsageError
from program.model import SourceRef
from program.model.zones import FIRST_YEAR, LAST_YEAR, in_years
from program.readers.base import Line, ReadContext
from program.readers.clock import TimeRange, parse_time_line
from program.readers.notation.times import ClockError, crosses_midnight

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@attrs.define
class Dating:
    """Turns the time lines of one page, in page order, into aware datetimes.

    Attributes:
        first_date: the program's first day.
        context: the reading context (its time zone is the page's).
        latest: the latest day a timed entry was dated to so far.
    """

    first_date: date
    context: ReadContext
    latest: date | None = None
    _moments: dict[tuple[date, int], datetime] = attrs.field(factory=dict, init=False, repr=False, eq=False)
    """(day, minutes) -> the moment `_at` made: entries in parallel rooms share their slot's."""

    @classmethod
    def for_page(cls, first: Line | None, source: str, context: ReadContext) -> Dating | None:
        """Return the dating of a page whose first time line is `first` (None: an untimed page).

        Raises:
            UsageError: when the page has times but the context lacks the first day or the zone.
            ParseError: when the first time line's day is not the first day.
        """
        if first is None:
            return None
        if context.first_date is None or context.timezone is None:
            raise UsageError(
                f"{source}: a schedule page names weekdays and clock times only; pass --date YYYY-MM-DD "
                "(the first day) and --timezone Area/City, or set date and timezone in a program file"
            )
        if not in_years(context.first_date):  # a week on from 9999-12-31 is past what a date can hold
            raise UsageError(
                f"{source}: the first day {context.first_date.isoformat()} is outside the years "
                f"{FIRST_YEAR} to {LAST_YEAR}: check --date (or the program file's date)"
            )
        parsed = _parsed(first)
        where = SourceRef(source, first.number)
        if parsed is not None and parsed.date is not None:
            day = _dated(parsed.date, parsed.weekday, context.first_date, where, first.text)
            if day != context.first_date:
                raise ParseError(
                    f"the first entry is on {_written(day)}, but the first day is "
                    f"{context.first_date.isoformat()}: check --date (or the program file's date)",
                    where,
                    first.text,
                )
        else:
            weekday = parsed.weekday if parsed is not None else _weekday_of(first.text)
            if weekday != context.first_date.weekday():
                raise ParseError(
                    f"the first entry is on a {DAY_NAMES[weekday]}, but the first day "
                    f"{context.first_date.isoformat()} is a {DAY_NAMES[context.first_date.weekday()]}: "
                    "check --date (or the program file's date)",
                    where,
                    first.text,
                )
        return cls(context.first_date, context)

    def span(self, parsed: TimeRange, where: SourceRef, text: str) -> tuple[datetime, datetime | None]:
        """Return the start and end of a parsed time line.

        Raises:
            ParseError: for an end not after its start, or a weekday that goes back on an undated page.
        """
        day = self._day(parsed.weekday, parsed.date, where, text)
        start = self._at(day, parsed.start.minutes)
        if parsed.end is None:
            self.latest = day
            return start, None
        if parsed.end_date is not None and parsed.end_weekday is not None:
            end_day = _dated(parsed.end_date, parsed.end_weekday, self.first_date, where, text)
        elif parsed.end_weekday is not None:
            end_day = day + timedelta(days=(parsed.end_weekday - day.weekday()) % 7)
        else:
            end_day = day
        end = self._at(end_day, parsed.end.minutes)
        if parsed.end_weekday is None and end < start and crosses_midnight(parsed.start, parsed.end):
            end += timedelta(days=1)
        if end <= start:
            lost = "" if parsed.dashed else " (the line has no dash between its two times: is the second one the end?)"
            raise ParseError(
                f"expected an end after the start, found {parsed.end.text} ending before or at {parsed.start.text}"
                + lost,
                where,
                text,
            )
        self.latest = day
        return start, end

    def _day(self, weekday: int, written: tuple[int, int] | None, where: SourceRef, text: str) -> date:
        if written is not None:
            return _dated(written, weekday, self.first_date, where, text)
        day = self.first_date + timedelta(days=(weekday - self.first_date.weekday()) % 7)
        if self.latest is not None and day < self.latest:
            raise ParseError(
                f"expected the days to run forward, found a {DAY_NAMES[weekday]} after {_written(self.latest)}: "
                "a page across more than a week needs dates in its time lines "
                "('Sat Dec 3 8:30 a.m. - 8:40 a.m.'), or its entries are out of order",
                where,
                text,
            )
        return day

    def _at(self, day: date, minutes: int) -> datetime:
        moment = self._moments.get((day, minutes))
        if moment is None:
            naive = datetime.combine(day, datetime.min.time()) + timedelta(minutes=minutes)
            moment = self._moments[day, minutes] = naive.replace(tzinfo=self.context.timezone)
        return moment


def _dated(written: tuple[int, int], weekday: int, first_date: date, where: SourceRef, text: str) -> date:
    """The date a time line writes ("Sat Dec 3"), in the first day's year, checked against its weekday."""
    month, day_of_month = written
    year = first_date.year + (1 if month < first_date.month - 6 else 0) - (1 if month > first_date.month + 6 else 0)
    try:
        day = date(year, month, day_of_month)
    except ValueError:
        raise ParseError(
            f"expected a date, found {_MONTH_NAMES[month - 1]} {day_of_month}, which {year} does not have",
            where,
            text,
        ) from None
    if day.weekday() != weekday:
        raise ParseError(
            f"expected the weekday of {_MONTH_NAMES[month - 1]} {day_of_month} {year} ({DAY_NAMES[day.weekday()]}), "
            f"found {DAY_NAMES[weekday]}",
            where,
            text,
        )
    return day


def _parsed(line: Line) -> TimeRange | None:
    try:
        return parse_time_line(line.text)
    except ClockError:
        return None


def _weekday_of(text: str) -> int:
    return ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(text[:3].lower())


def _written(day: date) -> str:
    return f"{DAY_NAMES[day.weekday()]} {_MONTH_NAMES[day.month - 1]} {day.day}"

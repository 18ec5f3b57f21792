"""12-hour times a sheet writes without am/pm, read in running order within a day (see `AfternoonClock`)."""

from __future__ import annotations

import attrs

from program.readers.notation.times import TimeSpan


@attrs.define
class AfternoonClock:
    """Reads the 12-hour times of a sheet that never writes am/pm, in running order within a day.

    "8:30-9:45", "12:00-1:30", "1:30-2:45": once the times wrap past 12, every later hour
    of the day is in the afternoon. A day whose first time is 1 to 6 o'clock starts in the
    afternoon too (FOSD 2018's "2:00-3:15" opens a workshop day: no programme starts at 2 a.m.).
    A sheet that writes any hour from 13 on without am/pm is on a 24-hour clock and is read as written;
    a time with am/pm is read as written and moves the day on (NEMS 2026's "4:00 - 5:30pm" closes
    an afternoon of "1:00 - 1:05" … "3:35 - 4:00" written without it, see `is_twelve_hour_sheet`).

    Attributes:
        afternoon: whether the day's times have wrapped past noon.
        latest: the latest start so far in the day, in minutes.
        moved: the starts read as p.m., as written, for the reading lines (see `afternoon_note`).
    """

    afternoon: bool = False
    latest: int = -1
    moved: list[str] = attrs.field(factory=list)

    def new_day(self) -> None:
        """Start a new day: the morning again."""
        self.afternoon, self.latest = False, -1

    def place(self, span: TimeSpan) -> tuple[int, int | None]:
        """Return the start and end minutes of `span`, moved to the afternoon where the order says so."""
        start, end = span.start.minutes, span.end_minutes
        early = self.latest < 0 and start < _EARLIEST_MORNING
        if span.start.twelve_hour and start < 12 * 60 and (self.afternoon or start < self.latest or early):
            start += 12 * 60
            end = end + 12 * 60 if end is not None and end < start else end
            self.moved.append(span.start.text)
        if start >= 12 * 60 or (end is not None and end > 12 * 60):
            self.afternoon = True
        self.latest = max(self.latest, start)
        return start, end


_EARLIEST_MORNING = 7 * 60
"""A day's first time before 7 o'clock on a 12-hour clock without am/pm is in the afternoon."""


def afternoon_note(clock: AfternoonClock) -> str | None:
    """The reading line saying which 12-hour times were read as p.m., or None when none was.

    >>> from program.readers.notation.times import parse_span
    >>> clock = AfternoonClock()
    >>> [clock.place(parse_span(text)) for text in ("10:45-12:00", "1:30-2:45")]
    [(645, 720), (810, 885)]
    >>> afternoon_note(clock)
    "12-hour times without am/pm, read in order within each day: 1 start read as p.m. ('1:30')"
    """
    if not clock.moved:
        return None
    shown = ", ".join(repr(text) for text in list(dict.fromkeys(clock.moved))[:4])
    starts = "start" if len(clock.moved) == 1 else "starts"
    said = f"{len(clock.moved)} {starts} read as p.m. ({shown})"
    return f"12-hour times without am/pm, read in order within each day: {said}"


def is_twelve_hour_sheet(spans: list[TimeSpan]) -> bool:
    """Whether a sheet's times without am/pm are on a 12-hour clock (see `AfternoonClock`).

    Its times without am/pm never pass 12 o'clock; some may say am/pm (NEMS 2026's Google Sheet
    writes "pm" only on its evening rows), which are read as written. A sheet of am/pm times only
    has nothing to infer.

    >>> from program.readers.notation.times import parse_span
    >>> is_twelve_hour_sheet([parse_span(text) for text in ("11:45 - 1:00", "1:05 - 1:25", "4:00 - 5:30pm")])
    True
    >>> is_twelve_hour_sheet([parse_span(text) for text in ("9:00 - 10:00", "13:00 - 14:00")])
    False
    """
    bare = [clock for span in spans for clock in (span.start, span.end) if clock is not None and clock.meridiem is None]
    return bool(bare) and all(clock.minutes // 60 <= 12 for clock in bare)

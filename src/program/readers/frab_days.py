"""Whether a frab export's days agree with its conference's own start and end.

A hand-made export for giggity (Tübix 2017) writes `<start>2017-06-24</start>` and the title
"TUEBIX 2017" in `<conference>`, then `<day date="2016-06-24">`: last year's file with the
conference updated and the day not. Its events give only clock times, so the day's date is
theirs. A day outside the conference's dates is never passed over: it is said, and only when
the file settles it (every day out, the conference's year in its title, the days back inside
with the year put right) is the conference's year taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import attrs

from program.model import Problem, Severity, SourceRef

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@attrs.frozen
class ListedDay:
    """A `<day>` as written: its date and the line it is on."""

    date: str | None
    line: int | None


@attrs.frozen
class ConferenceDates:
    """What `<conference>` says of when it is: start, end, title, and the line of its start."""

    start: str | None
    end: str | None
    title: str | None
    line: int | None


def day_dates(
    conference: ConferenceDates, days: Sequence[ListedDay], source: str
) -> tuple[list[str | None], list[Problem]]:
    """Return each day's date to read its clock times on, and a warning for each day outside the conference.

    A day is kept as written unless every day lies outside the conference's start–end, the
    title names the conference's year, and each day with that year lies inside: then the year is
    the day's slip, and the conference's is taken (said).
    """
    written = [day.date for day in days]
    start, end = _date(conference.start), _date(conference.end)
    if start is None:
        return written, []
    dated = [(day, _date(day.date)) for day in days]
    outside = [(day, when) for day, when in dated if when is not None and not _inside(when, start, end)]
    if not outside:
        return written, []
    fixed = _year_fixed(conference, [when for _, when in dated], start, end) if len(outside) == len(days) else None
    span = f"{start.isoformat()} to {end.isoformat()}" if end is not None else f"from {start.isoformat()}"
    said = f"the conference's <start> and <end> (line {conference.line}) say {span}"
    problems = []
    for number, (day, when) in enumerate(outside):
        if fixed is not None:
            taken = f"its title {conference.title!r} says {start.year} too: read as {fixed[number]}, the year a slip"
        else:
            taken = "the day is kept as written"
        message = f"the day dated {when.isoformat()} lies outside the conference's own dates: {said}; {taken}"
        problems.append(Problem(Severity.WARNING, "day-outside-conference", message, SourceRef(source, day.line)))
    return (written if fixed is None else list(fixed)), problems


def _year_fixed(
    conference: ConferenceDates, days: list[date | None], start: date, end: date | None
) -> list[str | None] | None:
    """The days with the conference's year, when the title says that year and they all fall inside; else None."""
    if end is None or start.year != end.year or str(start.year) not in _YEAR.findall(conference.title or ""):
        return None
    fixed: list[str | None] = []
    for when in days:
        try:
            moved = when.replace(year=start.year) if when is not None else None
        except ValueError:  # 29 February
            return None
        if moved is None or not _inside(moved, start, end):
            return None
        fixed.append(moved.isoformat())
    return fixed


def _inside(when: date, start: date, end: date | None) -> bool:
    return start <= when and (end is None or when <= end)


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat((text or "").strip()[:10])
    except ValueError:
        return None

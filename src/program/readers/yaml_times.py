"""The times and days static-site YAML writes.

Times: "9.30", "09:30", "9:30am", "09.00 - 09.10", "2022-09-12 8:00 +0000"; days as
"2014-10-24", "Monday 22nd November", "Day 2" or 0; durations as "1:00:00" or "45 min".

Clock times go through `program.readers.clock.parse_clock`, shared with the schedule pages.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import UTC, date, timedelta, timezone, tzinfo
from typing import Any

import attrs

from program.model import Problem, Severity, SourceRef
from program.readers.notation.dates import DateError, WrittenDate, parse_date, weekday_name, weekday_named
from program.readers.notation.leading import lenient_clock
from program.readers.notation.month_first import month_first_date, month_first_file
from program.readers.notation.times import (
    RANGE_WORDS,
    ClockError,
    TimeSpan,
    end_after,
    is_open_end,
    parse_clock,
    start_before,
)

_CLOCK = r"\d{1,2}(?:[:.]\d{2}|h(?:\d{2})?)?(?::\d{2})?(?::(?=\s*[ap]))?\s*(?:[ap]\.?\s*m\.?)?"
"""A clock as sites write it; "8:am" (LedgerFest 2019) is an hour whose minutes were left out; "12h15" and
"15h" the French way (Agile Pays Basque 2025)."""
_MOMENT = re.compile(
    rf"^(?:(?P<year>\d{{4}})-(?P<month>\d{{1,2}})-(?P<day>\d{{1,2}})(?:[ T]+|$))?(?P<clock>{_CLOCK})?"
    r"\s*(?P<offset>Z|[+-]\d{2}:?\d{2})?$",
    re.IGNORECASE,
)
_RANGE = re.compile(
    rf"^(?:from\s+)?(?P<start>{_CLOCK})(?:\s*(?:-|–|—)\s*|{RANGE_WORDS})(?P<end>{_CLOCK})$", re.IGNORECASE
)
"""A range joined by a dash or a word ("to", Spanish "9:00 a 11:00": AAHD 2026; `RANGE_WORDS`)."""
_START_ONLY = re.compile(
    rf"^(?:(?:from|starting(?:\s+at)?|ab|dès|à\s+partir\s+de|desde)\s+(?P<lead>{_CLOCK})"
    rf"|(?P<trail>{_CLOCK})\s+(?:onwards|on)\.?)$",
    re.IGNORECASE,
)
"""A start written alone with a word that says so: "From 08:00" (CPAIOR 2025's registration), "18:00 onwards"."""
_OPEN_RANGE = re.compile(rf"^(?P<start>{_CLOCK})\s*(?:-|–|—|to)\s*(?P<end>\D.*)$", re.IGNORECASE)
"""A start, then words or dots where its end would be ("21.00 - ..", "18:00 - late"): an open end when they say so."""
_DAY_NUMBER = re.compile(r"^(?:day\s*)?(?P<number>\d{1,2})$", re.IGNORECASE)
_MONTH_DAY = (
    re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<month>[a-z]{3,})", re.IGNORECASE),
    re.compile(r"(?P<month>[a-z]{3,})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b", re.IGNORECASE),
)
"""A day and a month's name ("22nd November", "October 24"), either way round."""
_YEAR = re.compile(r"\b(?P<year>\d{4})\b")
_SLASHED = re.compile(r"^\d{1,2}/\d{1,2}(?:/(?:\d{2}|\d{4}))?$")
"""A day written in numbers with slashes: "9/29" (EuRuKo 2017), "5/29/2015" (PyData Berlin 2015)."""
_DURATION = re.compile(
    r"^(?:(?P<h>\d{1,3}):(?P<m>\d{2})(?::(?P<s>\d{2}))?|(?P<minutes>\d{1,4})\s*(?:m|min|mins|minutes)?"
    r"|(?P<hours>\d{1,2}(?:\.\d+)?)\s*(?:h|hr|hrs|hours?))$",
    re.IGNORECASE,
)


_MONTHS_IN_YEAR = 12
_PLAIN_NUMBER = re.compile(r"^\s*(?:\d{1,4}(?:\.\d*)?|\.\d+)\s*$")


class TimeError(ValueError):
    """A value that is not a time, a day or a duration as sites write them."""


@attrs.frozen
class Moment:
    """A start or end as written: a clock time, perhaps with a date and an offset."""

    minutes: int
    day: date | None = None
    offset: tzinfo | None = None
    note: str | None = None
    """What the reading assumed ("read '14:00pm' as 14:00: a 24-hour time written with am/pm"), for a warning."""


def clock_range(text: str) -> tuple[str, str] | None:
    """Split "09.00 - 09.10" into its start and end, or None when `text` is not a range.

    A meridiem written once, at the end, is the start's too when that makes a range
    ("3:30-4:30pm" starts 3:30 p.m.; "11:30-12:30pm" at 11:30 a.m.): `start_before`.
    """
    match = _RANGE.match(" ".join(text.split()))
    if match is None:
        return None
    try:
        return start_before(_no_seconds(match["start"]), parse_clock(_no_seconds(match["end"]))).text, match["end"]
    except ClockError:  # "25:00-26:00": parse_moment says what is wrong
        return match["start"], match["end"]


def start_only(text: str) -> str | None:
    """The clock of a start written alone with a word ("From 08:00" is "08:00", "18:00 onwards"), else None.

    Such an entry has a start and no end: it ends when the next entry of its day starts. A range whose end
    is left open (`is_open_end`: "21.00 - ..", "18:00 - late") is such a start too.
    """
    match = _START_ONLY.match(" ".join(text.split()))
    if match is not None:
        return match["lead"] or match["trail"]
    opened = _OPEN_RANGE.match(" ".join(text.split()))  # LoT 2023's party: `hour: "21.00 - .."`
    return opened["start"] if opened is not None and is_open_end(opened["end"]) else None


def without_open_end(end: Any) -> Any:
    """The end as written, or None when its words leave it open (`end: "late"`): then a start written alone."""
    return None if isinstance(end, str) and is_open_end(end) else end


def open_end_notes(end: Any, where: SourceRef) -> list[Problem]:
    """A note for an end whose words leave it open: climate workshop 2023's BBQ, `start: "18:00"`, `end: "late"`."""
    if not isinstance(end, str) or not is_open_end(end):
        return []
    message = f"end {end.strip()!r} gives no time: read as a start only, ended when the day's next entry starts, if any"
    return [Problem(Severity.WARNING, "uncertain-entry", message, where)]


def _no_seconds(clock: str) -> str:
    return re.sub(r"^(\d{1,2}[:.]\d{2}):\d{2}", r"\1", clock)  # seconds say nothing here


def bare_span(start: Any, end: Any) -> TimeSpan | None:
    """A start and an end (or none) that are bare clock times ("2:00", "3:15"), else None (a date, an offset)."""
    if not isinstance(start, str):
        return None
    try:
        first = parse_clock(" ".join(start.split()))
        last = parse_clock(" ".join(end.split())) if isinstance(end, str) and end.strip() else None
    except ClockError:
        return None
    return TimeSpan(first, last, end_after(first, last) if last is not None else None)


def parse_moment(text: str) -> Moment:
    """Read "9.30", "9:30am", "13:05", "2022-09-12 8:00 +0000" or "2022-9-12 14:30:00 +0000".

    Raises:
        TimeError: for anything else, or an impossible date or time.
    """
    match = _MOMENT.match(" ".join(text.split()))
    if match is None or match["clock"] is None:
        raise TimeError(f"expected a time such as 09:30, 9.30 or 9:30am, found {text!r}")
    clock, notes = _no_seconds(match["clock"]), list[str]()
    try:
        minutes = lenient_clock(clock, notes).minutes  # AMP 2025's "14:00pm" is 14:00, said (as on the text pages)
        day = date(int(match["year"]), int(match["month"]), int(match["day"])) if match["year"] else None
    except (ClockError, ValueError) as error:
        raise TimeError(f"{error} in {text!r}") from None
    return Moment(minutes, day, _offset(match["offset"]), notes[0] if notes else None)


def _offset(text: str | None) -> tzinfo | None:
    if text is None:
        return None
    if text.upper() == "Z":
        return UTC
    digits = text[1:].replace(":", "")
    delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return timezone(-delta if text.startswith("-") else delta)


def parse_day(text: str, first_date: date | None, index: int, *, month_first: bool = False) -> date | None:
    """Read a day as sites name it; None when it needs the first day and none is given.

    "2014-10-24" as written; "Monday 22nd November", "October 24" in the first day's year
    (or the year written); "Day 2", "2" or 0 count from the first day (from 1 or from 0,
    as `index` says the file does: the smallest day number seen); a bare weekday is the
    first such day on or after the first day. `month_first`: the file writes its numbered dates
    month first ("02.24.2017", see notation/month_first.py).

    Raises:
        TimeError: when `text` is none of these, or an impossible date.
    """
    text = " ".join(text.split())
    try:
        if month_first and (written := month_first_date(text)) is not None:
            text = written.isoformat()  # MK 2017's "02.24.2017"
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            parts = [int(part) for part in text.split("-")]
            return date(parts[0], parts[1], parts[2])
        if counted := _DAY_NUMBER.match(text):
            return first_date + timedelta(days=int(counted["number"]) - index) if first_date else None
        if _SLASHED.match(text):
            return _slashed_day(text, first_date)
        if (named := _named_month_day(text) or _weekday_and_day(text)) is not None:
            if named.year is None and first_date is None:
                return None
            return _resolved(named, first_date)
    except DateError as error:
        raise TimeError(f"expected a real date, found {text!r} ({error})") from None
    except ValueError:
        raise TimeError(f"expected a real date, found {text!r}") from None
    return _weekday(text, first_date)


def _named_month_day(text: str) -> WrittenDate | None:
    """A day of a named month in any language the notation knows, else None.

    "Monday 22nd November", "Mardi 22 juin", "martes 22 de junio": the whole text first, else a
    day and a month found in it.

    "Mardi 22 juin" was read as 22 March: "Mar" opened a month's name here, in English only.
    """
    pieces = [text, *(found[0] for pattern in _MONTH_DAY for found in pattern.finditer(text))]
    for piece in pieces:
        try:
            written = parse_date(piece)
        except DateError:
            continue
        if written.month is not None and written.day is not None and written.day_number is None:
            year = _YEAR.search(text)
            return attrs.evolve(written, year=int(year["year"])) if written.year is None and year else written
    return None


def _resolved(written: WrittenDate, first_date: date | None) -> date:
    """The date, a weekday and a day without a month also before the first day, in its month, when its weekday fits.

    RubyConf PT 2014's fringe starts on "Saturday, 11th", two days before its first day (Monday
    the 13th): not a Tuesday in November (an error), but the Saturday of that week.

    Raises:
        DateError: as `WrittenDate.resolve`.
    """
    try:
        return written.resolve(first_date)
    except DateError:
        if first_date is None or written.month is not None or written.day is None or written.day >= first_date.day:
            raise
        before = first_date.replace(day=written.day)
        if before.weekday() != written.weekday:
            raise
        return before


def _weekday_and_day(text: str) -> WrittenDate | None:
    """A weekday and a day of the month, no month ("Saturday, 11th": RubyConf PT 2014's fringe days), else None."""
    try:
        written = parse_date(text)
    except DateError:
        return None
    named = written.weekday is not None and written.day is not None
    return written if named and written.month is None and written.day_number is None else None


def _weekday(text: str, first_date: date | None) -> date | None:
    """A bare weekday: the first such day on or after the first day (None without one).

    Raises:
        TimeError: for a text that is no weekday, naming the days a site may write.
    """
    weekday = weekday_named(text)  # "Thursday", "Thurs.", "jeudi", "Donnerstag", "jueves"
    if weekday is not None:
        if first_date is None:
            return None
        return first_date + timedelta(days=(weekday - first_date.weekday()) % 7)
    raise TimeError(f"expected a day such as 2026-03-12, 'Monday 22nd November' or 'Day 2', found {text!r}")


def _slashed_day(text: str, first_date: date | None) -> date | None:
    """A day in numbers with slashes; None when it has no year and no first day is given.

    The numbers decide the order where one is over 12 ("9/29": September); both 12 or under
    ("10/5"), the reading on or nearest after the first day, as a date column's reader does; with
    a year written and both 12 or under, the day first.

    Raises:
        TimeError: for an impossible date ("2/30").
    """
    written = parse_date(text)
    if written.month is not None and written.day is not None and max(written.month, written.day) <= _MONTHS_IN_YEAR:
        written = attrs.evolve(written, either_order=True)
    if written.year is None and first_date is None:
        return None
    try:
        return written.resolve(first_date)
    except DateError as error:
        raise TimeError(f"expected a real date, found {text!r} ({error})") from None


def plain_number(text: str) -> float | None:
    """The number a duration written without a unit is ("0.75", ".5", "45"), else None."""
    return float(text) if _PLAIN_NUMBER.match(text) else None


def parse_duration(text: str, *, plain_hours: bool = False) -> timedelta:
    """Read "1:00:00", "0:20", "45", "45 min" or "1.5h"; a number without a unit in hours when `plain_hours`.

    Raises:
        TimeError: for anything else.
    """
    if plain_hours and (number := plain_number(text)) is not None:
        return timedelta(hours=number)
    match = _DURATION.match(text.strip())
    if match is None:
        raise TimeError(
            f"expected a duration such as 1:00:00 or 45 min, found {text!r} (a number of hours: "
            '[feeds.columns] duration_unit = "hours")'
        )
    if match["h"] is not None:
        return timedelta(hours=int(match["h"]), minutes=int(match["m"]), seconds=int(match["s"] or 0))
    if match["minutes"] is not None:
        return timedelta(minutes=int(match["minutes"]))
    return timedelta(hours=float(match["hours"]))


def month_first_note(days: Sequence[object], notes: list[str]) -> bool:
    """Whether the file's numbered days are month first (MK 2017's `date: 02.24.2017`), said in a reading line."""
    settling = month_first_file(days)
    if settling is not None:
        notes.append(
            f"dates read month first: {settling!r} is no date day first (no month {settling[3:5]}), "
            "and every numbered date of the file is one month first"
        )
    return settling is not None


def weekday_clash(level: Mapping[str, Any], day: date, source: str) -> list[Problem]:
    """A warning when a day's name is a weekday its date is not (ICSOB 2024: `name: Tuesday`, `date: 2024-11-08`)."""
    name = next((level[key] for key in ("name", "title", "label") if isinstance(level.get(key), str)), None)
    named = weekday_named(name) if name is not None else None
    if named is None or named == day.weekday():
        return []
    message = (
        f"the day named {name!r} is dated {day.isoformat()}, a {weekday_name(day.weekday())}: "
        "read on its date, as written; one of the two is wrong"
    )
    return [Problem(Severity.WARNING, "weekday-mismatch", message, SourceRef(source, getattr(level, "line", None)))]


_NOT_THE_WEEKDAY = re.compile(r"\(\d{4}-\d{2}-\d{2} is not an? \w+\)$")
"""An entry's day read in the wrong year: "found 'Mardi 22 juin' (2022-06-22 is not a Tuesday)"."""


def one_weekday_error(problems: Sequence[Problem]) -> list[Problem]:
    """`problems` with the entries whose weekday-named day falls on another weekday said once, at the first.

    A wrong --date year makes every such entry's day wrong together: JFPC 2021's 51 entries
    (`day: Mardi 22 juin`, --date 2022-06-22) gave 51 errors that said one thing.
    """
    wrong = [
        problem
        for problem in problems
        if problem.code == "unreadable-entry" and _NOT_THE_WEEKDAY.search(problem.message) is not None
    ]
    if len(wrong) < 2:
        return list(problems)
    first = wrong[0]
    message = (
        f"{first.message}: {len(wrong)} entries in all name a weekday their date is not in that year; check --date"
    )
    said = attrs.evolve(first, message=message)
    others = {id(problem) for problem in wrong[1:]}
    return [said if problem is first else problem for problem in problems if id(problem) not in others]

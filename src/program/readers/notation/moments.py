"""A moment written whole: an ISO date and time, perhaps with seconds and a UTC offset.

"2020-03-30 10:00:00+00:00" (pandas), "2021-11-09 14:00:00 +08:00" (Ruby and Jekyll put a space
before the offset), "2024-05-01T09:30:00", and "2022-10-17T 13:00:00+09:00": MEEC 2022's page writes
a space after the T, where a script of its own turns each into the reader's local time.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone

_MOMENT = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:T\s?|\s)(?:\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}))?"
    r"|\d:\d{2}(?::\d{2})?\s?(?:Z|[+-]\d{2}:?\d{2}))$"
)
"""An ISO timestamp; its offset may follow a space. A one-digit hour is a moment only with an offset
("2021-11-10 9:00:00 +08:00"): without one, "2016-10-24 8:00:00" may be on a 12-hour clock (EDUCAUSE 2016's
sheet), and a table reads it as a date and a clock time."""

MOMENT_IN_TEXT = re.compile(
    r"(?<![\w:+-])\d{4}-\d{2}-\d{2}T\s?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s?(?:Z|[+-]\d{2}:?\d{2})"
)
"""A moment with its offset inside a page's text ("… <td>2022-10-17T 13:00:00+09:00</td> …"): the T makes it one."""


def written_moment(text: str) -> datetime | None:
    """The moment an ISO timestamp writes (aware when it has an offset), or None for any other text.

    >>> written_moment("2022-10-17T 13:00:00+09:00").isoformat()
    '2022-10-17T13:00:00+09:00'
    >>> written_moment("2021-11-10 9:00:00 +08:00").hour, written_moment("2016-10-24 8:00:00")
    (9, None)
    """
    text = text.strip()
    if not _MOMENT.match(text):
        return None
    try:
        # fromisoformat wants "09:00", no space after the T and the offset against the time
        padded = re.sub(r"(?<=[T ])(\d)(?=:)", r"0\1", re.sub(r"T\s", "T", text, count=1), count=1)
        return datetime.fromisoformat(re.sub(r"\s(?=[Z+-][\d:]*$)", "", padded))
    except ValueError:  # "2020-13-45 10:00": no date
        return None


_EPOCH_SECONDS = range(10**8, 10**10 * 4)
"""Seconds since 1970 a feed writes for a moment (1973 to 3237): a bare count smaller is no moment."""
_DAY_SECONDS = 86_400
_WIDEST_OFFSET = 14 * 3600


def epoch_moment(value: object) -> datetime | None:
    """The moment a count of seconds since 1970 (UTC) names, aware in UTC; None for anything else.

    Hacker Hotel 2019's badge writes each event's `timestamp` and `end` so (`1550314800`):
    instants, not clock times.

    >>> epoch_moment(1550314800).isoformat(), epoch_moment("1550314800") is None, epoch_moment(True)
    ('2019-02-16T11:00:00+00:00', True, None)
    """
    if isinstance(value, bool) or not isinstance(value, int) or value not in _EPOCH_SECONDS:
        return None
    return datetime.fromtimestamp(value, UTC)


def at_wall_clock(moment: datetime, day: date, clock: time) -> datetime | None:
    """The moment shown at the offset that makes it the wall-clock `clock` near `day`, else None.

    An event listed on its day at `12:00` whose instant is 11:00 UTC was at +01:00; one listed at
    `00:30` of the night after is a day later than its listing's date. None when no offset a place
    has (within 14 hours, in quarter hours) makes the instant that clock time.
    """
    listed = datetime.combine(day, clock, UTC)
    seconds = int((listed - moment).total_seconds()) % _DAY_SECONDS
    seconds = seconds - _DAY_SECONDS if seconds > _WIDEST_OFFSET else seconds
    if abs(seconds) > _WIDEST_OFFSET or seconds % 900:
        return None
    return moment.astimezone(timezone(timedelta(seconds=seconds)))

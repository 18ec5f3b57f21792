"""A moment written whole: an ISO date and time, perhaps with seconds and a UTC offset.

"2020-03-30 10:00:00+00:00" (pandas), "2021-11-09 14:00:00 +08:00" (Ruby and Jekyll put a space
before the offset), "2024-05-01T09:30:00", and "2022-10-17T 13:00:00+09:00": MEEC 2022's page writes
a space after the T, where a script of its own turns each into the reader's local time.
"""

from __future__ import annotations

import re
from datetime import datetime

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

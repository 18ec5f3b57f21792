"""Numbered dates written month first where the day-first reading is impossible ("02.24.2017").

A dotted date reads day first ("12.03.2026" is 12 March), but MK 2017's schedule writes
`date: 02.24.2017` (Friday 24 February): there is no 24th month. When a file's numbered
dates include one that cannot be day first and every one of them is a date month first, the
file writes them month first; one date that is a date only day first ("13.02.2017") leaves
the file's dates as they are, and their errors said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

_NUMBERED = re.compile(r"(?P<a>\d{1,2})(?P<separator>[./-])(?P<b>\d{1,2})(?P=separator)(?P<year>\d{4})")
_MONTHS = 12


def month_first_date(text: str) -> date | None:
    """The date a numbered date is read month first ("02.24.2017": 24 February 2017), None for another text.

    Raises:
        ValueError: when the numbers are no date month first.
    """
    match = _NUMBERED.fullmatch(text.strip())
    return date(int(match["year"]), int(match["a"]), int(match["b"])) if match else None


def month_first_file(texts: Iterable[object]) -> str | None:
    """The date that shows a file's numbered dates month first, or None when they are (or may be) day first.

    >>> month_first_file(["02.24.2017", "02.25.2017"]), month_first_file(["02.24.2017", "13.02.2017"])
    ('02.24.2017', None)
    """
    found = [match for text in texts if isinstance(text, str) and (match := _NUMBERED.fullmatch(text.strip()))]
    settling = next((match for match in found if int(match["b"]) > _MONTHS), None)
    if settling is None:
        return None
    try:
        for match in found:
            date(int(match["year"]), int(match["a"]), int(match["b"]))
    except ValueError:
        return None
    return settling.group(0)

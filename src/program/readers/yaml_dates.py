"""A YAML value that is a date and no time: "2023-01-26", "January 26, 2023", "15 Abril" (its year from --date).

A site's days are keyed by such values (`date: 15 Abril`, ENEEM 2019) where its entries hold times:
told apart here for the YAML readers and their detection.
"""

from __future__ import annotations

import re

from program.readers.notation.dates import DateError, parse_date

DATE_ONLY = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}|[A-Za-z]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,}\.?,?\s+\d{4})"
)
"""A date without a time: "2023-01-26", "January 26, 2023", "26 January 2023"."""
_DATE_ONLY = re.compile(rf"^{DATE_ONLY}$")
DAY_MONTH = r"(?:\d{1,2}(?:st|nd|rd|th|º)?\.?\s+(?:de\s+)?[^\W\d_]{3,}\.?|[^\W\d_]{3,}\.?\s+\d{1,2}(?:st|nd|rd|th)?)"
"""A day of a named month without a year: "15 Abril" (ENEEM 2019), "15 de abril", "April 15"."""
_DAY_MONTH = re.compile(rf"^{DAY_MONTH}$")


def is_date_only(text: str) -> bool:
    """Whether a text is a date and no time: with its year, or a day of a named month (its year from --date).

    >>> is_date_only("January 26, 2023"), is_date_only("15 Abril"), is_date_only("Room 12"), is_date_only("9:30")
    (True, True, False, False)
    """
    text = " ".join(text.split())
    if _DATE_ONLY.match(text) or not _DAY_MONTH.match(text):
        return _DATE_ONLY.match(text) is not None
    try:
        written = parse_date(text)
    except DateError:
        return False
    return written.month is not None and written.day is not None and written.day_number is None

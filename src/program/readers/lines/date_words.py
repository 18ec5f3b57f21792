"""Whether a day heading's words are a date's and nothing else, and the date they write.

A heading is a day's when every word of it (or of its first piece, before " - " or ": ") is a
number or a weekday or month name: "Monday March 2, 2026", "Thursday / 26 October",
"martes 22 de junio de 2021"; "Monday: Coffee and welcome" is a slot's line.
"""

from __future__ import annotations

import re

from program.readers.notation.dates import DateError, WrittenDate, parse_date

_PIECES = re.compile(r"\s+[-–—|]\s+|:\s+|\s*[:]$")


def date_of(text: str) -> WrittenDate | None:
    """The date a text opens with ("Day 1 - June 15, 2025" after "Day 1 - ", "Monday, June 2")."""
    for written in (text, *_PIECES.split(text)[:1]):
        piece = written.strip(" ,.-–—")
        if not piece or (piece[0].isdigit() and ":" in piece):
            continue
        try:
            found = parse_date(piece, day_first=True)
        except DateError:
            continue
        if _only_date_words(piece):
            return found
    return None


_DATE_WORD = re.compile(
    r"^(?:\d{1,4}(?:st|nd|rd|th|\.)?|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{4})?"
    r"|[^\W\d_]+\.?)$"
)
"""A date's word: a number, an ISO or slashed date, a dotted one ("24.2.2022", SEUH 2022), a day's or month's name."""
_DATE_FILLERS = frozenset({"de", "del", "of", "the"})
"""Words joining a date's parts: "martes 22 de junio de 2021", "22nd of June", "Wednesday (6th of April)" (BBS
Springschool 2022, its brackets left out too)."""


def _only_date_words(text: str) -> bool:
    """Whether every word is a number or a day/month name ("Monday March 2, 2026", "Thursday / 26 October")."""
    words = [word for word in re.sub(r"[,()]|\s/\s", " ", text).split() if word.casefold() not in _DATE_FILLERS]
    if not words or len(words) > 5:
        return False
    for word in words:
        if not _DATE_WORD.match(word):
            return False
        if word[0].isalpha() and not _is_day_or_month(word):
            return False
    return True


def _is_day_or_month(word: str) -> bool:
    """Whether a word names a weekday ("Sat", "Monday") or a month ("June", "Dec.")."""
    for text in (word, f"{word} 1"):
        try:
            found = parse_date(text)
        except DateError:
            continue
        if found.weekday is not None or found.month is not None:
            return True
    return False

"""Words after a 12-hour clock that name the part of the day, and so act as its am/pm.

Malay and Indonesian programmes write no am/pm but the part of the day after the time or range: JKR's
AI & IoT course 2025 writes `8.30 – 10.30 mlm` (malam, night), `7.30 – 9.00 pagi` (morning), `10.30 – 11.00
pg` (pagi), `11.00 – 1.00 tgh` (tengah hari, midday: 11:00 to 13:00), `3.00 – 5.00 ptg` (petang, afternoon).
Each word names a stretch of the day; an hour of 1 to 12 is read as the one of its two readings in that
stretch. A word written once after a range holds for both ends (`times.start_before`).

Pure: `times` and `leading` read the clock; here is only which half of the day a word puts it in.
"""

from __future__ import annotations

import re

DAY_PARTS: dict[str, int] = {
    # Malay and Indonesian, whole and shortened
    **{"pagi": 0, "pg": 0},  # morning: 12 pagi is midnight, as 12 a.m.
    **{"tengah hari": 9, "tengahari": 9, "tgh": 9, "tghari": 9, "siang": 9},  # midday: 11 is 11:00, 1 is 13:00
    **{"petang": 12, "ptg": 12, "sore": 12},  # afternoon: 12 is noon, 5 is 17:00
    **{"malam": 13, "mlm": 13, "tengah malam": 13},  # night: 8 is 20:00, 12 is midnight
}
"""Each word and the first hour (0 to 23) of the twelve hours it reads a clock in: "tgh" (9) reads 11 as 11:00
and 1 as 13:00; "mlm" (13) reads 12 as midnight, the end of the day."""
_LONGEST_FIRST = sorted(DAY_PARTS, key=len, reverse=True)
DAY_PART_WORD = r"(?:" + "|".join(word.replace(" ", r"\s+") for word in _LONGEST_FIRST) + r")\.?(?![^\W\d_])"
"""A day-part word as a pattern to build on: whole words only ("pagi", not the "pg" of "pgAdmin")."""
_AFTER_CLOCK = re.compile(r"(?<=\d)\s*(?P<word>" + DAY_PART_WORD + r")$", re.IGNORECASE)


def day_part_after(text: str) -> tuple[str, str] | None:
    """The clock text and the day-part word after it, or None when the text ends with none.

    >>> day_part_after("10.30 mlm"), day_part_after("11.00 tgh"), day_part_after("8.30 pm")
    (('10.30', 'mlm'), ('11.00', 'tgh'), None)
    """
    found = _AFTER_CLOCK.search(text)
    if found is None:
        return None
    return text[: found.start()].rstrip(), " ".join(found["word"].casefold().rstrip(".").split())


def in_day_part(hour: int, minute: int, word: str) -> int:
    """The minutes after midnight of a 12-hour clock (`hour` 1 to 12) in the part of the day `word` names.

    Midnight written at the night's end ("12.00 mlm") is 0: a range's end is put after its start elsewhere.

    >>> in_day_part(11, 0, "tgh"), in_day_part(1, 0, "tgh"), in_day_part(8, 30, "mlm"), in_day_part(12, 0, "mlm")
    (660, 780, 1230, 0)
    >>> in_day_part(10, 30, "pg"), in_day_part(12, 0, "ptg"), in_day_part(3, 0, "petang")
    (630, 720, 900)
    """
    first = DAY_PARTS[word]
    hour_24 = next(candidate for candidate in (hour % 12, hour % 12 + 12, 24) if first <= candidate < first + 12)
    return hour_24 % 24 * 60 + minute

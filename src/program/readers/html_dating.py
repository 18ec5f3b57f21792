"""The time zone and the first date a saved schedule page names in its text.

A workshop page says "All times are CEST", "Hawaii Time (GMT-10)", "Timezone: America/Denver"
or "held on July 28th 2023". What the page names is used only when the user gave nothing
(--timezone, --date and the program file win), and `reading` says where each came from. A
zone abbreviation or a GMT offset is a fixed offset (Etc/GMT+10), never a guessed city.
"""

from __future__ import annotations

import re
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs

from program.errors import UsageError
from program.readers.notation.dates import DateError, WrittenDate, parse_date

_IANA = re.compile(
    r"\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?"
)
_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*(?P<sign>[+\-−–])\s*(?P<hours>\d{1,2})(?::?00)?\b")
_ABBREVIATIONS = {
    "CEST": 2, "CET": 1, "BST": 1, "EEST": 3, "EET": 2, "WEST": 1, "WET": 0, "EDT": -4, "EST": -5, "CDT": -5,
    "CST": -6, "MDT": -6, "MST": -7, "PDT": -7, "PST": -8, "AKDT": -8, "HST": -10, "JST": 9, "KST": 9, "IST": 5,
    "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
}  # fmt: skip
"""Zone abbreviations pages name, as their hours from UTC (IST is India's: conference pages mean it so)."""
_ABBREVIATION = re.compile(r"\b(?P<name>" + "|".join(_ABBREVIATIONS) + r")\b")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_FULL_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:&|and|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?)*,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\b"
)


@attrs.frozen
class PageSettings:
    """The zone and first date a page's items are placed with, and where each came from.

    Attributes:
        zone: the zone of the page's wall-clock times.
        first_date: the first day, when known (a weekday heading needs it).
        said: lines for `Program.reading` ("time zone: Etc/GMT+10, from the page ('GMT-10')").
    """

    zone: ZoneInfo | None
    first_date: date | None
    said: tuple[str, ...]


def page_zone(text: str) -> tuple[ZoneInfo, str] | None:
    """The zone a page's text names (an IANA name, a GMT/UTC offset, or an abbreviation), with the words.

    >>> page_zone("All slots are in Hawaii Time (GMT-10).")[0].key
    'Etc/GMT+10'
    >>> page_zone("Timezone: America/Denver")[0].key, page_zone("All times are CEST")[0].key
    ('America/Denver', 'Etc/GMT-2')
    """
    for match in _IANA.finditer(text):
        try:
            return ZoneInfo(match[0]), match[0]
        except (ZoneInfoNotFoundError, ValueError):
            continue
    offset = _OFFSET.search(text)
    if offset is not None and int(offset["hours"]) <= 14:
        hours = int(offset["hours"]) * (1 if offset["sign"] == "+" else -1)
        return _fixed(hours), offset[0]
    abbreviation = _ABBREVIATION.search(text)
    if abbreviation is not None:
        return _fixed(_ABBREVIATIONS[abbreviation["name"]]), abbreviation[0]
    return None


def _fixed(hours: int) -> ZoneInfo:
    # The Etc zones' signs are POSIX's, the other way round: UTC-10 is Etc/GMT+10.
    return ZoneInfo("Etc/UTC" if hours == 0 else f"Etc/GMT{-hours:+d}")


def page_date(text: str) -> tuple[date, str] | None:
    """The first full date (with a year) a page's text writes, with the words ("April 18 & 19, 2020").

    >>> page_date("taking place on April 18 & 19, 2020. Followed by sprints")
    (datetime.date(2020, 4, 18), 'April 18 & 19, 2020')
    """
    for match in _FULL_DATE.finditer(text):
        try:
            return parse_date(match[0]).resolve(None), match[0]
        except DateError:
            continue
    return None


def settle(text: str, source: str, zone: ZoneInfo | None, first_date: date | None) -> PageSettings:
    """The zone and first date: the user's (--timezone, --date), else the page's; say which."""
    said: list[str] = []
    if zone is None and (named := page_zone(text)) is not None:
        zone = named[0]
        said.append(f"time zone: {zone.key}, from the page ({named[1]!r})")
    if first_date is None and (written := page_date(text)) is not None:
        first_date = written[0]
        said.append(f"first date: {first_date.isoformat()}, from the page ({written[1]!r})")
    return PageSettings(zone, first_date, tuple(said))


def needs_zone(settings: PageSettings, source: str) -> ZoneInfo:
    """The page's zone, or an error naming --timezone.

    Raises:
        UsageError: when neither the user nor the page names a zone.
    """
    if settings.zone is None:
        raise UsageError(
            f"{source}: the page's times have no time zone and the page names none; pass --timezone Area/City "
            "(or set timezone in the program file)"
        )
    return settings.zone


def resolve_day(day: WrittenDate | None, settings: PageSettings, source: str) -> date:
    """The date of a day heading (or the first date when there is none).

    Raises:
        UsageError: naming --date, when the heading (or its absence) needs the first date.
        DateError: for a heading that writes an impossible date.
    """
    if day is None:
        if settings.first_date is None:
            raise UsageError(
                f"{source}: the page's times have no date and the page names none; pass --date YYYY-MM-DD "
                "(or set date in the program file)"
            )
        return settings.first_date
    try:
        return day.resolve(settings.first_date)
    except DateError as error:
        if settings.first_date is None:
            raise UsageError(
                f"{source}: the page's day headings have no year or are weekdays; pass --date YYYY-MM-DD "
                "(the first day) or set date in the program file"
            ) from None
        raise error

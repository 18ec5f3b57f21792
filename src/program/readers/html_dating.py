"""The time zone and the first date a saved schedule page names in its text.

A workshop page says "All times are CEST", "Hawaii Time (GMT-10)", "Timezone: America/Denver"
or "held on July 28th 2023". What the page names is used only when the user gave nothing
(--timezone, --date and the program file win), and `reading` says where each came from. The
zone is read as for a page copied as text (`lines.days.zone_and_words`): a GMT offset is a
fixed offset (Etc/GMT+10), an abbreviation the zone of its best-known city (CEST: Paris).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from zoneinfo import ZoneInfo

import attrs

from program.errors import ProgramError, UsageError
from program.model import Program
from program.readers.base import ReadContext
from program.readers.html_time_zones import times_zone
from program.readers.lines.days import deadline_zone, zone_and_words
from program.readers.notation.dates import DateError, WrittenDate
from program.readers.notation.page_dates import first_date_written

_SENTENCE_END = re.compile(r"(?<=[a-z)][.!?])\s+(?=[A-Z][a-z])")
_PROSE = 200
"""Characters: a line longer is a paragraph of prose, read sentence by sentence for a zone."""


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
    set_aside: str | None = None
    """The words of a zone the page names only for a deadline ("UTC-0"): said when --timezone is asked for."""


def page_zone(text: str) -> tuple[ZoneInfo, str] | None:
    """The zone a page's text names, with the words: the first line that names one.

    The same reading as a page copied as text (`lines.days.zone_and_words`): an IANA name, a
    GMT/UTC offset, a city in brackets, an abbreviation ("PST", "Pacific Time").

    >>> page_zone("All slots are in Hawaii Time (GMT-10).")[0].key
    'Etc/GMT+10'
    >>> page_zone("Timezone: America/Denver")[0].key, page_zone("All times are in Pacific Time")[0].key
    ('America/Denver', 'America/Los_Angeles')
    """
    return next((found for line in _statements(text) if (found := zone_and_words(line)) is not None), None)


def _statements(text: str) -> list[str]:
    """The page's lines, a paragraph of prose cut into its sentences.

    A zone is named in the sentence that speaks of times: a speaker's biography ("… at UT Austin,
    where he holds … He works at Picsart part time.": ML for Systems 2023) names no zone.
    """
    return [
        sentence
        for line in text.split("\n")
        for sentence in (_SENTENCE_END.split(line) if len(line) > _PROSE else (line,))
    ]


def settle(text: str, source: str, zone: ZoneInfo | None, first_date: date | None) -> PageSettings:
    """The zone and first date: the user's (--timezone, --date), else the page's; say which."""
    said: list[str] = []
    if zone is None and (named := page_zone(text)) is not None:  # `text` keeps its lines: a zone is named on one
        zone = named[0]
        said.append(f"time zone: {zone.key}, from the page ({named[1]!r})")
    elif zone is None and (after := times_zone(text)) is not None:  # "9:00 am - 11:00 am PDT" on each row
        zone = after[0]
        said.append(f"time zone: {zone.key}, from the times ({after[1]!r}; pass --timezone for another place)")
    if first_date is None and (written := first_date_written(text)) is not None:
        first_date = written.day
        said.append(written.said)
    aside = (
        next((words for line in _statements(text) if (words := deadline_zone(line))), None) if zone is None else None
    )
    return PageSettings(zone, first_date, tuple(said), aside)


class ZoneMissingError(UsageError):
    """Neither the user nor the page names a zone: `asking_both` names the first date too when it is missing."""


def asking_both(read: Callable[[ReadContext], Program], context: ReadContext, source: str) -> Program:
    """The page `read` in `context`; a missing zone asked for with the missing first date, in one message.

    20 saved pages in tests/data/html_pages (FEAST 2021, MLSys 2023, Agile France 2013) asked for
    --timezone, then, run again with it, for --date: the page is read once more in any zone, only
    to learn whether a date is asked for next.
    """
    try:
        return read(context)
    except ZoneMissingError as no_zone:
        if context.first_date is not None:
            raise
        try:
            read(attrs.evolve(context, timezone=ZoneInfo("UTC")))
        except ProgramError as no_date:
            reason, asked, _ = str(no_date).removeprefix(f"{source}: ").partition("; pass --date")
            if isinstance(no_date, UsageError) and asked:
                raise UsageError(
                    f"{str(no_zone).partition('; pass --timezone')[0]}, and {reason}; pass --date YYYY-MM-DD "
                    "(the first day) and --timezone Area/City, or set date and timezone in the program file"
                ) from None
        raise no_zone from None


def needs_zone(settings: PageSettings, source: str) -> ZoneInfo:
    """The page's zone, or an error naming --timezone.

    Raises:
        UsageError: when neither the user nor the page names a zone.
    """
    if settings.zone is None:
        aside = f" (its {settings.set_aside!r} is a deadline's)" if settings.set_aside else ""
        raise ZoneMissingError(
            f"{source}: the page's times have no time zone and the page names none{aside}; pass --timezone "
            "Area/City (or set timezone in the program file)"
        )
    return settings.zone


def no_date(source: str, where: str = "") -> UsageError:
    """The error for a page whose times have no date (`where`: " in the table at line 9"), naming --date."""
    return UsageError(
        f"{source}: the page's times{where} have no date and the page names none; pass --date YYYY-MM-DD "
        "(or set date in the program file)"
    )


def resolve_day(day: WrittenDate | None, settings: PageSettings, source: str) -> date:
    """The date of a day heading (or the first date when there is none).

    Raises:
        UsageError: naming --date, when the heading (or its absence) needs the first date.
        DateError: for a heading that writes an impossible date.
    """
    if day is None:
        if settings.first_date is None:
            raise no_date(source)
        return settings.first_date
    try:
        return day.resolve(settings.first_date)
    except DateError as error:
        if settings.first_date is None:
            # both missing: said at once, not one run after the other (bafa 2017, CSAMA 2023)
            zone = " and --timezone Area/City (it names no time zone either)" if settings.zone is None else ""
            raise UsageError(
                f"{source}: the page's day headings have no year or are weekdays; pass --date YYYY-MM-DD "
                f"(the first day){zone}, or set {'them' if zone else 'it'} in the program file"
            ) from None
        raise error

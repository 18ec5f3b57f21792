"""A page's first day from the year it writes once and day headings that name their weekday and date, no year.

DevOpsDagar 2024 says `Oversikt over program 2024` above day headings `Mandag 02. desember`, `Tirsdag 3.
desember` (Hugo accordions): 2 December 2024 is a Monday, 3 December a Tuesday, so the page itself gives
its first day. The year counts only when it is the only year the page writes and every heading's weekday
is its date's weekday in it (a stray year, or weekdays of another year, leave the day to --date).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.readers.base import Line, ReadContext
from program.readers.lines.markup import CleanLine
from program.readers.lines.slots import Slot
from program.readers.notation.dates import DateError, WrittenDate

_YEAR = re.compile(r"(?<![\d/.-])(?:19[5-9]\d|2[01]\d\d)(?![\d/-])")


def with_page_year(
    context: ReadContext, days: Sequence[WrittenDate], lines: Sequence[tuple[Line, CleanLine]], slots: Sequence[Slot]
) -> tuple[ReadContext, list[str]]:
    """`context` with the first day the page gives by its one year and its weekday headings, and the note saying so.

    Only the lines above the first slot count (the page's title and introduction): a year below is a talk's.

    >>> from program.readers.notation.dates import parse_date
    >>> days = [parse_date("Mandag 02. desember"), parse_date("Tirsdag 3. desember")]
    >>> context, notes = _with_year(ReadContext(), days, ["Oversikt over program 2024", "Program"])
    >>> context.first_date.isoformat(), notes[0].startswith("first date: 2024-12-02, from the page ('Oversikt")
    ('2024-12-02', True)
    >>> _with_year(ReadContext(), days, ["program 2023"])[0].first_date is None  # 2 December 2023 was a Saturday
    True
    """
    above = min((slot.line.number for slot in slots), default=0)
    return _with_year(context, days, [text.text for line, text in lines if line.number < above])


def _with_year(
    context: ReadContext, days: Sequence[WrittenDate], texts: Sequence[str]
) -> tuple[ReadContext, list[str]]:
    if context.first_date is not None or not days or any(day.year is not None for day in days):
        return context, []
    dated = [day for day in days if day.month is not None and day.day is not None]
    if len(dated) != len(days) or not any(day.weekday is not None for day in dated):
        return context, []
    years = {int(found[0]): text for text in texts for found in _YEAR.finditer(text)}
    if len(years) != 1:
        return context, []
    year, said = next(iter(years.items()))
    try:
        first = min(attrs.evolve(day, year=year).resolve(None) for day in dated)
    except DateError:
        return context, []
    note = f"first date: {first.isoformat()}, from the page ({said.strip()!r} and its day headings' weekdays)"
    return attrs.evolve(context, first_date=first), [note]

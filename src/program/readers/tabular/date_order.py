"""Which comes first in a table's slashed dates, the day or the month, and a warning when nothing says.

"14/06/2025" is day first and "06/14/2025" month first; a column of "07/04/2026" alone could be
either (pisa-conf RT2024's `Start Date`, 7 April or 4 July). Such a column is read day first,
unless the table is Google Calendar's import CSV (its documented format is MM/DD/YYYY) or the
program's zone is in the US or Canada, where dates are written month first (Penguicon 2019's
`5/3/2019` in America/Detroit is 3 May). Either way an `ambiguous-date` warning at its first
cell says which was chosen, and that `--date` (the first day, in either order) reads it the other way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import attrs

from program.model import Problem, Severity
from program.model.clock import MONTHS
from program.readers.tabular.cells import Cell, Table

_SLASHED = re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})\b")
"""A slashed date with its year, alone or before a time ("07/04/2026 6:00")."""
_MONTHS = 12


@attrs.frozen
class DateOrder:
    """How a table's slashed dates are read.

    Attributes:
        day_first: whether "07/04/2026" is 7 April.
        problem: the `ambiguous-date` warning when no date of the table settles it, else None.
    """

    day_first: bool
    problem: Problem | None = None


def date_order(table: Table, cells: Sequence[Cell], first_date: date | None, month_first: str = "") -> DateOrder:
    """The order of the slashed dates in `cells` (a table's date, start and end cells).

    A day past 12 settles it; so does `first_date` when it is one reading of a date and not
    the other, and so do the dates themselves when only one reading keeps them within two weeks.
    Otherwise the dates are read day first, or month first when `month_first` says
    why (`month_first_reason`), with a warning.
    """
    found = [(cell, match) for cell in cells if (match := _SLASHED.match(cell.text)) is not None]
    for _, match in found:
        if int(match["b"]) > _MONTHS:
            return DateOrder(day_first=False)
        if int(match["a"]) > _MONTHS:
            return DateOrder(day_first=True)
    doubtful = [(cell, match) for cell, match in found if match["a"] != match["b"] and min(_parts(match)) > 0]
    if not doubtful:
        return DateOrder(day_first=True)
    settled = _order_of_first_date([match for _, match in doubtful], first_date)
    settled = _compact_order([match for _, match in found]) if settled is None else settled
    if settled is not None:
        return DateOrder(day_first=settled)
    cell, match = doubtful[0]
    day_read, month_read = _reading(match, day_first=True), _reading(match, day_first=False)
    chosen, other = ("month", "day") if month_first else ("day", "month")
    because = f", as {month_first}" if month_first else ""
    message = (
        f"{table.describe(cell)}: {match.group(0)!r} could be {_said(day_read)} or {_said(month_read)}, and no "
        f"date of the table has a day past 12: read {chosen} first ({_said(month_read if month_first else day_read)})"
        f"{because}; to read the dates {other} first, pass "
        f"--date {_first_of(doubtful, day_first=bool(month_first)).isoformat()} (the first day)"
    )
    problem = Problem(Severity.WARNING, "ambiguous-date", message, table.where(cell))
    return DateOrder(day_first=not month_first, problem=problem)


_MONTH_FIRST_ZONES = frozenset(
    {
        "Adak",
        "Anchorage",
        "Atikokan",
        "Blanc-Sablon",
        "Boise",
        "Cambridge_Bay",
        "Chicago",
        "Creston",
        "Dawson",
        "Dawson_Creek",
        "Denver",
        "Detroit",
        "Edmonton",
        "Fort_Nelson",
        "Fort_Wayne",
        "Glace_Bay",
        "Goose_Bay",
        "Halifax",
        "Indianapolis",
        "Inuvik",
        "Iqaluit",
        "Juneau",
        "Knox_IN",
        "Los_Angeles",
        "Louisville",
        "Menominee",
        "Metlakatla",
        "Moncton",
        "Montreal",
        "New_York",
        "Nipigon",
        "Nome",
        "Pangnirtung",
        "Phoenix",
        "Rainy_River",
        "Rankin_Inlet",
        "Regina",
        "Resolute",
        "Shiprock",
        "Sitka",
        "St_Johns",
        "Swift_Current",
        "Thunder_Bay",
        "Toronto",
        "Vancouver",
        "Whitehorse",
        "Winnipeg",
        "Yakutat",
        "Yellowknife",
    }
)
"""The US and Canadian zones of the tz database (zone.tab, with the old names still linked), under America/."""
_STATES = frozenset(("Indiana", "Kentucky", "North_Dakota"))
"""The US states whose zones are named under them (America/Indiana/Knox)."""


def month_first_reason(header: Sequence[str], zone: str | None) -> str:
    """Why a table's ambiguous slashed dates are month first, or "" when nothing says so.

    Google Calendar's import CSV (`Subject, Start Date, …`) writes MM/DD/YYYY, as its help
    page's examples (05/30/2020) show; so do people in the US and Canada.
    """
    names = {" ".join(name.casefold().split()) for name in header}
    if {"subject", "start date"} <= names:
        return "Google Calendar's import CSV (Subject, Start Date, …) writes MM/DD/YYYY"
    area, _, city = (zone or "").partition("/")
    us = area in ("US", "Canada") or zone == "Pacific/Honolulu"
    us = us or (area == "America" and (city in _MONTH_FIRST_ZONES or city.split("/")[0] in _STATES))
    return f"the zone {zone} is in the US or Canada, where dates are written month first" if us else ""


def _order_of_first_date(doubtful: Sequence[re.Match[str]], first_date: date | None) -> bool | None:
    """Day first (True) or month first (False) when `first_date` is one reading of a date; else None."""
    readings = {(_reading(match, day_first=True), _reading(match, day_first=False)) for match in doubtful}
    if first_date is not None and any(first_date == month_first for _, month_first in readings):
        return False
    if first_date is not None and any(first_date == day_first for day_first, _ in readings):
        return True
    return None


_PROGRAM_DAYS = 14
"""The most days a program's dates span: one reading within it and the other past it settles the order."""


def _compact_order(found: Sequence[re.Match[str]]) -> bool | None:
    """Day first (True) or month first (False) when only one reading keeps the dates within a program's days.

    TAROT 2024's header writes `08/07/2024` to `12/07/2024`: 8 to 12 July day first, and month first
    7 August to 7 December, no week's school. None when both or neither reading does.
    """
    spans = []
    for day_first in (True, False):
        days = {reading for match in found if (reading := _reading(match, day_first=day_first)) is not None}
        spans.append((max(days) - min(days)).days if len(days) > 1 else None)
    by_day, by_month = spans
    if by_day is None or by_month is None or (by_day <= _PROGRAM_DAYS) == (by_month <= _PROGRAM_DAYS):
        return None
    return by_day <= _PROGRAM_DAYS


def _parts(match: re.Match[str]) -> tuple[int, int]:
    return int(match["a"]), int(match["b"])


def _reading(match: re.Match[str], *, day_first: bool) -> date | None:
    day, month = (int(match["a"]), int(match["b"])) if day_first else (int(match["b"]), int(match["a"]))
    try:
        return date(int(match["year"]), month, day)
    except ValueError:
        return None


def _first_of(found: Sequence[tuple[Cell, re.Match[str]]], *, day_first: bool) -> date:
    """The earliest of the dates read in one order (each is a real date: no part is past 12)."""
    return min(reading for _, match in found if (reading := _reading(match, day_first=day_first)) is not None)


def _said(day: date | None) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day is not None else "no date"

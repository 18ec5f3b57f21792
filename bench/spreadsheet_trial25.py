"""Trial 25's sheets, their items worked out from the files with csv alone (not program).

ISA Oxford 2026 (from Thursday 3 September 2026, Europe/London: the repository's code/config.R):
`Weekday` names the day, `Time Start`/`Time End` in 12-hour clock, no people. Tropicon 2026 (from
Friday 17 April 2026, America/Cancun): `Viernes`/`Sábado`, each room a talk column and its
`Ponente` (a nickname in brackets dropped); a start-only row ends at the day's next later start.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from spreadsheet_listed import DATA
from spreadsheet_written import Expected

from program.readers.base import ReadContext


def isa2026(context: ReadContext) -> Expected:
    """ISA Oxford 2026: each row on its `Weekday`, counted from --date (a Thursday)."""
    zone, first = context.timezone, context.first_date
    assert zone is not None and first is not None
    offset = {"Thursday": 0, "Friday": 1, "Saturday": 2}
    expected: Expected = []
    for record in csv.DictReader(io.StringIO((DATA / "isa2026-overview.csv").read_text(encoding="utf-8"))):
        day = first + timedelta(days=offset[record["Weekday"]])
        start, end = (datetime.strptime(record[key], "%I:%M %p").time() for key in ("Time Start", "Time End"))
        expected.append((record["Session"], datetime.combine(day, start, zone), datetime.combine(day, end, zone), ()))
    return expected


def tropicon2026(context: ReadContext) -> Expected:
    """Tropicon 2026: `Track 1` and `Track Villas` items of each row, their speakers from `Ponente`."""
    zone, first = context.timezone, context.first_date
    assert zone is not None and first is not None
    rows = list(csv.reader(io.StringIO((DATA / "tropicon2026-schedule.csv").read_text(encoding="utf-8"))))
    expected: Expected = []
    for written in rows[1:]:
        row = written + [""] * (8 - len(written))
        day = first + timedelta(days={"Viernes": 0, "Sábado": 1}[row[0]])
        clocks = [datetime.combine(day, time.fromisoformat(text), zone) for text in re.findall(r"\d\d:\d\d", row[1])]
        end = clocks[1] + timedelta(days=int(clocks[1] <= clocks[0])) if len(clocks) > 1 else None
        for title_column, person_column in ((2, 3), (5, 6)):
            person = re.sub(r"\s*\(.*\)|.* Village$", "", row[person_column]).strip()  # a village hosts, nobody
            if row[title_column].strip():
                expected.append((row[title_column].strip(), clocks[0], end, (person,) if person else ()))
    starts = [start for _, start, _, _ in expected]
    return [
        (
            title,
            start,
            end or min((later for later in starts if later > start and later.date() == start.date()), default=None),
            people,
        )
        for title, start, end, people in expected
    ]


TRIAL25: tuple[tuple[str, ZoneInfo, date, Callable[[ReadContext], Expected]], ...] = (
    ("isa2026-overview.csv", ZoneInfo("Europe/London"), date(2026, 9, 3), isa2026),
    ("tropicon2026-schedule.csv", ZoneInfo("America/Cancun"), date(2026, 4, 17), tropicon2026),
)
"""Each file, its zone and first day (from the repository, see PROVENANCE.md), and its items."""

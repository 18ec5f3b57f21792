"""Trial 23's sheet, its items worked out from the file with csv alone (not program).

ComarCON (Torrevieja, from Saturday 23 August 2025): `dia` `sabado` is --date, `domingo` the day
after; `hora` the start; `duracion` `1h`/`2h` gives the end, `Todo el día` (all day) none; no people.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, time, timedelta

from spreadsheet_listed import DATA
from spreadsheet_written import Expected

from program.readers.base import ReadContext

_DAYS = {"sabado": 0, "domingo": 1}


def comarcon(context: ReadContext) -> Expected:
    """ComarCON: weekday rows from --date, `Nh` durations; `Todo el día` no end."""
    zone, first = context.timezone, context.first_date
    assert zone is not None and first is not None
    expected: Expected = []
    for record in csv.DictReader(io.StringIO((DATA / "comarcon-horario.csv").read_text(encoding="utf-8"))):
        start = datetime.combine(first + timedelta(days=_DAYS[record["dia"]]), time.fromisoformat(record["hora"]), zone)
        hours = record["duracion"].removesuffix("h")
        end = start + timedelta(hours=int(hours)) if hours.isdigit() else None
        expected.append((record["titulo"], start, end, ()))
    return expected

"""Trial 22's sheets, their items worked out from the files with calamine and csv alone (not program).

CEC 2024 (Guatemala City, from 10 September 2024): one row per session, `Día` 1, 2, 3 the days
(day 1 is --date), `Hora Inicio`/`Hora Final` clock times; people the named persons of `Autor`
(split at commas), without `Dra.`/`M. A.`, and nobody for the roles and groups written there
(`Rector UVG`, `Comité Organizador`, `Invitados`, `Miembro del Comité Organizador CEC` and the
organisations after it, `Guatemala - INGUAT`, `AGICE y BeyondSight`); the row without a title
(`C2 | 2 | Miercoles`) is no session.

HCD 2025 (Tokyo, 14 December 2025): `timetable1`/`timetable2` the start and end on --date,
`session_title` the title, `speaker_name_keys1`/`speaker_name_keys2` the people.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime, time, timedelta

from python_calamine import CalamineWorkbook
from spreadsheet_listed import DATA
from spreadsheet_written import Expected

from program.readers.base import ReadContext

_NOBODY = re.compile(
    r"^(?:Rector UVG|Comité Organizador|Invitados|Guatemala - INGUAT|AGICE y BeyondSight"
    r"|Miembro del Comité Organizador CEC|Universales|Reorbit|IIAS)$"
)


def cec2024(context: ReadContext) -> Expected:
    """CEC 2024: `Día` n is the (n-1)th day after --date; named persons only."""
    zone, first = context.timezone, context.first_date
    assert zone is not None and first is not None
    sheet = CalamineWorkbook.from_path(DATA / "cec2024-programa.xlsx").get_sheet_by_name("Sheet1")
    header, *rows = sheet.to_python()
    column = {name: index for index, name in enumerate(header)}
    expected: Expected = []
    for row in rows:
        values: list[object] = list(row)
        if not str(values[column["Título"]]).strip():
            continue  # "C2 | 2 | Miercoles": a day's row
        day = first + timedelta(days=int(float(str(values[column["Día"]]))) - 1)
        start, end = values[column["Hora Inicio"]], values[column["Hora Final"]]
        assert isinstance(start, time) and isinstance(end, time)
        names = (re.sub(r"^(?:Dra\.|M\. A\.)\s+", "", name.strip()) for name in str(values[column["Autor"]]).split(","))
        people = tuple(re.sub(r"\s*\([^()]*\)$", "", name) for name in names if name and not _NOBODY.match(name))
        title = str(values[column["Título"]]).strip()
        expected.append((title, datetime.combine(day, start, zone), datetime.combine(day, end, zone), people))
    return expected


def hcd2025(context: ReadContext) -> Expected:
    """HCD 2025: timetable1/timetable2 on --date."""
    zone, day = context.timezone, context.first_date
    assert zone is not None and day is not None
    expected: Expected = []
    for record in csv.DictReader(io.StringIO((DATA / "hcd2025-schedule-master.csv").read_text(encoding="utf-8"))):
        start, end = (time.fromisoformat(f"{record[key]:0>5}") for key in ("timetable1", "timetable2"))
        people = tuple(name for key in ("speaker_name_keys1", "speaker_name_keys2") if (name := record[key].strip()))
        title = " ".join(record["session_title"].split())  # "生存戦略　～…": an ideographic space is a space
        expected.append((title, datetime.combine(day, start, zone), datetime.combine(day, end, zone), people))
    return expected

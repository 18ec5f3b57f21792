"""Trial 23's sheet (unseen): ComarCON's `Todo el día` duration, an activity all day at its start with no end.

Expectations from the file with csv (tests/data/spreadsheets/PROVENANCE.md): `dia` `sabado` is
--date (Saturday 23 August 2025), `domingo` the day after; `hora` the start; `duracion` `1h`/`2h`
the length, `Todo el día` (4 rows, lines 8, 9, 16, 17) no end. It refused the build before
(`expected a duration in minutes … found 'Todo el día'`).
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from program.readers import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "spreadsheets"
MADRID = ZoneInfo("Europe/Madrid")
FIRST = date(2025, 8, 23)


def test_comarcon_all_day_rows_keep_their_start_and_no_end() -> None:
    text = (DATA / "comarcon-horario.csv").read_text(encoding="utf-8")
    expected = []
    for line, record in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        day = FIRST + timedelta(days={"sabado": 0, "domingo": 1}[record["dia"]])
        start = datetime.combine(day, time.fromisoformat(record["hora"]), MADRID)
        hours = record["duracion"].removesuffix("h")
        end = start + timedelta(hours=int(hours)) if hours.isdigit() else None
        expected.append((line, record["titulo"], start, end, record["tipo"]))
    assert [one[0] for one in expected if one[3] is None] == [8, 9, 16, 17]
    program = SpreadsheetCsvReader().read(
        text, source="comarcon-horario.csv", context=ReadContext(timezone=MADRID, first_date=FIRST)
    )
    read = [(item.source.line, item.title, item.start, item.end, item.label) for item in program.items]
    assert sorted(read, key=lambda one: one[0] or 0) == expected
    assert not [problem for problem in program.problems if problem.code == "unreadable-row"]
    assert "4 rows last all day (their duration), read at their start with no end" in " ".join(program.reading)

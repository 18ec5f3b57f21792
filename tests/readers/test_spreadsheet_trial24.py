"""Trial 24's sheet (unseen): the Turing poster showcase 2020's poster ids (`10:00,07,08`) are no clock times.

Expectations from the file with csv (tests/data/spreadsheets/PROVENANCE.md): each row's `time` is
the start of the posters whose ids it lists, on --date (24 September 2020), ending at the next row's
start (17:00, the last, none). The ids were read as 07:00 and 08:00 before (items 08:00–10:00 titled
with the Zoom links, 12 overlap warnings). The ids are still not joined to posters.csv's titles.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from program.readers import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "spreadsheets"
LONDON = ZoneInfo("Europe/London")
FIRST = date(2020, 9, 24)


def test_turingposters2020_poster_ids_beside_times_are_not_times() -> None:
    text = (DATA / "turingposters2020-programme.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    starts = [datetime.combine(FIRST, time.fromisoformat(row["time"]), LONDON) for row in rows]
    expected = [
        (line, row[column], start, end, column)
        for line, row, start, end in zip(range(2, len(rows) + 2), rows, starts, [*starts[1:], None], strict=True)
        for column in ("poster_id_1", "poster_id_2")
    ]
    assert len(expected) == 16
    program = SpreadsheetCsvReader().read(
        text, source="turingposters2020-programme.csv", context=ReadContext(timezone=LONDON, first_date=FIRST)
    )
    read = [
        (item.source.line, item.title, item.start, item.end, item.location)
        for item in program.items
        if item.location in ("poster_id_1", "poster_id_2")
    ]
    assert read == expected
    assert all(item.start in starts for item in program.items)  # the Zoom links too: at their row's time

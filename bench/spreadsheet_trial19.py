"""Trial 19's sheets, their items worked out from the files with calamine and csv alone (not program).

EthCC 2018 (Paris, 8-10 March 2018): one row per talk, `Day` 0, 1, 2 the three days (day 0 is
--date), `StartTime`/`EndTime` clock times, `Speaker` names split at commas, each with the row's
`Company` in brackets when it names one.

TCSE 2017 (Taichung): sheet 1 without a header, read with the mapping `title = "G"`, `people =
"E"`: one untimed item a row, authors split at "," and " and " (two names written without their
comma, "陳克勤 許乙清", stay as written); sheet 2 repeats the papers without titles in G.

ResQuant 2024 (Manchester): Mac Roman; `date` is "SEPTEMBER 6 - 3pm", in 2024 (--date), at 15:00,
no end (one seminar a day); `speaker` the person, `location` the room.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time, timedelta

from python_calamine import CalamineWorkbook
from spreadsheet_listed import DATA
from spreadsheet_written import Expected

from program.readers.base import ReadContext

_MONTHS = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER"]
_MONTHS += ["NOVEMBER", "DECEMBER"]


def ethcc(context: ReadContext) -> Expected:
    """EthCC 2018: day 0 is --date."""
    zone, first = context.timezone, context.first_date
    assert zone is not None and first is not None
    header, *rows = CalamineWorkbook.from_path(DATA / "ethcc2018-schedule.xlsx").get_sheet_by_name("Sheet1").to_python()
    column = {name: index for index, name in enumerate(header)}
    expected: Expected = []
    for row in rows:
        values: list[object] = list(row)
        day = first + timedelta(days=int(float(str(values[column["Day"]]))))
        start, end = values[column["StartTime"]], values[column["EndTime"]]
        assert isinstance(start, time) and isinstance(end, time)
        company = str(values[column["Company"]]).strip()
        names = [name.strip() for name in str(values[column["Speaker"]]).split(",") if name.strip()]
        people = tuple(f"{name} [{company}]" if company else name for name in names)
        expected.append(
            (
                str(values[column["Talk"]]).strip(),
                datetime.combine(day, start, zone),
                datetime.combine(day, end, zone),
                people,
            )
        )
    return expected


def tcse(_: ReadContext) -> Expected:
    """TCSE 2017: sheet 1's titles (G) and authors (E), untimed."""
    rows = CalamineWorkbook.from_path(DATA / "tcse2017-agenda.xlsx").get_sheet_by_name("工作表1").to_python()
    expected: Expected = []
    for row in rows:
        names = re.split(r",|\band\b", str(row[4]))
        expected.append(
            (" ".join(str(row[6]).split()), None, None, tuple(" ".join(n.split()) for n in names if n.strip()))
        )
    return expected


def resquant(context: ReadContext) -> Expected:
    """ResQuant 2024: "SEPTEMBER 6 - 3pm" at 15:00 in --date's year."""
    zone, first = context.timezone, context.first_date
    assert zone is not None and first is not None
    text = (DATA / "resquant2024-programme.csv").read_bytes().decode("mac_roman")
    expected: Expected = []
    for record in csv.DictReader(io.StringIO(text)):
        month, day, hour = re.fullmatch(r"([A-Z]+) (\d+) - (\d+)pm", record["date"]).groups()  # type: ignore[union-attr]
        start = datetime.combine(date(first.year, _MONTHS.index(month) + 1, int(day)), time(int(hour) + 12), zone)
        speaker = record["speaker"].strip()
        expected.append((record["topic"].strip(), start, None, (speaker,) if speaker else ()))
    return expected

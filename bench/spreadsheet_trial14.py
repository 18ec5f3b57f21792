"""Trial 14's spreadsheets, counted from the files with csv for the fidelity bench.

DLF Forum 2020 (`2020-Nov-09 10:00` under `start` and `finish`) and MASES 2018 (starts only: each row
ends where the day's next one begins, the last keeps none, docs/formats.md). Each expected item:
(title, start, end, people), in the rows' order.
"""

from __future__ import annotations

import csv
import re
from datetime import date, datetime
from pathlib import Path

from spreadsheet_written import Expected

from program.readers.base import ReadContext

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "spreadsheets"


def dlf_forum(context: ReadContext) -> Expected:
    """Each record's start and finish as written; a row written twice (the brunch, 12 November) is one session."""
    assert context.timezone is not None
    with (DATA / "dlfforum2020-sessions.csv").open(encoding="utf-8-sig", newline="") as file:
        records = list(csv.DictReader(file))
    sessions: dict[tuple[str, datetime, datetime], None] = {}
    for record in records:
        start, end = (
            datetime.strptime(record[field], "%Y-%b-%d %H:%M").replace(tzinfo=context.timezone)
            for field in ("start", "finish")
        )
        sessions.setdefault((record["Title"], start, end))
    return [(title, start, end, ()) for title, start, end in sessions]


def mases(context: ReadContext) -> Expected:
    """Each timed row's title without its tags, its start on --date, the next row's start, its authors."""
    assert context.timezone is not None and context.first_date is not None
    with (DATA / "mases2018-program.csv").open(encoding="utf-8", newline="") as file:
        timed = [record for record in csv.DictReader(file) if record["Time"]]
    starts = [
        datetime.combine(context.first_date, datetime.strptime(record["Time"], "%H:%M").time(), context.timezone)
        for record in timed
    ]
    ends = [*starts[1:], None]
    return [
        (
            " ".join(re.sub(r"<[^>]+>", "", record["Title"]).split()),
            start,
            end,
            tuple(name for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", record["Authors"] or "") if name),
        )
        for record, start, end in zip(timed, starts, ends, strict=True)
    ]


MASES_DAY = date(2018, 9, 3)

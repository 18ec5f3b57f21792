"""Trial 14's spreadsheets, counted from the files with csv for the fidelity bench.

DLF Forum 2020 (`2020-Nov-09 10:00` under `start` and `finish`). Each expected item:
(title, start, end, people), in the rows' order.
"""

from __future__ import annotations

import csv
from datetime import datetime
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

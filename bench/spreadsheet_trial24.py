"""Trial 24's sheet, its items worked out from the files with csv alone (not program).

The Turing student poster showcase 2020 (London, 24 September 2020, from --date): each row of
programme.csv a start (`10:00`) over two poster ids (`07`, `08`) of posters.csv, whose `title` and
`student` (`A;B`) are the item's; a start-only row ends at the next row's start, the last (17:00) none.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, time

from spreadsheet_listed import DATA
from spreadsheet_written import Expected

from program.readers.base import ReadContext


def turingposters2020(context: ReadContext) -> Expected:
    """The posters at each row's start, two a row, titled and authored by posters.csv."""
    zone, first = context.timezone, context.first_date
    assert zone is not None and first is not None
    posters = {
        record["poster_id"]: record
        for record in csv.DictReader(io.StringIO((DATA / "turingposters2020-posters.csv").read_text(encoding="utf-8")))
    }
    rows = list(csv.DictReader(io.StringIO((DATA / "turingposters2020-programme.csv").read_text(encoding="utf-8"))))
    starts = [datetime.combine(first, time.fromisoformat(row["time"]), zone) for row in rows]
    expected: Expected = []
    for index, row in enumerate(rows):
        end = starts[index + 1] if index + 1 < len(rows) else None
        for column in ("poster_id_1", "poster_id_2"):
            poster = posters[row[column]]
            people = tuple(name.strip() for name in poster["student"].split(";"))
            expected.append((poster["title"], starts[index], end, people))
    return expected

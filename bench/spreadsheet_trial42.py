r"""Trial 42's sheet, its items worked out from the file with csv and re alone (not program).

- MFRI's advanced acoustic workshop 2026 (Hafnarfjörður, 5–8 October 2026 per the site's index.qmd;
  Atlantic/Reykjavik): a row an item, `day` 1–4 counted from 5 October (as `date_en` writes them, "Monday 5
  October"), its `start` and `end`; its people the `speakers` cell cut at ` · ` and then at commas, a part in
  capitals after a name (`WHOI`, `IMR`, `DTU`, `HI / MFRI`) its affiliation; `Project 9123` a project's number,
  nobody.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from spreadsheet_listed import records
from spreadsheet_written import Expected

from program.readers.base import ReadContext

_AFFILIATION = re.compile(r"^[A-Z]{2,}(?:\s*/\s*[A-Z]{2,})*$")


def _people(cell: str) -> tuple[str, ...]:
    if re.fullmatch(r"Project \d+", cell.strip()):
        return ()
    parts = (piece.strip() for speaker in cell.split(" · ") for piece in speaker.split(","))
    return tuple(part for part in parts if part and not _AFFILIATION.match(part))


def mfri2026(context: ReadContext) -> Expected:
    """Each row on day `day` from 5 October 2026, from its start to its end."""
    first = date(2026, 10, 5)
    expected: Expected = []
    for row in records("mfri-acoustic2026-agenda.csv"):
        day = first + timedelta(days=int(row["day"]) - 1)
        assert row["date_en"].endswith(f" {day.day} October")  # the written date agrees with the number
        start, end = (datetime.combine(day, time.fromisoformat(row[key]), context.timezone) for key in ("start", "end"))
        expected.append((row["session"].strip(), start, end, _people(row["speakers"])))
    return expected

r"""Trial 45's sheet, its items worked out from the file with csv and re alone (not program).

- TTA @ ICML 2025's `schedule.csv` (Vancouver, 18 July 2025 per the site's schedule.rst; America/Vancouver):
  `Start time,Program,Paper(s)`, start times only. A row an item, ending when the next later start begins
  (the two 17:00 rows both at 17:45; `Finish`, the last, has no end). The title is the Program cell
  without its leading emoji; a `Paper(s)` cell `NN: Title` is the oral talk's paper, its title; a cell of
  one capitalised name (the invited talks) is the person; paper numbers (`1-8, 10`) and the poster
  sessions' note name no one.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from spreadsheet_listed import records
from spreadsheet_written import Expected

from program.readers.base import ReadContext

_EMOJI_FIRST = re.compile(r"^[^\w]+")
_PAPER = re.compile(r"^\d+: (?P<title>.+)$")
_NAME = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)+$")


def tta2025(context: ReadContext) -> Expected:
    """Each row on 18 July 2025 from its start to the next later start."""
    day = date(2025, 7, 18)
    rows = records("tta-icml2025-schedule.csv")
    starts = [datetime.combine(day, time.fromisoformat(row["Start time"].zfill(5)), context.timezone) for row in rows]
    expected: Expected = []
    for row, start in zip(rows, starts, strict=True):
        end = min((later for later in starts if later > start), default=None)
        paper = (row["Paper(s)"] or "").strip()
        title = _EMOJI_FIRST.sub("", row["Program"])
        people: tuple[str, ...] = (paper,) if _NAME.match(paper) else ()
        if found := _PAPER.match(paper):
            title = found["title"]
        expected.append((title, start, end, people))
    return expected

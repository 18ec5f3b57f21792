"""Trial 31's sheet, its items worked out from the file with csv and html alone (not program).

- Yoga Day 2026 (Sunday 21 June 2026, --date; the file names no day): `Время;№ шатра;Площадка;Мероприятие`,
  each distinct row an item (4 rows repeat another word for word: the same item), `12:00 – 12:50` its
  start and end, the one start-only row (`18:00`) ending at the day's next later start; `&amp;` is `&`;
  no people.
"""

from __future__ import annotations

import csv
import html
import io
import re
from datetime import datetime, time

from spreadsheet_listed import DATA
from spreadsheet_written import Expected

from program.readers.base import ReadContext

_RANGE = re.compile(r"^(\d{1,2}):(\d{2})(?:\s*–\s*(\d{1,2}):(\d{2}))?$")


def yogaday2026(context: ReadContext) -> Expected:
    """Each distinct row at its range on --date."""
    zone, first = context.timezone, context.first_date
    assert zone is not None and first is not None
    text = (DATA / "yogaday2026-schedule.csv").read_text(encoding="utf-8-sig")
    rows = list(dict.fromkeys(tuple(row) for row in csv.reader(io.StringIO(text), delimiter=";")))[1:]
    starts: list[tuple[str, datetime, datetime | None]] = []
    for row in rows:
        found = _RANGE.match(row[0].strip())
        assert found is not None, row
        start = datetime.combine(first, time(int(found[1]), int(found[2])), zone)
        end = datetime.combine(first, time(int(found[3]), int(found[4])), zone) if found[3] else None
        starts.append((" ".join(html.unescape(row[3]).split()), start, end))
    moments = {start for _, start, _ in starts}
    return [(title, start, end or min(m for m in moments if m > start), ()) for title, start, end in starts]

"""Trial 31's Russian CSV (unseen), read as its source says (tests/data/spreadsheets/PROVENANCE.md).

Yoga Day 2026's `data/schedule.csv`: a semicolon CSV with a BOM, headed `Время;№ шатра;Площадка;Мероприятие`
(time, tent number, stage, event), 457 rows in no order of time, `12:00 – 12:50` with an en dash, one start
only (`18:00`), the stages' `&amp;` as the site's export wrote it. Before, the header was not known: the
file was taken for a table without a header, and with `--format csv` a column mapping was demanded.

Expectations are worked out from the file with csv and html alone, not from the program's output.
"""

from __future__ import annotations

import csv
import html
import io
import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.readers import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "spreadsheets"
NAME = "yogaday2026-schedule.csv"
_RANGE = re.compile(r"^(\d{1,2}):(\d{2})(?:\s*–\s*(\d{1,2}):(\d{2}))?$")


def _expected(first: date, zone: ZoneInfo) -> list[tuple[str, datetime, datetime | None, str]]:
    """Each distinct row an item (a row written again word for word is the same item), its stage the room."""
    rows = list(csv.reader(io.StringIO((DATA / NAME).read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Время", "№ шатра", "Площадка", "Мероприятие"]
    assert len(rows) - 1 == 457
    seen: set[tuple[str, ...]] = set()
    items: list[tuple[str, datetime, datetime | None, str]] = []
    for row in rows[1:]:
        if tuple(row) in seen:
            continue
        seen.add(tuple(row))
        found = _RANGE.match(row[0].strip())
        assert found is not None, row
        start = datetime.combine(first, time(int(found[1]), int(found[2])), zone)
        end = datetime.combine(first, time(int(found[3]), int(found[4])), zone) if found[3] else None
        items.append((" ".join(html.unescape(row[3]).split()), start, end, html.unescape(row[2]).strip()))
    starts = {start for _, start, _, _ in items}
    # the one start-only row ends at the day's next later start
    ended = [(title, start, end or min(s for s in starts if s > start), room) for title, start, end, room in items]
    return sorted(ended, key=lambda entry: (entry[1], entry[0], entry[3]))


def test_yogaday2026_russian_header_names_the_columns() -> None:
    text = (DATA / NAME).read_text(encoding="utf-8-sig")
    moscow, first = ZoneInfo("Europe/Moscow"), date(2026, 6, 21)
    expected = _expected(first, moscow)
    assert len(expected) == 453  # 4 rows repeat another word for word
    reader = SpreadsheetCsvReader()
    assert reader.detect(text)  # taken for a table without a header before
    program = reader.read(text, source=NAME, context=ReadContext(timezone=moscow, first_date=first))
    got = sorted(
        ((item.title, item.start, item.end, item.location or "") for item in program.items),
        key=lambda entry: (entry[1], entry[0], entry[3]),
    )
    assert got == expected
    assert all(item.people == () for item in program.items)
    assert any(item.location == "ROXY & PROWAKESURF" for item in program.items)  # `&amp;` as the page shows it
    assert "columns: Время → time, Площадка → room, Мероприятие → title" in program.reading
    assert "not read: № шатра" in program.reading


def test_yogaday2026_names_no_date_so_date_is_asked_for() -> None:
    text = (DATA / NAME).read_text(encoding="utf-8-sig")
    with pytest.raises(UsageError, match="--date"):
        SpreadsheetCsvReader().read(text, source=NAME, context=ReadContext(timezone=ZoneInfo("Europe/Moscow")))

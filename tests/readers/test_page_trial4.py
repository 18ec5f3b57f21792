"""A schedule page a tester tried unseen (trial 4): IEEE EDTM 2025's program as a one-column CSV.

Its days are lines "10 March 2025 (Monday)" (line 1, after a BOM), "11 March 2025 (Tuesday)"
(line 379) and "12 March 2025 (Wednesday)" (line 973); a wrapped title line opens with a
measure, "0.18 μm Bipolar-CMOS-DMOS Technology" (line 1224). Expectations written by hand
from tests/data/pages/edtm2025-program.csv (PROVENANCE.md).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.model import Program
from program.readers import ReadContext
from program.readers.schedule_page import SchedulePageReader

from helpers import ROOT

EDTM = ROOT / "tests" / "data" / "pages" / "edtm2025-program.csv"
HONG_KONG = ZoneInfo("Asia/Hong_Kong")
DAY_LINES = {1: date(2025, 3, 10), 379: date(2025, 3, 11), 973: date(2025, 3, 12)}


def _read() -> Program:
    context = ReadContext(first_date=None, timezone=HONG_KONG)  # the page dates itself: no --date
    return SchedulePageReader().read(EDTM.read_text(encoding="utf-8"), source=EDTM.name, context=context)


def test_each_item_is_on_the_day_of_the_day_line_above_it() -> None:
    program = _read()
    for item in program.items:
        day = item.day or (item.start.date() if item.start else None)
        assert item.source.line is not None
        expected = DAY_LINES[max(line for line in DAY_LINES if line <= item.source.line)]
        assert day == expected, item
    assert {item.start.date() for item in program.items if item.start} == set(DAY_LINES.values())


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        (
            13,
            datetime(2025, 3, 10, 9, 0, tzinfo=HONG_KONG),
            datetime(2025, 3, 10, 9, 40, tzinfo=HONG_KONG),
        ),  # Plenary #1
        (
            969,
            datetime(2025, 3, 11, 19, 0, tzinfo=HONG_KONG),
            datetime(2025, 3, 11, 21, 0, tzinfo=HONG_KONG),
        ),  # Banquet
        (
            974,
            datetime(2025, 3, 12, 8, 40, tzinfo=HONG_KONG),
            datetime(2025, 3, 12, 9, 20, tzinfo=HONG_KONG),
        ),  # Plenary #4
        (1222, datetime(2025, 3, 12, 11, 40, tzinfo=HONG_KONG), datetime(2025, 3, 12, 11, 55, tzinfo=HONG_KONG)),
    ],
)
def test_times_on_their_days(line: int, start: datetime, end: datetime) -> None:
    item = next(item for item in _read().items if item.source.line == line)
    assert (item.start, item.end) == (start, end)


def test_a_measure_opening_a_wrapped_title_is_no_time() -> None:
    program = _read()
    assert not [item for item in program.items if item.source.line == 1224]
    assert not [item for item in program.items if item.start is not None and item.start.hour < 6]

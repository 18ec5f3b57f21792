"""A week grid CSV a tester tried unseen (trial 4): the SNLab social-networks summer school.

`Time | Monday 12* | Tuesday 13 | Wednesday 14 | Thursday 15 | Friday 16` over rows led by
"9.00-10.15": the columns are days (no month or year: --date 2024-02-12 gives them), and '-'
marks an empty slot. Expectations written by hand from
tests/data/spreadsheets/snlab-summerschool-program.csv (PROVENANCE.md).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Program
from program.readers import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader

from helpers import ROOT

SNLAB = ROOT / "tests" / "data" / "spreadsheets" / "snlab-summerschool-program.csv"
SANTIAGO = ZoneInfo("America/Santiago")


def _read(first_date: date = date(2024, 2, 12)) -> Program:
    context = ReadContext(first_date=first_date, timezone=SANTIAGO)
    return SpreadsheetCsvReader().read(SNLAB.read_text(encoding="utf-8"), source=SNLAB.name, context=context)


def test_the_week_grid_is_detected_as_a_table() -> None:
    assert SpreadsheetCsvReader().detect(SNLAB.read_text(encoding="utf-8"))


def test_day_columns_are_days_not_rooms() -> None:
    program = _read()
    per_day = Counter(item.start.date() for item in program.items if item.start is not None)
    # Counted by hand: Monday 10, Tuesday 9, Wednesday 5 (its afternoon is '-'), Thursday 9, Friday 10.
    assert per_day == {
        date(2024, 2, 12): 10,
        date(2024, 2, 13): 9,
        date(2024, 2, 14): 5,
        date(2024, 2, 15): 9,
        date(2024, 2, 16): 10,
    }
    assert {item.location for item in program.items} == {None}


@pytest.mark.parametrize(
    ("title", "start", "end"),
    [
        (
            "Intro to ERGMs",
            datetime(2024, 2, 15, 10, 30, tzinfo=SANTIAGO),
            datetime(2024, 2, 15, 11, 45, tzinfo=SANTIAGO),
        ),
        ("Esteban Moro", datetime(2024, 2, 14, 12, 0, tzinfo=SANTIAGO), datetime(2024, 2, 14, 13, 30, tzinfo=SANTIAGO)),
        (
            "Social gathering",
            datetime(2024, 2, 16, 19, 0, tzinfo=SANTIAGO),
            datetime(2024, 2, 16, 21, 0, tzinfo=SANTIAGO),
        ),
    ],
)
def test_slots_on_their_days(title: str, start: datetime, end: datetime) -> None:
    item = next(item for item in _read().items if item.title == title)
    assert (item.start, item.end) == (start, end)


def test_dash_cells_are_no_items_and_are_said_skipped() -> None:
    program = _read()
    assert not [item for item in program.items if item.title.strip("-–— ") == ""]
    skipped = next(line for line in program.reading if line.startswith("skipped: '-'"))
    assert skipped.count("(Wednesday 14)") == 5
    assert "line 11 (Tuesday 13)" in skipped and "line 11 (Thursday 15)" in skipped


def test_a_date_whose_weekday_is_not_the_columns_is_refused() -> None:
    with pytest.raises(UsageError, match=r"'Monday 12\*'.*not a Monday"):
        _read(date(2024, 2, 13))

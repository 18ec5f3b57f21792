"""A zone written on every row: `"timezone": "JST"` beside UTC times (SIGGRAPH Asia 2024, unofficial data).

The file's 82 rows give `startTime`/`endTime` in UTC (`"2024-12-02T23:00:00Z"`) and, on each row,
`"timezone": "JST"`: the conference's zone. Before, the column was left unread and the times were
shown in UTC with a `no-time-zone` warning (Registration at 11:00 p.m. the day before). Expectations
are computed from the file with `json` and the standard library.
"""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Program
from program.readers import ReadContext, decode_feed
from program.readers.json_rows import JsonRowsReader
from program.readers.spreadsheet_csv import SpreadsheetCsvReader

from helpers import ROOT

SOURCE = ROOT / "tests" / "data" / "json_rows" / "siggraphasia2024-day1.json"
TOKYO = ZoneInfo("Asia/Tokyo")


def _read(context: ReadContext) -> Program:
    return JsonRowsReader().read(decode_feed(SOURCE.read_bytes(), str(SOURCE)), source=str(SOURCE), context=context)


def test_every_rows_zone_abbreviation_shows_the_utc_times_in_tokyo_with_a_warning() -> None:
    rows = json.loads(SOURCE.read_text(encoding="utf-8"))
    program = _read(ReadContext())

    assert program.timezone == "Asia/Tokyo"
    expected = sorted(
        (" ".join(row["title"].split()), datetime.fromisoformat(row["startTime"]).astimezone(TOKYO)) for row in rows
    )
    assert sorted((item.title, item.start) for item in program.items) == expected
    registration = next(item for item in program.items if item.title == "Registration")
    assert (registration.start, registration.end) == (
        datetime(2024, 12, 3, 8, 0, tzinfo=TOKYO),
        datetime(2024, 12, 3, 18, 0, tzinfo=TOKYO),
    )
    assert "zone: Asia/Tokyo (from the column 'timezone': 'JST')" in program.reading
    [warning] = [problem for problem in program.problems if problem.code == "no-time-zone"]
    assert "'JST'" in warning.message and "Asia/Tokyo" in warning.message


def test_a_zone_given_wins_over_the_column() -> None:
    program = _read(ReadContext(timezone=ZoneInfo("Europe/London")))

    assert program.timezone == "Europe/London"
    assert not any(line.startswith("zone:") for line in program.reading)
    registration = next(item for item in program.items if item.title == "Registration")
    assert registration.start == datetime(2024, 12, 2, 23, 0, tzinfo=ZoneInfo("UTC"))


def _csv(text: str, tmp_path_name: str = "zoned.csv") -> Program:
    return SpreadsheetCsvReader().read(text, source=tmp_path_name, context=ReadContext())


def test_a_csv_column_of_one_place_zone_names_the_zone_without_a_warning() -> None:
    program = _csv(
        "Date,Start,End,Title,Timezone\n2025-06-14,09:00,10:00,Opening,Europe/Berlin\n"
        "2025-06-14,10:00,11:00,Talk,Europe/Berlin\n"
    )

    assert program.items[0].start == datetime(2025, 6, 14, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert "zone: Europe/Berlin (from the column 'Timezone': 'Europe/Berlin')" in program.reading
    assert not program.problems


def test_a_column_of_two_zones_names_none_and_the_zone_is_asked_for() -> None:
    with pytest.raises(UsageError, match="--timezone"):
        _csv(
            "Date,Start,End,Title,Timezone\n2025-06-14,09:00,10:00,Opening,Europe/Berlin\n"
            "2025-06-14,10:00,11:00,Talk,America/Chicago\n"
        )

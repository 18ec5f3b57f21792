"""Rows with a start only, as a tester found them unseen (trial 5): purplecon 2018's CSV.

Expectations written by hand from tests/data/spreadsheets/purplecon2018-schedule.csv and
tests/data/json_rows/monacaug2019-sessions.json (PROVENANCE.md).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.model import Program
from program.readers import ReadContext, decode_feed
from program.readers.json_rows import JsonRowsReader
from program.readers.spreadsheet_csv import SpreadsheetCsvReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "spreadsheets"
AUCKLAND = ZoneInfo("Pacific/Auckland")


def _read(name: str, first_date: date, zone: ZoneInfo) -> Program:
    path = DATA / name
    context = ReadContext(first_date=first_date, timezone=zone)
    return SpreadsheetCsvReader().read(path.read_text(encoding="utf-8"), source=path.name, context=context)


def test_a_start_without_an_end_ends_when_the_next_row_starts() -> None:
    program = _read("purplecon2018-schedule.csv", date(2018, 11, 15), AUCKLAND)
    spans = [(item.title, item.start, item.end) for item in program.items]
    assert len(spans) == 22

    def at(hour: int, minute: int) -> datetime:
        return datetime(2018, 11, 15, hour, minute, tzinfo=AUCKLAND)

    # The file's first rows: 9:00 opening ritual, 9:15 serena chen, … 10:45 morning tea ceremony, 11:15.
    assert spans[0] == ("opening ritual", at(9, 0), at(9, 15))
    assert spans[5] == ("morning tea ceremony", at(10, 45), at(11, 15))
    # The last row (17:45, "scatter ourselves to the night …") is the last of the day: no end.
    assert spans[-1][1:] == (at(17, 45), None)
    assert spans[-1][0].startswith("scatter ourselves to the night")
    assert "21 rows with a start only end when the day's next row starts" in program.reading


def test_the_next_start_is_the_days_in_any_room() -> None:
    # Monaca UG 2019 (tests/data/json_rows, PROVENANCE.md): `time` only, `track` 1, 2 or 3.
    path = ROOT / "tests" / "data" / "json_rows" / "monacaug2019-sessions.json"
    tokyo = ZoneInfo("Asia/Tokyo")
    context = ReadContext(first_date=date(2019, 10, 19), timezone=tokyo)
    program = JsonRowsReader().read(decode_feed(path.read_bytes(), path.name), source=path.name, context=context)

    def at(hour: int, minute: int) -> datetime:
        return datetime(2019, 10, 19, hour, minute, tzinfo=tokyo)

    spans = {(item.start, item.frab.track if item.frab else None): item.end for item in program.items}
    assert spans[at(14, 30), "3"] == at(14, 40)  # 休憩 in track 3 ends when tracks 1 and 2 begin
    assert spans[at(15, 10), "1"] == at(15, 35)  # ... and track 1's talk when track 3's 休憩 begins
    assert spans[at(20, 30), "3"] is None  # 終了, the day's last row

"""GUG CZ DevFest 2017's sheets: each track a speaker column and a talk column beside the shared times.

Expectations written from schedule_d1.csv and schedule_d2.csv by eye (the bench checks every
item); the rows are counted here with `csv`.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from program.model import Program
from program.readers import ReadContext, detect_readers
from program.readers.spreadsheet_csv import SpreadsheetCsvReader

DATA = Path(__file__).resolve().parent.parent / "data" / "spreadsheets"
PRAGUE = ZoneInfo("Europe/Prague")


def _read(name: str, day: date) -> Program:
    text = (DATA / name).read_text(encoding="utf-8")
    return SpreadsheetCsvReader().read(text, source=name, context=ReadContext(timezone=PRAGUE, first_date=day))


def test_day_one_reads_each_track_pair_and_one_item_for_a_break_in_every_track() -> None:
    program = _read("gugcz-devfest-2017-day1.csv", date(2017, 11, 4))
    rows = list(csv.reader((DATA / "gugcz-devfest-2017-day1.csv").open(encoding="utf-8", newline="")))
    by_title = {item.title: item for item in program.items}

    assert [reader.name for reader in detect_readers((DATA / "gugcz-devfest-2017-day1.csv").read_text())] == ["csv"]
    assert len(rows) == 22 and len(program.items) == 38
    flutter = by_title["Flutter"]
    assert (flutter.people, flutter.location) == (("Kasper Lund",), "TRACK 1 - T1")
    assert (flutter.start, flutter.end) == (
        datetime(2017, 11, 4, 10, 0, tzinfo=PRAGUE),
        datetime(2017, 11, 4, 10, 50, tzinfo=PRAGUE),
    )
    assert by_title["HTTP2"].people == ("Daniel Stenberg",) and by_title["HTTP2"].location == "TRACK 3 - E2"
    breaks = [item for item in program.items if item.title == "Break"]
    assert len(breaks) == 6 and all(item.location is None and item.people == () for item in breaks)
    assert by_title["Lunch"].location is None  # written in the first track's column alone
    assert by_title["Lightning Talks x 7"].location == "TRACK 1 - T1" and by_title["Lightning Talks x 7"].people == ()
    assert by_title["Nik Page"].people == ("Nik Page",)  # a speaker whose talk has no title yet
    assert "not read: gugcz-devfest-2017-day1.csv:12 'Jeanne Trojan workshop' (a cell in a column without a name)" in (
        program.reading
    )


def test_day_two_keeps_both_speakers_of_a_pair_and_the_room_written_twice() -> None:
    program = _read("gugcz-devfest-2017-day2.csv", date(2017, 11, 5))
    by_title = {item.title: item for item in program.items}

    assert len(program.items) == 13
    assert by_title["Okay Google, let's do the code review"].people == ("Neha Sharma", "Jaswant Singh")
    assert by_title["It's aliiiiive!"].people == ("Věrka Koukalová", "Standa Koukal")
    assert by_title["PWA"].location == by_title["Move to Google Cloud Platform, and stop worrying ..."].location
    assert by_title["PWA"].end == datetime(2017, 11, 5, 15, 30, tzinfo=PRAGUE)


def test_a_numbered_name_column_without_a_talk_column_beside_it_is_no_pair() -> None:
    text = "START,END,Name1,Title\n9:00,9:30,Ada Lee,Opening\n"

    assert [reader.name for reader in detect_readers(text)] == ["csv"]
    program = SpreadsheetCsvReader().read(
        text, source="t.csv", context=ReadContext(timezone=PRAGUE, first_date=date(2017, 11, 4))
    )
    assert not any(line.startswith("speaker and talk columns") for line in program.reading)

"""A date column's bare numbers: talk numbers between real dates (A3-RONA 2024's shape), or day numbers.

The real sheet is tests/data/html_pages/a3rona2024-program.htm (test_trial14_pages.py); these small CSVs
pin where the rule stops: day numbers written once a day beside a real date stay days.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from program.readers import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader

SEOUL = ZoneInfo("Asia/Seoul")


def _days(text: str) -> list[tuple[str, date | None]]:
    program = SpreadsheetCsvReader().read(text, source="sheet.csv", context=ReadContext(date(2024, 11, 1), SEOUL))
    return [(item.title, item.start.date() if item.start else None) for item in program.items]


def test_numbers_counting_talks_between_dates_are_on_the_date_above() -> None:
    text = (
        "Date,Time,Speaker,Title\n"
        "2-Nov,8:00,,Welcome\n"
        "1,8:15,Ada Lovelace,Engines and their tables\n"
        "2,8:30,Grace Hopper,Compilers for everyone\n"
        "3,8:45,Alan Turing,Machines that think\n"
        "3-Nov,,,\n"
        "4,8:00,Emmy Noether,Symmetry and its laws\n"
        "5,8:15,Kurt Goedel,Proofs of the incomplete\n"
    )
    nov2, nov3 = date(2024, 11, 2), date(2024, 11, 3)
    assert _days(text) == [
        ("Welcome", nov2),
        ("Engines and their tables", nov2),
        ("Compilers for everyone", nov2),
        ("Machines that think", nov2),
        ("Symmetry and its laws", nov3),
        ("Proofs of the incomplete", nov3),
    ]


def test_day_numbers_written_once_a_day_beside_a_date_stay_days() -> None:
    text = (
        "Date,Time,Title\n1-Nov,18:00,Registration\n1,9:00,Opening\n,10:00,Talks\n2,9:00,Second day\n3,9:00,Third day\n"
    )
    assert _days(text) == [
        ("Registration", date(2024, 11, 1)),
        ("Opening", date(2024, 11, 1)),
        ("Talks", date(2024, 11, 1)),
        ("Second day", date(2024, 11, 2)),
        ("Third day", date(2024, 11, 3)),
    ]

"""pisa-conf RT2024's programme workbook, a file a tester tried unseen (trial 5).

Sheet `Program` gives two poster sessions with `Start Date` `07/04/2026 6:00` (7 April or
4 July: no date of the workbook has a day past 12); sheets `10708` and `10706` list posters
with `First Name`, `Last Name` and `Affiliation`. Expectations written by hand from
tests/data/spreadsheets/pisa-rt2024-program.xlsx (opened in a spreadsheet).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.model import Program
from program.readers import ReadContext
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.names import join_name_columns
from program.readers.workbook import WorkbookReader

from helpers import ROOT

PISA = ROOT / "tests" / "data" / "spreadsheets" / "pisa-rt2024-program.xlsx"
QUY_NHON = ZoneInfo("Asia/Ho_Chi_Minh")


def _read(first_date: date | None = None) -> Program:
    context = ReadContext(timezone=QUY_NHON, first_date=first_date)
    return WorkbookReader().read_bytes(PISA.read_bytes(), source=PISA.name, context=context)


def test_first_and_last_name_are_one_person_with_the_affiliation() -> None:
    program = _read()
    posters = [item for item in program.items if item.start is None]
    by_title = {item.title: item for item in posters}
    assert len(posters) == 121  # 61 on sheet 10708, 60 on sheet 10706, each with a first and a last name
    assert all(len(item.people) == 1 for item in posters)
    lock_in = by_title["A lock-in amplifier module for CO2 dispersion interferometer on EAST tokamak"]
    assert lock_in.people == ("Yuan Yao [ASIPP, Chinese Academy Society]",)
    assert by_title["The HIPA radio frequency control system application"].people == ("Mario Jurcevic",)
    # "Dang Quoc" + "Trieu": a first name of two words.
    assert by_title[
        "Study on the Design and Production of a Prototype Liquid Level Detection Equipment Utilizing Geiger-Muller "
        "Detector"
    ].people == ("Dang Quoc Trieu [researcher]",)


def test_dates_that_could_be_either_order_are_read_day_first_with_a_warning() -> None:
    program = _read()
    sessions = {item.title: item for item in program.items if item.start is not None}
    assert sessions["Poster B"].start == datetime(2026, 4, 7, 6, 0, tzinfo=QUY_NHON)
    (warning,) = [problem for problem in program.problems if problem.code == "ambiguous-date"]
    assert "Program!C2" in warning.message
    assert "'07/04/2026' could be 7 Apr 2026 or 4 Jul 2026" in warning.message
    assert "pass --date 2026-07-04" in warning.message


def test_a_first_date_in_the_other_order_reads_them_month_first_without_a_warning() -> None:
    program = _read(date(2026, 7, 4))
    sessions = {item.title: item for item in program.items if item.start is not None}
    assert (sessions["Poster A"].start, sessions["Poster A"].end) == (
        datetime(2026, 7, 4, 12, 0, tzinfo=QUY_NHON),
        datetime(2026, 7, 4, 19, 0, tzinfo=QUY_NHON),
    )
    assert not [problem for problem in program.problems if problem.code == "ambiguous-date"]


def _table(*rows: tuple[str, ...]) -> Table:
    return Table("t.csv", tuple(tuple(Cell(value, line) for value in row) for line, row in enumerate(rows, start=1)))


def test_name_columns_stay_apart_beside_a_people_column_or_without_a_pair() -> None:
    with_speaker = _table(("Title", "Speaker", "First Name", "Last Name"), ("T", "Ada Lovelace", "Ada", "Lovelace"))
    assert join_name_columns(with_speaker) == with_speaker
    given_only = _table(("Title", "First Name", "Surname of chair"), ("T", "Ada", "Lovelace"))
    assert join_name_columns(given_only) == given_only
    german = join_name_columns(_table(("Titel", "Vorname", "Nachname"), ("T", "Ada", "Lovelace")))
    assert [cell.text for cell in german.rows[1]] == ["T", "Ada Lovelace", ""]

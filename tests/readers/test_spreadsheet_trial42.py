"""Trial 42's sheet (unseen), read as its source says (tests/data/spreadsheets/PROVENANCE.md).

MFRI's advanced acoustic workshop 2026 writes its speakers as `Frank, WHOI · Andreas` (a middle dot between two
people, the first with his institute in capitals) and `Mandana, HI / MFRI` (two institutes joined by a slash):
Andreas was lost and MFRI read as a person; its project work names `Project 9123`, a project's number, no person.
Its days are numbered in `day` and written without a year in `date_en` and `date_is`: the error asking for --date
named none of those columns and no line.

Expectations are worked out from the file with csv alone (the people of each speakers cell written out by
reading it), not from our output.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Program
from program.readers import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.readers.tabular.columns import field_of

from helpers import ROOT

MFRI = ROOT / "tests" / "data" / "spreadsheets" / "mfri-acoustic2026-agenda.csv"
REYKJAVIK = ZoneInfo("Atlantic/Reykjavik")
FIRST_DAY = date(2026, 10, 5)  # the site's index.qmd: 5–8 October 2026
PEOPLE = {
    "": (),
    "Sigvaldi, Frank": ("Sigvaldi", "Frank"),
    "Hector, IMR": ("Hector",),
    "Frank, WHOI · Andreas": ("Frank", "Andreas"),
    "Kjetil, DTU": ("Kjetil",),
    "Teresa": ("Teresa",),
    "Sigurður": ("Sigurður",),
    "Mandana, HI / MFRI": ("Mandana",),
    "Sigurvin, Teresa, Sigurður": ("Sigurvin", "Teresa", "Sigurður"),
    "Project 9123": (),
    "Project 14224": (),
}
"""Each speakers cell of the file and who it names: institutes in capitals and project numbers are no one."""


def _read(path: Path, context: ReadContext) -> Program:
    return SpreadsheetCsvReader().read(path.read_text(encoding="utf-8"), source=path.name, context=context)


def test_mfri2026_speakers_split_at_middle_dots_without_institutes_or_project_numbers() -> None:
    rows = list(csv.DictReader(io.StringIO(MFRI.read_text(encoding="utf-8"))))
    assert {row["speakers"].strip() for row in rows} == set(PEOPLE)

    program = _read(MFRI, ReadContext(timezone=REYKJAVIK, first_date=FIRST_DAY))

    assert len(program.items) == len(rows) == 20
    for row, item in zip(rows, program.items, strict=True):
        day = FIRST_DAY + timedelta(days=int(row["day"]) - 1)
        start, end = (datetime.combine(day, time.fromisoformat(row[key]), REYKJAVIK) for key in ("start", "end"))
        assert (item.title, item.start, item.end, item.location) == (row["session"].strip(), start, end, None)
        assert item.people == PEOPLE[row["speakers"].strip()], row["session"]
    named = {name for item in program.items for name in item.people}
    assert named == {"Sigvaldi", "Frank", "Hector", "Andreas", "Kjetil", "Teresa", "Sigurður", "Mandana", "Sigurvin"}


def test_mfri2026_language_date_columns_are_dates_and_the_error_names_them_at_the_first_row() -> None:
    assert [field_of(name) for name in ("date_en", "date_is", "title_is")] == ["date", "date", "title"]
    with pytest.raises(UsageError) as error:
        _read(MFRI, ReadContext())
    assert str(error.value) == (
        "mfri-acoustic2026-agenda.csv:2: the sheet has dates without a year, weekdays or day numbers (its days: "
        "day '1', date_en 'Monday 5 October', date_is 'Mánudagur 5. október') and names no time zone; pass --date "
        "YYYY-MM-DD (the first day) and --timezone Area/City, or set date and timezone in the program file"
    )

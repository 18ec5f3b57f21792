"""A TSV a tester tried unseen (trial 18, #5): ICCA10's schedule (Tartu, 4–9 August 2014), without a header.

Each row is `MON-PLEN-1<TAB>David<TAB>Eelbode<TAB>Transvector algebras in Clifford analysis`: a
session code whose first part is the weekday, the speaker's given and family names in two
columns, the title; a blank row between sessions; no times. The program file maps it by letter,
`title = "D"`, `date = "A"`, `people = ["B", "C"]` (one person in two columns, joined with a
space). Before: `people = ["B", "C"]` was refused, `people = "C"` gave family names only, no day
was read, and the two `TBA` talks were joined into one. Expectations are written from the file.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError
from program.model import Program
from program.readers import ReadContext, decode_feed
from program.readers.notation.dates import parse_date
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.settings import load_program_file

from helpers import ROOT

ICCA = ROOT / "tests" / "data" / "spreadsheets" / "icca10-schedule.tsv"
COLUMNS = (("title", "D"), ("date", "A"), ("people", "B"), ("people", "C"))
DAYS = {"MON": 4, "TUE": 5, "WED": 6, "THU": 7, "FRI": 8, "SAT": 9}


def _read() -> Program:
    context = ReadContext(first_date=date(2014, 8, 4), timezone=ZoneInfo("Europe/Tallinn"), columns=COLUMNS)
    return SpreadsheetCsvReader().read(decode_feed(ICCA.read_bytes(), ICCA.name), source=ICCA.name, context=context)


@pytest.fixture(scope="module")
def icca() -> Program:
    return _read()


def _talks() -> list[tuple[int, str, date, tuple[str, ...]]]:
    """Each row with a title and a speaker: its line, title, the code's day and the person, from csv."""
    found: list[tuple[int, str, date, tuple[str, ...]]] = []
    with ICCA.open(encoding="utf-8", newline="") as file:
        for line, row in enumerate(csv.reader(file, delimiter="\t"), start=1):
            code, given, family, title = (cell.strip() for cell in (row + [""] * 4)[:4])
            if code and title and family:
                day = date(2014, 8, DAYS[code.split("-")[0]])
                found.append((line, " ".join(title.split()), day, (" ".join(f"{given} {family}".split()),)))
    return found


def test_icca10_each_talk_with_its_speaker_joined_from_two_columns_on_its_codes_day(icca: Program) -> None:
    read = {item.source.line: (item.title, item.day, item.people) for item in icca.items if item.source}
    expected = _talks()

    assert len(expected) == 80
    assert {line: (title, day, people) for line, title, day, people in expected}.items() <= read.items()
    assert all(item.start is None and item.end is None for item in icca.items)  # no times in the file
    # line 1: "MON-PLEN-1	David	Eelbode	Transvector algebras in Clifford analysis"
    assert read[1] == ("Transvector algebras in Clifford analysis", date(2014, 8, 4), ("David Eelbode",))
    assert "people: columns B and C joined" in icca.reading


def test_icca10_two_tba_talks_apart_stay_two_items(icca: Program) -> None:
    tba = [(item.source.line, item.people) for item in icca.items if item.title == "TBA" and item.source]

    # line 28 "TUE-403-5	Paula	Cerejeiras	TBA", line 40 "TUE-404-8	Ott	Vilson	TBA"
    assert tba == [(28, ("Paula Cerejeiras",)), (40, ("Ott Vilson",))]


def test_icca10_a_discussion_in_the_name_column_is_the_title_and_untitled_talks_are_said(icca: Program) -> None:
    by_title = {item.title: item for item in icca.items}

    # lines 64-65 "THU-404-1	Introductory Discussion", "THU-404-2	Introductory Discussion": one item over
    # the session's first two slots (untimed, the rows repeat it); line 93 "FRI-404-4	Closing Discussion"
    assert by_title["Introductory Discussion"].people == ()
    assert by_title["Introductory Discussion"].day == date(2014, 8, 7)
    assert by_title["Closing Discussion"].people == ()
    assert len(icca.items) == 82
    # lines 85-87: a speaker and no title ("FRI-403-3	Viktor	Abramov	"): left out, each said with its line
    skipped = [line for line in icca.reading if line.startswith("skipped: ")]
    assert skipped == [
        "skipped: icca10-schedule.tsv:85 (a row without a title: 'FRI-403-2 | Suzuki')",
        "skipped: icca10-schedule.tsv:86 (a row without a title: 'FRI-403-3 | Viktor Abramov')",
        "skipped: icca10-schedule.tsv:87 (a row without a title: 'FRI-403-4 | Md Raknuzzaman')",
    ]


def test_a_weekday_code_is_its_weekday_and_a_weekday_with_a_day_number_stays_a_date() -> None:
    first = date(2014, 8, 4)

    assert parse_date("TUE-PLEN-2").resolve(first) == date(2014, 8, 5)
    assert parse_date("SAT-405-1").resolve(first) == date(2014, 8, 9)
    # "Sat-10" is a Saturday the 10th (a date), not a code: the number after the weekday is a day of the month
    assert parse_date("Sat-10").day == 10


def test_a_program_file_lists_a_persons_columns(tmp_path: Path) -> None:
    (tmp_path / "icca.tsv").write_bytes(ICCA.read_bytes())
    program_file = tmp_path / "program.toml"
    program_file.write_text(
        '[[feeds]]\npath = "icca.tsv"\nformat = "csv"\n[feeds.columns]\ntitle = "D"\npeople = ["B", "C"]\n',
        encoding="utf-8",
    )
    feed = load_program_file(program_file).feeds[0]

    assert feed.columns == (("title", "D"), ("people", "B"), ("people", "C"))
    program_file.write_text('[[feeds]]\npath = "icca.tsv"\n[feeds.columns]\ntitle = ["C", "D"]\n', encoding="utf-8")
    with pytest.raises(ParseError) as caught:
        load_program_file(program_file)
    assert 'expected a [feeds.columns] table of names (title = "Talk", people = ["B", "C"])' in caught.value.reason

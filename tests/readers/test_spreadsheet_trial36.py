r"""Trial 36's sheets (unseen), read as their sources say (tests/data/spreadsheets/PROVENANCE.md).

DANE 2024's `data/programme.csv` (`day,time,Session,speaker,affiliation,title,abstract`) writes its
breaks, welcome, reception and closings in `Session` alone: 14 of its 27 rows were skipped as rows
without a title, and the panel's people, written as its abstract (`Panellists: …`), were not read.
Astronomía en los Andes 2015's `charlas.csv` is Mac Roman with CR line ends (0x8d, 0x8f: no
Windows-1252 character) and writes its accents as LaTeX commands (`Garz\'on`, `a\~nos`): it was
refused as not UTF-8 with every format.

Expectations are worked out from the files with csv, re and unicodedata alone, not from our output.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError
from program.feed_reading import read_feed
from program.model import SourceRef
from program.readers import ReadContext
from program.readers.base import mac_roman_text, windows_1252_text
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.settings import FeedSpec

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "spreadsheets"
DANE = DATA / "dane2024-programme.csv"
ANDES = DATA / "astroandes2015-charlas-excerpt.csv"
LONDON = ZoneInfo("Europe/London")


def _dane_expected() -> list[tuple[str, datetime, datetime | None, tuple[str, ...]]]:
    """Each row on its weekday from Wednesday 17 July 2024, titled by `title` or else `Session`."""
    days = {"Wednesday": date(2024, 7, 17), "Thursday": date(2024, 7, 18), "Friday": date(2024, 7, 19)}
    expected: list[tuple[str, datetime, datetime | None, tuple[str, ...]]] = []
    for record in csv.DictReader(io.StringIO(DANE.read_text(encoding="utf-8-sig"))):
        day = days[record["day"].strip()]
        clocks = [
            datetime(day.year, day.month, day.day, int(h), int(m), tzinfo=LONDON)
            for h, m in re.findall(r"(\d\d)[.:](\d\d)", record["time"])
        ]
        speaker, affiliation = record["speaker"].strip(), record["affiliation"].strip()
        people: tuple[str, ...] = (f"{speaker} [{affiliation}]",) if speaker else ()
        if record["abstract"].startswith("Panellists:"):
            people = tuple(name.strip() for name in record["abstract"].split(":", 1)[1].split(","))
        title = record["title"].strip() or record["Session"].strip()
        expected.append((title, clocks[0], clocks[1] if len(clocks) > 1 else None, people))
    return expected


def test_dane2024_rows_titled_in_the_session_column_and_the_panellists() -> None:
    expected = _dane_expected()
    context = ReadContext(first_date=date(2024, 7, 17), timezone=LONDON)

    program = read_feed(FeedSpec(DANE), context).program

    got = [(item.title, item.start, item.end, item.people) for item in program.items]
    assert len(expected) == 27
    assert got == expected
    assert got[1] == ("Welcome", *expected[1][1:3], ("Vasiliki Koutra [KCL]",))
    panel = next(item for item in program.items if item.title == "The future of networked experiments")
    assert panel.people == (
        "Dean Eckles",
        "Nathaniel Stevens",
        "Alexander Volfovsky",
        "Eleni Kalfountzou",
        "Rosemary Bailey",
    )
    assert panel.abstract is None  # the line named the panellists only
    assert not [line for line in program.reading if "not read" in line or "skipped" in line]
    assert "Session → alt_title" in next(line for line in program.reading if line.startswith("columns:"))


def test_a_session_column_alone_is_still_the_title() -> None:
    text = "Time,Session,Speaker\n09:00-10:00,Opening,Ada Lee\n10:00-10:30,Coffee,\n"
    context = ReadContext(first_date=date(2024, 7, 17), timezone=LONDON)
    program = SpreadsheetCsvReader().read(text, source="s.csv", context=context)
    assert [(item.title, item.people) for item in program.items] == [("Opening", ("Ada Lee",)), ("Coffee", ())]


def test_a_session_row_over_its_talks_is_a_heading_not_an_item() -> None:
    # the session's name in Session alone, its time holding the next row's start: no item of its own
    text = (
        "Time,Session,Title,Speaker\n"
        "09:00-10:30,Session 1: Graphs,,\n"
        "09:00-09:30,Session 1: Graphs,Talk A,Ada Lee\n"
        "09:30-10:00,Session 1: Graphs,Talk B,Bo Li\n"
        "10:30-11:00,Coffee,,\n"
    )
    context = ReadContext(first_date=date(2024, 7, 17), timezone=LONDON)
    program = SpreadsheetCsvReader().read(text, source="s.csv", context=context)
    assert [item.title for item in program.items] == ["Talk A", "Talk B", "Coffee"]
    assert "1 session rows over their talks' rows read as headings, not items (Session 1: Graphs)" in program.reading


def test_an_abstract_that_says_more_than_names_stays_the_abstract() -> None:
    text = (
        "Time,Title,Speaker,Abstract\n"
        "09:00-10:00,Panel,,Speakers: to be announced\n"
        '10:00-11:00,Talk,Ada Lee,"Speakers: Ada Lee\nand more"\n'
    )
    context = ReadContext(first_date=date(2024, 7, 17), timezone=LONDON)
    program = SpreadsheetCsvReader().read(text, source="s.csv", context=context)
    assert [(item.people, item.abstract) for item in program.items] == [
        ((), "Speakers: to be announced"),
        (("Ada Lee",), "Speakers: Ada Lee\nand more"),
    ]


def _latex(text: str) -> str:
    text = re.sub(r"\\'([A-Za-z])", lambda found: found.group(1) + "\u0301", text)
    text = re.sub(r"\\~([nN])", lambda found: found.group(1) + "\u0303", text)
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_astroandes2015_mac_roman_with_cr_line_ends_and_latex_accents() -> None:
    rows = list(csv.reader(io.StringIO(ANDES.read_bytes().decode("mac_roman"), newline="")))
    assert rows[0][1:7] == ["Apellido", "Nombre", "Instituto", "Tipo", "Titulo", "Resumen"]
    expected = [(_latex(row[5]), (_latex(f"{row[2]} {row[1]}"),)) for row in rows[1:]]

    read = read_feed(FeedSpec(ANDES, format="csv"), ReadContext())

    program = read.program
    assert len(expected) == 51
    assert [(item.title, item.people) for item in program.items] == expected
    assert all(item.start is None for item in program.items)
    assert program.items[0].title == "LA ASTRONOMÍA Y EL CURRÍCULO PARA LA EDUCACIÓN BÁSICA Y MEDIA"
    assert program.items[0].people == ("E. Andrey Acosta Garzón",)
    assert "enseñanza de la Astronomía" in (program.items[0].abstract or "")
    warning = next(problem for problem in program.problems if problem.code == "legacy-encoding")
    assert (warning.source and warning.source.line, warning.message) == (
        21,  # a CR ends each line: the line of the first byte above ASCII, 0xd0
        "the file is not UTF-8: read as Mac Roman, byte 0xd0 as '–' (its bytes above ASCII are letters inside "
        "words and punctuation as Mac Roman, not as Windows-1252); save it as UTF-8 to be sure of its letters",
    )
    commands = sum(len(re.findall(r"\\'[A-Za-z]|\\~[nN]", cell)) for row in rows for cell in row)
    cells = sum("\\" in cell for row in rows for cell in row)
    assert f"LaTeX accents read as letters: {commands} in {cells} cells (`\\'o` as ó, `\\~n` as ñ)" in program.reading


def test_astroandes2015_without_a_format_names_the_csv_format() -> None:
    with pytest.raises(ParseError) as raised:
        read_feed(FeedSpec(ANDES), ReadContext())
    error = raised.value
    assert error.source == SourceRef(ANDES.as_posix(), 1)
    assert "pass --format csv to read its rows as untimed items" in error.reason
    assert "Apellido, Nombre, Instituto, Tipo, Titulo" in error.reason


def test_mac_roman_text_against_windows_and_utf8_files() -> None:
    # Windows-1252's Spanish and German letters are Mac Roman's symbols or capitals inside words: not Mac Roman
    assert mac_roman_text("Canción, señor, Schönlieb, café".encode("cp1252") + b"\x8d") is None
    # a UTF-8 file cut in two places: its pairs are symbols as Mac Roman
    assert mac_roman_text("Garzón años".encode() + b"\xff") is None
    # a Windows file's apostrophes: read as Windows-1252 before Mac Roman is asked
    assert windows_1252_text("It’s don’t".encode("cp1252")) == "It’s don’t"
    assert mac_roman_text("Garzón, años, Ángeles – “Cuál”".encode("mac_roman")) == "Garzón, años, Ángeles – “Cuál”"


def test_backslash_escapes_are_not_latex_accents(tmp_path: Path) -> None:
    path = tmp_path / "escaped.csv"
    path.write_text("Title,Speaker\nIt\\'s Don\\'t,Ada Lee\nCaf\\'e,Bo Li\n", encoding="utf-8")
    program = read_feed(FeedSpec(path, format="csv"), ReadContext()).program
    assert [item.title for item in program.items] == ["It\\'s Don\\'t", "Caf\\'e"]
    one = tmp_path / "one.csv"
    one.write_text("Title,Speaker\nCaf\\'e,Ada Lee\n", encoding="utf-8")  # one command is no habit
    assert [item.title for item in read_feed(FeedSpec(one, format="csv"), ReadContext()).program.items] == ["Caf\\'e"]
    two = tmp_path / "two.csv"
    two.write_text("Title,Speaker\nCaf\\'e,Ada Lee\nA\\~no,Bo Li\n", encoding="utf-8")
    assert [item.title for item in read_feed(FeedSpec(two, format="csv"), ReadContext()).program.items] == [
        "Café",
        "Año",
    ]

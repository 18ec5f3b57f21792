"""Sheets a new user tried unseen (trial 12): invprob 2019's Latin-1 CSV and BiomedVis 2023's program.

invprob's `_data/program.csv` (a one-day workshop in Paris, 19 November 2019) is `;`-separated
and saved as Windows-1252/Latin-1: "Schönlieb" is the byte 0xf6. It was refused as not UTF-8; it
is read as Windows-1252 with a warning that says so. BiomedVis 2023's `_data/program.csv` writes
its closing row with name and title swapped (`10,Closing,Wednesday,11:55,12:00,,,Organizers`).
Expectations are read from the files with `csv` (tests/data/spreadsheets, PROVENANCE.md).
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.feed_reading import read_feed
from program.readers import ReadContext
from program.settings import FeedSpec
from spreadsheet_files import DATA, read_csv

PARIS = ZoneInfo("Europe/Paris")
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def _at(day: date, clock: str, zone: ZoneInfo) -> datetime:
    hour, minute = clock.replace("h", ":").split(":")
    return datetime(day.year, day.month, day.day, int(hour), int(minute), tzinfo=zone)


def test_invprob_latin1_rows_read_with_a_warning() -> None:
    path = DATA / "invprob2019-program.csv"
    data = path.read_bytes()
    rows = list(csv.DictReader(io.StringIO(data.decode("cp1252"), newline=""), delimiter=";"))
    context = ReadContext(first_date=date(2019, 11, 19), timezone=PARIS)

    program = read_feed(FeedSpec(path), context).program

    assert (len(rows), len(program.items)) == (4, 4)
    day = date(2019, 11, 19)
    for row, item in zip(rows, program.items, strict=True):
        start, end = row["time"].split("-")  # "10h15-11h00"
        assert (item.start, item.end) == (_at(day, start, PARIS), _at(day, end, PARIS))
        assert item.title == (row["title"] or row["type"])  # "Welcome Coffee :coffee::cookie:", its last colon kept
        assert item.people == ((f"{row['name']} [{row['affiliation']}]",) if row["name"] else ())
    assert program.items[2].people == ("Silvia Villa [Universitá di Genova]",)
    assert program.items[3].people == ("Martin Burger [FAU Erlangen-Nürnberg]",)
    assert "Schönlieb" in (program.items[1].abstract or "")  # Benning's abstract names "Carola-Bibiane Schönlieb"
    warning = next(problem for problem in program.problems if problem.code == "legacy-encoding")
    assert (warning.source and warning.source.line, warning.message) == (
        3,
        "the file is not UTF-8: read as Windows-1252 (Latin-1), byte 0xf6 as 'ö'; save it as UTF-8 to be sure "
        "of its letters",
    )


def test_biomedvis_2023_closing_row_swapped_is_the_closing() -> None:
    with (DATA / "biomedvis2023-program.csv").open(encoding="utf-8-sig", newline="") as file:
        records = [record for record in csv.DictReader(file) if record["title"]]
    program = read_csv("biomedvis2023-program.csv", first_date=date(2023, 9, 19), timezone=STOCKHOLM)

    assert (len(records), len(program.items)) == (13, 13)
    days = {"Tuesday": date(2023, 9, 19), "Wednesday": date(2023, 9, 20)}
    for record, item in zip(records, program.items, strict=True):
        day = days[record["day"]]
        assert (item.start, item.end) == (_at(day, record["start"], STOCKHOLM), _at(day, record["end"], STOCKHOLM))
        if record["title"] == "Organizers":  # name "Closing", title "Organizers": the closing, by nobody named
            assert (item.title, item.people) == ("Closing", ())
        elif record["name"] in ("", "Organizers"):  # "Organizers" opens: a group, no person
            assert (item.title, item.people) == (record["title"], ())
        else:
            assert (item.title, item.people) == (record["title"], (f"{record['name']} [{record['affiliation']}]",))

"""Spreadsheets a tester tried unseen: untimed talks, Spanish headers, two affiliation columns, group names."""

from __future__ import annotations

import csv
from datetime import date, datetime
from zoneinfo import ZoneInfo

from python_calamine import CalamineWorkbook

from program.model import Program
from program.readers.base import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.readers.workbook import WorkbookReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "spreadsheets"


def _csv(name: str, context: ReadContext) -> Program:
    path = DATA / name
    return SpreadsheetCsvReader().read(path.read_text(encoding="utf-8"), source=path.name, context=context)


def test_talks_without_a_time_are_untimed_items_not_section_rows() -> None:
    # ORConf 2023 lists 12 talks (most of them lightning talks) after its timed rows, with no time
    with (DATA / "orconf-schedule.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    untimed_titles = [row["title"] for row in rows if not row["from"]]

    program = _csv("orconf-schedule.csv", ReadContext(first_date=date(2023, 9, 15), timezone=ZoneInfo("Europe/Berlin")))

    assert len(program.items) == len(rows) == 45
    assert [item.title for item in program.items if item.start is None] == untimed_titles
    by_title = {item.title: item for item in program.items}
    coriolis = by_title["Coriolis 2.5 update!"]
    assert (coriolis.people, coriolis.label, coriolis.start) == (("Rob Taylor",), "lightning", None)
    # Two link columns, both read; "slides/orconf23_taylor.pdf" is a path on the site, no address.
    assert [(link.label, link.url) for link in coriolis.links] == [("youtube", "https://youtu.be/nwQNqPYDKF0")]
    web = [(column, row[column]) for row in rows for column in ("youtube", "slides") if row[column].startswith("http")]
    assert [(link.label, link.url) for item in program.items for link in item.links] == web
    assert len(web) == 38
    guide = by_title["A Graphical Guide to Lightweight Block-Level Formal Verification"]
    assert [link.url for link in guide.links] == [
        "https://cloud.tugraz.at/index.php/s/WHEijTFR6XKgAWE",
        "http://www.meinhard-kissich.at/pub/orconf23_slides.pdf",
    ]
    assert guide.people == ("Meinhard Kissich [Graz University of Technology]",)
    assert by_title["Bluespec is my favourite HDL and here's why"].people == ("Serge 'q3k' Bazanski",)  # "n/a"
    assert not any("section row" in line for line in program.reading)
    assert any(line.startswith("12 rows without a time read as untimed items") for line in program.reading)


def test_spanish_headers_are_known() -> None:
    # "fecha | hora | actividad" with real Excel dates and times
    rows = CalamineWorkbook.from_path(DATA / "encuentro-agenda.xlsx").get_sheet_by_index(0).to_python()
    la_paz = ZoneInfo("America/La_Paz")

    data = (DATA / "encuentro-agenda.xlsx").read_bytes()
    program = WorkbookReader().read_bytes(data, source="encuentro-agenda.xlsx", context=ReadContext(timezone=la_paz))

    assert len(program.items) == len(rows) - 1 == 13
    assert [(item.title, item.start) for item in program.items[:2]] == [
        ("Bienvenida", datetime(2026, 2, 4, 9, 0, tzinfo=la_paz)),
        ("Palabras de la directora", datetime(2026, 2, 4, 11, 15, tzinfo=la_paz)),
    ]
    assert program.items[-1].title == "Cierre de encuentro"
    assert program.items[-1].start == datetime(2026, 2, 6, 13, 30, tzinfo=la_paz)
    assert "sheet 'Sheet1': columns: fecha → date, hora → time, actividad → title" in program.reading


def test_affil_columns_are_the_persons_affiliations() -> None:
    vancouver = ZoneInfo("America/Vancouver")

    program = _csv("adam-aaai2022-schedule.csv", ReadContext(first_date=date(2022, 2, 28), timezone=vancouver))

    by_title = {item.title: item for item in program.items}
    assert by_title["Plenary 1 (40 + 10 Q&A)"].people == ("Nathan Kutz [University of Washington]",)
    assert by_title["Keynote 1 (15 + 5 Q&A)"].people == ("Peter Wooldridge [Monolith AI]",)
    assert by_title["Keynote 1 (15 + 5 Q&A)"].start == datetime(2022, 2, 28, 10, 0, tzinfo=vancouver)
    assert "affil → affiliation" in program.reading[2]


def test_groups_written_where_a_name_goes_are_nobody() -> None:
    # ADAM 2022 writes "Organizers", "Contributed Speakers" and "Panelists" in its speaker column
    program = _csv(
        "adam-aaai2022-schedule.csv", ReadContext(first_date=date(2022, 2, 28), timezone=ZoneInfo("America/Vancouver"))
    )

    by_title = {item.title: item for item in program.items}
    assert by_title["Intro(10 mins)"].people == ()
    assert by_title["Lightning Talks 1 (7*5 + 5 Q&A)"].people == ()
    assert by_title["Panel discussion (45)"].people == ()
    assert len({name for item in program.items for name in item.people}) == 6


def test_a_workbook_with_one_schedule_sheet_says_its_count_once() -> None:
    # Couchbase Connect 2014: the sessions sheet is read, Sheet1 and tracks are not
    data = (DATA / "couchbase-connect-2014-agenda.xlsx").read_bytes()
    program = WorkbookReader().read_bytes(
        data, source="couchbase.xlsx", context=ReadContext(timezone=ZoneInfo("America/Los_Angeles"))
    )

    counts = [line for line in program.reading if line.endswith("0 rooms")]
    assert counts == ["65 items, 50 people, 0 rooms"]
    assert "skipped: sheet 'tracks' (no schedule table: no header or grid we know)" in program.reading


def test_speakers_joined_by_a_spaced_slash_are_each_a_person() -> None:
    # PyConES 2020's day-2 agenda joins a talk's speakers with " / " (trial 2, files nobody here had seen)
    madrid = ZoneInfo("Europe/Madrid")
    program = _csv("pycones2020-agenda-day2.csv", ReadContext(first_date=date(2020, 10, 3), timezone=madrid))
    assert len(program.items) == 33
    by_title = {item.title: item for item in program.items}
    covid = by_title["COVID19Gram: seguimiento de la evolución del coronavirus desde telegram"]
    assert (covid.start, covid.end, covid.people) == (
        datetime(2020, 10, 3, 10, 0, tzinfo=madrid),
        datetime(2020, 10, 3, 10, 15, tzinfo=madrid),
        ("Antònia Tugores", "Biel Frontera Borrueco", "Jaume Perelló Perelló"),
    )
    robots = by_title["Robots PCR Covidwarriors"]
    five = ("Aitor Gastaminza", "Alex Gasulla", "Victoriano Giralt", "Ramón Martínez", "Ernesto Sánchez")
    assert robots.people == five
    assert (robots.start, robots.end) == (
        datetime(2020, 10, 3, 18, 0, tzinfo=madrid),
        datetime(2020, 10, 3, 18, 15, tzinfo=madrid),
    )
    assert by_title["Investigating Digital Crimes using Python"].people == ("Gajendra Deshpande",)
    assert by_title["Python Castilla y León & PyData Salamanca"].people == ()


PARIS = ZoneInfo("Europe/Paris")


def test_hms_durations_and_no_break_space_date_times_are_read() -> None:
    # ORConf 2019 (trial 3): Duration "1:00:00" (62 of 63 rows) beside Start/End "2019-09-27\xa011:00"
    with (DATA / "orconf2019-schedule.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))[3:]
    titled = [row for row in rows if row[5]]

    program = _csv("orconf2019-schedule.csv", ReadContext(timezone=PARIS))

    assert [problem for problem in program.problems if problem.severity.name == "ERROR"] == []
    assert len(program.items) == len(titled) == 63
    assert [sum(1 for item in program.items if item.start and item.start.day == day) for day in (27, 28, 29)] == [
        19,
        31,
        13,
    ]
    by_title = {item.title: item for item in program.items}
    agm = by_title["FOSSi Foundation AGM (FOSSi Foundation Members only)"]
    assert (agm.start, agm.end) == (
        datetime(2019, 9, 27, 11, 0, tzinfo=PARIS),
        datetime(2019, 9, 27, 12, 0, tzinfo=PARIS),
    )
    chips = by_title["Chips Alliance Project"]
    assert (chips.start, chips.end, chips.people) == (
        datetime(2019, 9, 27, 13, 0, tzinfo=PARIS),
        datetime(2019, 9, 27, 13, 40, tzinfo=PARIS),
        ("Zvonimir Z Bandic [Western Digital Corporation]",),
    )
    last = program.items[-1]
    assert (last.title, last.start, last.end) == (
        "On a quest for the ideal HDL(s) for makers and hobbyists",
        datetime(2019, 9, 29, 13, 50, tzinfo=PARIS),
        datetime(2019, 9, 29, 14, 10, tzinfo=PARIS),
    )


def _inline(text: str) -> Program:
    return SpreadsheetCsvReader().read(text, source="s.csv", context=ReadContext(date(2019, 9, 27), PARIS))


def test_an_hms_duration_gives_the_end_when_no_end_is_written() -> None:
    program = _inline("Start,Duration,Title\n10:00,1:30:00,Keynote\n11:30,0:20:00,Talk\n")

    assert [(item.title, item.end) for item in program.items] == [
        ("Keynote", datetime(2019, 9, 27, 11, 30, tzinfo=PARIS)),
        ("Talk", datetime(2019, 9, 27, 11, 50, tzinfo=PARIS)),
    ]


def test_a_duration_is_not_needed_when_start_and_end_are_written() -> None:
    program = _inline("Start,End,Duration,Title\n10:00,10:45,about an hour,Keynote\n11:00,,soon,Talk\n")

    assert [(item.title, item.end) for item in program.items] == [
        ("Keynote", datetime(2019, 9, 27, 10, 45, tzinfo=PARIS))
    ]
    assert [(problem.code, problem.message) for problem in program.problems] == [
        ("unreadable-row", "s.csv:3: expected a duration in minutes (45, 45 min, 1:30, 1:30:00), found 'soon'")
    ]

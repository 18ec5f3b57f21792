"""Trial 10's spreadsheets (tests/data/spreadsheets: nems26-agenda, sendezentrum31c3; tests/data/cmt: aistats2022).

Expectations written by hand from the files. NEMS 2026 (Nashville, 22–23 January 2026) is a
Google Sheets export on a 12-hour clock that writes "pm" on its evening rows only: after the
`11:45 - 1:00` lunch, `1:00 - 1:05` … `3:35 - 4:00` are the afternoon. Its "Additional
Speakers" are numbered 1 to 5 in the Time column, and its row 8 repeats the talk above's title
in the Day column. The Sendezentrum at 31C3 (Hamburg, 27–30 December 2014) names its people
`Teilnehmer` and starts a show at `0:00 a.m.`. AISTATS 2022 keeps its accepted papers as
`PaperTitle,Authors (with Affiliations),AuthorNames`: CMT's names without spaces.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from program.readers import READERS, ReadContext, detect_readers
from spreadsheet_files import read_csv

CHICAGO = ZoneInfo("America/Chicago")
BERLIN = ZoneInfo("Europe/Berlin")
AISTATS = Path(__file__).resolve().parent.parent / "data" / "cmt" / "aistats2022-accepted-papers.csv"

# Day 1's afternoon as the sheet writes it (rows 10-19), read on the 24-hour clock: (start, end, title, people)
NEMS_AFTERNOON = [
    ("11:45", "13:00", "LUNCH", ()),
    ("13:00", "13:05", "Stefanie @ Mercatus", ()),
    ("13:05", "13:25", "All-of-the-Above' for American Energy", ("Rod Roudi", "Marsha Blackburn")),
    (
        "13:25",
        "13:50",
        "User-Centered Design: Hard Lessons in Building Hardware",
        ("Robert Warren", "Thomas Templeton"),
    ),
    (
        "13:50",
        "14:25",
        "Does All Load Matter? Where Scale Meets Impact",
        ("Nico Moran", "Erik Hersman", "Steve Barbour", "Taras Kulyk"),
    ),
    ("14:25", "15:00", "The Future of Managed Load", ("Robert Warren", "Nima Amir", "Joe Dillon", "Javier Hermosa")),
    ("15:00", "15:35", "The Financialization of Energy Assets", ("Colin Harper", "Dan Lawrence", "Rory Murray")),
    ("15:35", "16:00", "The State of Large Scale Miners", ("Mike Colyer", "Rapha Zagury")),
    ("16:00", "17:30", "Networking and Cocktail Reception", ()),
]


def _at(day: date, clock: str, zone: ZoneInfo) -> datetime:
    hours, minutes = map(int, clock.split(":"))
    return datetime(day.year, day.month, day.day, hours, minutes, tzinfo=zone)


def test_nems_afternoon_without_pm_follows_the_lunch_not_the_night() -> None:
    program = read_csv("nems26-agenda.csv", timezone=CHICAGO, first_date=date(2026, 1, 22))
    day = date(2026, 1, 22)
    got = [(item.start, item.end, item.title, item.people) for item in program.items if item.start is not None]
    want = [
        (_at(day, start, CHICAGO), _at(day, end, CHICAGO), title, people)
        for start, end, title, people in NEMS_AFTERNOON
    ]

    assert got[7:16] == want
    assert all(item.start.hour >= 7 for item in program.items if item.start is not None)
    assert any(
        line.startswith("12-hour times without am/pm") and "7 starts read as p.m." in line for line in program.reading
    )


def test_nems_numbered_speakers_are_no_items_and_the_lead_column_is_people() -> None:
    program = read_csv("nems26-agenda.csv", timezone=CHICAGO, first_date=date(2026, 1, 22))
    titles = [item.title for item in program.items]
    by_title = {item.title: item for item in program.items}

    assert not {"Max Webster", "Rob Hamilton", "Lisa Hough", "Mark Atymko (OCEAN)"} & set(titles)
    assert len(program.items) == 27  # 25 timed, and the two talks listed below the days without a time
    assert [item.title for item in program.items if item.start is None] == [
        "Tennessee as the Leader in American Energy",
        "Cultivating State and Federal Energy Strategies",
    ]
    assert len([item for item in program.items if item.start is not None]) == 25
    assert by_title["Welcome Announcement"].people == ("Rod Roudi",)
    assert by_title["Keynote: Monetizing the Megawatt"].people == ("Robert Warren",)
    assert by_title["Annual Closing Panel: What Comes Next in 2026"].people == (
        "Marty Bent",
        "Tom Maseiro",
        "Rory Murrray",
        "Jay Beddict",
    )
    assert any("Lead Speaker/Moderator → people" in line for line in program.reading)


def test_nems_row_whose_day_cell_repeats_the_title_above_is_read_on_that_day_and_said() -> None:
    program = read_csv("nems26-agenda.csv", timezone=CHICAGO, first_date=date(2026, 1, 22))
    panel = next(item for item in program.items if item.title == "How Do Open Source Innovations Change Mining?")

    assert program.problems == ()
    assert (panel.start, panel.end) == (
        _at(date(2026, 1, 22), "11:10", CHICAGO),
        _at(date(2026, 1, 22), "11:45", CHICAGO),
    )
    assert panel.people == ("Skot9000", "Brett Rowan", "Dylan Seib", "Gio Rasetto")
    assert "read: nems26-agenda.csv:8 (its day cell repeats the title of the row above: on that day)" in program.reading


def test_a_day_cell_that_is_no_date_and_no_title_above_is_still_an_error() -> None:
    text = "Day,Time,Topic\n2026-01-22,10:00 - 10:30,Opening\nsomething else,10:30 - 11:00,Talk\n"
    program = READERS["csv"].read(text, source="agenda.csv", context=ReadContext(timezone=CHICAGO))

    assert [problem.code for problem in program.problems] == ["unreadable-row"]
    assert program.problems[0].source is not None and program.problems[0].source.line == 3


def test_sendezentrum_reads_teilnehmer_midnight_and_a_show_without_title() -> None:
    program = read_csv("sendezentrum31c3.csv", timezone=BERLIN)
    by_title = {item.title: item for item in program.items}
    reunion = by_title["DIE Reunion"]

    assert program.problems == ()
    assert len(program.items) == 21
    assert (reunion.start, reunion.end) == (
        _at(date(2014, 12, 30), "00:00", BERLIN),
        _at(date(2014, 12, 30), "02:00", BERLIN),
    )
    assert reunion.people == ("Holger Klein", "Tim Pritlove")
    assert by_title["FS147 That Escalatored Quickly"].people == (
        "Tim Pritlove",
        "John-Paul Bader",
        "Ruotger Deecke",
        "Clemens Schrimpe",
        "Denis Ahrens",
    )
    show = by_title["Staatsbürgerkunde"]
    assert show.start == _at(date(2014, 12, 28), "17:00", BERLIN)
    assert show.people == ("Martin Fischer", "Martin Haase", "Constanze Kurz")
    assert any("Teilnehmer → people" in line for line in program.reading)


def test_people_columns_in_german_french_and_spanish() -> None:
    for header in ("Teilnehmer", "Participants", "Intervenants", "Participantes", "Ponentes"):
        text = f"Date,Time,Title,{header}\n2026-03-12,10:00 - 10:30,Opening,Ada Lovelace\n"
        program = READERS["csv"].read(text, source="a.csv", context=ReadContext(timezone=BERLIN))
        assert program.items[0].people == ("Ada Lovelace",), header


def test_aistats_accepted_papers_are_a_cmt_list_with_affiliations() -> None:
    text = AISTATS.read_text(encoding="utf-8")
    program = READERS["cmt"].read(text, source=AISTATS.name, context=ReadContext())
    first, second = program.papers[:2]
    last = program.papers[-1]

    assert [reader.name for reader in detect_readers(text)] == ["cmt"]
    assert len(program.papers) == 492
    assert first.title == "Cross-Loss Influence Functions to Explain Deep Network Representations"
    assert first.authors == (
        "Andrew Silva [Georgia Institute of Technology]",
        "Rohit Chopra [Georgia Institute of Technology]",
        "Matthew Gombolay [Georgia Institute of Technology]",
    )
    assert second.authors[1] == "洋 彭 [Peking University]"
    assert (last.number, last.title) == (492, "Diversity and Generalization in Neural Network Ensembles")
    assert last.authors[0] == "Luis Antonio Ortega Andrés [University of Almería]"
    assert program.reading[1].endswith(
        "; not read: authornames (the authors are read from authors (with affiliations))"
    )
    assert program.reading[1].startswith("columns: no Paper ID: numbered in order, papertitle → title")
    tang = next(paper for paper in program.papers if "Jian Tang [HEC Montreal; Mila]" in paper.authors)
    assert tang.authors[3] == "Huiyu Cai [University of Montreal; Mila - Quebec AI Institute]"

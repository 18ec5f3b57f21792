"""Tables read as several: stage groups of columns, sessions and papers or speakers joined by id."""

import csv
import html
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.readers.base import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from spreadsheet_files import BERLIN, DATA, csv_records, read_csv

CSV = SpreadsheetCsvReader()


def test_stage_groups_of_columns_each_read_as_a_room() -> None:
    # Zitadelle 2026: "Tag, Zeit" shared, then Typ/Titel/Beschreibung for each of three stages.
    with (DATA / "zitadelle-2026-programm.csv").open(encoding="utf-8", newline="") as file:
        header, *rows = list(csv.reader(file))
    stages = {name.split("_")[0]: index for index, name in enumerate(header) if name.endswith("_Titel")}
    cells = {
        (line, stage)
        for line, row in enumerate(rows, 2)
        for stage, column in stages.items()
        if row and row[column].strip()
    }
    zagreb = ZoneInfo("Europe/Zagreb")

    program = read_csv("zitadelle-2026-programm.csv", timezone=zagreb, first_date=date(2026, 5, 28))

    # Every titled cell is an item in its stage, save rows 25-28 that repeat rows 9-12 word for word.
    assert {(item.source.line, item.location) for item in program.items} == {
        (line, stage) for line, stage in cells if line not in (25, 26, 27, 28)
    }
    opening = next(item for item in program.items if item.title == "Eröffnung Zitadelle 2026")
    assert (opening.start, opening.location, opening.label) == (
        datetime(2026, 5, 28, 18, 21, tzinfo=zagreb),
        "Amphitheater",
        "Vortrag",
    )
    assert "stage groups of columns: Hauptbuehne, Amphitheater, Pool; shared: Tag, Zeit" in program.reading
    assert any("skipped: zitadelle-2026-programm.csv:29 (a row without a title" in line for line in program.reading)


def test_stage_row_over_the_field_names() -> None:
    # A row of stage names, each spanning the columns under it up to the next stage's.
    text = (
        ",,Main Stage,,Workshop Room,\n"
        "Date,Time,Title,Speaker,Title,Speaker\n"
        "2026-03-12,10:00,Opening,Ada Lovelace,Soldering,Grace Hopper\n"
        "2026-03-12,11:00,Keynote,Alan Turing,,\n"
    )

    program = CSV.read(text, source="stages.csv", context=ReadContext(timezone=BERLIN))

    assert [(item.title, item.location, item.people, item.start) for item in program.items] == [
        ("Opening", "Main Stage", ("Ada Lovelace",), datetime(2026, 3, 12, 10, tzinfo=BERLIN)),
        ("Soldering", "Workshop Room", ("Grace Hopper",), datetime(2026, 3, 12, 10, tzinfo=BERLIN)),
        ("Keynote", "Main Stage", ("Alan Turing",), datetime(2026, 3, 12, 11, tzinfo=BERLIN)),
    ]


def test_papers_joined_to_their_sessions_by_id() -> None:
    # IEEE VR 2024: papers.csv names each paper's session ("TU2H"); sessions.csv gives its day, times and room.
    sessions = {record["id"]: record for record in csv_records("ieeevr-2024-sessions.csv")}
    papers = csv_records("ieeevr-2024-papers.csv")
    york = ZoneInfo("America/New_York")
    context = ReadContext(timezone=york, columns=(("join_file", "ieeevr-2024-papers.csv"),))
    path = DATA / "ieeevr-2024-sessions.csv"

    program = CSV.read(path.read_text(encoding="utf-8"), source=path.as_posix(), context=context)

    childless = [record for key, record in sessions.items() if all(paper["session"] != key for paper in papers)]
    assert len(program.items) == len(papers) + len(childless)
    by_title = {item.title: item for item in program.items}
    for paper in papers:
        session = sessions[paper["session"]]
        item = by_title[" ".join(html.unescape(paper["title"]).split())]  # `one&#39;s self`: the page shows `'`
        day = datetime.strptime(session["day"], "%A, %d %B %Y").date()
        start = datetime.combine(day, datetime.strptime(session["starttime"], "%H:%M").time(), york)
        end = datetime.combine(day, datetime.strptime(session["endtime"], "%H:%M").time(), york)
        assert (item.start, item.end, item.location, item.label) == (start, end, session["room"], paper["type"])
        assert item.frab is not None and item.frab.track == session["name"]
    assert any(
        line.startswith("joined by id:") and "ieeevr-2024-papers.csv 'session' → " in line for line in program.reading
    )


def test_speakers_joined_by_id_and_a_join_file_without_ids(tmp_path: Any) -> None:
    (tmp_path / "sessions.csv").write_text(
        "Date,Start,End,Title,Speaker IDs\n2026-03-12,10:00,10:45,Opening,s1\n2026-03-12,11:00,11:45,Panel,s2; s1\n",
        encoding="utf-8",
    )
    (tmp_path / "speakers.csv").write_text("ID,Name,Company\ns1,Ada Lovelace,Engines\ns2,Alan Turing,NPL\n")
    text = (tmp_path / "sessions.csv").read_text(encoding="utf-8")
    source = (tmp_path / "sessions.csv").as_posix()
    context = ReadContext(timezone=BERLIN, columns=(("join_file", "speakers.csv"),))

    program = CSV.read(text, source=source, context=context)

    assert [(item.title, item.people) for item in program.items] == [
        ("Opening", ("Ada Lovelace",)),
        ("Panel", ("Alan Turing", "Ada Lovelace")),
    ]
    (tmp_path / "speakers.csv").write_text("Name,Company\nAda Lovelace,Engines\n")
    with pytest.raises(
        UsageError, match=r"join_file = 'speakers.csv': no column of either table holds the other's ids"
    ):
        CSV.read(text, source=source, context=context)

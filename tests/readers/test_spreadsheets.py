"""The spreadsheet readers on real files, counted independently with csv and python-calamine."""

import csv
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from python_calamine import CalamineWorkbook

from program.cli import main
from program.errors import ParseError, UsageError
from program.model import Program
from program.pipeline import load_program
from program.readers import READERS, detect_readers
from program.readers.base import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.readers.workbook import WorkbookReader
from program.settings import FeedSpec, Settings
from program.writers.shown_names import NamedPeople

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "spreadsheets"
CSV = SpreadsheetCsvReader()
WORKBOOK = WorkbookReader()


def _csv(name: str, **context: object) -> Program:
    path = DATA / name
    return CSV.read(path.read_text(encoding="utf-8"), source=path.name, context=ReadContext(**context))  # type: ignore[arg-type]


def _workbook(name: str, **context: object) -> Program:
    path = DATA / name
    return WORKBOOK.read_bytes(path.read_bytes(), source=path.name, context=ReadContext(**context))  # type: ignore[arg-type]


def _records(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


VEGAS = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    "name",
    [
        "aws-reinvent-2024-agenda.csv",
        "dvpw-2024-program-excerpt.csv",
        "vivatech-2017-program-excerpt.csv",
        "purplecon-2019-schedule.csv",
    ],
)
def test_csv_detected_by_its_header_alone(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")

    assert [reader.name for reader in detect_readers(text[:2000])] == ["csv"]


def test_csv_without_a_header_is_not_claimed() -> None:
    assert not CSV.detect((DATA / "eeke-2020-program.csv").read_text(encoding="utf-8"))


def test_csv_row_per_item_ranges_with_am_pm_and_past_midnight() -> None:
    records = _records("aws-reinvent-2024-agenda.csv")

    program = _csv("aws-reinvent-2024-agenda.csv", timezone=VEGAS)

    assert [item.title for item in program.items] == [record["Event"] for record in records]
    assert [item.location for item in program.items] == [record["Location"] or None for record in records]
    replay = next(item for item in program.items if item.title == "re:Play shuttles")
    assert (replay.start, replay.end) == (
        datetime(2024, 12, 4, 19, 0, tzinfo=VEGAS),
        datetime(2024, 12, 5, 0, 30, tzinfo=VEGAS),
    )
    assert program.reading[:3] == (
        "a comma-separated table",
        "86 items, 0 people, 23 rooms",
        "columns: Date → date, Time → time, Event → title, Location → room, Notes → abstract",
    )


def test_csv_row_per_presenter_joined_into_one_item_with_its_people() -> None:
    records = _records("dvpw-2024-program-excerpt.csv")
    presenters: dict[tuple[str, str, str], list[str]] = {}
    for record in records:
        names = presenters.setdefault((record["date"], record["time"], record["title"]), [])
        names += [record["presenter"]] if record["presenter"] != "NA" else []  # R's missing value

    program = _csv("dvpw-2024-program-excerpt.csv", timezone=BERLIN)

    assert len(program.items) == len(presenters)
    assert [list(item.people) for item in program.items] == list(presenters.values())
    assert {(item.start, item.end) for item in program.items} == {
        (datetime(2024, 9, 24, 14, 0, tzinfo=BERLIN), datetime(2024, 9, 24, 15, 30, tzinfo=BERLIN))
    }
    assert f"one row per presenter: {len(records)} rows joined into {len(presenters)} items" in program.reading


def test_csv_weekdays_only_need_the_first_date() -> None:
    with pytest.raises(UsageError, match="--date"):
        _csv("vivatech-2017-program-excerpt.csv", timezone=ZoneInfo("Europe/Paris"))


def test_csv_weekday_dates_and_multi_line_abstracts() -> None:
    paris = ZoneInfo("Europe/Paris")
    records = _records("vivatech-2017-program-excerpt.csv")

    program = _csv("vivatech-2017-program-excerpt.csv", timezone=paris, first_date=date(2017, 6, 15))

    def at(clock: str) -> datetime:
        return datetime.combine(date(2017, 6, 15), datetime.strptime(clock, "%H:%M").time(), paris)

    expected = [(" ".join(record["title"].split()), at(record["start"]), at(record["end"])) for record in records]
    # An end at or before its start is the next day's ("10:10" to "00:00": midnight).
    expected = [(title, start, end if end > start else end + timedelta(days=1)) for title, start, end in expected]
    assert [(item.title, item.start, item.end) for item in program.items] == expected
    assert program.items[1].abstract == records[1]["summary"]


def test_csv_without_dates_needs_date_and_times_need_a_zone() -> None:
    with pytest.raises(UsageError, match="--timezone"):
        _csv("purplecon-2019-schedule.csv", first_date=date(2019, 10, 1))
    with pytest.raises(UsageError, match="--date"):
        _csv("purplecon-2019-schedule.csv", timezone=ZoneInfo("Pacific/Auckland"))


def test_csv_start_and_length() -> None:
    auckland = ZoneInfo("Pacific/Auckland")
    records = [record for record in _records("purplecon-2019-schedule.csv") if record["talk_title"]]

    program = _csv("purplecon-2019-schedule.csv", timezone=auckland, first_date=date(2019, 10, 1))

    assert [item.title for item in program.items] == [record["talk_title"] for record in records]
    first = program.items[0]
    assert (first.start, first.end) == (
        datetime(2019, 10, 1, 9, 20, tzinfo=auckland),
        datetime(2019, 10, 1, 9, 35, tzinfo=auckland),
    )
    assert program.items[-1].people == ("purplecon team",)


def test_csv_without_header_asks_for_a_mapping_then_reads_by_column_letter() -> None:
    with pytest.raises(ParseError, match="a column mapping is required"):
        _csv("eeke-2020-program.csv", timezone=BERLIN)

    program = _csv(
        "eeke-2020-program.csv",
        timezone=BERLIN,
        first_date=date(2020, 8, 1),
        columns=(("time", "A"), ("title", "B"), ("people", "C")),
    )

    with (DATA / "eeke-2020-program.csv").open(encoding="utf-8") as file:
        timed = [row for row in csv.reader(file, delimiter=";") if row and row[0] and row[1]]
    assert [item.title for item in program.items] == [row[1] for row in timed]
    late = program.items[-1]
    assert (late.start, late.end) == (
        datetime(2020, 8, 1, 23, 0, tzinfo=BERLIN),
        datetime(2020, 8, 2, 0, 30, tzinfo=BERLIN),
    )
    assert program.reading[2] == "columns (from the program file): A → time, B → title, C → people"
    assert (
        "skipped: eeke-2020-program.csv:4 (a section row without a time: 'Session 1 | Chair: tbd')" in program.reading
    )


def test_workbook_detected_by_its_bytes() -> None:
    found = {
        path.name: WORKBOOK.detect_bytes(path.read_bytes()) for path in sorted(DATA.iterdir()) if path.suffix != ".md"
    }

    assert found == {name: name.endswith((".xlsx", ".xls", ".ods")) for name in found}


def test_workbook_normalised_sessions_sheet_with_excel_dates_and_numbered_presenters() -> None:
    sheet = CalamineWorkbook.from_path(DATA / "couchbase-connect-2014-agenda.xlsx").get_sheet_by_name("sessions")
    header, *rows = sheet.to_python()
    rows_any: list[list[Any]] = [list(row) for row in rows]
    column = {name: index for index, name in enumerate(header)}
    zone = ZoneInfo("America/Los_Angeles")

    program = _workbook("couchbase-connect-2014-agenda.xlsx", timezone=zone)

    sessions = [row for row in rows_any if row[column["Name"]]]
    assert [(item.title, item.start, item.end) for item in program.items] == [
        (
            row[column["Name"]],
            datetime.combine(row[column["Date"]], row[column["StartTime"]], zone),
            datetime.combine(row[column["Date"]], row[column["EndTime"]], zone),
        )
        for row in sessions
    ]

    def person(row: list[Any], n: int) -> str:  # Presenter2 works at Company2: "Name [Company]"
        name, company = row[column[f"Presenter{n}"]].strip(), row[column[f"Company{n}"]].strip()
        return f"{name} [{company}]" if company else name

    assert [item.people for item in program.items] == [
        # "To be announced" (at Couchbase) is nobody yet: no person
        tuple(person(row, n) for n in (1, 2, 3) if row[column[f"Presenter{n}"]].strip() not in ("", "To be announced"))
        for row in sessions
    ]
    assert [item.frab.track if item.frab else None for item in program.items] == [
        row[column["Track"]] or None for row in sessions
    ]
    assert "skipped: sheet 'tracks' (no schedule table: no header or grid we know)" in program.reading


def test_workbook_grid_of_rooms_with_merged_cells_and_twelve_hour_times() -> None:
    book = CalamineWorkbook.from_path(DATA / "vldb-2014-program.xlsx")
    filled = 0
    for name in ("Sheet1", "Sheet2", "Sheet3"):
        sheet = book.get_sheet_by_name(name)
        hidden = {
            (row, column)
            for (first_row, first_column), (last_row, last_column) in sheet.merged_cell_ranges or ()
            for row in range(first_row, last_row + 1)
            for column in range(first_column, last_column + 1)
            if (row, column) != (first_row, first_column)
        }
        rows = sheet.to_python()
        filled += sum(
            1
            for r, row in enumerate(rows[3:], 3)
            for c, value in enumerate(row[1:], 1)
            if value and (r, c) not in hidden
        )
    zone = ZoneInfo("Asia/Shanghai")

    program = _workbook("vldb-2014-program.xlsx", timezone=zone, first_date=date(2014, 9, 2))

    assert len(program.items) == filled
    papers = next(item for item in program.items if item.title == "Papers 7.1: Architecture Systems")
    assert (papers.start, papers.end, papers.location) == (
        datetime(2014, 9, 4, 13, 30, tzinfo=zone),
        datetime(2014, 9, 4, 14, 45, tzinfo=zone),
        "Diamond 1",
    )
    lunch = next(item for item in program.items if item.title == "Lunch" and item.start and item.start.day == 3)
    assert (lunch.start, lunch.end, lunch.location) == (
        datetime(2014, 9, 3, 12, 15, tzinfo=zone),
        datetime(2014, 9, 3, 13, 45, tzinfo=zone),
        "Crystal",  # the sheet merges the empty cells beside it, not "Lunch" with them
    )


def test_workbook_french_grid_with_title_and_speaker_cells() -> None:
    zone = ZoneInfo("Europe/Paris")

    program = _workbook("capitole-du-libre-2011-programme.ods", timezone=zone, first_date=date(2011, 11, 19))

    talk = next(item for item in program.items if item.title.startswith("OpenStack"))
    assert (talk.start, talk.end, talk.people, talk.location) == (
        datetime(2011, 11, 19, 17, 15, tzinfo=zone),
        datetime(2011, 11, 19, 18, 15, tzinfo=zone),
        ("Thierry Carrez",),
        "Session technique, Amphi A002",
    )
    workshop = next(item for item in program.items if item.title == "Création de paquets Debian")
    assert (workshop.start, workshop.end, workshop.people, workshop.location) == (
        datetime(2011, 11, 19, 10, 0, tzinfo=zone),
        datetime(2011, 11, 19, 13, 0, tzinfo=zone),
        ("Lucas Nussbaum",),
        "Salle C101",
    )


def test_headerless_csv_error_names_the_file_line_and_the_key(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = tmp_path / "eeke.csv"
    feed.write_bytes((DATA / "eeke-2020-program.csv").read_bytes())

    status = main(["check", str(feed), "--timezone", "Europe/Berlin"])

    stderr = capsys.readouterr().err
    assert status != 0
    assert f"{feed.as_posix()}:1: error: cannot tell the format" in stderr
    assert 'a table without a header row: set format = "csv" in its [[feeds]] and map its columns by letter' in stderr
    assert "[feeds.columns]" in stderr and "--format csv" in stderr


def test_headerless_csv_mapped_by_letter_in_the_program_file_needs_no_format(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "eeke.csv").write_bytes((DATA / "eeke-2020-program.csv").read_bytes())
    (tmp_path / "program.toml").write_text(
        'title = "EEKE 2020"\ntimezone = "Europe/Berlin"\ndate = 2020-08-01\n\n'
        '[[feeds]]\npath = "eeke.csv"\n[feeds.columns]\ntime = "A"\ntitle = "B"\npeople = "C"\n',
        encoding="utf-8",
    )

    main(["check", str(tmp_path / "program.toml")])

    stderr = capsys.readouterr().err
    assert "eeke.csv as csv" in stderr
    assert "columns (from the program file): A → time, B → title, C → people" in stderr


def test_workbook_without_header_asks_for_a_mapping() -> None:
    with pytest.raises(ParseError, match="a column mapping is required"):
        _workbook("eeke-2020-program.xlsx", timezone=BERLIN)


def test_check_prints_the_mapping_and_counts(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", str(DATA / "aws-reinvent-2024-agenda.csv"), "--timezone", "America/Los_Angeles"])

    stderr = capsys.readouterr().err
    assert "columns: Date → date, Time → time, Event → title, Location → room, Notes → abstract" in stderr
    assert "86 items, 0 people, 23 rooms" in stderr
    assert status in (0, 1)


def test_spreadsheet_readers_registered_together_after_the_first_wave() -> None:
    names = list(READERS)
    # Readers added later (the paper lists) come after them, at the end of the registry.
    assert names.index("workbook") == names.index("csv") + 1
    assert names.index("csv") > names.index("open-event")


def test_german_fahrplan_with_day_numbers_day_fractions_and_a_track_column() -> None:
    with (DATA / "haecksen-36c3-fahrplan.csv").open(encoding="utf-8", newline="") as file:
        records = [record for record in csv.DictReader(file) if record["Was?"]]
    first = date(2019, 12, 27)  # "Tag 1" of 36C3; "Tag 0" is the day before

    program = _csv("haecksen-36c3-fahrplan.csv", timezone=BERLIN, first_date=first)

    def at(day: str, fraction: str) -> datetime:
        moment = datetime.combine(first + timedelta(days=int(day) - 1), datetime.min.time(), BERLIN)
        return moment + timedelta(minutes=round(float(fraction) * 24 * 60))

    assert [(item.title, item.start) for item in program.items] == [
        (" ".join(record["Was?"].split()), at(record["Tag"], record["Beginn"])) for record in records
    ]
    assert [item.end for item in program.items] == [
        at(record["Tag"], record["Ende"]) if record["Ende"] != "Open-end" else None for record in records
    ]
    assert [item.frab.track if item.frab else None for item in program.items] == [
        record["Cluster"] or None for record in records
    ]
    assert [item.location for item in program.items] == [record["Raum"].strip() for record in records]
    assert program.reading[2].startswith("columns: Cluster → track, Wer → people, Was? → title, Tag → date")
    assert [reader.name for reader in detect_readers((DATA / "haecksen-36c3-fahrplan.csv").read_text()[:2000])] == [
        "csv"
    ]


def test_german_csv_with_en_dash_ranges_and_open_starts() -> None:
    records = _records("bitcoin-metropole-kempten-2026-programm.csv")

    program = _csv("bitcoin-metropole-kempten-2026-programm.csv", timezone=BERLIN)

    assert [(item.title, item.start.date() if item.start else None) for item in program.items] == [
        (record["Titel"], date.fromisoformat(record["Datum"])) for record in records
    ]
    assert [item.location for item in program.items] == [record["Ort"] for record in records]
    assert [item.label for item in program.items] == [record["Typ"] for record in records]


def test_workbook_grid_with_days_as_columns_and_a_day_with_its_own_time_column() -> None:
    sheet = CalamineWorkbook.from_path(DATA / "ml4hst-2023-schedule.xlsx").get_sheet_by_name("Sheet1")
    rows = sheet.to_python()
    hidden = {
        (row, column)
        for (first_row, first_column), (last_row, last_column) in sheet.merged_cell_ranges or ()
        for row in range(first_row, last_row + 1)
        for column in range(first_column, last_column + 1)
        if (row, column) != (first_row, first_column)
    }
    # Monday–Thursday in B–E timed by column A; Friday's times in F, its talks in G.
    lines = [
        line
        for r, row in enumerate(rows[2:], 2)
        for c in (1, 2, 3, 4, 6)
        if (r, c) not in hidden
        for line in str(row[c]).split("\n")
        if line
    ]
    chicago = ZoneInfo("America/Chicago")

    program = _workbook("ml4hst-2023-schedule.xlsx", timezone=chicago, first_date=date(2023, 6, 5))

    assert len(program.items) == len(lines) - 2  # the one cell "Dr. Pudenz\nDirector of …\nATOM Computing" is one item
    puppy = next(item for item in program.items if item.title == "PuppyPi")
    assert (puppy.start, puppy.end, puppy.people, puppy.location) == (
        datetime(2023, 6, 8, 12, 15, tzinfo=chicago),  # Thursday, merged over three rows
        datetime(2023, 6, 8, 15, 0, tzinfo=chicago),
        ("Fletcher",),
        "EN 5041",
    )
    encryption = next(item for item in program.items if item.title == "Quantum Encryption")
    assert (encryption.start, encryption.end, encryption.people) == (
        datetime(2023, 6, 9, 9, 45, tzinfo=chicago),  # Friday keeps its own times (column F)
        datetime(2023, 6, 9, 10, 45, tzinfo=chicago),
        ("Bruce",),
    )
    assert (
        "sheet 'Sheet1': grid: days Monday, Tuesday, Wednesday, Thursday, Friday; times in column A" in program.reading
    )
    # A guest's cell: the name, then who they are (G7); a guest's line among titled ones (C5).
    guest = next(item for item in program.items if item.title == "Dr. Pudenz")
    assert (guest.start, guest.people, guest.abstract) == (
        datetime(2023, 6, 9, 11, 0, tzinfo=chicago),
        ("Dr. Pudenz",),
        "Director of Advanced Research\nATOM Computing",
    )
    assert next(item for item in program.items if item.title == "Dr. Wright").people == ("Dr. Wright",)


def test_room_filled_down_only_when_it_leads_the_row() -> None:
    grouped = "Raum,Zeit,Titel\nSaal 1,10:00,Eins\n,11:00,Zwei\nSaal 2,10:00,Drei\n"
    per_row = "Zeit,Titel,Raum\n10:00,Eins,Saal 1\n11:00,Zwei,\n"
    context = ReadContext(timezone=BERLIN, first_date=date(2026, 3, 12))

    grouped_rooms = [item.location for item in CSV.read(grouped, source="a.csv", context=context).items]
    per_row_rooms = [item.location for item in CSV.read(per_row, source="b.csv", context=context).items]

    assert grouped_rooms == ["Saal 1", "Saal 1", "Saal 2"]
    assert per_row_rooms == ["Saal 1", None]


def test_thema_is_the_title_alone_and_the_track_beside_a_titel() -> None:
    context = ReadContext(timezone=BERLIN, first_date=date(2026, 3, 12))

    alone = CSV.read("Zeit,Thema,Referent\n10:00,Eins,Ada\n", source="a.csv", context=context).items[0]
    beside = CSV.read("Zeit,Titel,Thema\n10:00,Eins,Daten\n", source="b.csv", context=context).items[0]

    assert (alone.title, alone.frab) == ("Eins", None)
    assert (beside.title, beside.frab.track if beside.frab else None) == ("Eins", "Daten")


def test_a_presenters_company_column_is_their_affiliation_not_part_of_the_name_shown() -> None:
    # Couchbase Connect 2014: Presenter1 "Jens Alfke", Company1 "Couchbase" in two columns.
    settings = Settings(feeds=(FeedSpec(DATA / "couchbase-connect-2014-agenda.xlsx"),), timezone=ZoneInfo("UTC"))
    program = load_program(settings).program

    [alfke] = [person for person in program.people if person.name == "Jens Alfke"]
    talks = [item for item in program.items if any(name.startswith("Jens Alfke") for name in item.people)]
    shown = NamedPeople(program)
    assert alfke.affiliation == "Couchbase"
    assert talks
    assert {name for item in talks for name in shown.shown_on(item) if name.startswith("Jens")} == {"Jens Alfke"}


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

    program = _csv("zitadelle-2026-programm.csv", timezone=zagreb, first_date=date(2026, 5, 28))

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
    sessions = {record["id"]: record for record in _records("ieeevr-2024-sessions.csv")}
    papers = _records("ieeevr-2024-papers.csv")
    york = ZoneInfo("America/New_York")
    context = ReadContext(timezone=york, columns=(("join_file", "ieeevr-2024-papers.csv"),))
    path = DATA / "ieeevr-2024-sessions.csv"

    program = CSV.read(path.read_text(encoding="utf-8"), source=path.as_posix(), context=context)

    childless = [record for key, record in sessions.items() if all(paper["session"] != key for paper in papers)]
    assert len(program.items) == len(papers) + len(childless)
    by_title = {item.title: item for item in program.items}
    for paper in papers:
        session = sessions[paper["session"]]
        item = by_title[" ".join(paper["title"].split())]
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


def test_xls_template_samples_and_repeated_header_skipped() -> None:
    rows = CalamineWorkbook.from_path(DATA / "whova-template-agenda.xls").get_sheet_by_name("Agenda").to_python()
    second_header = [index for index, row in enumerate(rows) if row[0] == "*Date"][-1]
    denver = ZoneInfo("America/Denver")

    program = _workbook("whova-template-agenda.xls", timezone=denver)

    assert [item.title for item in program.items] == [
        " ".join(str(row[3]).split()) for row in rows[second_header + 1 :]
    ]
    assert (program.items[0].start, program.items[0].end, program.items[0].location) == (
        datetime(2018, 6, 16, 7, 30, tzinfo=denver),
        datetime(2018, 6, 16, 8, 30, tzinfo=denver),
        "Coral Lounge",
    )
    assert "sheet 'Agenda': skipped: whova-template-agenda.xls: Agenda!A13 (the header again)" in program.reading
    assert sum("a template's sample row" in line for line in program.reading) == 6  # five samples, then the heading
    assert not program.problems

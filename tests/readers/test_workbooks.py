"""Workbooks (.xlsx, .xls) of one row per item, read with python-calamine and counted with it."""

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from python_calamine import CalamineWorkbook

from program.loading import load_program
from program.readers.workbook import WorkbookReader
from program.settings import FeedSpec, Settings
from program.writers import RenderOptions
from program.writers.program_markdown import ProgramMarkdownWriter
from program.writers.shown_names import NamedPeople
from spreadsheet_files import DATA, read_workbook

from helpers import ROOT

WORKBOOK = WorkbookReader()


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

    program = read_workbook("couchbase-connect-2014-agenda.xlsx", timezone=zone)

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


def test_xls_template_samples_and_repeated_header_skipped() -> None:
    rows = CalamineWorkbook.from_path(DATA / "whova-template-agenda.xls").get_sheet_by_name("Agenda").to_python()
    second_header = [index for index, row in enumerate(rows) if row[0] == "*Date"][-1]
    denver = ZoneInfo("America/Denver")

    program = read_workbook("whova-template-agenda.xls", timezone=denver)

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


def test_a_bracketed_note_under_a_slot_is_its_abstract() -> None:
    # Counted with calamine: the rows with a time in column A (the notes under them have none).
    values = CalamineWorkbook.from_path(DATA / "python-zero-to-hero-schedule.ods").get_sheet_by_name("Sheet1")
    rows = values.to_python(skip_empty_area=False)
    timed = [row for row in rows[1:] if row[0] != ""]
    london = ZoneInfo("Europe/London")

    program = read_workbook("python-zero-to-hero-schedule.ods", timezone=london, first_date=date(2019, 4, 5))

    assert len(program.items) == len(timed) == 21
    coffee = program.items[6]
    # Written by hand from rows 9 and 10: COFFEE at 10:45 for 30 minutes, "(inc. group discussions)" below it.
    assert (coffee.title, coffee.start, coffee.end, coffee.abstract) == (
        "COFFEE",
        datetime(2019, 4, 5, 10, 45, tzinfo=london),
        datetime(2019, 4, 5, 11, 15, tzinfo=london),
        "inc. group discussions",
    )
    assert program.items[0].abstract == "inc. Installation Help"
    assert (program.items[-1].title, program.items[-1].end) == ("END", None)  # the day's end, written as a row
    assert (
        "sheet 'Sheet1': read: python-zero-to-hero-schedule.ods: Sheet1!A3 "
        "('(inc. Installation Help)': a note under the row above, its abstract)"
    ) in program.reading


def test_poster_workbook_author_cells_wrapped_mid_name_and_unread_columns_said() -> None:
    # RECOMB 2026 posters: "#", "Authors" (a comma list the cell wraps onto lines, once inside a name),
    # "Title", "Session Assignment"; row 8 is poster 507.
    program = read_workbook("recomb2026-accepted-posters.xlsx")

    rows = CalamineWorkbook.from_path(DATA / "recomb2026-accepted-posters.xlsx").get_sheet_by_name("Submissions")
    assert len(program.items) == sum(1 for row in rows.to_python()[1:] if str(row[2]).strip()) == 182
    by_title = {item.title: item for item in program.items}
    poster = by_title["Comparative Evaluation of Long-Read Assembly Strategies for the Bovine Y Chromosome"]
    assert poster.people == ("Kacper Żukowski", "Tomasz Strzała", "Dawid Słomian", "Klaudia Gogola", "Monika Skarwecka")
    assert by_title["Dynamic remodeling of HSC lineage bias during infection"].people == (
        "Katerina Vecerkova",
        "Irina Ribeiro Bas",
        "Michal Kolar",
        "Meritxell Alberich Jordà",
    )
    # the poster session (I or II) has no place in the model without the sessions' items: said as not read
    assert "sheet 'Submissions': not read: Session Assignment" in program.reading
    # column E has no name: RECOMB-Seq from row 90, "Author could not attend" in rows 130, 151, 168, RECOMB-RSG from 176
    assert (
        "sheet 'Submissions': not read: column E (no name; RECOMB-Seq, Author could not attend, RECOMB-RSG)"
        in program.reading
    )
    assert "sheet 'Submissions': columns: # → board, Authors → people, Title → title" in program.reading
    assert {item.kind.value for item in program.items} == {"poster"}  # the file is "…accepted-posters.xlsx"


@pytest.mark.parametrize(
    ("title", "board"),
    [
        ("Dynamic remodeling of HSC lineage bias during infection", "499"),  # row 2
        ("Comparative Evaluation of Long-Read Assembly Strategies for the Bovine Y Chromosome", "507"),  # row 8
        ("Generating Minimum-Density Minimizers", "818"),
        ("SwitchTFI: identifying transcription factors driving cell differentiation", "498"),  # the last row, 498.0
    ],
)
def test_poster_workbook_boards_are_its_number_column(title: str, board: str) -> None:
    by_title = {item.title: item for item in read_workbook("recomb2026-accepted-posters.xlsx").items}
    assert by_title[title].board == board


def test_poster_workbook_boards_are_printed_as_given_and_none_made_up() -> None:
    program = load_program(Settings(feeds=(FeedSpec(DATA / "recomb2026-accepted-posters.xlsx"),))).program
    text = ProgramMarkdownWriter().write(program, RenderOptions())

    assert "- **499** Dynamic remodeling of HSC lineage bias during infection (" in text
    assert "- **818** Generating Minimum-Density Minimizers (" in text
    assert "**P1**" not in text  # was P1…P182 from the row order


def test_poster_workbook_without_dates_puts_no_poster_on_the_first_day() -> None:
    # the sheet names no day: with the program page's two poster sessions (26 and 27 May), its
    # posters are shown at both, not all at the first day's (the Session Assignment is not read)
    feeds = (
        FeedSpec(ROOT / "tests" / "data" / "pages" / "recomb2026-program.md"),
        FeedSpec(DATA / "recomb2026-accepted-posters.xlsx"),
    )
    program = load_program(Settings(feeds=feeds, first_date=date(2026, 5, 26))).program
    sessions = [item.id for item in program.items if item.kind.value == "poster-session"]
    posters = [item for item in program.items if item.kind.value == "poster"]
    assert len(sessions) == 2
    assert len(posters) == 182
    assert {(poster.day, poster.sessions) for poster in posters} == {(None, tuple(sessions))}

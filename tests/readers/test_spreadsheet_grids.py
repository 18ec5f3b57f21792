r"""Grids: rooms (or days) as columns and times as rows, merged cells, "Title\nSpeaker" cells."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from python_calamine import CalamineWorkbook

from program.errors import ParseError, UsageError
from program.readers import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.readers.tabular import grid
from spreadsheet_files import DATA, hidden_cells, read_workbook


def test_workbook_grid_of_rooms_with_merged_cells_and_twelve_hour_times() -> None:
    book = CalamineWorkbook.from_path(DATA / "vldb-2014-program.xlsx")
    filled = 0
    for name in ("Sheet1", "Sheet2", "Sheet3"):
        sheet = book.get_sheet_by_name(name)
        hidden = hidden_cells(sheet)
        rows = sheet.to_python()
        filled += sum(
            1
            for r, row in enumerate(rows[3:], 3)
            for c, value in enumerate(row[1:], 1)
            if value and (r, c) not in hidden
        )
    zone = ZoneInfo("Asia/Shanghai")

    program = read_workbook("vldb-2014-program.xlsx", timezone=zone, first_date=date(2014, 9, 2))

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

    program = read_workbook("capitole-du-libre-2011-programme.ods", timezone=zone, first_date=date(2011, 11, 19))

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
    qt = next(item for item in program.items if item.title == "Atelier QtQuick (QML)")
    assert qt.people == ("Nicolas Arnaud-Cormos",)  # "Nicolas Arnaud-Cormos, KDAB": his firm, no person


def test_workbook_grid_with_days_as_columns_and_a_day_with_its_own_time_column() -> None:
    sheet = CalamineWorkbook.from_path(DATA / "ml4hst-2023-schedule.xlsx").get_sheet_by_name("Sheet1")
    rows = sheet.to_python()
    hidden = hidden_cells(sheet)
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

    program = read_workbook("ml4hst-2023-schedule.xlsx", timezone=chicago, first_date=date(2023, 6, 5))

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


def test_grid_turned_over_rooms_as_rows_and_hours_as_columns() -> None:
    # Counted with calamine: every filled cell right of column A and under row 1 that no merged range hides.
    book = CalamineWorkbook.from_path(DATA / "instincts-2014-schedule.xls")
    counted = {}
    for name in ("Sheet1", "Sheet2", "Sheet3"):
        sheet = book.get_sheet_by_name(name)
        hidden = hidden_cells(sheet)
        rows = sheet.to_python(skip_empty_area=False)
        counted[name] = sum(
            1
            for r, row in enumerate(rows[1:], 1)
            for c, value in enumerate(row[1:], 1)
            if str(value).strip() and (r, c) not in hidden
        )
    chennai = ZoneInfo("Asia/Kolkata")

    program = read_workbook("instincts-2014-schedule.xls", timezone=chennai, first_date=date(2014, 3, 13))

    assert counted == {"Sheet1": 15, "Sheet2": 24, "Sheet3": 16}  # by hand: C7 holds a lone space
    assert len(program.items) == 55

    def found(title: str, day: int) -> tuple[object, ...]:
        item = next(item for item in program.items if item.title == title and item.start and item.start.day == day)
        return item.start, item.end, item.location, item.people

    def at(day: int, hour: int) -> datetime:
        return datetime(2014, 3, day, hour, tzinfo=chennai)

    # Written by hand from the sheets: B2:D2 merged under 9am-10am … 11-12am; "12am-1pm" is noon to one.
    assert found("Instincts Inauguration", 13) == (at(13, 9), at(13, 12), "Main Auditorium", ())
    assert found("சாரல் துவக்க விழா", 13) == (at(13, 12), at(13, 14), "Main Auditorium", ())
    assert found("Debate (Semi Finals)", 13) == (at(13, 12), at(13, 14), "Central Seminar Hall", ())
    assert found("OML PRO SHOW", 13) == (at(13, 18), at(13, 20), "Main Stage", ())
    # Sheet2's B3:B4: one event for two rooms at 9am-10am.
    assert found("Music Registration", 14) == (at(14, 9), at(14, 10), "Main Stage + Mini Auditorium", ())
    assert found("Vogue Show and DJ", 14) == (at(14, 17), at(14, 20), "Main Stage", ())
    assert found("Treasure Hunt (Final)", 15) == (at(15, 14), at(15, 16), "IT Class Rooms", ())
    assert found("Gaming", 15) == (at(15, 9), at(15, 17), "IT Labs", ())
    assert (
        "sheet 'Sheet1': grid turned over (rooms in column A, times in row 1, the day in Sheet1!A1: 'DAY 1 - Mar 13'): "
        "rooms Main Auditorium, Main Stage, Mini Auditorium, Central Seminar Hall, IT Seminar Hall, "
        "CSE Seminar Hall, Drawing Hall, IT Class Rooms, CSE Class Rooms, IT Labs"
    ) in program.reading
    assert (
        "sheet 'Sheet2': '12am' read as noon (between a morning and an afternoon hour): Sheet2!D1, Sheet2!E1"
        in program.reading
    )


def test_grid_turned_over_needs_the_year_of_its_days() -> None:
    with pytest.raises(
        UsageError, match="sheet 'Sheet1': the grid has days without a year or a first day; pass --date"
    ):
        read_workbook("instincts-2014-schedule.xls", timezone=ZoneInfo("Asia/Kolkata"))


@pytest.mark.parametrize("title", ["31.02", "Monday 31.02.2025", "0.0"])
def test_a_grid_under_a_date_that_names_no_day_is_an_error_at_its_header(title: str) -> None:
    """A title row's date that is no day was a traceback (found while reading eRum 2016's day markers)."""
    text = f"{title}\nTime,Room A,Room B\n9:00-10:00,Talk A,Talk B\n10:00-11:00,Talk C,Talk D\n"
    context = ReadContext(timezone=ZoneInfo("UTC"), first_date=date(2025, 1, 1))

    with pytest.raises(ParseError, match=r"expected a real date over the grid: .* is not a date") as raised:
        SpreadsheetCsvReader().read(text, source="grid.csv", context=context)
    assert raised.value.source.line == 2  # the header's line


def test_a_grid_of_more_filled_cells_than_a_program_has_items_is_refused_before_its_times_are_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The closing fuzz's workbook case 5402: a 48 KB .ods repeating a row 16,000 times over 100 columns, 1.6 million
    # items in 46 s. Here the cap is lowered below a real grid's size: the same refusal, at this file's scale.

    zone = ZoneInfo("Asia/Shanghai")
    read = read_workbook("vldb-2014-program.xlsx", timezone=zone, first_date=date(2014, 9, 2))
    assert len(read.items) > 10  # read whole under the real cap
    monkeypatch.setattr(grid, "MAX_GRID_CELLS", 10)

    with pytest.raises(ParseError, match=r"a schedule grid of at most 10 filled cells \(an item each\), found"):
        read_workbook("vldb-2014-program.xlsx", timezone=zone, first_date=date(2014, 9, 2))


def _comsoc_csv(far_header: str) -> str:
    """COMSOC 2006's grid (tests/data/html_pages/comsoc2006-old-programme.php) as a sheet writes it, rows unmerged."""
    return (
        f"Time,Wednesday,Thursday,Friday,{far_header}\n"
        "09:00-09:50,Francesca Rossi,Noam Nisan,Boi Faltings,09:00-09:50\n"
        "12:30-14:00,lunch,lunch,lunch,12:30-14:00\n"
        "14:00-14:50,Harrie de Swart,Steven Brams,4 talks,14:00-15:20\n"
        "14:50-15:00,short break,short break,,\n"
        "15:00-16:00,3 talks,3 talks,coffee break,15:20-15:50\n"
        "16:00-16:30,coffee break,coffee break,4 talks,15:50-17:10\n"
    )


def test_a_time_column_written_again_after_the_last_day_times_that_day_and_is_no_room() -> None:
    zone = ZoneInfo("Europe/Amsterdam")
    context = ReadContext(timezone=zone, first_date=date(2006, 12, 6))

    program = SpreadsheetCsvReader().read(_comsoc_csv("Time"), source="grid.csv", context=context)

    friday = [(item.title, item.start, item.end) for item in program.items if item.start and item.start.day == 8]
    assert friday == [
        ("Boi Faltings", datetime(2006, 12, 8, 9, 0, tzinfo=zone), datetime(2006, 12, 8, 9, 50, tzinfo=zone)),
        ("lunch", datetime(2006, 12, 8, 12, 30, tzinfo=zone), datetime(2006, 12, 8, 14, 0, tzinfo=zone)),
        ("4 talks", datetime(2006, 12, 8, 14, 0, tzinfo=zone), datetime(2006, 12, 8, 15, 20, tzinfo=zone)),
        ("coffee break", datetime(2006, 12, 8, 15, 20, tzinfo=zone), datetime(2006, 12, 8, 15, 50, tzinfo=zone)),
        ("4 talks", datetime(2006, 12, 8, 15, 50, tzinfo=zone), datetime(2006, 12, 8, 17, 10, tzinfo=zone)),
    ]
    assert [sum(item.start.day == day for item in program.items if item.start) for day in (6, 7)] == [6, 6]
    assert {item.location for item in program.items} == {None}
    assert "grid: days Wednesday, Thursday, Friday; times in column A, and in Friday's column after it" in (
        program.reading
    )


def test_a_last_column_of_times_under_a_name_that_is_no_time_header_times_nothing() -> None:
    # only a time header (`Time`, `Zeit`, `Hora`…) over the far column makes it the last day's times
    zone = ZoneInfo("Europe/Amsterdam")
    context = ReadContext(timezone=zone, first_date=date(2006, 12, 6))

    program = SpreadsheetCsvReader().read(_comsoc_csv("Zeiten (Freitag)"), source="grid.csv", context=context)

    talks = next(item for item in program.items if item.title == "4 talks")
    assert (talks.start, talks.end) == (
        datetime(2006, 12, 8, 14, 0, tzinfo=zone),
        datetime(2006, 12, 8, 14, 50, tzinfo=zone),  # column A's row
    )
    assert "grid: days Wednesday, Thursday, Friday; times in column A" in program.reading

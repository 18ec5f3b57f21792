"""Trial 26's sheets (unseen), read as their sources say (tests/data/spreadsheets/PROVENANCE.md).

- The Andean ROAD workshop 2015's CSV, `Hora, Martes, Miercoles, Jueves, Viernes` over `9-10, Jose (Peru), …`:
  a grid of weekdays under a Spanish time header, refused before as a table without a header (28 items).
- Arduino Day Santa Cruz 2020's workbook: `viernes` / `sabado` rows over two tracks side by side, each with
  its own `hora` (`hora | taller | expositor | hora | charla | expositor`); before, `sabado` was skipped as a
  section row (Saturday on Friday), each talk took the workshop's speaker, the workshops were lost (1 of 16).
- AAJA 2025's Guidebook CSV: a header one name short of its rows (the start's moments unnamed), the rooms
  under `schedule_tracks`; before, no room was read, `--date` was asked for, and `(Presented by AAJA
  Executive Leadership Program)` gave a person `AAJA Executive Leadership Program)` (11 of 122).
- The Cour Mayonnaise at Aurillac 2023 (.ods): columns `Jours impairs⏎(mer 23 et ven 25)`, cells
  `Title⏎40 min - cour du bas ↓`; before, each cell was read once on --date in a room named for the days,
  its length line a person, `00h00` that morning (0 of 52).

Expectations are worked out from the files with csv and calamine, not from the program's output.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from python_calamine import CalamineWorkbook

from program.errors import UsageError
from program.model import Item
from program.readers import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.readers.workbook import WorkbookReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "spreadsheets"
Expected = list[tuple[str, datetime, datetime | None, tuple[str, ...], str | None]]


def _fields(items: tuple[Item, ...]) -> Expected:
    return sorted(
        ((item.title, item.start, item.end, item.people, item.location) for item in items if item.start),
        key=lambda entry: (entry[1], entry[0]),
    )


def _ended(starts: Sequence[tuple[str, datetime, tuple[str, ...], str | None]]) -> Expected:
    """Each start ended at its day's next later start, in any room (the day's last: no end)."""
    ended: Expected = []
    for title, start, people, room in starts:
        later = [other for _, other, _, _ in starts if other.date() == start.date() and other > start]
        ended.append((title, start, min(later) if later else None, people, room))
    return sorted(ended, key=lambda entry: (entry[1], entry[0]))


def _hour(text: str) -> time:
    hours, _, minutes = text.partition(":")
    return time(int(hours), int(minutes or 0))


def test_andes2015_weekday_columns_under_hora_are_a_grid() -> None:
    text = (DATA / "andes2015-timetable.csv").read_text(encoding="utf-8")
    bogota, first = ZoneInfo("America/Bogota"), date(2015, 7, 28)  # Martes
    rows = [[value.strip() for value in row] for row in csv.reader(io.StringIO(text)) if row]
    weekdays = ["martes", "miercoles", "jueves", "viernes"]
    assert [name.casefold() for name in rows[0][1:]] == weekdays
    expected: Expected = []
    for row in rows[1:]:
        start, end = (_hour(part) for part in row[0].split("-"))
        for offset, cell in enumerate(row[1:]):
            day = first + timedelta(days=offset)
            expected.append((cell, datetime.combine(day, start, bogota), datetime.combine(day, end, bogota), (), None))
    assert len(expected) == 28
    reader = SpreadsheetCsvReader()
    assert reader.detect(text)  # refused before as a table without a header row
    program = reader.read(
        text, source="andes2015-timetable.csv", context=ReadContext(timezone=bogota, first_date=first)
    )
    assert _fields(program.items) == sorted(expected, key=lambda entry: (entry[1], entry[0]))
    assert "grid: days Martes, Miercoles, Jueves, Viernes; times in column A" in program.reading
    with pytest.raises(UsageError, match="--date YYYY-MM-DD"):
        reader.read(text, source="andes2015-timetable.csv", context=ReadContext(timezone=bogota))


def _arduino_expected(first: date, zone: ZoneInfo) -> Expected:
    """Each track's timed rows: `viernes` --date, `sabado` the day after; the third header has no second `hora`."""
    sheet = CalamineWorkbook.from_path(str(DATA / "arduinoday2020-cronograma.xlsx")).get_sheet_by_name("Hoja1")
    day, tracks = first, [0, 3]
    starts: list[tuple[str, datetime, tuple[str, ...], str | None]] = []
    for written in sheet.to_python():
        row = [" ".join(value.split()) if isinstance(value, str) else value for value in written]
        if row[0] in ("viernes", "sabado"):
            day = first + timedelta(days=("viernes", "sabado").index(row[0]))
        elif row[0] == "hora":
            tracks = [column for column in (0, 3) if row[column] == "hora"]
        else:
            for column in tracks:
                when, title, person = row[column : column + 3]
                if isinstance(when, time) and (title or person):
                    # `arduino basico` under `expositor` beside no title is no person: the title
                    people = (str(person),) if title and person else ()
                    starts.append((str(title or person), datetime.combine(day, when, zone), people, None))
    return _ended(starts)


def test_arduinoday2020_weekday_rows_and_tracks_side_by_side() -> None:
    la_paz, first = ZoneInfo("America/La_Paz"), date(2020, 3, 20)  # viernes
    expected = _arduino_expected(first, la_paz)
    assert len(expected) == 16
    program = WorkbookReader().read_bytes(
        (DATA / "arduinoday2020-cronograma.xlsx").read_bytes(),
        source="arduinoday2020-cronograma.xlsx",
        context=ReadContext(timezone=la_paz, first_date=first),
    )
    assert _fields(program.items) == expected
    assert not [problem for problem in program.problems if problem.code == "unreadable-row"]  # the third header
    assert {item.track for item in program.items} == {"taller", "charla"}
    reading = "\n".join(program.reading)
    assert "tracks side by side, each with its own time column: taller (hora | taller | expositor), charla" in reading
    assert "Hoja1!A7 ('sabado': the day of the rows below)" in reading
    for cell, level in (("E19", "basico"), ("E20", "intermedio"), ("E21", "avanzado")):
        assert f"not read: arduinoday2020-cronograma.xlsx: Hoja1!{cell} {level!r}" in reading


def test_aaja2025_header_a_name_short_and_sponsors_in_titles() -> None:
    text = (DATA / "aaja2025-schedule.csv").read_text(encoding="utf-8")
    seattle = ZoneInfo("America/Los_Angeles")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows[0]) == 6 and {len(row) for row in rows[1:]} == {7}
    # the unnamed fifth value is the start (UTC); the room is the value under `schedule_tracks`
    starts = [(row[1], datetime.fromisoformat(row[4]).astimezone(seattle), (), row[5] or None) for row in rows[1:]]
    expected = _ended(starts)
    assert len(expected) == 122 and sum(room is not None for *_, room in expected) == 110
    program = SpreadsheetCsvReader().read(
        text, source="aaja2025-schedule.csv", context=ReadContext(timezone=seattle, first_date=date(2025, 7, 30))
    )
    assert _fields(program.items) == expected
    salon = next(item for item in program.items if item.title.startswith("ABC leadership salon"))
    assert salon.people == ()  # a sponsor in brackets: no person, and no "… Program)"
    assert "schedule_tracks → track" in next(line for line in program.reading if line.startswith("columns:"))
    said = "the header names 6 columns over rows of 7: column E holds date-times"
    assert any(line.startswith(said) and "read as the start" in line for line in program.reading)
    # the moments are whole: no --date is needed for `Wed 7/30` (it was asked for before)
    undated = SpreadsheetCsvReader().read(text, source="aaja2025-schedule.csv", context=ReadContext(timezone=seattle))
    assert _fields(undated.items) == expected


def _mayonnaise_expected(first: date, zone: ZoneInfo) -> Expected:
    """Each show (a title over `NN min - cour du …`) on both days of its column; `00h00` is the night after."""
    sheet = CalamineWorkbook.from_path(str(DATA / "mayonnaise2023-programme.ods")).get_sheet_by_name("Sheet1")
    rows = sheet.to_python()
    assert rows[0][1:] == ["Jours impairs\n(mer 23 et ven 25)", "Jours pairs\n(jeu 24 et sam 26)"]
    columns = {1: (first, first + timedelta(days=2)), 2: (first + timedelta(days=1), first + timedelta(days=3))}
    expected: Expected = []
    for row in rows[1:]:
        hours, minutes = (int(part) for part in str(row[0]).strip().split("h"))
        for column, days in columns.items():
            shows: list[tuple[str, str | None, int, str]] = []
            lines: list[str] = []
            for line in (line.strip() for line in str(row[column]).split("\n") if line.strip()):
                if (length := re.match(r"^(\d+) min - (cour du (?:bas|haut))", line)) is not None:
                    shows.append((lines[0], "\n".join(lines[1:]) or None, int(length[1]), length[2]))
                    lines = []
                else:
                    lines.append(line)
            for day in days:
                night = day + timedelta(days=1) if hours < 6 else day
                for title, _, length_minutes, room in shows:
                    start = datetime.combine(night, time(hours, minutes), zone)
                    expected.append((title, start, start + timedelta(minutes=length_minutes), (), room))
    return sorted(expected, key=lambda entry: (entry[1], entry[0]))


def test_mayonnaise2023_columns_of_two_days_and_shows_with_their_length_and_place() -> None:
    paris, first = ZoneInfo("Europe/Paris"), date(2023, 8, 23)  # mer 23
    expected = _mayonnaise_expected(first, paris)
    assert len(expected) == 52
    program = WorkbookReader().read_bytes(
        (DATA / "mayonnaise2023-programme.ods").read_bytes(),
        source="mayonnaise2023-programme.ods",
        context=ReadContext(timezone=paris, first_date=first),
    )
    assert _fields(program.items) == expected
    boheme = next(item for item in program.items if item.title == "Bohème 3000")
    assert boheme.abstract == "en continu dès 11h00"  # a note between the title and its length: no person
    reading = "\n".join(program.reading)
    assert "'Jours impairs, (mer 23 et ven 25)' → mer 23, ven 25; 'Jours pairs, (jeu 24 et sam 26)' → jeu 24" in reading
    assert "grid: days mer 23, ven 25, jeu 24, sam 26; times in column A" in reading
    with pytest.raises(UsageError, match="--date"):
        WorkbookReader().read_bytes(
            (DATA / "mayonnaise2023-programme.ods").read_bytes(),
            source="mayonnaise2023-programme.ods",
            context=ReadContext(timezone=paris),
        )

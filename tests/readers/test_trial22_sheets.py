"""Trial 22's sheets (unseen): CEC 2024's Spanish workbook, HCD 2025's Japanese CSV.

Expectations from the files with calamine and csv (tests/data/spreadsheets/PROVENANCE.md). CEC
2024: `Hora Inicio`/`Hora Final` on day `Día` from 10 September 2024 (Guatemala City), people
the named persons of `Autor` without `Dra.`/`M. A.` (roles and groups are nobody). HCD 2025:
`timetable1`/`timetable2` on 14 December 2025 (Tokyo), `track` the room, both speaker columns.
"""

from __future__ import annotations

import csv
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from python_calamine import CalamineWorkbook

from program.errors import UsageError
from program.readers import ReadContext, detect_readers
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.readers.workbook import WorkbookReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "spreadsheets"
GUATEMALA = ZoneInfo("America/Guatemala")
TOKYO = ZoneInfo("Asia/Tokyo")
CEC_PEOPLE = {
    "Acto Inaugural": ("Roberto Moreno Godoy", "Luis Zea", "Gabriela Montenegro"),
    "Sostenibilidad en las Políticas Espaciales de Países Emergentes": (),  # "Invitados"
    "Acto de Clausura": (),  # "Miembro del Comité Organizador CEC, Universales, Reorbit, IIAS"
}


def test_cec2024_end_column_and_people() -> None:
    header, *rows = CalamineWorkbook.from_path(DATA / "cec2024-programa.xlsx").get_sheet_by_index(0).to_python()
    column = {name: index for index, name in enumerate(header)}
    expected: list[tuple[str, datetime, datetime, str | None]] = []
    for row in rows:
        title, room, day_number = (str(row[column[name]]).strip() for name in ("Título", "Salón", "Día"))
        if not title:
            continue  # "C2 | 2 | Miercoles": a day's row
        day = date(2024, 9, 10) + timedelta(days=int(float(day_number)) - 1)
        start, end = row[column["Hora Inicio"]], row[column["Hora Final"]]
        assert isinstance(start, time) and isinstance(end, time)
        zoned = (datetime.combine(day, start, GUATEMALA), datetime.combine(day, end, GUATEMALA))
        expected.append((title, *zoned, room or None))
    assert len(expected) == 53
    context = ReadContext(first_date=date(2024, 9, 10), timezone=GUATEMALA)
    program = WorkbookReader().read_bytes((DATA / "cec2024-programa.xlsx").read_bytes(), source="cec", context=context)
    assert sorted((item.title, item.start, item.end, item.location) for item in program.items) == sorted(expected)
    people = {item.title: item.people for item in program.items}
    assert {title: people[title] for title in CEC_PEOPLE} == CEC_PEOPLE
    named = {name for names in people.values() for name in names}  # "Sandra Cauffmann (NASA)": the agency dropped
    assert named == {*CEC_PEOPLE["Acto Inaugural"], "Sandra Cauffmann", "Kyouchi Arakane", "Akabxpal Yata'z"} | {
        "Jason Reimuller",
        "Guatemala - INGUAT",  # organisations no rule tells from names: still read as people
        "AGICE y BeyondSight",
    }
    yuri = next(item for item in program.items if item.title == "Yuri's Night")
    assert yuri.end == datetime(2024, 9, 10, 23, 59, tzinfo=GUATEMALA)  # "Hora Final" 23:59, no longer open


def test_hcd2025_numbered_time_columns_and_track_rooms() -> None:
    text = (DATA / "hcd2025-schedule-master.csv").read_text(encoding="utf-8")
    day = date(2025, 12, 14)
    expected = sorted(
        (
            " ".join(record["session_title"].split()),
            datetime.combine(day, time.fromisoformat(record["timetable1"].zfill(5)), TOKYO),
            datetime.combine(day, time.fromisoformat(record["timetable2"].zfill(5)), TOKYO),
            tuple(name for key in ("speaker_name_keys1", "speaker_name_keys2") if (name := record[key].strip())),
            record["track"] or None,
        )
        for record in csv.DictReader(text.splitlines())
    )
    assert len(expected) == 16
    assert [reader.name for reader in detect_readers(text)] == ["csv"]
    with pytest.raises(UsageError, match="--date YYYY-MM-DD"):  # clock times: the day and zone are asked for
        SpreadsheetCsvReader().read(text, source="hcd.csv", context=ReadContext())
    program = SpreadsheetCsvReader().read(text, source="hcd.csv", context=ReadContext(first_date=day, timezone=TOKYO))
    got = sorted((item.title, item.start, item.end, item.people, item.location) for item in program.items)
    assert got == expected
    break3 = next(item for item in program.items if item.title == "休憩③")
    assert break3.start == datetime(2025, 12, 14, 17, 20, tzinfo=TOKYO)  # timetable1, not time_block's 16:20

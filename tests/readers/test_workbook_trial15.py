"""A workbook a new user brought unseen (session 12, trial 15): IBS Tanzania 2025's `assets/program.xlsx`.

Its sheet `Timetable` heads the title column `Subject/topic` (two names of one field, joined by a
slash), which made the header search raise ValueError: the whole build ended in a traceback.
Rows of a lecture still to be named give only `Type of activity` ("Lecture") and a time, and the
practicals name "Facilitators" as their people. Expectations are read from the sheet with
python-calamine, beside the reader, by the rules written here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from python_calamine import CalamineWorkbook

from program.model import Program
from program.readers import ReadContext
from program.readers.workbook import WorkbookReader

from helpers import ROOT

SOURCE = ROOT / "tests" / "data" / "spreadsheets" / "ibstz2025-program.xlsx"
DAR = ZoneInfo("Africa/Dar_es_Salaam")
_RANGE = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")


def _read() -> Program:
    return WorkbookReader().read_bytes(SOURCE.read_bytes(), source=str(SOURCE), context=ReadContext(timezone=DAR))


def _expected() -> list[tuple[str, datetime | None, tuple[str, ...]]]:
    """(title, start, people) of each row with a subject or a type, the date filled down from each day's first row."""
    rows = CalamineWorkbook.from_path(str(SOURCE)).get_sheet_by_name("Timetable").to_python()
    expected: list[tuple[str, datetime | None, tuple[str, ...]]] = []
    day: date | None = None
    for _, _, when, subject, facilitators, kind, clock, *_ in rows[1:]:
        day = when if isinstance(when, date) else day
        title = str(subject).strip() or str(kind).strip()
        if not title or not str(kind).strip():  # the notes under the table name no type
            continue
        found = _RANGE.match(str(clock))
        at = clock if isinstance(clock, time) else time(int(found[1]), int(found[2])) if found else None
        start = datetime.combine(day, at, DAR) if at and day else None
        people = () if facilitators in ("All", "Facilitators", "") else tuple(re.split(r"\s*&\s*", str(facilitators)))
        expected.append((title, start, tuple(name for name in people if name != "?")))
    return expected


def test_a_title_column_named_by_two_words_with_a_slash_is_read_not_a_traceback() -> None:
    program = _read()

    assert sorted(((i.title, i.start, i.people) for i in program.items), key=repr) == sorted(_expected(), key=repr)
    assert len(program.items) == 42
    columns = next(line for line in program.reading if "columns:" in line)
    assert "Subject/topic → title" in columns and "Type of activity → kind" in columns


def test_a_placeholder_lecture_is_titled_by_its_type_and_facilitators_are_nobody() -> None:
    program = _read()

    lectures = [item for item in program.items if item.title == "Lecture"]
    assert len(lectures) == 6  # Thursday and Friday: three each, with a type and a time and no subject
    assert lectures[0].start == datetime(2025, 11, 13, 8, 30, tzinfo=DAR)
    practicals = [item for item in program.items if item.title.startswith("Practical")]
    assert practicals and all(item.people == () for item in practicals)


SERIES = ROOT / "tests" / "data" / "spreadsheets" / "sesionesmetodo2021-programa.xlsx"


def test_empty_sheets_beside_a_series_join_nothing_and_an_undated_talk_takes_no_date_from_above() -> None:
    # SesionesMetodo 2021 (trial 16): `id, Titulo, Ponente, Fecha`, a talk a date, then seven topics without one,
    # and two empty sheets (the join search raised IndexError on them)
    rows = CalamineWorkbook.from_path(str(SERIES)).get_sheet_by_name("Hoja1").to_python()[1:]
    program = WorkbookReader().read_bytes(SERIES.read_bytes(), source=str(SERIES), context=ReadContext())

    assert [(item.title, item.day) for item in program.items] == [
        (str(title), when if isinstance(when, date) else None) for _, title, _, when, *_ in rows
    ]
    assert all(item.start is None for item in program.items)
    assert sum(item.day is not None for item in program.items) == 8

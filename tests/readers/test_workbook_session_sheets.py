"""A workbook whose poster sheets are named by the Session ID of its sessions sheet: posters shown at their sessions."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from python_calamine import CalamineWorkbook

from program.checks.checks import check_items
from program.errors import UsageError
from program.model import Kind
from program.readers.base import ReadContext
from program.readers.workbook import WorkbookReader
from spreadsheet_files import DATA

NAME = "gwadw2026-program.xlsx"
ROME = ZoneInfo("Europe/Rome")  # GWADW 2026 is at La Biodola, Elba (the workbook's "Conference" sheet)


def _source() -> tuple[dict[str, tuple[str, datetime, datetime]], dict[str, list[tuple[str, str]]]]:
    """The sessions (id → name, start, end) and each session's posters (title, "First Last"), read with calamine."""
    workbook = CalamineWorkbook.from_path(str(DATA / NAME))
    sessions = {
        str(int(float(str(row[0])))): (
            str(row[1]),
            datetime.fromisoformat(str(row[2])).replace(tzinfo=ROME),
            datetime.fromisoformat(str(row[3])).replace(tzinfo=ROME),
        )
        for row in workbook.get_sheet_by_name("Program").to_python()[1:]
    }
    posters = {
        session: [
            (" ".join(str(row[2]).split()), f"{row[3]} {row[4]}")
            for row in workbook.get_sheet_by_name(session).to_python()[1:]
        ]
        for session in sessions
    }
    return sessions, posters


def test_sessions_are_timed_and_each_poster_is_shown_at_the_session_its_sheet_is_named_by() -> None:
    """GWADW 2026 (trial 13, #6): the 55 posters came out untimed and the 9 sessions were left out."""
    sessions, posters = _source()
    context = ReadContext(timezone=ROME)

    program = WorkbookReader().read_bytes((DATA / NAME).read_bytes(), source=NAME, context=context)

    read_sessions = [item for item in program.items if item.kind is Kind.POSTER_SESSION]
    assert [(item.title, item.start, item.end) for item in read_sessions] == list(sessions.values())
    assert len(sessions) == 9 and sum(map(len, posters.values())) == 55
    by_id = {item.id: item for item in read_sessions}
    shown = {
        (by_id[item.sessions[0]].title, item.title, tuple(re.sub(r" \[.*\]$", "", name) for name in item.people))
        for item in program.items
        if item.kind is Kind.POSTER and item.start is None and len(item.sessions) == 1
    }
    expected = {(sessions[session][0], title, (name,)) for session, rows in posters.items() for title, name in rows}
    assert shown == expected
    assert len(program.items) == 64
    assert not [problem for problem in program.problems if problem.code == "skipped-sheet"]
    assert "sheet '48411': shown at 'Poster Session: Optical Design' (its 'Session ID' on sheet 'Program')" in (
        program.reading
    )


def test_the_sessions_times_need_a_zone() -> None:
    with pytest.raises(UsageError, match="--timezone"):
        WorkbookReader().read_bytes((DATA / NAME).read_bytes(), source=NAME, context=ReadContext())


def test_the_sources_year_typo_is_warned_as_a_year_long_session() -> None:
    """Sessions 48411–48414 run "2025-05-15 18:00:00" to "2026-05-20 13:00:00" in the source: a year typed wrong."""
    context = ReadContext(timezone=ROME)
    program = WorkbookReader().read_bytes((DATA / NAME).read_bytes(), source=NAME, context=context)

    long = [problem for problem in check_items(program.items) if problem.code == "long-item"]
    year_off = [problem.message for problem in long if "check the years" in problem.message]
    assert len(year_off) == 4
    assert year_off[0] == (
        "'Poster Session: Optical Design' lasts 8875 hours (370 days), from 2025-05-15 to 2026-05-20: "
        "check the years of its start and end (2025, 2026)"
    )


def test_every_posters_presenter_keeps_their_affiliation_as_written() -> None:
    """Session 13: Michael HARTMAN's "Institut Fresnel; Université de Aix-Marseille" was dropped (its ";")."""
    workbook = CalamineWorkbook.from_path(str(DATA / NAME))
    written = {
        " ".join(str(row[2]).split()): f"{row[3]} {row[4]} [{' '.join(str(row[5]).split())}]"
        for sheet in workbook.sheet_names
        if sheet.isdigit()
        for row in workbook.get_sheet_by_name(sheet).to_python()[1:]
    }
    context = ReadContext(timezone=ROME)

    program = WorkbookReader().read_bytes((DATA / NAME).read_bytes(), source=NAME, context=context)

    read = {item.title: item.people for item in program.items if item.kind is Kind.POSTER}
    assert read == {title: (person,) for title, person in written.items()}
    assert read["GraviTerm - A New Concept in Direct Mirror Thermal-noise Measurement"] == (
        "Michael HARTMAN [Institut Fresnel; Université de Aix-Marseille]",
    )

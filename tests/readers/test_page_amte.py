"""A schedule page a tester tried unseen (trial 4): AMTE 2024's program (tests/data/pages/amte2024-program.md).

Its talks are bullets "* 09:40 - 10:00, Title, Speaker" (lines 13, 19–22), its lunch the slip
"* 12:30 - 11:30, Lunch Break" (line 25), its zone "Central European Summer Time ([UTC+1](…))"
(line 27; CEST is UTC+2). Expectations written by hand from the page (PROVENANCE.md).
"""

from __future__ import annotations

from datetime import date

import pytest

from program.model import Program
from program.readers import ReadContext
from program.readers.lines.entry import read_slot_text
from program.readers.schedule_page import SchedulePageReader

from helpers import ROOT

AMTE = ROOT / "tests" / "data" / "pages" / "amte2024-program.md"


def _read() -> Program:
    context = ReadContext(first_date=date(2024, 8, 26), timezone=None)  # the zone from the page, as the tester ran it
    return SchedulePageReader().read(AMTE.read_text(encoding="utf-8"), source=AMTE.name, context=context)


@pytest.mark.parametrize(
    ("line", "title", "person"),
    [
        (13, "Lessons Learned and Scalability Achieved when Porting Uintah to DOE Exascale Systems", "John Holmen"),
        (20, "GVEL: Fast Graph Loading in Edgelist and Compressed Sparse Row (CSR) formats", "Subhajit Shau"),
        (
            21,
            "Investigating the Performance Difference of Task Communication via Futures or Side Effects",
            "Lukas Reitz",
        ),
        (
            22,
            "Evaluating AI-generated code for C++, Fortran, Go, Java, Julia, Matlab, Python, R, and Rust",
            "Patrick Diehl",
        ),
    ],
)
def test_the_name_after_a_talks_last_comma_is_its_speaker(line: int, title: str, person: str) -> None:
    item = next(item for item in _read().items if item.source.line == line)

    assert (item.title, item.people) == (title, (person,))


@pytest.mark.parametrize(
    "text",
    [
        "Tools, Tricks, and Trades",
        "Welcome, Introductions, and Getting Started",
        "Coffee, Tea and Cake",
        "Ada Lovelace, Charles Babbage",
    ],
)
def test_a_title_with_commas_and_no_name_after_them_keeps_them(text: str) -> None:
    slot = read_slot_text(text)

    assert (slot.title, slot.people) == (text, ())


def test_the_lunchs_slipped_end_is_dropped_with_a_warning_naming_it() -> None:
    program = _read()

    lunch = next(item for item in program.items if item.source.line == 25)
    slips = [
        (problem.source.line, problem.message)
        for problem in program.problems
        if problem.code == "end-before-start" and problem.source
    ]
    assert (lunch.title, lunch.start and lunch.start.strftime("%H:%M"), lunch.end) == ("Lunch Break", "12:30", None)
    assert slips == [
        (
            25,
            "'12:30 - 11:30' ends before it starts, on a page whose times are on a 24-hour clock: "
            "read as starting at 12:30, with no end",
        )
    ]


def test_the_zone_named_two_ways_is_the_named_ones_with_a_warning_naming_both() -> None:
    program = _read()

    starts = [item.start.isoformat() for item in program.items if item.start and item.source.line in (11, 25)]
    clashes = [
        (problem.source.line, problem.message)
        for problem in program.problems
        if problem.code == "zone-offset-mismatch" and problem.source
    ]
    assert starts == ["2024-08-26T09:00:00+02:00", "2024-08-26T12:30:00+02:00"]
    assert clashes == [
        (
            27,
            "the page names its zone two ways that disagree on 2024-08-26: 'Central European Summer Time' is "
            "UTC+02:00 (Europe/Paris), 'UTC+1' is UTC+01:00; the times are read in Europe/Paris "
            "(give --timezone to choose)",
        )
    ]

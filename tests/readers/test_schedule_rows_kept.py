"""Trial 3's schedule pages, read as a person reads them.

A Date column, a zone said after a day heading, talks inside a table cell, a p.m. typo put right
by the running order, and a timed row outside the schedule listed, never dropped.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from program.model import Kind, Severity
from program.readers.base import Line, ReadContext
from program.readers.lines.schedule import LinesRead, read_schedule_lines
from program.readers.schedule_page import SchedulePageReader

PAGES = Path(__file__).parent.parent / "data" / "pages"


def _read(name: str, context: ReadContext) -> tuple[list[tuple[int | None, str, str]], list[str], list[str]]:
    program = SchedulePageReader().read((PAGES / name).read_text(encoding="utf-8"), source=name, context=context)
    warnings = [
        f"{problem.source.line if problem.source else None}: {problem.message}"
        for problem in program.problems
        if problem.severity is Severity.WARNING
    ]
    slots = [(item.source.line, item.start.isoformat() if item.start else "", item.title) for item in program.items]
    return slots, warnings, list(program.reading)


def test_a_pm_start_before_its_own_pm_end_is_the_morning_by_the_running_order() -> None:
    # AI4DiffEq 2024: "| 11:45 PM - 12:15 PM | Invited Talk  5 |" after "11:15 AM - 11:45 AM".
    slots, warnings, _ = _read("ai4diffeq-schedule.md", ReadContext(first_date=date(2024, 5, 11)))

    assert (20, "2024-05-11T11:45:00+02:00", "Invited Talk 5") in slots
    assert "20: read '11:45 PM' as 11:45: morning, by the running order" in warnings
    assert "22: read '12:45 AM' as 12:45: noon, by the running order" in warnings


def test_a_late_evening_range_past_midnight_is_kept_as_written() -> None:
    lines = [Line(1, "8:00 PM - 9:00 PM Dinner"), Line(2, "11:00 PM - 1:00 AM Party")]

    read = _in_utc(lines, date(2024, 5, 11))

    party = read.items[1]
    assert (party.start, party.end) == (
        datetime(2024, 5, 11, 23, tzinfo=ZoneInfo("UTC")),
        datetime(2024, 5, 12, 1, tzinfo=ZoneInfo("UTC")),
    )
    assert not read.problems


def test_a_speaker_column_holding_a_paper_title_is_the_title_and_organizers_are_no_person() -> None:
    program = SchedulePageReader().read(
        (PAGES / "ai4diffeq-schedule.md").read_text(encoding="utf-8"),
        source="a.md",
        context=ReadContext(first_date=date(2024, 5, 11)),
    )

    by_line = {item.source.line: item for item in program.items}
    contributed = by_line[15]
    assert (contributed.title, contributed.people, contributed.label, contributed.kind) == (
        "Generative PDE Control",
        (),
        "Contributed Talk 1",
        Kind.ORAL,
    )
    assert [(by_line[line].title, by_line[line].people) for line in (11, 31)] == [
        ("Introduction and Opening Remarks", ()),
        ("Networking", ()),
    ]


def test_a_date_column_gives_each_days_rows_their_date_and_a_tbc_time_is_read_with_a_warning() -> None:
    # iEvoBio 2017: "| 2017-06-24 | 18:30-20:30 (TBC) | Software Bazaar |", the date on each day's first row.
    slots, warnings, reading = _read("ievobio2017-schedule.md", ReadContext(timezone=ZoneInfo("America/Los_Angeles")))

    assert slots[0] == (8, "2017-06-23T09:00:00-07:00", "Keynote by Tracy Teal")
    assert slots[-1] == (17, "2017-06-24T18:30:00-07:00", "Software Bazaar")
    assert len(slots) == 10
    assert warnings == ["17: '18:30-20:30 (TBC)': a time to be confirmed, read as 18:30-20:30"]
    assert not [line for line in reading if "not placed:" in line]


def test_a_day_heading_that_also_names_the_zone_gives_the_date() -> None:
    # AD&D 2025: "## Friday July 4th, 2025 Times in GMT+2", no --date.
    slots, _, reading = _read("billypragsec2025-program.md", ReadContext())

    assert slots[0] == (11, "2025-07-04T09:00:00+02:00", "Welcome")
    assert "zone: Etc/GMT-2 (from the page, line 8)" in reading


def test_talks_inside_a_session_cell_are_its_papers_and_abstracts_and_bios_name_no_one() -> None:
    text = (PAGES / "billypragsec2025-program.md").read_text(encoding="utf-8")

    program = SchedulePageReader().read(text, source="b.md", context=ReadContext())

    papers = [item for item in program.items if item.sessions]
    assert len(papers) == 8  # trial 3 counted 7; the source's cells hold 2 + 1 + 2 + 1 + 2
    session = next(item for item in program.items if item.title == "Decision Making and Biases II")
    assert [(paper.title, paper.people[:2]) for paper in papers if paper.sessions == (session.id,)] == [
        (
            "Cognitive Biases in Cyber Attacker Decision-Making: Translating Behavioral Insights into Cybersecurity",
            ("A. Aggarwal", "M. Ferreira"),
        ),
        (
            "Position Paper: The Extended Pyramid of Pain: The Attacker's Nightmare Edition",
            ("R. Gopalakrishna", "R. Bhaskaran"),
        ),
    ]
    assert papers[0].abstract is not None and papers[0].abstract.startswith("System operators responsible")
    people = {name for item in program.items for name in item.people}
    assert not people & {"Mihalis", "Frequency", "Recall", "Endowment", "Gain", "Loss Framing"}
    keynote = next(item for item in program.items if item.kind is Kind.KEYNOTE)
    assert keynote.people == ("Michail Maniatakos",)


def test_a_timed_row_outside_the_schedule_is_listed_as_not_placed() -> None:
    lines = [
        Line(1, "09:00 - 10:00 Opening"),
        Line(2, "10:00 - 11:00 Talks"),
        Line(4, "Afterwards, the lab tour runs 17:00-18:00 for those who registered."),
    ]

    read = _in_utc(lines, date(2024, 5, 11))

    said = read.reading("p")
    assert said[1] == "0 lines inside the schedule not placed, 0 outside it, and 1 with a time range outside it"
    assert said[-1] == "p:4: note: not placed: 'Afterwards, the lab tour runs 17:00-18:00 for those who registered.'"


def _lines(text: str) -> list[Line]:
    return [Line(number, raw) for number, raw in enumerate(text.split("\n"), start=1)]


def _in_utc(lines: list[Line], first: date) -> LinesRead:
    return read_schedule_lines(lines, ReadContext(first_date=first, timezone=ZoneInfo("UTC")), source="p")


def test_a_lone_pm_start_between_morning_and_afternoon_is_the_morning() -> None:
    # A course page (Pacific time): "|**11:30 pm** | Technology talk by Lexogen |" between 8:50 am and 5:00 pm.
    text = "|**8:50 am** | Zoom session starts |\n|**11:30 pm** | Technology talk by Lexogen |\n|**5:00 pm** | Ends |"

    read = _in_utc(_lines(text), date(2025, 6, 3))

    talk = read.items[1]
    assert (talk.start, talk.end) == (
        datetime(2025, 6, 3, 11, 30, tzinfo=ZoneInfo("UTC")),
        datetime(2025, 6, 3, 17, tzinfo=ZoneInfo("UTC")),
    )
    assert [problem.message for problem in read.problems] == ["read '11:30 pm' as 11:30: morning, by the running order"]


def test_a_day_row_inside_a_table_keeps_its_header_and_dates_the_rows_below() -> None:
    # CCDL 2020 July workshop (AlexsLemonade/2020-july-training workshop/SCHEDULE.md): day rows in the table.
    text = "\n".join(
        [
            "| Time        | Topic                                          | Location |",
            "|-------------|------------------------------------------------|----------|",
            "| **Day 1**   | **2020-07-27** <br> Introduction to Single-Cell RNA-Seq |  |",
            "| 12:00 PM    | Welcome, Introductions, and Getting Started | Zoom: Main Session |",
            "| **Day 2**   | **2020-07-28** <br> Introduction to Single-Cell RNA-Seq |",
            "| 1:00 PM     | Break | |",
        ]
    )

    read = read_schedule_lines(_lines(text), ReadContext(timezone=ZoneInfo("America/New_York")), source="p")

    assert [
        (item.start.date().isoformat() if item.start else None, item.title, item.location) for item in read.items
    ] == [
        ("2020-07-27", "Welcome, Introductions, and Getting Started", "Zoom: Main Session"),
        ("2020-07-28", "Break", None),
    ]


def test_presenters_joined_with_plus_are_each_a_person() -> None:
    # VS Live 2019 workshop schedule: "| 9:40 | Workshop 1 | Brandon + Laurent |", "| 13:00 | Lunch break | All |".
    text = "| **Time** | **Title** | **Presenter** |\n| --- | --- | --- |\n| 9:40 | Workshop 1 | Brandon + Laurent |"
    text += "\n| 13:00 | Lunch break | All |\n| 9:10 | Lecture 1: Intro to Xamarin + Forms | Brandon |"

    read = _in_utc(_lines(text), date(2019, 3, 4))

    assert [(item.title, item.people) for item in read.items] == [
        ("Workshop 1", ("Brandon", "Laurent")),
        ("Lunch break", ()),
        ("Lecture 1: Intro to Xamarin + Forms", ("Brandon",)),
    ]

"""The session-11 audit of issue 28 (pages and paper lists), its findings mended: the auditor's inputs.

After a search of the code corpus found no public page with each shape, each test reads the few
lines of the auditor's input (/tmp/audit/in, named per test) and checks what the source says.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError
from program.model import Role
from program.readers import READERS, ReadContext, detect_readers

BERLIN = ZoneInfo("Europe/Berlin")
CONTEXT = ReadContext(first_date=date(2026, 3, 2), timezone=BERLIN)


def test_talk_lines_under_a_session_split_at_the_dash_not_at_the_comma_between_names() -> None:
    # F5, in/pg25.md.
    text = (
        "Schedule\n\n09:00 - 10:30 Opening\n10:30 - 12:00 Paper session 1\n"
        "Engines of the future -- Ada Lovelace, Charles Babbage\n"
        "Looms and cards -- Joseph Jacquard and Grace Hopper\n12:00 - 13:00 Lunch\n"
    )
    program = detect_readers(text)[0].read(text, source="pg25.md", context=CONTEXT)
    talks = {item.title: item.people for item in program.items if item.start is None}

    assert talks == {
        "Engines of the future": ("Ada Lovelace", "Charles Babbage"),
        "Looms and cards": ("Joseph Jacquard", "Grace Hopper"),
    }
    assert not [line for line in program.reading if "not placed:" in line]


def test_a_list_item_of_saved_html_gives_the_names_after_its_dash_as_people() -> None:
    # P9, in/h1.html: the same line as text gives Kurt Gödel as the speaker.
    text = (
        "<!DOCTYPE html>\n<html><head><title>Workshop on Engines 2026</title></head>\n<body>\n"
        "<h1>Workshop on Engines</h1>\n<h2>Tuesday, March 3, 2026</h2>\n<ul>\n"
        '<li>09:00 - 10:00 <a href="https://example.org/logic">Logic and engines</a> - Kurt Gödel</li>\n'
        "<li>10:00 - 10:30 Coffee break</li>\n<li>10:30 - 11:30 Games – John von Neumann</li>\n</ul>\n</body></html>\n"
    )
    program = detect_readers(text)[0].read(text, source="h1.html", context=CONTEXT)

    assert [(item.title, item.people, item.start.strftime("%d %H:%M")) for item in program.items if item.start] == [
        ("Logic and engines", ("Kurt Gödel",), "03 09:00"),
        ("Coffee break", (), "03 10:00"),
        ("Games", ("John von Neumann",), "03 10:30"),
    ]


PL2 = (
    "# Accepted Papers\n\nAda Lovelace | Charles Babbage\n"
    "We study engines and their use in computing, with many results.\n\n"
    "Grace Hopper; Alan Turing\nWe study compilers and their use in computing, with many results.\n\n"
    "Kurt Gödel and John von Neumann\nWe study logic and its use in computing, with many results.\n"
)


def test_a_list_without_titles_is_an_error_naming_every_author_line_and_no_abstract_becomes_a_title() -> None:
    # P8, in/pl2.md: three author lines, each followed by its abstract; no titles.
    with pytest.raises(ParseError) as raised:
        READERS["paper-list"].read(PL2, source="pl2.md", context=ReadContext())

    assert str(raised.value) == (
        "pl2.md:3: error: the titles are missing: an author line ('Ada Lovelace | Charles Babbage') followed by "
        "an abstract, with no title line before it; copy the list with its titles (the same at lines 6, 9)"
    )


PL3 = (
    "# Accepted Papers\n\nEngines of the Future\nAda Lovelace | Charles Babbage\n"
    "In this paper we study engines of many kinds and show how they can be used to compute numbers, tables and "
    "much more, with results on several benchmarks and a long discussion.\n\n"
    "Looms and Cards\nGrace Hopper; Alan Turing\n"
    "In this paper we study looms of many kinds and show how punched cards can be used to weave patterns, with "
    "results on several benchmarks and a long discussion of the results.\n\n"
    "Compilers for Everyone\nKurt Gödel and John von Neumann\n"
)


def test_a_plain_list_with_long_abstracts_is_detected_and_a_title_that_reads_as_names_stays_a_title() -> None:
    # F9, in/pl3.md: "Looms and Cards" (two "names") after a long abstract is the next title, not its authors.
    readers = detect_readers(PL3)
    program = readers[0].read(PL3, source="pl3.md", context=ReadContext())

    assert [reader.name for reader in readers] == ["paper-list"]
    assert [(paper.title, paper.authors) for paper in program.papers] == [
        ("Engines of the Future", ("Ada Lovelace", "Charles Babbage")),
        ("Looms and Cards", ("Grace Hopper", "Alan Turing")),
        ("Compilers for Everyone", ("Kurt Gödel", "John von Neumann")),
    ]
    assert [paper.abstract is not None for paper in program.papers] == [True, True, False]
    assert not program.problems


def test_a_numbered_list_keeps_a_short_abstract_with_its_paper() -> None:
    # F9, in/pl1.md: "We study punched cards and their use in looms." under paper 2.
    text = (
        "# Accepted Papers\n\n1. Engines of the Future\nAda Lovelace | Charles Babbage | Joseph Jacquard\n\n"
        "2. Looms and Cards\nAda Lovelace*, Charles Babbage† and Grace Hopper¹\n"
        "We study punched cards and their use in looms.\n\n3. Compilers for Everyone\nGrace Hopper; Alan Turing\n"
    )
    program = detect_readers(text)[0].read(text, source="pl1.md", context=ReadContext())

    assert [(paper.title, paper.abstract) for paper in program.papers] == [
        ("Engines of the Future", None),
        ("Looms and Cards", "We study punched cards and their use in looms"),  # as every list's: no final stop
        ("Compilers for Everyone", None),
    ]
    assert not [line for line in program.reading if "not placed:" in line]


@pytest.mark.parametrize(
    ("heading", "columns", "second"),
    [
        ("", "| Start | End | Session | Speaker |", "| 09:30 | 10:30 | Engines | Ada Lovelace |"),  # in/pg6b.md
        ("### Day 1\n\n", "| Start | End | Location | Activity |", "| 09:30 | 10:30 | Hall B | Engines |"),  # pg6a
    ],
)
def test_a_pipe_table_of_two_rows_with_start_and_end_columns_is_a_schedule(
    heading: str, columns: str, second: str
) -> None:
    # F6: issue 28's own example; with three rows it was read, with two refused at detection.
    first = "| 09:00 | 09:30 | Opening | |" if "Session" in columns else "| 09:00 | 09:30 | Hall A | Opening |"
    text = f"{heading}{columns}\n|---|---|---|---|\n{first}\n{second}\n"
    readers = detect_readers(text)
    program = readers[0].read(text, source="pg6.md", context=CONTEXT)

    assert [reader.name for reader in readers] == ["schedule-page"]
    assert [(item.title, item.start.strftime("%H:%M"), item.end.strftime("%H:%M")) for item in program.items] == [  # type: ignore[union-attr]
        ("Opening", "09:00", "09:30"),
        ("Engines", "09:30", "10:30"),
    ]
    assert program.items[1].people == (("Ada Lovelace",) if "Speaker" in columns else ())
    assert program.items[1].location == (None if "Speaker" in columns else "Hall B")


def test_a_chair_line_under_a_slot_is_inside_the_schedule_and_chairs_a_session_that_names_no_one_else() -> None:
    # P7, in/pg23.md (and ICMT 2018's, TopoInVis 2024's real "Session chair:" lines: test_page_lines.py, bench).
    text = (
        "## Schedule\n\n09:00 - 09:30 Opening\n09:30 - 10:30 Engines -- Ada Lovelace\nChair: Grace Hopper\n"
        "10:30 - 11:00 Coffee\n11:00 - 12:00 Paper session 1\nChair: Alan Turing\n"
    )
    program = detect_readers(text)[0].read(text, source="pg23.md", context=CONTEXT)
    by_title = {item.title: item for item in program.items}

    # one role an item: a talk's speaker stays its people, its chair line its label
    assert (by_title["Engines"].people, by_title["Engines"].label) == (("Ada Lovelace",), "Chair: Grace Hopper")
    session = by_title["Paper session 1"]
    assert (session.people, session.role, session.label) == (("Alan Turing",), Role.CHAIR, None)
    assert "0 lines inside the schedule not placed, 1 outside it" in program.reading  # "## Schedule" alone


PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        (  # in/pg21.md: half its lines open "Type:", as a YAML file's keys do
            "Social: Surfing Sat 14 Jun 07:00 a.m.\nGrace Hopper\n\nWorkshop: Engines Sat 14 Jun 08:30 a.m.\n"
            "Ada Lovelace · Charles Babbage\n\nWorkshop: Looms Sat 14 Jun 09:30 a.m.\nJoseph Jacquard\n",
            [("Surfing", "07:00", ("Grace Hopper",)), ("Engines", "08:30", ("Ada Lovelace", "Charles Babbage"))],
        ),
        (  # in/pg18.md
            "Workshop: Engines Sat 14 June 2:00 - 18:00 PDT\nAda Lovelace · Charles Babbage\n\n"
            "Social: Surfing Sat 14 Jun 07:00 a.m.\nGrace Hopper\n",
            [("Engines", "02:00", ("Ada Lovelace", "Charles Babbage")), ("Surfing", "07:00", ("Grace Hopper",))],
        ),
    ],
)
def test_a_day_page_copied_from_its_first_event_is_detected(text: str, wanted: list[tuple[object, ...]]) -> None:
    # F8: "Social: …" lines are events with their type, not YAML keys.
    context = ReadContext(first_date=date(2025, 6, 14), timezone=ZoneInfo("America/Los_Angeles"))
    readers = detect_readers(text)
    program = readers[0].read(text, source="pg21.md", context=context)

    assert [reader.name for reader in readers] == ["schedule-page"]
    read = [(item.title, item.start.strftime("%H:%M"), item.people) for item in program.items if item.start]
    assert read[: len(wanted)] == wanted
    assert all(item.start.date() == date(2025, 6, 14) for item in program.items if item.start)


def test_one_event_copied_from_a_real_day_page_is_read_when_the_format_is_named() -> None:
    # F8 on ICML 2022's day page (tests/data/pages/icml-2022-day-7-23.md), copied from its workshop's line 11 on:
    # `Workshop: AI for Agent-Based Modelling (AI4ABM) Sat 23 Jul 08:30 a.m.` and its six people.
    text = "\n".join((PAGES / "icml-2022-day-7-23.md").read_text(encoding="utf-8").split("\n")[10:])
    context = ReadContext(first_date=date(2022, 7, 23), timezone=ZoneInfo("America/New_York"))
    program = READERS["schedule-page"].read(text, source="day.md", context=context)

    assert [(item.title, item.label, item.start.isoformat(), len(item.people)) for item in program.items] == [  # type: ignore[union-attr]
        ("AI for Agent-Based Modelling (AI4ABM)", "Workshop", "2022-07-23T08:30:00-04:00", 6)
    ]
    assert program.items[0].people[0] == "Christian Schroeder"


def test_tab_separated_tables_under_day_lines_are_a_page_and_each_day_its_own() -> None:
    # F7, in/pg15.txt: a date row above each table, the header repeated per day; no --date (the page gives it).
    day = "Time\tRoom A\tRoom B\n09:00-10:00\t{0}\t{1}\n10:00-10:30\tBreak\n10:30-11:30\t{2}\n"
    text = (
        "Schedule\n\nMonday, March 2, 2026\n\n"
        + day.format("Engines", "Looms", "Compilers\tMachines")
        + "\nTuesday, March 3, 2026\n\n"
        + day.format("Logic", "Games", "Closing")
    )
    readers = detect_readers(text)
    program = readers[0].read(text, source="pg15.txt", context=ReadContext(timezone=BERLIN))

    assert [reader.name for reader in readers] == ["schedule-page"]
    assert [(item.title, item.start.strftime("%d %H:%M"), item.location) for item in program.items] == [  # type: ignore[union-attr]
        ("Engines", "02 09:00", "Room A"),
        ("Looms", "02 09:00", "Room B"),
        ("Break", "02 10:00", None),
        ("Compilers", "02 10:30", "Room A"),
        ("Machines", "02 10:30", "Room B"),
        ("Logic", "03 09:00", "Room A"),
        ("Games", "03 09:00", "Room B"),
        ("Break", "03 10:00", None),
        ("Closing", "03 10:30", None),
    ]


def test_a_tab_table_under_one_date_line_takes_its_date_from_it() -> None:
    # F7, in/pg9.txt: the csv reader left the date row out and asked for --date.
    text = (
        "Monday, March 2, 2026\nTime\tSession\tSpeaker\n09:00-10:00\tEngines\tAda Lovelace\n10:00-10:30\tBreak\t\n"
        "10:30-11:30\tCompilers\tGrace Hopper\n"
    )
    readers = detect_readers(text)
    program = readers[0].read(text, source="pg9.txt", context=ReadContext(timezone=BERLIN))

    assert [reader.name for reader in readers] == ["schedule-page"]
    assert [(item.title, item.start.isoformat(), item.people) for item in program.items] == [  # type: ignore[union-attr]
        ("Engines", "2026-03-02T09:00:00+01:00", ("Ada Lovelace",)),
        ("Break", "2026-03-02T10:00:00+01:00", ()),
        ("Compilers", "2026-03-02T10:30:00+01:00", ("Grace Hopper",)),
    ]


def test_a_row_joined_with_dots_is_said_as_such() -> None:
    # F7, in/pg14.md: read right, but said to be "tab-separated rows".
    text = (
        "Schedule\n\nMonday, March 2, 2026\n\nTime · Room A · Room B\n09:00-10:00 · Engines · Looms\n"
        "10:00-10:30 · Break\n10:30-11:30 · Compilers · Machines\n"
    )
    program = detect_readers(text)[0].read(text, source="pg14.md", context=ReadContext(timezone=BERLIN))

    assert program.reading[0] == "5 items, 0 people; shape: rows of cells joined with ' · ', rooms as columns"

"""The programme-book shape of the line reader: a time and a code, the title, the authors with where they work.

The real file is EDTM 2025's (test_page_trial4.py); here the shape's edges, on invented lines.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.model import Item, Kind
from program.readers import ReadContext
from program.readers.base import Line
from program.readers.lines.markup import csv_cell
from program.readers.lines.schedule import read_schedule_lines

CONTEXT = ReadContext(first_date=date(2026, 5, 4), timezone=ZoneInfo("Europe/London"))


def _at(hour: int, minute: int) -> datetime:
    return datetime(2026, 5, 4, hour, minute, tzinfo=ZoneInfo("Europe/London"))


def _items(text: str) -> tuple[Item, ...]:
    lines = [Line(number, line) for number, line in enumerate(text.split("\n"), start=1)]
    return read_schedule_lines(lines, CONTEXT, source="book.txt").items


def test_a_code_line_takes_the_title_lines_and_the_author_line_below() -> None:
    items = _items(
        "14:00 to 15:00 Session P1\n"
        "Room: Lecture Theatre 2\n"
        "14:00 P1-01 [Invited]\n"
        "On the Analytical Engine and Its Use for the Computation of Bernoulli\n"
        "Numbers\n"
        "Ada Lovelace,Charles Babbage, University of London, UK\n"
        "14:20 P1-02\n"
        "Notes on Compilers\n"
        "Grace Hopper, Yale University, USA\n"
    )

    assert [(item.title, item.label, item.people, item.kind) for item in items[1:]] == [
        (
            "On the Analytical Engine and Its Use for the Computation of Bernoulli Numbers",
            "P1-01 [Invited]",
            ("Ada Lovelace", "Charles Babbage"),
            Kind.INVITED_TALK,
        ),
        ("Notes on Compilers", "P1-02", ("Grace Hopper",), Kind.TALK),
    ]
    assert {item.location for item in items} == {"Lecture Theatre 2"}
    assert [(item.start, item.end) for item in items[1:]] == [
        (_at(14, 0), _at(14, 20)),
        (_at(14, 20), _at(15, 0)),  # the last of its block: to the block's end
    ]


def test_a_code_line_without_an_author_line_below_keeps_its_text() -> None:
    items = _items("09:00 Talk 1\nOn Engines\n10:00 Talk 2\nOn Looms\n")

    assert [item.title for item in items] == ["Talk 1", "Talk 2"]


def test_a_line_that_is_one_quoted_csv_cell_is_read_as_its_text() -> None:
    assert csv_cell('"Venue: Hall A, 1/F"') == "Venue: Hall A, 1/F"
    assert csv_cell('"Knowledge model"""') == 'Knowledge model"'
    assert csv_cell('"On Engines" by Ada') == '"On Engines" by Ada'

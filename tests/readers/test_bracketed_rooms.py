"""A room in brackets after a title is the slot's room; names and other brackets stay (PPDP 2025's shape)."""

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from program.readers.base import Line, ReadContext
from program.readers.lines.rooms import bracketed_room
from program.readers.lines.schedule import read_schedule_lines


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Keynote (Room 2.14)", ("Keynote", "Room 2.14")),
        ("Poster session (Hall A)", ("Poster session", "Hall A")),
        ("Opening (Aula Magna)", ("Opening", "Aula Magna")),
        ('Opening (🏛️ Room "BATS" Library)', ("Opening", 'Room "BATS" Library')),
        ("Invited talk (Ada Lovelace)", ("Invited talk (Ada Lovelace)", None)),
        ("Invited Speaker (joint with LOPSTR)", ("Invited Speaker (joint with LOPSTR)", None)),
        ("A checker (System Description)", ("A checker (System Description)", None)),
    ],
)
def test_bracket_is_the_room_only_when_it_names_one(title: str, expected: tuple[str, str | None]) -> None:
    assert bracketed_room(title) == expected


def test_rooms_in_brackets_read_as_rooms_and_names_as_people() -> None:
    lines = [
        Line(1, "09:00 - 10:00 Keynote (Room Garden)"),
        Line(2, "10:00 - 11:00 Lunch (Hall B)"),
        Line(3, "11:00 - 12:00 Invited talk (Ada Lovelace)"),
    ]

    read = read_schedule_lines(lines, ReadContext(first_date=date(2026, 3, 2), timezone=ZoneInfo("UTC")), source="p.md")

    assert [(item.title, item.location, item.people) for item in read.items] == [
        ("Keynote", "Room Garden", ()),
        ("Lunch", "Hall B", ()),
        ("Invited talk", None, ("Ada Lovelace",)),
    ]

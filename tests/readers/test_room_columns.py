"""Rooms as columns in a table copied as text, its cells joined with " · " (DragonPy 2020's real table)."""

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from program.readers.base import Line, ReadContext
from program.readers.lines.schedule import read_schedule_lines

PAGES = Path(__file__).parent.parent / "data" / "pages"


def test_dotted_rows_under_a_rooms_header_are_one_slot_per_room_and_a_repeated_workshop_one_slot() -> None:
    text = (PAGES / "dragonpy-2020-dotted.txt").read_text(encoding="utf-8")
    lines = [Line(number, raw) for number, raw in enumerate(text.split("\n"), start=1)]
    context = ReadContext(first_date=date(2020, 4, 18), timezone=ZoneInfo("Europe/Ljubljana"))

    read = read_schedule_lines(lines, context, source="dragonpy.txt")

    saturday_morning = [
        (item.title, item.location, f"{item.start:%H:%M}", f"{item.end:%H:%M}")
        for item in read.items
        if item.start and item.end and item.start.day == 18 and item.start.hour < 12
    ]
    assert saturday_morning == [
        ("Registration & Breakfast", None, "08:00", "09:00"),
        ("Conference Opening", None, "09:00", "09:15"),
        ("Keynote 1", None, "09:15", "09:45"),
        ("Short Break", None, "09:45", "10:00"),
        ("Talk 1", "Talks", "10:00", "10:30"),
        ("Workshop 1", "Workshops", "10:00", "12:30"),
        ("Talk 2", "Talks", "10:30", "11:00"),
        ("Coffee Break", "Talks", "11:00", "11:30"),
        ("Talk 3", "Talks", "11:30", "12:00"),
    ]
    assert read.unplaced == ()
    assert "rooms as columns" in read.shape


def test_people_joined_with_a_dot_are_no_table_without_a_rooms_header() -> None:
    lines = [Line(1, "09:00 - 10:00 Panel"), Line(2, "Ada Lovelace · Grace Hopper"), Line(3, "10:00 - 11:00 Lunch")]
    context = ReadContext(first_date=date(2026, 3, 2), timezone=ZoneInfo("UTC"))

    read = read_schedule_lines(lines, context, source="p.md")

    assert [item.title for item in read.items] == ["Panel", "Lunch"]
    assert [line.number for line in read.unplaced] == [2]

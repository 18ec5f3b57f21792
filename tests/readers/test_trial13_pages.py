"""Trial 13's CVDD 2025 agenda, read as its source writes it (tests/data/pages/PROVENANCE.md).

Expectations are typed from the source: `11:20am – 12:00 am` comes right before
`12:00 pm - 1:00 pm Lunch`, so its end is noon (read so, with a warning), not the next midnight;
`Lunch (ExHall C)` has its room in brackets, not a person; `### Workshop room: 103C` is the others'.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from program.readers import ReadContext, detect_readers

DATA = Path(__file__).resolve().parent.parent / "data"
CHICAGO = ZoneInfo("America/Chicago")


def test_cvdd25_noon_end_written_as_am_and_lunch_hall_as_room() -> None:
    text = (DATA / "pages" / "cvdd-cvpr25-agenda.md").read_text(encoding="utf-8")
    found = detect_readers(text)[0]
    program = found.read(text, source="cvdd-cvpr25-agenda.md", context=ReadContext(date(2025, 6, 12), CHICAGO))

    assert found.name == "schedule-page"
    rows = [
        (item.start.strftime("%H:%M") if item.start else None, item.end.strftime("%H:%M") if item.end else None)
        for item in program.items
    ]
    assert rows == [
        ("09:30", "09:40"),
        ("09:40", "10:10"),
        ("10:10", "10:30"),
        ("10:30", "10:50"),
        ("10:50", "11:20"),
        ("11:20", "12:00"),
        ("12:00", "13:00"),
        ("13:00", "13:30"),
        ("13:30", "14:00"),
        ("14:00", "15:00"),
        ("15:00", "15:30"),
        ("15:30", "16:00"),
        ("16:00", "16:30"),
        ("16:30", "17:00"),
    ]
    assert all(item.end and item.end.date() == date(2025, 6, 12) for item in program.items)
    racoceanu, lunch = program.items[5], program.items[6]
    assert (racoceanu.title, racoceanu.people) == ("TBD", ("Daniel Racoceanu",))
    assert (lunch.title, lunch.people, lunch.location) == ("Lunch", (), "ExHall C")
    assert program.items[4].people == ("Gayathri Mohankumar", "Nicolas Brieu")
    # "### Workshop room: 103C" above the table: every slot's room but the lunch's own
    assert [item.location for item in program.items] == ["103C"] * 6 + ["ExHall C"] + ["103C"] * 7
    warning = next(problem for problem in program.problems if problem.code == "uncertain-entry")
    assert (warning.source and warning.source.line, warning.message) == (
        18,
        "read the end '12:00 am' as 12:00: noon, after a morning start",
    )
    assert not [problem for problem in program.problems if problem.code == "overlap"]


def test_simlint_approximate_hands_on_sessions_are_read_with_a_note() -> None:
    text = (DATA / "pages" / "simlint-ws1-2023-agenda.md").read_text(encoding="utf-8")
    found = detect_readers(text)[0]
    london = ZoneInfo("Europe/London")
    program = found.read(text, source="simlint-ws1-2023-agenda.md", context=ReadContext(date(2023, 6, 5), london))

    hands_on = [item for item in program.items if item.title.startswith("Hands-on")]
    assert [(item.title, item.start, item.end) for item in hands_on] == [
        ("Hands-on (optional)", datetime(2023, 6, day, 10, tzinfo=london), datetime(2023, 6, day, 13, tzinfo=london))
        for day in (5, 6)
    ] + [
        (
            "Hands-on (completely optional)",
            datetime(2023, 6, 7, 10, tzinfo=london),
            datetime(2023, 6, 7, 13, tzinfo=london),
        )
    ]
    notes = [p.source.line for p in program.problems if p.code == "uncertain-entry" and p.source]
    assert notes == [3, 25, 33]  # "'~10:00 - 13:00': an approximate time, read as 10:00 - 13:00"
    assert len(program.items) == 18

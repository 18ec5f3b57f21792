"""Text pages whose pipe tables have days as columns, not rooms (CBW INR 2023; BODL 2023's shape)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from program.readers import ReadContext
from program.readers.schedule_page import SchedulePageReader

DATA = Path(__file__).parent.parent / "data" / "pages"
TORONTO = ZoneInfo("America/Toronto")


def _read(path: Path, first: date, zone: str):  # type: ignore[no-untyped-def]
    text = path.read_text(encoding="utf-8")
    return SchedulePageReader().read(
        text, source=path.name, context=ReadContext(first_date=first, timezone=ZoneInfo(zone))
    )


def test_inr2023_each_day_at_its_own_time_column() -> None:
    program = _read(DATA / "inr2023-schedule.md", date(2023, 6, 26), "America/Toronto")
    items = sorted(program.items, key=lambda item: item.start)
    assert len(items) == 28  # 14 rows, a cell a day
    assert all(item.location is None for item in items)
    monday = [i for i in items if i.start.astimezone(TORONTO).date() == date(2023, 6, 26)]
    tuesday = [i for i in items if i.start.astimezone(TORONTO).date() == date(2023, 6, 27)]
    assert len(monday) == len(tuesday) == 14
    assert monday[2].title.startswith("Module 1: Getting to Know R")
    assert monday[2].start.astimezone(TORONTO).strftime("%H:%M") == "09:30"
    # Tuesday's 10:00 break is at Tuesday's own time column, not Monday's 9:30
    assert tuesday[2].title.startswith("Break")
    assert tuesday[2].start.astimezone(TORONTO).strftime("%H:%M") == "10:00"
    assert tuesday[-2].start.astimezone(TORONTO).strftime("%H:%M") == "17:00"


def test_weekday_columns_are_days(tmp_path: Path) -> None:
    page = tmp_path / "bodl.md"
    page.write_text(
        "## Provisional Timetable\n\n| **Time** | **Thursday** | **Friday** |\n|:--- |:--- |:--- |\n"
        "|9:00am | Introduction to R Studio | Understanding Data |\n|10:30am | Morning Tea | Morning Tea |\n"
        "|11:00am | Data Wrangling | Statistics |\n",
        encoding="utf-8",
    )
    program = _read(page, date(2023, 2, 16), "Australia/Adelaide")
    adelaide = ZoneInfo("Australia/Adelaide")
    got = [
        (i.title, i.start.astimezone(adelaide).strftime("%d %H:%M"), i.location)
        for i in sorted(program.items, key=lambda i: i.start)
    ]
    assert got == [
        ("Introduction to R Studio", "16 09:00", None),
        ("Morning Tea", "16 10:30", None),
        ("Data Wrangling", "16 11:00", None),
        ("Understanding Data", "17 09:00", None),
        ("Morning Tea", "17 10:30", None),
        ("Statistics", "17 11:00", None),
    ]


def test_inr2023_march_days_over_a_blank_corner_each_with_its_unnamed_time_column() -> None:
    program = _read(DATA / "inr2023-schedule-march.md", date(2023, 6, 26), "America/Toronto")
    got = [
        (item.title, item.start.astimezone(TORONTO).strftime("%d %H:%M"), item.location)
        for item in sorted(program.items, key=lambda item: item.start)
    ]
    assert len(got) == 20  # 10 rows, a cell a day
    assert got[:3] == [
        ("Arrivals & Check-in", "26 08:30", None),
        ("Welcome", "26 09:00", None),
        ("Module 1: Getting to Know R", "26 09:30", None),
    ]
    assert got[10:14] == [
        ("Arrivals", "27 08:30", None),
        ("Day 2 Review & Module 3: Loops and functions", "27 09:00", None),
        ("Break", "27 10:30", None),
        ("Module 3: Loops and functions (continued)", "27 11:00", None),
    ]
    welcome = next(item for item in program.items if item.title == "Welcome")
    assert welcome.people == ("Michelle Brazas",)
    assert "days as columns: Monday, June 26, Tuesday, June 27" in str(program.reading)  # what check says

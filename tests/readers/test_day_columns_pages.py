"""Text pages whose pipe tables have days as columns, not rooms (CBW INR 2023; BODL 2023's shape)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from program.model import Item, Program
from program.readers import ReadContext
from program.readers.schedule_page import SchedulePageReader

DATA = Path(__file__).parent.parent / "data" / "pages"
TORONTO = ZoneInfo("America/Toronto")
ADELAIDE = "Australia/Adelaide"


def _start(item: Item) -> datetime:
    assert item.start is not None
    return item.start


def _read(path: Path, first: date, zone: str) -> Program:
    text = path.read_text(encoding="utf-8")
    return SchedulePageReader().read(
        text, source=path.name, context=ReadContext(first_date=first, timezone=ZoneInfo(zone))
    )


def test_inr2023_each_day_at_its_own_time_column() -> None:
    program = _read(DATA / "inr2023-schedule.md", date(2023, 6, 26), "America/Toronto")
    items = sorted(program.items, key=_start)
    assert len(items) == 26  # 14 rows, a cell a day, each day's "Finished" row no slot
    assert all(item.location is None for item in items)
    monday = [i for i in items if _start(i).astimezone(TORONTO).date() == date(2023, 6, 26)]
    tuesday = [i for i in items if _start(i).astimezone(TORONTO).date() == date(2023, 6, 27)]
    assert len(monday) == len(tuesday) == 13
    assert monday[-1].title == "Review and short project"
    assert monday[-1].end is not None and monday[-1].end.astimezone(TORONTO).strftime("%H:%M") == "17:30"
    assert monday[2].title.startswith("Module 1: Getting to Know R")
    assert _start(monday[2]).astimezone(TORONTO).strftime("%H:%M") == "09:30"
    # Tuesday's 10:00 break is at Tuesday's own time column, not Monday's 9:30
    assert tuesday[2].title.startswith("Break")
    assert _start(tuesday[2]).astimezone(TORONTO).strftime("%H:%M") == "10:00"
    assert _start(tuesday[-1]).astimezone(TORONTO).strftime("%H:%M") == "17:00"


BODL = """## BODL: Introduction To R

Feb 16-17, 2023
9am - 5pm
Board Room 2
Telethon Kids Institute
North Tce
Adelaide SA

## Provisional Timetable

| **Time** | **Thursday**                     | **Friday**                    |
|:------ |:---------------------------------- |:----------------------------- |
|9:00am  | Introduction to `R Studio` <br> Loading Data | Understanding Data |
|10:30am | Morning Tea | Morning Tea |
|11:00am | Data Wrangling | Statistics |
|12:30pm | Lunch | Lunch |
"""
"""BODL's Introduction To R (Adelaide, 16-17 February 2023): an excerpt typed from the page as the code search
shows it (its repository not named there, so no file under tests/data)."""


def test_weekday_columns_are_days_from_the_page_date_its_hours_no_slot() -> None:
    program = SchedulePageReader().read(BODL, source="bodl.md", context=ReadContext(timezone=ZoneInfo(ADELAIDE)))
    adelaide = ZoneInfo(ADELAIDE)
    got = [
        (item.title, _start(item).astimezone(adelaide).strftime("%d %H:%M"), item.location)
        for item in sorted(program.items, key=_start)
    ]
    assert got == [
        ("Introduction to R Studio Loading Data", "16 09:00", None),
        ("Morning Tea", "16 10:30", None),
        ("Data Wrangling", "16 11:00", None),
        ("Lunch", "16 12:30", None),
        ("Understanding Data", "17 09:00", None),
        ("Morning Tea", "17 10:30", None),
        ("Statistics", "17 11:00", None),
        ("Lunch", "17 12:30", None),
    ]
    assert "days as columns: Thursday, Friday" in str(program.reading)


def test_weekday_columns_follow_the_date_given() -> None:
    context = ReadContext(first_date=date(2023, 2, 23), timezone=ZoneInfo(ADELAIDE))
    program = SchedulePageReader().read(BODL, source="bodl.md", context=context)
    days = sorted({_start(item).astimezone(ZoneInfo(ADELAIDE)).date() for item in program.items})
    assert days == [date(2023, 2, 23), date(2023, 2, 24)]  # Thursday and Friday of --date's week


def test_inr2023_march_days_over_a_blank_corner_each_with_its_unnamed_time_column() -> None:
    program = _read(DATA / "inr2023-schedule-march.md", date(2023, 6, 26), "America/Toronto")
    got = [
        (item.title, _start(item).astimezone(TORONTO).strftime("%d %H:%M"), item.location)
        for item in sorted(program.items, key=_start)
    ]
    assert len(got) == 18  # 10 rows, a cell a day, each day's "Finished" row no slot
    assert got[:3] == [
        ("Arrivals & Check-in", "26 08:30", None),
        ("Welcome", "26 09:00", None),
        ("Module 1: Getting to Know R", "26 09:30", None),
    ]
    assert got[9:13] == [
        ("Arrivals", "27 08:30", None),
        ("Day 2 Review & Module 3: Loops and functions", "27 09:00", None),
        ("Break", "27 10:30", None),
        ("Module 3: Loops and functions (continued)", "27 11:00", None),
    ]
    welcome = next(item for item in program.items if item.title == "Welcome")
    assert welcome.people == ("Michelle Brazas",)
    assert "days as columns: Monday, June 26, Tuesday, June 27" in str(program.reading)  # what check says


def test_iiccsss2023_weekdays_from_the_page_date_and_a_cell_with_its_own_time() -> None:
    text = (DATA / "iiccsss2023-program.md").read_text(encoding="utf-8")
    berlin = ZoneInfo("Europe/Berlin")
    program = SchedulePageReader().read(text, source="iiccsss2023-program.md", context=ReadContext(timezone=berlin))
    assert len(program.items) == 30  # the filled cells of its rows, "After 19:00" a start alone
    first = [item.title for item in program.items if _start(item).astimezone(berlin).date() == date(2023, 9, 11)]
    assert first == ["Registration", "Intro", "Opening keynote", "Lunch", "Workshop", "Talk", "Talk", "City rallye"]
    closing = next(item for item in program.items if item.title == "Closing keynote")
    assert closing.end is not None
    span = (_start(closing).astimezone(berlin).isoformat(), closing.end.astimezone(berlin).isoformat())
    assert span == ("2023-09-15T16:00:00+02:00", "2023-09-15T17:00:00+02:00")  # its own, not its row's 16:30
    dinner = next(item for item in program.items if item.title == "Dinner")
    assert (_start(dinner).astimezone(berlin).isoformat(), dinner.end) == ("2023-09-13T19:00:00+02:00", None)
    assert "first date: 2023-09-11, from the page ('September 11–15, 2023'" in "\n".join(program.reading)

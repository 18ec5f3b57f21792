"""A table of durations under one start time (trial 7: EMBC 2025, tests/data/pages/embc2025-mmai-schedule.md).

The page writes one time, `**2:30 PM, 16 July | B3 M7-8, Bella Center, …**`, then a
`| **Duration** | **Activity** |` table: each row starts where the one before ended. It was
not detected, and refused with "found no time line". Expectations written by hand from the
page (5 + 20 + 20 + 10 + 60 + 10 + 60 + 15 + 10 minutes from 14:30).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.feed_reading import read_feed
from program.readers import ReadContext
from program.readers.tabular.row_times import row_minutes
from program.settings import FeedSpec

from helpers import ROOT

EMBC = ROOT / "tests" / "data" / "pages" / "embc2025-mmai-schedule.md"
COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def test_rows_follow_each_other_from_the_time_above_the_table() -> None:
    context = ReadContext(timezone=COPENHAGEN, first_date=date(2025, 7, 16))
    read = read_feed(FeedSpec(EMBC), context)  # detected: no --format

    assert read.reader == "schedule-page"
    at = [(item.title, item.start, item.end) for item in read.program.items]
    assert len(at) == 9
    assert at[0] == (
        "Welcome",
        datetime(2025, 7, 16, 14, 30, tzinfo=COPENHAGEN),
        datetime(2025, 7, 16, 14, 35, tzinfo=COPENHAGEN),
    )
    assert at[4][0] == "Hands-on Session (Round 1)" and at[4][1:] == (
        datetime(2025, 7, 16, 15, 25, tzinfo=COPENHAGEN),
        datetime(2025, 7, 16, 16, 25, tzinfo=COPENHAGEN),  # "1 hour"
    )
    assert at[-1] == (
        "Closing Remarks",
        datetime(2025, 7, 16, 17, 50, tzinfo=COPENHAGEN),
        datetime(2025, 7, 16, 18, 0, tzinfo=COPENHAGEN),
    )
    tutorials = read.program.items[2]
    assert tutorials.people == ("Jiayang Zhang", "Zixuan Ding", "Xianyuan Liu", "Sina Tabakhi")


def test_durations_in_hours_are_read() -> None:
    assert [row_minutes(text) for text in ("1 hour", "1.5 hours", "2 hrs", "20 mins", "1h30")] == [60, 90, 120, 20, 90]

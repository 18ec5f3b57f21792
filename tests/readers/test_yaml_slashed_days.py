"""Days written in numbers with slashes in a site's JSON: EuRuKo 2017's `"date": "9/29"`, a file not seen before.

Its `[{date, day, events: [{time: "8:30 - 10:00", title, speaker_id}]}]` is detected by its shape
(days holding their events) and read without --format; "9/29" can only be the 29th of September,
in the year of `--date`. Expectations worked out from the JSON with the json module.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.feed_reading import read_feed
from program.readers import ReadContext
from program.readers.notation.dates import parse_date
from program.readers.yaml_times import TimeError, parse_day
from program.settings import FeedSpec

from helpers import ROOT

EURUKO = ROOT / "tests" / "data" / "yaml_site" / "euruko2017-schedule.json"
BUDAPEST = ZoneInfo("Europe/Budapest")
FIRST = date(2017, 9, 29)


def _at(day: date, clock: str) -> datetime:
    hour, minute = clock.split(":")
    return datetime(day.year, day.month, day.day, int(hour), int(minute), tzinfo=BUDAPEST)


def test_euruko_2017_is_detected_and_read_day_by_day() -> None:
    expected = []
    for day in json.loads(EURUKO.read_text(encoding="utf-8")):
        month, day_of_month = (int(part) for part in day["date"].split("/"))
        written = date(2017, month, day_of_month)
        for event in day["events"]:
            start, end = (part.strip() for part in event["time"].split(" - "))
            expected.append((event["title"], _at(written, start), _at(written, end)))
    assert len(expected) == 24

    read = read_feed(FeedSpec(EURUKO), ReadContext(first_date=FIRST, timezone=BUDAPEST))

    assert read.reader == "yaml-site"
    assert [(item.title, item.start, item.end) for item in read.program.items] == expected
    assert not [problem for problem in read.program.problems if problem.code == "unreadable-entry"]


def test_without_a_first_day_the_year_is_asked_for() -> None:
    with pytest.raises(UsageError, match=r"names the day '9/29' without a year or date; pass --date YYYY-MM-DD"):
        read_feed(FeedSpec(EURUKO), ReadContext(timezone=BUDAPEST))


def test_the_numbers_decide_the_order_and_else_the_first_day_does() -> None:
    assert parse_day("9/29", FIRST, 1) == date(2017, 9, 29)
    assert parse_day("29/9", FIRST, 1) == date(2017, 9, 29)
    assert parse_day("5/29/2015", None, 1) == date(2015, 5, 29)  # PyData Berlin 2015's dates, the year written
    assert parse_day("10/1", FIRST, 1) == date(2017, 10, 1)  # 1 October, not 10 January: the nearer after the first
    assert parse_day("9/29", None, 1) is None  # no year: the caller asks for --date
    with pytest.raises(TimeError, match="expected a real date"):
        parse_day("2/30", FIRST, 1)
    # one order only: whatever the usual one, month 29 is none
    assert (parse_date("9/29").month, parse_date("9/29").day) == (9, 29)
    assert (parse_date("29/9", day_first=False).month, parse_date("29/9", day_first=False).day) == (9, 29)

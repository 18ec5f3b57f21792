"""A frab schedule.json whose events carry no date: the night after a day is read on the next date.

30C3's schedule.json as an angel news hub serves it (tests/data/frab/real, trial 17) gives each event
its `start` clock only, no `date`, and names no day change: day 1's Saal 1 ends `23:00` No Neutral
Ground, then `00:00` Hacker Jeopardy. The XML reader already took the day's own clocks to find its
night (`frab_times.clock_day_change`); the JSON reader did not, and put the 00:00 show 11 hours before
the opening. Expectations are computed from the file with `json`.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from program.readers import ReadContext
from program.readers.frab_json import FrabJsonReader

from helpers import ROOT

SOURCE = ROOT / "tests" / "data" / "frab" / "real" / "angelnews-30c3-day1-excerpt.json"
HAMBURG = ZoneInfo("Europe/Berlin")


def test_the_small_hours_after_a_days_last_evening_event_are_the_next_date() -> None:
    day = json.loads(SOURCE.read_text(encoding="utf-8"))["schedule"]["conference"]["days"][0]
    listed = date.fromisoformat(day["date"])
    first = min(event["start"] for events in day["rooms"].values() for event in events if event["start"] >= "06:00")
    expected = {}
    for events in day["rooms"].values():
        for event in events:
            clock = datetime.strptime(event["start"], "%H:%M").time()
            on = listed + timedelta(days=1) if event["start"] < first else listed
            expected[event["title"].strip()] = datetime.combine(on, clock, HAMBURG)

    context = ReadContext(timezone=HAMBURG)
    program = FrabJsonReader().read(SOURCE.read_text(encoding="utf-8"), source=str(SOURCE), context=context)

    assert {" ".join(item.title.split()): item.start for item in program.items} == {
        " ".join(title.split()): start for title, start in expected.items()
    }
    jeopardy = next(item for item in program.items if item.title == "Hacker Jeopardy")
    assert jeopardy.start == datetime(2013, 12, 28, 0, 0, tzinfo=HAMBURG)

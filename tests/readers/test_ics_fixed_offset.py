"""A calendar whose TZID is a fixed offset (HenHacks 2025's `TZID=EST`, trial 6): read at it, and `check` says so.

EST is UTC−05:00 all year, where the events' place (Delaware) keeps summer time: a calendar of
March and April would be an hour off after 9 March. The times are read as written (EST is what
the file says); `check`'s zone line says that EST is no place's clock. Expectations by hand.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from program.feed_reading import read_feed
from program.readers import ReadContext
from program.readers.ics import IcsReader
from program.settings import FeedSpec

from helpers import ROOT

HENHACKS = ROOT / "tests" / "data" / "ics" / "henhacks2025-test-schedule.ics"
EST = timezone(-timedelta(hours=5))


def test_a_fixed_offset_zone_is_read_as_written_and_said_to_be_no_place() -> None:
    read = read_feed(FeedSpec(HENHACKS), ReadContext())

    church = next(item for item in read.program.items if item.title == "Church")  # 16:00–17:00 EST on 2 March
    assert (church.start, church.end) == (datetime(2025, 3, 2, 16, tzinfo=EST), datetime(2025, 3, 2, 17, tzinfo=EST))
    assert len(read.program.items) == 13
    zone_line = next(line for line in read.program.reading if line.startswith("time zone:"))
    assert "EST is UTC−05:00 all year, with no summer time" in zone_line and "--timezone" in zone_line


def test_a_place_named_zone_gets_no_such_note() -> None:
    text = HENHACKS.read_text().replace("TZID=EST", "TZID=America/New_York")

    program = IcsReader().read(text, source="henhacks.ics", context=ReadContext())

    zone_line = next(line for line in program.reading if line.startswith("time zone:"))
    assert zone_line.startswith("time zone: America/New_York") and "all year" not in zone_line

"""A page that names no zone but embeds a Google Calendar with `ctz=America%2FNew_York` (CSST 2025, trial 13 #1).

tests/data/pages/csst2025-schedule.md: line 17 is `<iframe src="https://calendar.google.com/calendar/embed?…
&ctz=America%2FNew_York&…">`, and the tables below give 12-hour times (`| 3:00 PM | Check-in begins at
Minnowbrook |` on "Wednesday, May 28", the first day; the year is in the prose: `--date 2025-05-28`).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.readers import ReadContext
from program.readers.schedule_page import SchedulePageReader

NAME = "csst2025-schedule.md"
PAGE = Path(__file__).resolve().parent.parent / "data" / "pages" / NAME
NEW_YORK = ZoneInfo("America/New_York")


def test_the_zone_comes_from_the_embedded_calendar_and_check_says_so() -> None:
    program = SchedulePageReader().read(
        PAGE.read_text(encoding="utf-8"), source=NAME, context=ReadContext(date(2025, 5, 28))
    )

    assert program.timezone == "America/New_York"
    assert (
        "zone: America/New_York (from the page's Google Calendar link, ctz=America%2FNew_York, line 17; "
        "pass --timezone for another place)"
    ) in program.reading
    first = program.items[0]
    assert (first.title, first.start) == (
        "Check-in begins at Minnowbrook",
        datetime(2025, 5, 28, 15, 0, tzinfo=NEW_YORK),
    )
    assert len(program.items) == 32


def _page(*lines: str) -> str:
    rows = ("| Time | Activity |", "|---|---|", "| 9:00-10:00 AM | Welcome |", "| 10:00-11:00 AM | Talks |")
    return "\n".join(("## Monday, June 2, 2025", *lines, "", *rows))


def test_a_zone_the_text_names_wins_over_the_calendar_link() -> None:
    link = '<iframe src="https://calendar.google.com/calendar/embed?ctz=America%2FNew_York&mode=WEEK"></iframe>'
    text = _page(link, "All times are in CEST.")

    program = SchedulePageReader().read(text, source="page.md", context=ReadContext())

    start = program.items[0].start
    assert start is not None and start.isoformat() == "2025-06-02T09:00:00+02:00"
    assert not [line for line in program.reading if "Google Calendar" in line]


def test_a_calendar_link_of_no_real_zone_leaves_the_zone_to_be_asked_for() -> None:
    text = _page('<a href="https://calendar.google.com/calendar/u/0?cid=abc&ctz=Mars%2FOlympus">calendar</a>')

    with pytest.raises(UsageError, match="--timezone"):
        SchedulePageReader().read(text, source="page.md", context=ReadContext())

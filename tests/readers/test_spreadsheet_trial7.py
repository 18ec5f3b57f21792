"""Penguicon 2019's three CSVs (trial 7; tests/data/spreadsheets/penguicon2019-*.csv, waldo323/schedcsv).

The con ran 3–5 May 2019 in Southfield, Michigan (America/Detroit). Expectations written by
hand from the files: the full schedule has 102 rows on 5/3/2019, 218 on 5/4, 78 on 5/5 (counted
with the csv module); line 4 `Penguicon Photo Booth` runs 5/3 16:00 to 5/5 16:00, line 10 the
SakaiCar 5/3 17:00 to 5/5 15:00, line 399 `Closing Ceremonies` 5/5 15:00–16:00. The Sched.com
export holds `AHA Badge Soldering` five times (lines 84, 114, 149, 232, 236) and two rows timed
`2019-05-03 TBA`. The Tech track's Google Calendar CSV has 11, 37 and 18 rows on the three days.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError
from program.i18n import Lang
from program.readers.base import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.readers.tabular.date_order import month_first_reason
from program.readers.tabular.people import split_people
from spreadsheet_files import DATA, read_csv

DETROIT = ZoneInfo("America/Detroit")


def _days(name: str, **context: object) -> Counter[str]:
    program = read_csv(name, **context)
    return Counter(item.start.date().isoformat() for item in program.items if item.start is not None)


def test_start_date_and_end_date_columns_put_each_item_on_its_days() -> None:
    program = read_csv("penguicon2019-fullschedule.csv", timezone=DETROIT)
    days = Counter(item.start.date().isoformat() for item in program.items if item.start is not None)
    assert days == {"2019-05-03": 102, "2019-05-04": 218, "2019-05-05": 78}
    by_title = {item.title: item for item in program.items}
    assert (by_title["Penguicon Photo Booth"].start, by_title["Penguicon Photo Booth"].end) == (
        datetime(2019, 5, 3, 16, 0, tzinfo=DETROIT),
        datetime(2019, 5, 5, 16, 0, tzinfo=DETROIT),
    )
    sakai = by_title["Addition errata: Visit the Open Source Racing SakaiCar"]
    assert (sakai.start, sakai.end) == (
        datetime(2019, 5, 3, 17, 0, tzinfo=DETROIT),
        datetime(2019, 5, 5, 15, 0, tzinfo=DETROIT),
    )
    closing = by_title["Closing Ceremonies"]
    assert (closing.start, closing.end) == (
        datetime(2019, 5, 5, 15, 0, tzinfo=DETROIT),
        datetime(2019, 5, 5, 16, 0, tzinfo=DETROIT),
    )
    assert any("Start Date → date" in line and "End Date → end_date" in line for line in program.reading)
    # `5/3/2019` … `5/5/2019`: 3 to 5 May, or 5 March to 5 May; only the first is a weekend's convention
    assert not [problem for problem in program.problems if problem.code == "ambiguous-date"]
    assert _days("penguicon2019-fullschedule.csv", timezone=ZoneInfo("Europe/Berlin")) == days


def test_sched_export_is_detected_and_its_end_dates_kept() -> None:
    text = (DATA / "penguicon2019-sched.csv").read_text(encoding="utf-8")
    assert SpreadsheetCsvReader().detect(text)
    program = read_csv("penguicon2019-sched.csv", timezone=DETROIT)
    assert len(program.items) == 399  # 401 rows, the two `2019-05-03 TBA` ones unreadable
    unreadable = [problem.source for problem in program.problems if problem.code == "unreadable-row"]
    assert [source.line for source in unreadable if source is not None] == [26, 290]
    sakai = next(item for item in program.items if item.title.endswith("Open Source Racing SakaiCar"))
    assert (sakai.start, sakai.end, sakai.location) == (
        datetime(2019, 5, 3, 17, 0, tzinfo=DETROIT),
        datetime(2019, 5, 5, 15, 0, tzinfo=DETROIT),
        "Outside",
    )
    midnight = next(item for item in program.items if item.title == "Sensation Play")  # 23:00 to 01:00 the next day
    assert midnight.end == datetime(2019, 5, 4, 1, 0, tzinfo=DETROIT)


def test_sched_sessions_repeated_at_other_times_stay_apart() -> None:
    program = read_csv("penguicon2019-sched.csv", timezone=DETROIT)
    soldering = sorted(item.start for item in program.items if item.title == "AHA Badge Soldering" and item.start)
    assert soldering == [
        datetime(2019, 5, 3, 17, 0, tzinfo=DETROIT),
        datetime(2019, 5, 4, 10, 0, tzinfo=DETROIT),
        datetime(2019, 5, 4, 15, 0, tzinfo=DETROIT),
        datetime(2019, 5, 4, 19, 0, tzinfo=DETROIT),
        datetime(2019, 5, 5, 10, 0, tzinfo=DETROIT),
    ]
    assert not any("joined into" in line for line in program.reading)


def test_sched_people_with_an_entity_and_in_lower_case() -> None:
    program = read_csv("penguicon2019-sched.csv", timezone=DETROIT)
    people = {name for item in program.items for name in item.people}
    assert {'Andrew M. "Fish" Popowich', "Becky Hill", "chloe zrnich", "Alex Drummer"} <= people
    assert not people & {"quot", "Fish", "Andrew M."}
    assert split_people("Ada Lee, senior engineer") == ("Ada Lee",)  # what someone does is no name


def test_google_calendar_csv_is_detected_and_read_month_first() -> None:
    text = (DATA / "penguicon2019-tech-gcal.csv").read_text(encoding="utf-8")
    assert SpreadsheetCsvReader().detect(text)
    # Google's format is month first wherever the program is: Berlin's zone says nothing of it
    berlin = ZoneInfo("Europe/Berlin")
    assert _days("penguicon2019-tech-gcal.csv", timezone=berlin) == {
        "2019-05-03": 11,
        "2019-05-04": 37,
        "2019-05-05": 18,
    }
    program = read_csv("penguicon2019-tech-gcal.csv", timezone=DETROIT)
    first = program.items[0]
    assert (first.title, first.start, first.end) == (
        "Building an Open Source Artificial Pancreas",
        datetime(2019, 5, 3, 16, 0, tzinfo=DETROIT),
        datetime(2019, 5, 3, 17, 0, tzinfo=DETROIT),
    )
    assert not [problem for problem in program.problems if problem.code == "ambiguous-date"]  # 3 to 5 May
    # --date reading the dates the other way round is heard
    assert set(_days("penguicon2019-tech-gcal.csv", timezone=DETROIT, first_date=date(2019, 3, 5))) == {
        "2019-03-05",
        "2019-04-05",
        "2019-05-05",
    }


def test_month_first_only_where_a_zone_or_the_format_says() -> None:
    assert month_first_reason(["Title", "Date"], "America/Toronto")
    assert month_first_reason(["Title", "Date"], "America/Indiana/Knox")
    assert month_first_reason(["Title", "Date"], "US/Pacific")
    assert month_first_reason(["Subject", "Start Date", "Start Time"], "Europe/Paris")
    assert not month_first_reason(["Title", "Date"], "America/Mexico_City")
    assert not month_first_reason(["Title", "Date"], "Europe/London")
    assert not month_first_reason(["Title", "Date"], None)


def test_rows_at_different_times_in_columns_not_read_are_never_joined() -> None:
    """Sched's export with its time columns renamed to names we do not know: untimed, yet never merged."""
    text = (DATA / "penguicon2019-sched.csv").read_text(encoding="utf-8")
    renamed = text.replace("name,event_start,event_end,", "name,opens,closes,", 1)
    program = SpreadsheetCsvReader().read(renamed, source="sched.csv", context=ReadContext())
    assert all(item.start is None for item in program.items)
    assert sum(item.title == "AHA Badge Soldering" for item in program.items) == 5
    assert len(program.items) == 401


def test_an_end_days_later_is_shown_with_its_day() -> None:
    """The 48-hour Photo Booth was shown "4:00 p.m.–4:00 p.m."; a 23:00–01:00 item needs no day."""
    program = read_csv("penguicon2019-fullschedule.csv", timezone=DETROIT)
    by_title = {item.title: item for item in program.items}
    booth, whips = by_title["Penguicon Photo Booth"], by_title["The Wild and Wonderful World of Whips"]
    assert booth.start is not None and whips.start is not None
    assert Lang().span(booth.start, booth.end) == "4:00 p.m.–Sun 5 May 4:00 p.m."
    assert Lang(twelve_hour=False).span(whips.start, whips.end) == "23:00–00:00"


def test_a_date_that_names_no_day_is_an_error_at_its_row_not_a_traceback() -> None:
    """A review of this change found `2025-13-45` in a Date (or End Date) cell a traceback (DateError)."""
    lines = (DATA / "penguicon2019-fullschedule.csv").read_text(encoding="utf-8").split("\n")[:4]
    broken = [lines[0], lines[1], lines[2].replace("5/3/2019", "2025-13-45", 1), lines[3]]
    assert broken[2] != lines[2]
    context = ReadContext(timezone=ZoneInfo("America/Detroit"))
    with pytest.raises(ParseError, match=r"expected a real date: 2025-13-45 is not a date") as refused:
        SpreadsheetCsvReader().read("\n".join(broken), source="penguicon.csv", context=context)
    assert refused.value.source.line == 3


def test_a_job_after_a_name_is_no_second_person() -> None:
    """A lower-case name after a name is kept (Sched's `chloe  zrnich`); a job or a place is not a person."""
    assert split_people("Alex Drummer, chloe  zrnich") == ("Alex Drummer", "chloe zrnich")
    for written in ("Ada Lee, senior lecturer", "Ada Lee, data analyst", "Ada Lee, software architect"):
        assert split_people(written) == ("Ada Lee",)

"""A text page's first day from the date it writes (its text, else its front matter) when --date gives none.

R for Data Science 2024 (Warwick, tests/data/pages/PROVENANCE.md) writes its day only in its Quarto front
matter, `subtitle: "Thursday, March 21th, 2024"`: the page was asked for --date, as a saved HTML page with
the same front matter was not (`html_dating.settle`).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import SourceRef
from program.readers.base import ReadContext
from program.readers.schedule_page import SchedulePageReader

from helpers import ROOT

PAGE = ROOT / "tests" / "data" / "pages" / "warwick-r4ds-2024-schedule.qmd"
LONDON = ZoneInfo("Europe/London")


def _read(context: ReadContext) -> tuple[list[tuple[str, datetime | None, datetime | None]], tuple[str, ...]]:
    program = SchedulePageReader().read(PAGE.read_text(encoding="utf-8"), source=PAGE.name, context=context)
    return [(item.title, item.start, item.end) for item in program.items], program.reading


def test_the_front_matters_date_is_the_first_day_and_said() -> None:
    items, reading = _read(ReadContext(timezone=LONDON))

    # the table's nine rows, typed from the source: `| 09:30--10:00 | Coffee |` … `| 15:15--16:30 | [Quarto](…) |`
    rows = [
        ("Coffee", (9, 30), (10, 0)),
        ("Welcome!", (10, 0), (10, 10)),
        ("Introduction to R and RStudio", (10, 10), (11, 25)),
        ("Coffee", (11, 25), (11, 40)),
        ("Data Types, Structures and Wrangling", (11, 40), (13, 0)),
        ("Lunch", (13, 0), (13, 30)),
        ("Graphs and Tables", (13, 30), (15, 0)),
        ("Coffee", (15, 0), (15, 15)),
        ("Quarto", (15, 15), (16, 30)),
    ]
    assert items == [
        (title, datetime(2024, 3, 21, *start, tzinfo=LONDON), datetime(2024, 3, 21, *end, tzinfo=LONDON))
        for title, start, end in rows
    ]
    assert "first date: 2024-03-21, from the front matter ('March 21th, 2024'; pass --date for another)" in reading


def test_date_given_wins_over_the_page() -> None:
    items, reading = _read(ReadContext(timezone=LONDON, first_date=date(2024, 3, 28)))

    assert {start.date() for _, start, _ in items if start} == {date(2024, 3, 28)}
    assert not any(line.startswith("first date:") for line in reading)


def test_a_page_without_any_date_is_still_asked_for_one() -> None:
    text = PAGE.read_text(encoding="utf-8").replace('subtitle: "Thursday, March 21th, 2024"\n', "")
    with pytest.raises(UsageError, match="gives no date for its times; give the first day with --date"):
        SchedulePageReader().read(text, source=PAGE.name, context=ReadContext(timezone=LONDON))


@pytest.mark.parametrize(
    ("name", "first", "said"),
    [
        # "The workshop will take place from **Monday 13th** through **Friday 17th July 2020**." (LFTCM 2020)
        ("lftcm-2020.md", date(2020, 7, 13), "from Monday 13th through Friday 17th July 2020"),
        # "runs from **Wednesday, May 28** through **Sunday, June 1, 2025**" (CSST 2025): not the last day
        ("csst2025-schedule.md", date(2025, 5, 28), "from Wednesday, May 28 through Sunday, June 1, 2025"),
        ("want-neurips-2023.md", date(2023, 12, 16), "December 16, 2023"),
    ],
)
def test_a_range_of_days_in_the_text_gives_its_first_day(name: str, first: date, said: str) -> None:
    text = (ROOT / "tests" / "data" / "pages" / name).read_text(encoding="utf-8")
    utc = ZoneInfo("UTC")
    written = SchedulePageReader().read(text, source=name, context=ReadContext(timezone=utc))
    given = SchedulePageReader().read(text, source=name, context=ReadContext(timezone=utc, first_date=first))

    # CSST's first day is the page-year rule's too (a year above weekday headings): the same day, said at more length
    dated = [line for line in written.reading if line.startswith(f"first date: {first.isoformat()}, from the page (")]
    assert len(dated) == 1 and said in dated[0]
    assert [(item.title, item.start) for item in written.items] == [(item.title, item.start) for item in given.items]
    assert min(item.start for item in written.items if item.start).date() == first


def test_a_date_column_with_one_letter_weekdays_puts_each_row_on_its_day() -> None:
    # YI Summit 2022's `| T 10/18 | 03:00 - 04:30 pm | Joint Workshop Session |` … `| W 10/19 | 09:00 - 09:15 am | …`
    page = ROOT / "tests" / "data" / "pages" / "yi2022-intro-r-schedule.md"
    program = SchedulePageReader().read(page.read_text(encoding="utf-8"), source=page.name, context=ReadContext())
    chicago = ZoneInfo("America/Chicago")  # "All times are CDT (UTC−05:00)"
    rows = [
        ("Joint Workshop Session", 18, (15, 0), (16, 30)),
        ("Break", 18, (16, 30), (16, 45)),
        ("Check-in and breakfast", 19, (9, 0), (9, 15)),
        ("Coffee break", 19, (10, 30), (10, 45)),
        ("Lunch", 19, (12, 0), (12, 45)),
    ]
    read = {item.title: (item.start, item.end) for item in program.items}
    assert len(program.items) == 9
    for title, day, start, end in rows:
        assert read[title] == (
            datetime(2022, 10, day, *start, tzinfo=chicago),
            datetime(2022, 10, day, *end, tzinfo=chicago),
        )
    assert sum(1 for item in program.items if item.start and item.start.day == 19) == 6


def test_an_unreadable_date_cell_is_said_at_its_line_and_its_row_left_out() -> None:
    # Wednesday's first row with its Date cell mistyped: carried on, it fell on Tuesday, said nowhere
    page = ROOT / "tests" / "data" / "pages" / "yi2022-intro-r-schedule.md"
    text = page.read_text(encoding="utf-8").replace("| W 10/19 | 09:00", "| Wendesday | 09:00")
    text = text.replace("| W 10/19 | 10:30", '| " | 10:30')  # a ditto mark writes no date: the day above
    program = SchedulePageReader().read(text, source=page.name, context=ReadContext())

    assert [(problem.code, problem.message, problem.source) for problem in program.problems] == [
        (
            "unreadable-row",
            f"{page.name}:15: expected a date such as 2026-03-12, 12.03.2026 or 'Monday March 2, 2026'"
            " in the table's date column, found 'Wendesday'",
            SourceRef(page.name, 15),
        )
    ]
    assert "Check-in and breakfast" not in {item.title for item in program.items}
    coffee = next(item for item in program.items if item.title == "Coffee break")
    assert coffee.start == datetime(2022, 10, 19, 10, 30, tzinfo=ZoneInfo("America/Chicago"))

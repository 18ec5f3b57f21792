"""Leftovers of trials 15 and 17 mended in session 13, each on its real file in tests/data.

- A text page that lacks both its first date and its zone asks for both in one message (35 pages
  asked for --timezone, then, run again, for --date), and so does a saved page whose tables or
  lines need both (20 in tests/data/html_pages).
- A wrong --date year on a YAML site whose days are weekday-named says so once, with the count
  and the first place (JFPC 2021: 51 errors, one an entry): tests/readers/test_yaml_trial13.py.
"""

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError, UsageError
from program.readers.base import ReadContext
from program.readers.html_page import HtmlPageReader
from program.readers.schedule_page import SchedulePageReader

DATA = Path(__file__).resolve().parent.parent / "data"
MADRID = ZoneInfo("Europe/Madrid")
BOTH = (
    "give the first day with --date YYYY-MM-DD and the zone with --timezone Area/City (e.g. --timezone "
    "Europe/Lisbon), or set date and timezone in the program file"
)


def _read_page(name: str, context: ReadContext) -> None:
    text = (DATA / "pages" / name).read_text(encoding="utf-8")
    SchedulePageReader().read(text, source=name, context=context)


@pytest.mark.parametrize(
    ("name", "missing"),
    [
        # "| 0800 – 0830 | : | Registration |": times and no date at all
        ("urc2023-schedule.txt", "urc2023-schedule.txt: the page gives no date for its times"),
    ],
)
def test_a_page_missing_its_first_date_and_its_zone_asks_for_both_at_once(name: str, missing: str) -> None:
    with pytest.raises(UsageError) as raised:
        _read_page(name, ReadContext())

    assert str(raised.value) == f"{missing}, and the page names no time zone; {BOTH}"


@pytest.mark.parametrize(
    "name",
    [
        # "<h5>Lunes 27 de Junio</h5>" under "Programa JNIC 2022": 27 June 2022 was a Monday (`lines/page_year.py`)
        "jnic2022-programa27.md",
        # "### Monday (Sept 2)" under "## Osaka 9/2-9/6 2024": 2 September 2024 was a Monday
        "a3net2024-readme.md",
    ],
)
def test_a_page_whose_year_and_weekdays_give_its_first_date_asks_for_the_zone_alone(name: str) -> None:
    with pytest.raises(UsageError) as raised:
        _read_page(name, ReadContext())

    assert (
        str(raised.value)
        == f"{name}: the page names no time zone; give one with --timezone (e.g. --timezone Europe/Lisbon)"
    )


def test_a_page_given_one_of_the_two_asks_for_the_other_alone() -> None:
    with pytest.raises(UsageError) as no_date:
        _read_page("urc2023-schedule.txt", ReadContext(timezone=MADRID))
    with pytest.raises(UsageError) as no_zone:
        _read_page("jnic2022-programa27.md", ReadContext(first_date=date(2022, 6, 27)))

    assert (
        str(no_date.value)
        == "urc2023-schedule.txt: the page gives no date for its times; give the first day with --date"
    )
    assert str(no_zone.value) == (
        "jnic2022-programa27.md: the page names no time zone; give one with --timezone (e.g. --timezone Europe/Lisbon)"
    )


@pytest.mark.parametrize(
    ("name", "missing"),
    [
        # FEAST 2021: time-led lines and no date or zone anywhere
        ("feast2021-program.html", "the page's times have no date and the page names none"),
        # MLSys 2023: a Markdown table of times under no dated heading
        ("mlsys2023-schedule.md", "the page's times in the table at line 12 have no date and the page names none"),
        # Agile France 2013: "<h3>jeudi 23</h3>": a weekday and a day of no month or year
        ("agilefrance2013-programme.html", "the page's day headings have no year or are weekdays"),
    ],
)
def test_a_saved_page_missing_its_first_date_and_its_zone_asks_for_both_at_once(name: str, missing: str) -> None:
    text = (DATA / "html_pages" / name).read_text(encoding="utf-8")

    with pytest.raises(UsageError) as raised:
        HtmlPageReader().read(text, source=name, context=ReadContext())
    with pytest.raises(UsageError) as zone_given:
        HtmlPageReader().read(text, source=name, context=ReadContext(timezone=MADRID))

    assert str(raised.value) == (
        f"{name}: the page's times have no time zone and the page names none, and {missing}; pass --date YYYY-MM-DD "
        "(the first day) and --timezone Area/City, or set date and timezone in the program file"
    )
    assert str(zone_given.value).startswith(f"{name}: {missing}; pass --date YYYY-MM-DD")


def test_a_day_heading_that_is_a_date_in_no_year_is_the_files_error_not_the_options() -> None:
    """A3Net 2024's `### Monday (Sept 2)` written as `### Monday (Sept 31)`: no --date makes it a date.

    The fuzz test of the whole build found `0/0` as a day heading raised "check --date" (a usage
    error) with --date given; a heading that names no date in any year is the file's error, said at the
    first slot under it.
    A day that is a date in some other year still points at --date (JFPC's weekdays, above).
    """
    text = (DATA / "pages" / "a3net2024-readme.md").read_text(encoding="utf-8").replace("(Sept 2)", "(Sept 31)")
    context = ReadContext(first_date=date(2024, 9, 2), timezone=ZoneInfo("Asia/Tokyo"))

    with pytest.raises(ParseError) as raised:
        SchedulePageReader().read(text, source="a3net2024-readme.md", context=context)

    assert raised.value.source.line == 8
    assert "in any year: expected a day heading that is a date" in raised.value.reason

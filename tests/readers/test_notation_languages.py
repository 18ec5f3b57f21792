"""Day headings and dates in Dutch, Italian, Portuguese and Polish (trials 16 and 17).

WND 2025's programme (Dutch, tests/data/pages) heads its days `## Vrijdag 12 december 2025` and
`## Zaterdag 13 december 2025`: the second was not placed (Dutch weekdays were unknown) and the
eleven items after it fell on the first day. Months that share no first letters with an English,
German or French one are read as whole words ("mei", "maggio", "outubro", "grudnia").
"""

from __future__ import annotations

import re
from datetime import date
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from program.readers import ReadContext, decode_feed
from program.readers.lines.day_headings import day_heading
from program.readers.notation.dates import DateError, parse_date
from program.readers.schedule_page import SchedulePageReader

from helpers import ROOT

WND = ROOT / "tests" / "data" / "pages" / "wnd2025-programma.md"
DUTCH_DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"),
}  # fmt: skip


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.sampled_from(sorted(MONTHS)))
def test_a_day_and_a_months_name_of_each_language_read_back(day: date, language: str) -> None:
    written = f"{day.day} {MONTHS[language][day.month - 1]} {day.year}"

    assert parse_date(written).resolve(None) == day


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_a_dutch_day_heading_is_a_day_on_its_weekday(day: date) -> None:
    heading = f"{DUTCH_DAYS[day.weekday()].title()} {day.day} {MONTHS['nl'][day.month - 1]} {day.year}"

    found = day_heading(heading)

    assert found is not None and found.resolve(None) == day and found.weekday == day.weekday()


def test_wnd2025_each_days_items_fall_on_its_heading_without_a_date_given() -> None:
    text = decode_feed(WND.read_bytes(), str(WND))
    # each time-led line's day: the last "## <weekday> <day> december 2025" above it
    days, current = [], None
    for line in text.splitlines():
        if (heading := re.match(r"^## \w+ (\d+) december 2025$", line)) is not None:
            current = date(2025, 12, int(heading[1]))
        elif re.match(r"^\d{2}\.\d{2}(?:-\d{2}\.\d{2})? ", line):
            days.append(current)
    context = ReadContext(timezone=ZoneInfo("Europe/Amsterdam"))

    program = SchedulePageReader().read(text, source=str(WND), context=context)

    assert [item.start.date() for item in program.items if item.start is not None] == days
    assert days.count(date(2025, 12, 13)) == 11


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("19 MAYIS 2021", date(2021, 5, 19)),  # Hisarlı 2021's table heading
        ("5 NİSAN 2021", date(2021, 4, 5)),  # "İ" casefolds to an i and a combining dot: no month before
        ("3 EKİM 2020", date(2020, 10, 3)),
        ("9 HAZİRAN 2020", date(2020, 6, 9)),
        ("1 KASIM 2020", date(2020, 11, 1)),
        ("1 Kasım 2020", date(2020, 11, 1)),  # the dotless ı
        ("19 Mayıs 2021 Çarşamba", date(2021, 5, 19)),  # a Wednesday
        ("ÇARŞAMBA, 19 MAYIS 2021", date(2021, 5, 19)),
    ],
)
def test_turkish_dates_in_capitals_and_with_their_weekday(written: str, day: date) -> None:
    assert parse_date(written).resolve(None) == day


def test_a_turkish_weekday_that_is_not_the_dates_is_an_error() -> None:
    with pytest.raises(DateError, match="not a Tuesday"):
        parse_date("19 Mayıs 2021, Salı").resolve(None)

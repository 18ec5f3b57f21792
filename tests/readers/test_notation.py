import re
from datetime import date, time, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from program.readers.notation.afternoon import AfternoonClock, afternoon_note, is_twelve_hour_sheet
from program.readers.notation.dates import DateError, NeedsFirstDateError, WrittenDate, parse_date, slash_order
from program.readers.notation.times import HOUR_MARKED, ClockError, clock_value, is_open_end, parse_clock, parse_span
from program.readers.tabular.row_times import row_span
from program.readers.yaml_times import clock_range, parse_day, parse_moment

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _notations(minutes: int) -> list[str]:
    hour, minute = divmod(minutes, 60)
    twelve = hour % 12 or 12
    meridiem = "am" if hour < 12 else "pm"
    return [
        f"{hour}:{minute:02d}",
        f"{hour:02d}:{minute:02d}",
        f"{hour}.{minute:02d}",
        f"{hour}h{minute:02d}",
        f"{hour}{minute:02d}",  # 900, 1800
        f"{hour:02d}:{minute:02d} Uhr",
        f"{twelve}:{minute:02d}{meridiem}",
        f"{twelve:02d}:{minute:02d} {meridiem.upper()}",
        f"{twelve}:{minute:02d} {meridiem[0]}.m.",
    ]


@given(st.integers(0, 24 * 60 - 1))
def test_clock_every_notation_reads_back(minutes: int) -> None:
    read = {notation: parse_clock(notation).minutes for notation in _notations(minutes)}

    assert read == dict.fromkeys(read, minutes)


@given(st.integers(0, 23))
def test_clock_hour_with_colon_and_meridiem_but_no_minutes_reads_the_full_hour(hour: int) -> None:
    # LedgerFest 2019's Zeppelin schedule: startTime "8:am", endTime "12:pm".
    twelve, meridiem = hour % 12 or 12, "am" if hour < 12 else "pm"

    read = [parse_clock(f"{twelve}:{meridiem}").minutes, parse_clock(f"{twelve}: {meridiem.upper()}").minutes]

    assert read == [hour * 60, hour * 60]


@given(st.integers(0, 24 * 60 - 1))
def test_clock_marked_with_h_and_m_reads_back(minutes: int) -> None:
    hour, minute = divmod(minutes, 60)
    written = [f"{hour:02d}h{minute:02d}m", f"{hour}h{minute:02d}m", f"{hour}h{minute:02d}"]

    assert [parse_clock(text).minutes for text in written] == [minutes] * 3
    assert all(re.fullmatch(HOUR_MARKED, text) for text in written)


@given(st.integers(0, 23), st.sampled_from(["Credenciamento", "Almoço", "Mesas Redondas"]))
def test_whole_hour_marked_with_h_leads_a_line_only_before_a_dash(hour: int, title: str) -> None:
    # I ENPEB 2012's "08h - Credenciamento"; "2h workshop" writes a length, no clock
    led = re.match(rf"({HOUR_MARKED})\s*-\s*{title}$", f"{hour:02d}h - {title}")

    assert led is not None and parse_clock(led[1]).minutes == hour * 60
    assert re.match(HOUR_MARKED, f"{hour}h {title}") is None


@given(st.integers(0, 24 * 60 - 1))
def test_clock_excel_fraction_and_time_value_read_back(minutes: int) -> None:
    as_time = time(minutes // 60, minutes % 60)

    assert (clock_value(minutes / 1440).minutes, clock_value(as_time).minutes) == (minutes, minutes)


@given(st.integers(0, 24 * 60 - 1), st.integers(1, 12 * 60))
def test_span_24_hour_reads_back_across_midnight(start: int, length: int) -> None:
    end = start + length
    text = f"{start // 60}:{start % 60:02d}-{end % 1440 // 60}:{end % 60:02d}"

    span = parse_span(text)

    assert (span.start.minutes, span.end_minutes) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("14:00-15:30 Uhr", 840, 930),
        ("10h à 13h", 600, 780),
        ("23:00-0:30", 1380, 1470),
        ("07:00 AM - 11:59 PM", 420, 1439),
        ("06:30 PM - 12:00 AM", 1110, 1440),
        ("12:00-1:30", 720, 810),
        ("9-10:30 pm", 1260, 1350),
        ("11:30-12:30 pm", 690, 750),
        ("900-1800", 540, 1080),
        ("17h15", 1035, None),
        ("09h30m", 570, None),  # I ENPEB 2012: minutes marked "m" after the hour's "h"
        ("14h - 15h", 840, 900),
        ("5:15 on", 315, None),
        ("12:00 Noon", 720, None),  # PERLS 2021; the "on" of "Noon" is no trailing word
        ("11:00-12:00 Noon", 660, 720),
        ("18:00 onwards", 1080, None),
        ("11-12am", 660, 720),  # "12am" meant as noon (Instincts 2014's hours)
        ("12am-1pm", 720, 780),
        ("12:00 AM - 11:59 PM", 0, 1439),  # a whole day: midnight as written
        ("11:30pm-12am", 1410, 1440),
        ("9am-12am", 540, 1440),  # noon would make 3 hours of a 15: too far to call it a slip
    ],
)
def test_span_notation(text: str, start: int, end: int | None) -> None:
    span = parse_span(text)

    assert (span.start.minutes, span.end_minutes) == (start, end)


def twelve_hour(minutes: int, meridiem: str = "") -> str:
    """A time on a 12-hour clock, "3:30" or with its meridiem "3:30pm", or "5pm" on the hour."""
    hour, minute = divmod(minutes, 60)
    return f"{hour % 12 or 12}{f':{minute:02d}' if minute else ''}{meridiem}"


@given(st.integers(0, 24 * 60 - 2), st.integers(1, 12 * 60 - 1))
def test_span_meridiem_written_once_at_the_end_holds_for_the_start_when_that_makes_a_range(
    start: int, length: int
) -> None:
    """'3:30-4:30pm', '5-6pm', '11:30-12:30pm': of the start's two readings, the one under 12 hours before the end."""
    end = start + length
    assume(end < 24 * 60)
    text = f"{twelve_hour(start)}-{twelve_hour(end, 'pm' if end >= 12 * 60 else 'am')}"

    span = parse_span(text)

    assert (span.start.minutes, span.end_minutes) == (start, end), text


@given(st.integers(0, 24 * 60 - 2), st.integers(1, 12 * 60 - 1))
def test_yaml_site_ranges_take_the_meridiem_written_at_the_end_too(start: int, length: int) -> None:
    """The static-site YAML reader splits "3:30-4:30pm" itself (a range in one `time` key): the same rule."""
    end = start + length
    assume(end < 24 * 60)
    text = f"{twelve_hour(start)}-{twelve_hour(end, 'pm' if end >= 12 * 60 else 'am')}"
    pair = clock_range(text)
    assert pair is not None

    assert (parse_moment(pair[0]).minutes, parse_moment(pair[1]).minutes) == (start, end), text


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("3:30-4:30pm", 930, 990),  # SRCCON:WORK 2018 (trial 3): was 3:30 a.m. to 4:30 p.m.
        ("12:15-1:15pm", 735, 795),
        ("10:45-11:45am", 645, 705),
        ("5-6pm", 1020, 1080),
        ("10-1pm", 600, 780),
        ("13:00-2pm", 780, 840),  # a 24-hour start is as written
        ("8am-5pm", 480, 1020),
    ],
)
def test_span_meridiem_at_the_end(text: str, start: int, end: int) -> None:
    span = parse_span(text)

    assert (span.start.minutes, span.end_minutes) == (start, end)


def test_span_twelve_hour_sheet_runs_into_the_afternoon_in_order() -> None:
    spans = [parse_span(text) for text in ("8:30-9:45", "10:15-12:00", "12:00-1:30", "1:30-2:45", "3:15-4:45")]
    clock = AfternoonClock()

    placed = [clock.place(span) for span in spans]

    assert is_twelve_hour_sheet(spans)
    assert placed == [(510, 585), (615, 720), (720, 810), (810, 885), (915, 1005)]


@pytest.mark.parametrize(
    "text", ["9:75", "25:00", "13:05 pm", "Session 1", "", "9:00 Noon", "12:00 banana", "8:", "13:pm", "8:a"]
)
def test_clock_not_a_time_is_an_error(text: str) -> None:
    with pytest.raises(ClockError):
        parse_clock(text)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_date_every_notation_reads_back(day: date) -> None:
    notations = [
        day.isoformat(),
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.day}.{day.month}.{day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{DAYS[day.weekday()]} {MONTHS[day.month - 1]} {day.day}, {day.year}",
        f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year}\xa0",
    ]

    read = {notation: parse_date(notation).resolve(None) for notation in notations}

    assert read == dict.fromkeys(read, day)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.booleans())
def test_date_with_the_year_first_and_a_months_name_reads_back(day: date, abbreviated: bool) -> None:
    # DLF Forum 2020's sessions write "2020-Nov-09 10:00": every order of a month's name after the year
    month = MONTHS[day.month - 1][:3] if abbreviated else MONTHS[day.month - 1]
    notations = [
        f"{day.year}-{month}-{day.day:02d}",
        f"{day.year}-{month}-{day.day}",
        f"{day.year} {month} {day.day}",
        f"{day.year}, {month} {day.day}",
        f"{day.year} {day.day} {month}",
        f"{day.year}-{day.day:02d}-{month}",
        f"{DAYS[day.weekday()]} {day.year}-{month}-{day.day:02d}",
    ]

    read = {notation: parse_date(notation).resolve(None) for notation in notations}

    assert read == dict.fromkeys(read, day)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 23), st.integers(0, 59))
def test_a_cell_with_a_year_first_date_and_a_clock_is_that_day_and_time(day: date, hour: int, minute: int) -> None:
    written = f"{day.year}-{MONTHS[day.month - 1][:3]}-{day.day:02d} {hour:02d}:{minute:02d}"

    span, start_day, _ = row_span({"start": written}.get, {"start": written}.get, True)

    assert start_day is not None and start_day.resolve(None) == day
    assert span is not None and span.start.minutes == hour * 60 + minute


def test_a_year_first_date_with_a_day_past_the_months_end_is_no_date() -> None:
    with pytest.raises(DateError, match="2020-11-31 is not a date"):
        parse_date("2020-Nov-31").resolve(None)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 6))
def test_date_weekday_day_number_and_serial_from_first_date(first: date, offset: int) -> None:
    day = first + timedelta(days=offset)

    assert parse_date(DAYS[day.weekday()]).resolve(first) == day
    assert parse_date(f"Day {offset + 1}").resolve(first) == day
    assert parse_date(float((day - date(1899, 12, 30)).days)).resolve(None) == day


def test_date_without_year_takes_the_first_days_year() -> None:
    assert parse_date("Thursday, Sep 4").resolve(date(2014, 9, 2)) == date(2014, 9, 4)


def test_date_after_a_day_number_says_more_than_the_number() -> None:
    assert parse_date("DAY 1 - Mar 13").resolve(date(2014, 3, 12)) == date(2014, 3, 13)


def test_date_without_year_and_no_first_date_says_so() -> None:
    with pytest.raises(NeedsFirstDateError):
        parse_date("Day 2").resolve(None)


def test_date_slash_order_from_the_column() -> None:
    assert (slash_order(["06/14/2025"]), slash_order(["14/06/2025"]), slash_order(["01/02/2025"])) == (
        False,
        True,
        True,
    )


def test_a_twelve_hour_day_opening_at_two_is_the_afternoon_and_the_note_names_it() -> None:
    # FOSD 2018's first day: "2:00-3:15", "3:40-4:30", "4:45-5:35"; the next day "9:00-10:15" is the morning
    clock = AfternoonClock()
    first = [clock.place(parse_span(text)) for text in ("2:00-3:15", "3:40-4:30", "4:45-5:35")]
    clock.new_day()
    second = [clock.place(parse_span(text)) for text in ("9:00-10:15", "1:30-2:45")]

    assert first == [(840, 915), (940, 990), (1005, 1055)]
    assert second == [(540, 615), (810, 885)]
    assert afternoon_note(clock) == (
        "12-hour times without am/pm, read in order within each day: 4 starts read as p.m. "
        "('2:00', '3:40', '4:45', '1:30')"
    )


def test_a_number_of_thousands_of_digits_in_a_date_is_no_date_and_no_traceback() -> None:
    # html-page fuzz case 26885: a day header "Fri999…9" (4,301 digits); int() of it raises ValueError
    with pytest.raises(DateError):
        parse_date("March " + "9" * 4_301)
    assert parse_date("Monday March 2nd 2026") == WrittenDate(2026, 3, 2, 0)


@pytest.mark.parametrize("text", ["²", "² March", "March ²"])
def test_a_superscript_digit_is_no_day_number(text: str) -> None:
    # "²" is a digit to str.isdigit() and a word to \w, but int() reads no number from it: it
    # raised ValueError from every reader that reads dates (the README's test run's fuzz found it).
    with pytest.raises(DateError):
        parse_date(text)


FRENCH_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre")  # fmt: skip
FRENCH_SHORT_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                       "déc.")  # fmt: skip
GERMAN_DAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
GERMAN_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember")  # fmt: skip
SPANISH_DAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                  "noviembre", "diciembre")  # fmt: skip


def _named_days(day: date) -> list[str]:
    """`day` as French, German and Spanish sites write it: weekday, day and month, in full and abbreviated."""
    weekday, month = day.weekday(), day.month - 1
    return [
        f"{FRENCH_DAYS[weekday].title()} {day.day} {FRENCH_MONTHS[month]}",  # JFPC 2021: "Mardi 22 juin"
        f"{FRENCH_DAYS[weekday][:3]}. {day.day} {FRENCH_SHORT_MONTHS[month]}",  # "mar. 22 juin": mardi, not March
        f"{FRENCH_DAYS[weekday][:3].title()} {day.day} {FRENCH_MONTHS[month]}",
        f"{GERMAN_DAYS[weekday]}, {day.day}. {GERMAN_MONTHS[month]}",
        f"{GERMAN_DAYS[weekday][:2]}. {day.day}. {GERMAN_MONTHS[month]}",
        f"{SPANISH_DAYS[weekday]} {day.day} de {SPANISH_MONTHS[month]}",
        f"{SPANISH_DAYS[weekday].title()}, {day.day} de {SPANISH_MONTHS[month]}",
        f"{SPANISH_DAYS[weekday][:3]} {day.day} de {SPANISH_MONTHS[month]}",  # "mar 22 de junio": martes
    ]


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 6))
def test_date_weekday_day_and_month_in_french_german_and_spanish_read_back(day: date, before: int) -> None:
    # JFPC 2021's "Mardi 22 juin" with --date 2021-06-22 came out on 22 March: "Mar" opened a month there
    first = max(day - timedelta(days=before), date(day.year, 1, 1))
    notations = _named_days(day)

    read = {notation: parse_date(notation).resolve(first) for notation in notations}
    with_year = {f"{notation} {day.year}": parse_date(f"{notation} {day.year}").resolve(None) for notation in notations}
    in_yaml = {notation: parse_day(notation, first, 1) for notation in notations}

    assert read == dict.fromkeys(read, day)
    assert with_year == dict.fromkeys(with_year, day)
    assert in_yaml == dict.fromkeys(in_yaml, day)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Mar 3", date(2021, 3, 3)), ("Mar 22 June", date(2021, 6, 22)), ("March 3", date(2021, 3, 3))],
)
def test_mar_is_march_unless_another_word_names_the_month(text: str, expected: date) -> None:
    assert parse_date(text).resolve(date(2021, 1, 1)) == expected


def test_a_weekday_its_date_is_not_in_the_first_days_year_is_an_error() -> None:
    # "Mardi 22 juin" with --date 2022-06-21: 22 June 2022 is a Wednesday
    with pytest.raises(DateError, match="2022-06-22 is not a Tuesday"):
        parse_date("Mardi 22 juin").resolve(date(2022, 6, 21))


@pytest.mark.parametrize(
    "text", ["late", "Late", "till late", "until late", "'til late", "open end", "Open-End", "open-ended", "offen",
             "ende offen", "tbd", "TBA", "?", "-", "–", "...", "…"],
)  # fmt: skip
def test_an_end_in_words_that_leaves_it_open(text: str) -> None:
    assert is_open_end(text)


@given(st.integers(0, 24 * 60 - 1))
def test_no_clock_time_is_an_open_end(minutes: int) -> None:
    assert not any(is_open_end(notation) for notation in _notations(minutes))

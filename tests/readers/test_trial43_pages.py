"""Trial 43's multi-day community-conference pages (unseen), read as their sources write them.

Their day headings were dropped, and every later item fell on the last day read: `##Miércoles 20 de Mayo del
2015` (no space after the marks), `## Dia 30/08/2018` (read as no day, then the tool asked for --date the page
gives), `<th><center>Day 2 - July 5, 2015</center></th>` (a table of one cell over the day's table). Every field
is checked against the expectations in tests/data/*/expected (test_page_lines.py, test_html_page_expectations.py);
here, what each shape does, counted from the sources with the standard library.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.readers import ReadContext
from program.readers.html_page import HtmlPageReader
from program.readers.lines.day_headings import day_heading
from program.readers.lines.table_place import place_under_table
from program.readers.notation.leading import leading_span
from program.readers.schedule_page import SchedulePageReader

DATA = Path(__file__).parent.parent / "data"


def _read_page(name: str, zone: str) -> list[tuple[date, str, str | None]]:
    text = (DATA / "pages" / name).read_text(encoding="utf-8")
    program = SchedulePageReader().read(text, source=name, context=ReadContext(timezone=ZoneInfo(zone)))
    return [(item.start.date(), item.title, item.location) for item in program.items if item.start is not None]


def _days_in_source(text: str, heading: str) -> Counter[str]:
    """Each day heading's timed rows, counted from the source: the rows under it up to the next heading."""
    counted: Counter[str] = Counter()
    day = ""
    for line in text.split("\n"):
        if (found := re.match(heading, line)) is not None:
            day = found[1]
        elif re.match(r"^\|\|?\s*\d{1,2}:\d{2}", line) and not re.match(r"^\|\|[^|]+\|\|-\|\|$", line):
            counted[day] += 1  # a row whose only cell is `-` holds nothing
    return counted


def test_scipyla2015_days_without_a_space_after_the_marks_each_hold_their_rows() -> None:
    text = (DATA / "pages" / "scipyla2015-grilla.md").read_text(encoding="utf-8")
    source = _days_in_source(text, r"^##\s*\w+ (\d+) de Mayo")

    read = Counter(str(day.day) for day, _, _ in _read_page("scipyla2015-grilla.md", "America/Argentina/Buenos_Aires"))

    # the 20th and the 22nd each write a workshop's cell again on its next row (one slot), and the 22nd's `Sala PSF`
    # column holds one talk beside the Git workshop's row (one more slot)
    assert read == Counter({"18": 2, "19": 2, "20": source["20"] - 1, "21": source["21"], "22": source["22"]})
    assert source == Counter({"18": 2, "19": 2, "20": 12, "21": 11, "22": 12})


def test_scipyla2015_one_rooms_column_puts_its_rows_in_that_room() -> None:
    read = _read_page("scipyla2015-grilla.md", "America/Argentina/Buenos_Aires")

    thursday = [room for day, _, room in read if day == date(2015, 5, 21)]
    friday = {title: room for day, title, room in read if day == date(2015, 5, 22)}

    assert set(thursday) == {"Sala Machinalis"}  # `||**Hora**||**Sala Machinalis**||`
    assert friday["Data Science for Managers"] == "Sala PSF"
    assert friday["Bokeh: Complejas visualizaciones a la vuelta de la esquina"] == "Sala Machinalis"  # PSF dashed
    assert friday["Almuerzo"] is None  # a break alone in its row: everyone's


def test_scipyla2018_dia_headings_date_the_page_without_date() -> None:
    read = _read_page("scipyla2018-agenda.pt.md", "America/Sao_Paulo")

    days = Counter(day.isoformat() for day, _, _ in read)
    rooms = {room for day, _, room in read if day != date(2018, 8, 29)}

    assert days == Counter({"2018-08-29": 8, "2018-08-30": 15, "2018-08-31": 12})
    assert rooms == {"Mini-auditorium"}  # `##### Local: Mini-auditorium`


def test_flisol2019_a_range_with_a_and_the_place_under_each_table() -> None:
    text = (DATA / "pages" / "flisol-sucre2019.md").read_text(encoding="utf-8")
    program = SchedulePageReader().read(
        text, source="flisol-sucre2019.md", context=ReadContext(timezone=ZoneInfo("America/La_Paz"))
    )
    install = next(item for item in program.items if item.title == "Install Fest")
    places = {item.start.date().isoformat(): item.location for item in program.items if item.start is not None}

    assert install.start is not None and install.end is not None
    assert (install.start.hour, install.start.minute, install.end.hour) == (10, 30, 13)  # `|10:30 a 13:00|`
    assert places == {
        "2019-04-26": "Salon Pequeño - Facultad de Tecnología",
        "2019-04-27": "Calle Miguel Angel Valda, 100 - Ambiente 6A",
    }
    assert all("Calle Miguel Angel Valda" not in person for item in program.items for person in item.people)


def test_pyconph2015_day_tables_of_one_cell_and_rooms_named_over_their_tables() -> None:
    text = (DATA / "html_pages" / "pyconph2015-schedule.rst").read_text(encoding="utf-8")
    day_rows = [len(re.findall(r"<td>\d\d:\d\d", part)) for part in text.split("Day 2 - July 5, 2015")]

    program = HtmlPageReader().read(
        text, source="pyconph2015-schedule.rst", context=ReadContext(timezone=ZoneInfo("Asia/Manila"))
    )
    days = Counter(item.start.date().isoformat() for item in program.items if item.start is not None)
    rooms = Counter(item.location for item in program.items if item.start and item.start.date() == date(2015, 7, 5))

    assert days == {"2015-07-04": day_rows[0], "2015-07-05": day_rows[1]}
    assert rooms == {None: 12, "Beginners": 4, "Classroom 2": 4, "Classroom 3": 4, "Django Workshop": 6}


@pytest.mark.parametrize(
    ("heading", "written"),
    [
        ("Dia 30/08/2018", (2018, 8, 30, None)),
        ("Día 2", (None, None, None, 2)),
        ("Day 2 - July 5, 2015", (2015, 7, 5, None)),
    ],
)
def test_day_word_before_a_numeric_date_is_that_date(heading: str, written: tuple[object, ...]) -> None:
    found = day_heading(heading)

    assert found is not None
    assert (found.year, found.month, found.day, found.day_number) == written


def test_a_and_bis_join_two_clocks_but_not_a_title() -> None:
    ranged = [leading_span(text) for text in ("10:30 a 13:00", "10:30 às 13:00", "10:30 bis 13:00")]
    titled = leading_span("10:30 a Title")

    assert all(found is not None and found.span.end_minutes == 780 for found in ranged)
    assert titled is not None and titled.span.end is None and titled.rest == "a Title"


def test_only_a_bold_place_is_a_tables_place() -> None:
    assert place_under_table("**Sala 3, Edificio B**") == "Sala 3, Edificio B"
    assert place_under_table("**Coffee and snacks provided**") is None
    assert place_under_table("Calle Mayor 5") is None  # not bold: a line of the page


def test_a_title_across_a_whole_table_is_no_room() -> None:
    text = (
        "<html><body><table>"
        "<tr><th colspan='3'>Workshop programme</th></tr>"
        "<tr><th>Time</th><th>Talk</th><th>Speaker</th></tr>"
        "<tr><td>10:00 - 11:00</td><td>Engines and what they compute</td><td>Ada Lovelace</td></tr>"
        "<tr><td>11:00 - 12:00</td><td>Numbers and the sky</td><td>Mary Somerville</td></tr>"
        "</table></body></html>"
    )
    program = HtmlPageReader().read(
        text, source="page.html", context=ReadContext(date(2026, 3, 2), ZoneInfo("Europe/London"))
    )

    assert [(item.title, item.location) for item in program.items] == [
        ("Engines and what they compute", None),
        ("Numbers and the sky", None),
    ]


def test_flisol_riogrande2016_ranges_with_a_and_the_hours_word_hs() -> None:
    """The same shapes in another organiser's post: `- 14:00 a 14:30: Espacio Taller: …`, `- 15:00 hs: Charla …`."""
    text = (DATA / "pages" / "flisol-riogrande2016.md").read_text(encoding="utf-8")
    written = re.findall(r"^- (\d\d:\d\d)(?: a (\d\d:\d\d))?(?: hs)?: (\S+)", text, re.MULTILINE)
    program = SchedulePageReader().read(
        text, source="flisol-riogrande2016.md", context=ReadContext(timezone=ZoneInfo("America/Argentina/Ushuaia"))
    )

    read = [(item.start, item.end, item.title) for item in program.items]

    assert len(read) == len(written) == 11
    assert [start.strftime("%H:%M") for start, _, _ in read if start] == [start for start, _, _ in written]
    assert [end.strftime("%H:%M") for _, end, _ in read[1:3] if end] == [end for _, end, _ in written[1:3]]
    assert read[0][2] == "Presentación"  # `14:00 hs: Presentación`: the hours' word no part of the title
    assert all(not title.startswith(("hs", "a ")) for _, _, title in read)

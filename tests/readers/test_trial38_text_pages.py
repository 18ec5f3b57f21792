"""Trial 38's Markdown pages (unseen), read as their sources write them (tests/data/pages/PROVENANCE.md).

JKR AI & IoT 2025 (Malay) times its rows with the part of the day for am/pm (`8.30 – 10.30 mlm`,
`11.00 – 1.00 tgh`); DevOpsDagar 2024 (Norwegian) heads its days in Hugo accordions and writes a block's second
talk on a row without a time. Expectations come from the rows themselves.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError, UsageError
from program.readers import ReadContext
from program.readers.lines.rows import table_header
from program.readers.notation.leading import leading_span
from program.readers.notation.times import ClockError, parse_clock, parse_span
from program.readers.schedule_page import SchedulePageReader

from helpers import ROOT, read_detected

PAGES = ROOT / "tests" / "data" / "pages"
KUALA_LUMPUR = ZoneInfo("Asia/Kuala_Lumpur")
OSLO = ZoneInfo("Europe/Oslo")
JKR = "jkriotai2025-readme.md"
DEVOPS = "devopsdagar2024-program.md"


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("8.30 – 10.30 mlm", 20 * 60 + 30, 22 * 60 + 30),  # malam: night
        ("11.00 – 1.00 tgh", 11 * 60, 13 * 60),  # tengah hari: midday, 11 before noon and 1 after it
        ("11.30 – 12.30 tgh", 11 * 60 + 30, 12 * 60 + 30),
        ("10.30 – 11.00 pg", 10 * 60 + 30, 11 * 60),  # pg: pagi, morning
        ("3.00 – 5.00 ptg", 15 * 60, 17 * 60),  # petang: afternoon
        ("7.30 – 9.00 pagi", 7 * 60 + 30, 9 * 60),
        ("11.00 – 1.00 ptg", 11 * 60, 13 * 60),  # the start in the morning: before its end
        ("10.00 – 12.00 mlm", 22 * 60, 24 * 60),  # midnight at the night's end
        ("11.00 pagi – 1.00 ptg", 11 * 60, 13 * 60),  # each end its own part of the day
        ("9.00 - 10.00 tengah hari", 9 * 60, 10 * 60),
    ],
)
def test_a_malay_part_of_the_day_after_a_time_or_range_is_its_am_or_pm(written: str, start: int, end: int) -> None:
    span = parse_span(written)

    assert (span.start.minutes, span.end_minutes) == (start, end)
    found = leading_span(f"{written} Makan malam")
    assert found is not None and (found.span.start.minutes, found.span.end_minutes, found.rest) == (
        start,
        end,
        "Makan malam",
    )


def test_a_part_of_the_day_needs_a_twelve_hour_clock_and_is_a_whole_word() -> None:
    assert parse_clock("8.30 mlm").minutes == 20 * 60 + 30
    with pytest.raises(ClockError, match="hours 1 to 12 before 'mlm'"):
        parse_clock("20.30 mlm")
    found = leading_span("9.00 pgAdmin workshop")  # "pg" only as a word: not the start of one
    assert found is not None and (found.span.start.minutes, found.rest) == (9 * 60, "pgAdmin workshop")


def test_malay_and_norwegian_header_words_name_their_columns() -> None:
    malay = table_header(["Masa", "Aktiviti", "Penceramah", "Fasilitator"], 1)
    norwegian = table_header(["Tidspunkt", "Agenda", "Rom", "Speaker"], 1)
    subject_first = table_header(["Emne", "Tidspunkt", "Sted"], 1)

    assert malay is not None and malay.columns == {"time": 0, "title": 1, "people": 2}  # no facilitator as speaker
    assert norwegian is not None and norwegian.columns == {"time": 0, "title": 1, "room": 2, "people": 3}
    assert subject_first is not None and subject_first.columns == {"title": 0, "time": 1, "room": 2}


def _jkr_rows() -> dict[int, tuple[date, list[str]]]:
    """Each timed row's line, its day (from the `## … 1 Oktober 2025` heading above it) and its cells."""
    rows: dict[int, tuple[date, list[str]]] = {}
    day = None
    for number, line in enumerate((PAGES / JKR).read_text(encoding="utf-8").split("\n"), 1):
        if heading := re.search(r", (\d+) Oktober 2025$", line):
            day = date(2025, 10, int(heading[1]))
        elif re.match(r"^\| \d", line) and day is not None:
            rows[number] = (day, [cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


_AFTER_NOON = {"pagi": 0, "pg": 0, "ptg": 12, "mlm": 12}


def test_jkr_rows_are_read_by_their_parts_of_the_day_under_their_malay_day_headings() -> None:
    # No --date: the headings write each day in full (`## 🗓️ Hari Kedua: Khamis, 2 Oktober 2025`).
    _, program = read_detected("pages", JKR, ReadContext(timezone=KUALA_LUMPUR))

    rows = _jkr_rows()
    assert len(rows) == 18 and len(program.items) == 18
    by_line = {item.source.line: item for item in program.items}
    for number, (day, cells) in rows.items():
        item = by_line[number]
        start_hour, start_minute, end_hour, end_minute, word = re.fullmatch(  # type: ignore[union-attr]
            r"(\d+)\.(\d\d) – (\d+)\.(\d\d) (\w+)", cells[0]
        ).groups()
        if word == "tgh":  # `11.00 – 1.00 tgh`, `11.30 – 12.30 tgh`: from before noon to after it
            starts, ends = int(start_hour), int(end_hour) % 12 + 12
        else:
            starts, ends = int(start_hour) + _AFTER_NOON[word], int(end_hour) + _AFTER_NOON[word]
        midnight = datetime(day.year, day.month, day.day, tzinfo=KUALA_LUMPUR)
        assert item.start == midnight + timedelta(hours=starts, minutes=int(start_minute))
        assert item.end == midnight + timedelta(hours=ends, minutes=int(end_minute))
        speaker = cells[2].strip("*")
        assert item.people == (() if speaker == "-" else (speaker.removeprefix("Prof. Madya Dr. "),))
        assert item.location is None
    slot_1 = by_line[14]
    assert slot_1.title == "Slot 1: Penyelidikan IoT untuk Pemeliharaan Warisan"  # no 🟦, no "📂 Modul" link
    assert "note: column not read: 'Fasilitator'" in " ".join(program.reading)


def test_jkr_times_in_unknown_words_are_refused_at_the_first_row_never_as_an_empty_feed() -> None:
    text = re.sub(r" (pagi|pg|tgh|ptg|mlm)( +)\|", r" ytt\2|", (PAGES / JKR).read_text(encoding="utf-8"))

    with pytest.raises(ParseError) as refused:
        SchedulePageReader().read(text, source=JKR, context=ReadContext(timezone=KUALA_LUMPUR))

    assert refused.value.source.line == 12
    assert refused.value.reason == (
        "expected a time such as '14:30', '2:30 pm' or '14:00 - 15:30' in a table's time cell, found "
        "'3.00 – 5.00 ytt'; the words after its time, 'ytt', are no am/pm or part of the day known: 18 rows of "
        "times (lines 12 to 43) not read"
    )


def test_devops_days_from_the_accordions_the_year_from_the_page_and_a_block_second_talk() -> None:
    # No --date: "Oversikt over program 2024" and `Mandag 02. desember`, `Tirsdag 3. desember` (their weekdays in 2024)
    _, program = read_detected("pages", DEVOPS, ReadContext(timezone=OSLO))

    assert len(program.items) == 33
    assert any(
        line.startswith("first date: 2024-12-02, from the page ('Oversikt over program 2024'")
        for line in program.reading
    )
    assert not any("rooms as columns" in line for line in program.reading)
    by_line = {item.source.line: item for item in program.items}
    second = by_line[36]  # `|  | Lærende organisasjoner | Troldsalen | Terje Heen (Telenor)|`
    first = by_line[35]
    assert (second.title, second.people, second.location) == ("Lærende organisasjoner", ("Terje Heen",), "Troldsalen")
    assert (second.start, second.end) == (first.start, first.end)
    assert first.start == datetime(2024, 12, 3, 9, 30, tzinfo=OSLO)
    assert by_line[62].start == datetime(2024, 12, 4, 9, 0, tzinfo=OSLO)  # Onsdag 4. desember: `Oppstart`
    assert by_line[62].people == ()  # `Programledere`: the hosts, no one named
    assert by_line[65].location is None  # a room `TBA`
    assert by_line[50].people == ("Marianne Røsvik", "Lasse Febakke Straum")  # `A og B`
    assert by_line[54].end == datetime(2024, 12, 4, 1, 0, tzinfo=OSLO)  # `19:00 - 01:00`


def test_devops_without_its_year_asks_for_the_first_day() -> None:
    text = (PAGES / DEVOPS).read_text(encoding="utf-8").replace("Oversikt over program 2024", "Oversikt over program")

    with pytest.raises(UsageError, match=r"devopsdagar2024-program.md:18: a day heading without a full date; give"):
        SchedulePageReader().read(text, source=DEVOPS, context=ReadContext(timezone=OSLO))


def test_devops_year_whose_weekdays_disagree_is_not_taken() -> None:
    # 2 December 2023 was a Saturday: the page's "Mandag 02. desember" is not of that year
    text = (PAGES / DEVOPS).read_text(encoding="utf-8").replace("program 2024", "program 2023")

    with pytest.raises(UsageError, match="a day heading without a full date"):
        SchedulePageReader().read(text, source=DEVOPS, context=ReadContext(timezone=OSLO))


def test_day_headings_in_details_summaries_open_their_days_as_accordions_do() -> None:
    text = re.sub(
        r'\{\{< accordion title="([^"]*)">\}\}', r"<details><summary>\1</summary>", (PAGES / DEVOPS).read_text("utf-8")
    ).replace("{{< /accordion >}}", "</details>")

    program = SchedulePageReader().read(text, source=DEVOPS, context=ReadContext(timezone=OSLO))

    days = sorted({item.start.date() for item in program.items if item.start is not None})
    assert days == [date(2024, 12, 2), date(2024, 12, 3), date(2024, 12, 4)]


def test_devops_2023_ignite_talks_under_their_session_and_speakers_without_their_employers() -> None:
    # The same site's 2023 page: `| 13:00 - 14:05 | Ignite Talks: | | |` over six rows without a time
    _, program = read_detected("pages", "devopsdagar2023-program.md", ReadContext(timezone=OSLO))

    by_line = {item.source.line: item for item in program.items}
    ignite = by_line[43]
    talks = [by_line[line] for line in range(44, 50)]
    assert (ignite.title, ignite.kind.value, ignite.start) == (
        "Ignite Talks",
        "spotlight",
        datetime(2023, 3, 7, 13, 0, tzinfo=OSLO),
    )
    assert all(talk.start is None and talk.sessions == (ignite.id,) for talk in talks)
    assert [talk.people for talk in talks][:2] == [("Ole Jomar Moen",), ("Steinar Henriksen",)]
    assert by_line[51].people == ("Martin Gran",)  # "Martin Gran, Accenture"
    assert by_line[36].people == ("Hans Kristian Flaatten",)  # "Hans Kristian Flaatten/NAV"
    assert by_line[66].start == datetime(2023, 3, 8, 9, 0, tzinfo=OSLO)  # "Onsdag 8. mars"


def test_n8n_course_hours_row_is_no_slot_and_a_bullet_topic_is_no_talk() -> None:
    # A JPJ n8n course (Malay): `| **Masa** | 9.00 pagi – 5.00 petang |` in its facts table is the course's hours
    first = date(2026, 8, 4)
    _, program = read_detected("pages", "n8njpj2026-jadual.md", ReadContext(first, KUALA_LUMPUR))

    by_line = {item.source.line: item for item in program.items}
    assert 15 not in by_line and len(program.items) == 25
    session_2 = by_line[34]  # `| **10.30 – 1.00 tgh** | **SESI 2: Memahami Large Language Models (LLM)**<br>• … |`
    assert (session_2.title, session_2.start, session_2.end) == (
        "SESI 2: Memahami Large Language Models (LLM)",
        datetime(2026, 8, 4, 10, 30, tzinfo=KUALA_LUMPUR),
        datetime(2026, 8, 4, 13, 0, tzinfo=KUALA_LUMPUR),
    )
    # `• Manfaat RAG (ketepatan, petikan sumber, terkini)`: a topic and what it covers, no one "Manfaat RAG"
    assert not any(item.people for item in program.items)
    assert by_line[39].start == datetime(2026, 8, 4, 17, 0, tzinfo=KUALA_LUMPUR) and by_line[39].end is None

"""Trial 7's JSON lists and workbook (tests/data/json_rows, tests/data/spreadsheets; PROVENANCE.md).

Expectations written by hand from the files:
- ASRU AI4CSL 2025's schedule.json: 9 rows on 6 December 2025 (Honolulu); the keynote (14:05–14:35,
  Abeer Alwan) and four talks have `speakerNames` and no `title`; the talk at 15:50 has two speakers.
- Mini-Conf's main_calendar.json (ICLR 2020): `Live Q&A: Mihaela van der Schaar` 2020-04-29 11:00–11:30
  UTC, `location` and `link` both https://iclr.cc/virtual/speaker_5.html; `Poster Day 1 Session 1
  (P1S1)`'s location is `papers.html?session=Mon+Session+1&filter=keywords`, its link null.
- Penguicon 2019's schedule.json: 398 rows, each `title` "".
- eRum 2016's workbook, sheet `Talks and posters`: row 2 `Invited talk`, Heather Turner, "Addressing the
  Gender Gap in the R Project"; row 42 `Regular talk`, Rob Hyndman, "Reconciling forecasts: the hts
  package"; the last row `Poster`, Daniel Rabczenko, "Mortality mapping using R"; sheet `Program` holds
  `8:00 - 9:00` in D5 beside "Day 1 / Workshops / 12.10" in C5, and its days as the sheet shows them.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError
from program.model import Kind, Link, Program, Severity, SourceRef
from program.readers import ReadContext, decode_feed
from program.readers.json_rows import JsonRowsReader
from spreadsheet_files import read_workbook

DATA = Path(__file__).parent.parent / "data" / "json_rows"
HONOLULU = ZoneInfo("Pacific/Honolulu")


def _read(name: str, context: ReadContext | None = None) -> Program:
    path = DATA / name
    return JsonRowsReader().read(decode_feed(path.read_bytes(), name), source=name, context=context or ReadContext())


def _at(hour: int, minute: int) -> datetime:
    return datetime(2025, 12, 6, hour, minute, tzinfo=HONOLULU)


def _of(program: Program, title: str) -> Any:
    return next(item for item in program.items if item.title == title)


def test_rows_naming_speakers_and_a_type_but_no_title_are_items() -> None:
    program = _read("asru2025-ai4csl-schedule.json", ReadContext(date(2025, 12, 6), HONOLULU))

    assert len(program.items) == 9
    keynote = _of(program, "Keynote: Abeer Alwan")
    assert (keynote.kind, keynote.start, keynote.end, keynote.people, keynote.location) == (
        Kind.KEYNOTE,
        _at(14, 5),
        _at(14, 35),
        ("Abeer Alwan",),
        "CC308",
    )
    pair = _of(program, "Talk: Emma O'Neill, Carol Espy-Wilson")
    assert (pair.kind, pair.start, pair.people) == (Kind.TALK, _at(15, 50), ("Emma O'Neill", "Carol Espy-Wilson"))
    assert [item.title for item in program.items if item.kind is Kind.TALK] == [
        "Talk: Mark Hasegawa-Johnson",
        "Talk: Gopala Anumanchipalli",
        "Talk: Emma O'Neill, Carol Espy-Wilson",
        "Talk: Tiantian Feng",
    ]
    assert _of(program, "Opening Remarks").people == ()
    assert not [problem for problem in program.problems if problem.code == "skipped-row"]
    assert any("speakerNames → people" in line for line in program.reading)


def test_a_row_without_title_or_people_is_a_warning_with_its_pointer() -> None:
    path = DATA / "asru2025-ai4csl-schedule.json"
    text = path.read_text(encoding="utf-8").replace('"speakerNames": [\n      "Tiantian Feng"\n    ]', '"x": []')
    context = ReadContext(date(2025, 12, 6), HONOLULU)

    program = JsonRowsReader().read(text, source="schedule.json", context=context)

    assert len(program.items) == 8
    (warning,) = [problem for problem in program.problems if problem.code == "skipped-row"]
    assert warning.severity is Severity.WARNING
    assert warning.source == SourceRef("schedule.json", 55)  # the seventh object's "{"
    assert warning.message.startswith("row /6 left out: a row without a title")


def test_room_web_addresses_are_links_not_rooms() -> None:
    program = _read("miniconf-iclr2020-main_calendar.json")

    assert len(program.items) == 56
    assert {item.location for item in program.items} == {None}
    qa = _of(program, "Live Q&A: Mihaela van der Schaar")
    assert (qa.start, qa.end) == (datetime(2020, 4, 29, 11, 0, tzinfo=UTC), datetime(2020, 4, 29, 11, 30, tzinfo=UTC))
    assert qa.links == (Link("link", "https://iclr.cc/virtual/speaker_5.html"),)  # not twice
    assert _of(program, "Poster Day 1 Session 1 (P1S1)").links == ()  # a page of the site: no address


def test_a_list_whose_rows_all_lack_a_title_says_so() -> None:
    with pytest.raises(ParseError, match="its 398 rows have none") as raised:
        _read("penguicon2019-schedule.json")

    assert "empty" not in str(raised.value)


ERUM = {"timezone": ZoneInfo("Europe/Warsaw"), "first_date": date(2016, 10, 12)}


def test_a_rows_type_wins_over_a_sheet_named_for_posters_and_name_surname_is_a_person() -> None:
    program = read_workbook("erum2016-preliminary_program.xlsx", **ERUM)
    talks = [item for item in program.items if item.start is None]

    assert len(talks) == 84
    assert Counter(item.label for item in talks if item.kind is Kind.POSTER) == Counter({"Poster": 13})
    hts = _of(program, "Reconciling forecasts: the hts package")
    assert (hts.kind, hts.label, hts.people) == (Kind.TALK, "Regular talk", ("Rob Hyndman",))
    assert _of(program, "Addressing the Gender Gap in the R Project").people == ("Heather Turner",)
    assert _of(program, "Mortality mapping using R").people == ("Daniel Rabczenko",)
    assert sum(item.label == "Regular talk" and item.kind is Kind.TALK for item in talks) == 48


def _warsaw(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2016, 10, day, hour, minute, tzinfo=ZoneInfo("Europe/Warsaw"))


def test_the_program_sheets_days_in_a_column_and_headers_per_day_are_read() -> None:
    """Sheet `Program`, from column C: day markers merged down column C, times in column D.

    A marker "Day 2 / Conference / 13.10" (three lines); "Hours | Room AULA | Room 111A | Room 308A" again before
    each day (Room 407A on days 3 and 4), Day 1 above the first header; rows merged across the rooms are the
    whole venue's.
    """
    program = read_workbook("erum2016-preliminary_program.xlsx", **ERUM)
    timed = {(item.start, item.title): item for item in program.items if item.start is not None}

    assert len(timed) == 37  # 4 + 20 + 12 + 1 rows of the sheet, three of them three rooms wide
    registration = timed[(_warsaw(12, 8), "Registration")]
    assert (registration.end, registration.location) == (_warsaw(12, 9), None)
    sessions = {title: timed[(_warsaw(13, 10, 45), title)] for title in ("Methodology 1", "Business 1", "Packages 1")}
    assert [item.location for item in sessions.values()] == ["Room AULA", "Room 111A", "Room 308A"]
    assert sessions["Business 1"].end == _warsaw(13, 12, 15)
    # day 3's header names Room 407A where day 2's named Room 111A
    assert timed[(_warsaw(14, 13, 30), "Data Workflow 2")].location == "Room 407A"
    assert timed[(_warsaw(13, 20), "Welcome paRty + poster session - sponsored by McKinsey")].end is None  # "20:00+"
    assert timed[(_warsaw(15, 10), "Sightseeing tour (facultative, extra fee)")].end == _warsaw(15, 14)
    assert not [problem for problem in program.problems if problem.code == "skipped-sheet"]


def test_a_sheet_copying_another_is_left_out_and_said() -> None:
    """`Do identyfikatora` is `Program` again, chairs added to the invited talks and day 4 at 9:45-14:30."""
    program = read_workbook("erum2016-preliminary_program.xlsx", **ERUM)

    assert (
        "skipped: sheet 'Do identyfikatora' (a copy of sheet 'Program': 36 of its 37 timed items at the same times "
        "in the same rooms)"
    ) in program.reading

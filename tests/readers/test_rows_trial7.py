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
  `8:00 - 9:00` in D5.
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


def test_a_rows_type_wins_over_a_sheet_named_for_posters_and_name_surname_is_a_person() -> None:
    program = read_workbook("erum2016-preliminary_program.xlsx")

    assert len(program.items) == 84
    assert Counter(item.label for item in program.items if item.kind is Kind.POSTER) == Counter({"Poster": 13})
    hts = _of(program, "Reconciling forecasts: the hts package")
    assert (hts.kind, hts.label, hts.people) == (Kind.TALK, "Regular talk", ("Rob Hyndman",))
    assert _of(program, "Addressing the Gender Gap in the R Project").people == ("Heather Turner",)
    assert _of(program, "Mortality mapping using R").people == ("Daniel Rabczenko",)
    assert sum(item.label == "Regular talk" and item.kind is Kind.TALK for item in program.items) == 48


def test_a_skipped_sheet_with_times_is_a_warning() -> None:
    program = read_workbook("erum2016-preliminary_program.xlsx")

    warned = {problem.message.split("'")[1] for problem in program.problems if problem.code == "skipped-sheet"}
    assert warned == {"Program", "Do identyfikatora"}
    (program_sheet,) = [problem for problem in program.problems if "'Program'" in problem.message]
    assert "Program!D5: '8:00 - 9:00'" in program_sheet.message
    assert program_sheet.severity is Severity.WARNING

"""JSON lists of sessions (static sites' `_data/*.json`): read as a table whose header is the objects' keys."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError, UsageError
from program.model import Program, Severity, SourceRef
from program.readers import ReadContext, decode_feed, detect_readers
from program.readers.json_rows import JsonRowsReader
from program.readers.json_table import cell_value

DATA = Path(__file__).parent.parent / "data" / "json_rows"
TOKYO = ZoneInfo("Asia/Tokyo")
NINE = timezone(timedelta(hours=9))


def _rows(name: str) -> list[dict[str, Any]]:
    rows = json.loads((DATA / name).read_text(encoding="utf-8"))
    assert isinstance(rows, list)
    return rows


NAMED_FORMAT: set[str] = set()
"""Lists read with --format json-rows only: none now (HotCRP's export, once refused for its `authors`, is rows)."""


def _read(name: str, context: ReadContext | None = None) -> Program:
    path = DATA / name
    return JsonRowsReader().read(decode_feed(path.read_bytes(), name), source=name, context=context or ReadContext())


def _of(program: Program, title: str) -> Any:
    return next(item for item in program.items if item.title == title)


@pytest.mark.parametrize(
    "path",
    sorted(
        path
        for path in DATA.glob("*.json")
        if not path.stem.endswith(("-speakers", "-rooms")) and path.name not in NAMED_FORMAT
    ),
    ids=lambda path: path.name,
)
def test_each_real_list_is_claimed_by_json_rows_alone(path: Path) -> None:
    assert [reader.name for reader in detect_readers(path.read_text(encoding="utf-8")[:2000])] == ["json-rows"]


def test_srccon_sessions_untimed_with_facilitator_and_cofacilitator() -> None:
    rows = _rows("srccon-work-sessions.json")
    program = _read("srccon-work-sessions.json")

    assert len(program.items) == len(rows) == 19
    assert all(item.start is None for item in program.items)
    first = _of(program, "A mentor will get you coffee. A sponsor will get you a promotion.")
    assert first.people == ("Erin Grau", "Cindy Taibi")
    assert first.abstract.startswith("Both mentorship and sponsorship are important")
    assert _of(program, "Boosting Careers Without the Ladder").people == ("Tyler Machado", "Jacob Sanders")
    assert "columns: description → abstract, facilitator → people, cofacilitator → people, title → title" in (
        program.reading
    )
    assert "not read: id, cofacilitator_twitter, facilitator_twitter" in program.reading


def test_devreltokyo_javascript_dates_at_their_offset_and_the_english_title() -> None:
    rows = _rows("devreltokyo2023-sessions.json")
    program = _read("devreltokyo2023-sessions.json")

    # Every row is an item: "Break" in four tracks at one time stays four items.
    assert len(program.items) == len(rows) == 85
    talk = _of(program, "SUNTORY×Citadel AI -Running alongside venture- by SUNTORY")
    assert talk.start == datetime(2023, 3, 10, 14, 0, tzinfo=NINE)
    assert talk.end == datetime(2023, 3, 10, 14, 10, tzinfo=NINE)
    assert talk.frab is not None and talk.frab.track == "SUNTORY"
    # The file names no zone: shown at +09:00, said in a warning.
    assert program.timezone == "Etc/GMT-9"
    warnings = [problem for problem in program.problems if problem.code == "no-time-zone"]
    assert len(warnings) == 1 and "UTC+09:00" in warnings[0].message
    assert sum(item.title == "Break" for item in program.items) == 7
    # A speakers count ("1") is no person.
    assert all(not name.isdigit() for item in program.items for name in item.people)


def test_devreltokyo_with_the_place_zone_gives_the_same_instants_without_a_warning() -> None:
    program = _read("devreltokyo2023-sessions.json", ReadContext(timezone=TOKYO))

    talk = _of(program, "SUNTORY×Citadel AI -Running alongside venture- by SUNTORY")
    assert talk.start == datetime(2023, 3, 10, 14, 0, tzinfo=TOKYO)
    assert not [problem for problem in program.problems if problem.code == "no-time-zone"]


def test_monaca_clock_times_need_a_zone_and_a_date_named_by_their_options() -> None:
    with pytest.raises(UsageError, match="--timezone"):
        _read("monacaug2019-sessions.json")
    with pytest.raises(UsageError, match="--date"):
        _read("monacaug2019-sessions.json", ReadContext(timezone=TOKYO))


def test_monaca_with_an_explicit_mapping_reads_the_name_column_as_people() -> None:
    columns = (("people", "name"), ("room", "track"))
    context = ReadContext(first_date=date(2019, 10, 19), timezone=TOKYO, columns=columns)

    program = _read("monacaug2019-sessions.json", context)

    assert len(program.items) == 23
    talk = _of(program, "Webネイティブな開発手法")
    assert talk.start == datetime(2019, 10, 19, 13, 40, tzinfo=TOKYO)
    assert talk.location == "3"
    assert talk.people == ("田中 正裕 [アシアル]",)
    assert program.reading[2].startswith("columns (as given): name → people, track → room")


def test_monaca_without_a_mapping_reads_no_flag_as_a_person() -> None:
    program = _read("monacaug2019-sessions.json", ReadContext(first_date=date(2019, 10, 19), timezone=TOKYO))

    # Its `speaker` column holds "true"/"false": mapped to people by its name, it names nobody.
    assert not any(item.people for item in program.items)
    assert any("not read: name" in line for line in program.reading)


def test_packagingcon_speaker_objects_become_people() -> None:
    rows = _rows("packagingcon-talks.json")
    program = _read("packagingcon-talks.json")

    assert len(program.items) == len(rows)
    assert _of(program, "Building a flexible dependency solver in Rust").people == (
        "Matthieu Pizenberg",
        "Jacob Finkelman",
    )
    assert _of(program, "Julia's Pkg – Design & Rationale").people == ("Stefan Karpinski",)


def test_an_object_holding_one_list_is_read_and_rows_know_their_line() -> None:
    text = '{\n  "sessions": [\n    {"title": "Opening", "speaker": "Ada Lee", "start": "09:00"},\n' + (
        '    {"title": "Close", "speaker": ["Bo Chen", "Cy Dee"], "start": "17:00"}\n  ]\n}\n'
    )

    program = JsonRowsReader().read(
        text, source="s.json", context=ReadContext(first_date=date(2025, 6, 14), timezone=TOKYO)
    )

    assert [(item.title, item.source.line, item.people) for item in program.items] == [
        ("Opening", 3, ("Ada Lee",)),
        ("Close", 4, ("Bo Chen", "Cy Dee")),
    ]
    assert program.reading[0] == 'the list under "sessions" of 2 JSON objects'


def test_rows_without_a_header_we_know_ask_for_a_mapping() -> None:
    with pytest.raises(ParseError, match="column mapping is required"):
        JsonRowsReader().read('[{"what": "x", "who": "y"}]', source="x.json", context=ReadContext())


def test_cell_values_as_a_sheet_holds_them() -> None:
    assert cell_value("Fri Mar 10 2023 12:00:00 GMT+0900 (JST)") == (datetime(2023, 3, 10, 12, 0), timedelta(hours=9))
    assert cell_value("Sat Dec 30 1899 01:00:00 GMT+0900 (JST)") == (time(1, 0), None)
    assert cell_value("2024-11-02T09:00:00+01:00") == (datetime(2024, 11, 2, 9, 0), timedelta(hours=1))
    assert cell_value([{"name": "Ada"}, "Bo"]) == ("Ada; Bo", None)
    assert cell_value({"en": "Room", "fr": "Salle"}) == ("Room", None)
    assert cell_value(None) == ("", None)
    assert cell_value(True) == ("true", None)


def test_a_list_of_apps_or_papers_is_not_claimed() -> None:
    reader = JsonRowsReader()
    assert not reader.detect('[{"title": "A", "startsAt": "2024-01-01T09:00", "isServiceSession": false}]')
    assert not reader.detect('[{"title": "A", "authors": "B", "forum": "x"}]')
    assert not reader.detect('{"schedule": {"conference": {"title": "A"}}}')
    assert reader.detect('[{"title": "A", "speaker": "B"}]')


def test_a_site_document_of_days_is_left_to_the_site_reader_and_one_list_of_rows_is_not() -> None:
    # the opening of both is `{"days": [{…` or `{"sessions": [{…`: only the whole document says which it is
    days = '{"days": [{"title": "Day 1", "date": "2026-05-01", "sessions": [{"title": "A", "start": "10:00"}]}]}'
    rows = '{"sessions": [{"title": "A", "start": "10:00", "room": "X"}, {"title": "B", "start": "11:00"}]}'
    assert [reader.name for reader in detect_readers(days)] == ["yaml-site"]
    assert [reader.name for reader in detect_readers(rows)] == ["json-rows"]
    assert [reader.name for reader in detect_readers(rows[:60])] == ["json-rows"]  # an opening cut short: rows


def test_a_row_whose_time_cannot_be_read_is_an_error_at_its_line() -> None:
    text = '[\n{"title": "A", "start": "09:00"},\n{"title": "B", "start": "half past"}\n]'

    program = JsonRowsReader().read(
        text, source="x.json", context=ReadContext(first_date=date(2025, 1, 1), timezone=TOKYO)
    )

    errors = [problem for problem in program.problems if problem.severity is Severity.ERROR]
    assert [(problem.code, problem.source) for problem in errors] == [("unreadable-row", SourceRef("x.json", 3))]


def test_cocoaheads_the_start_kept_in_the_date_column_with_a_duration() -> None:
    talks = json.loads((DATA / "cocoaheads2016-talks.json").read_text(encoding="utf-8"))["talks"]
    program = _read("cocoaheads2016-talks.json", ReadContext(timezone=ZoneInfo("America/Sao_Paulo")))

    assert len(program.items) == len(talks) == 36
    good = _of(program, "Good Code")
    three = timezone(timedelta(hours=-3))
    assert good.start == datetime(2016, 12, 3, 9, 0, tzinfo=three)
    assert good.end == datetime(2016, 12, 3, 9, 40, tzinfo=three)
    assert good.location == "1"  # the room's id: its name is in another file
    assert program.reading[0] == 'the list under "talks" of 36 JSON objects'


def test_detection_reads_only_the_rows_own_keys() -> None:
    reader = JsonRowsReader()
    # A list of days whose nested slots have titles (LeanKanban's schedule.json) is no list of rows.
    assert not reader.detect('[{"date": "2019-11-05", "tracks": [{"title": "Upstream"}], "timeslots": []}]')
    # A list of objects keyed by talk ids (W3C's talks.json) neither.
    assert not reader.detect('[{"pl_privacy": {"title": "Privacy-first", "author": "P. L."}}]')
    # A site's own {"talks": [...]} is a list of rows, not pretalx's widget.
    site = '{"talks": [{"id": 0, "title": "Credenciamento", "speaker": 0, "room": 0, "date": "2016-12-02"}]}'
    assert [found.name for found in detect_readers(site)] == ["json-rows"]


def test_a_line_break_inside_a_string_is_read_as_site_generators_do() -> None:
    text = '[{"title": "Two\nlines", "speaker": "Ada Lee"}]'.replace("\\n", "\n")

    program = JsonRowsReader().read(text, source="x.json", context=ReadContext())

    assert [item.people for item in program.items] == [("Ada Lee",)]


def test_srccon_schedule_json_in_a_yaml_file_one_am_pm_for_both_ends() -> None:
    rows = _rows("srccon-work-schedule.yaml")
    chicago = ZoneInfo("America/Chicago")
    program = _read("srccon-work-schedule.yaml", ReadContext(first_date=date(2018, 12, 6), timezone=chicago))

    assert len(program.items) == len(rows) == 37
    (nurture,) = [item for item in program.items if item.title.startswith("What’s next: How to nurture growth")]
    assert (nurture.start, nurture.end) == (
        datetime(2018, 12, 6, 15, 30, tzinfo=chicago),
        datetime(2018, 12, 6, 16, 30, tzinfo=chicago),
    )
    assert nurture.people == ("Kaeti Hinck", "Millie Tran")
    assert nurture.location == "Ullyot North"
    (closing,) = [item for item in program.items if item.title == "Closing"]
    assert closing.start == datetime(2018, 12, 7, 18, 0, tzinfo=chicago)  # "Friday" is the day after --date


def test_a_day_column_beside_offset_times_shown_in_another_zone_gives_the_moments_own_day() -> None:
    """A `day` column beside `+11:00` times, shown in Berlin: each item on its moment's own day there.

    PGDay Down Under 2018's hand-written expectations: 08:00 in Melbourne on 7 December is 22:00 in Berlin on the
    6th, which the day column, written in Melbourne's time, had put on the 7th.
    """
    feed = Path(__file__).resolve().parents[1] / "data" / "html_pages" / "expected" / "pgdu-2018-schedule.html.json"
    text = feed.read_text(encoding="utf-8")
    berlin = ZoneInfo("Europe/Berlin")

    program = JsonRowsReader().read(text, source=feed.name, context=ReadContext(timezone=berlin))

    written = [datetime.fromisoformat(entry["start"]) for entry in json.loads(text)]
    assert [item.start for item in program.items] == [moment.astimezone(berlin) for moment in written]
    assert program.items[0].start == datetime(2018, 12, 6, 22, 0, tzinfo=berlin)
    assert not [problem for problem in program.problems if problem.code == "end-before-start"]

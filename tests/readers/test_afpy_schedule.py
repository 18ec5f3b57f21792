"""AFPy's PyConFR schedule.json: every talk and sprint where the file places it, the breaks of `extra`."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError
from program.feed_reading import read_feed
from program.model import Kind, Program
from program.readers import ReadContext, decode_feed, detect_readers
from program.readers.afpy_schedule import AfpyScheduleReader
from program.settings import FeedSpec

DATA = Path(__file__).parent.parent / "data" / "afpy_schedule"
Y2024 = DATA / "pyconfr2024-schedule.json"
Y2025 = DATA / "pyconfr2025-schedule-excerpt.json"
PARIS = ZoneInfo("Europe/Paris")
ONE = timezone(timedelta(hours=1))


def _placed(path: Path) -> list[Any]:
    """Every talk the file places, counted with the json module: day → minute → room → talk."""
    document = json.loads(path.read_text(encoding="utf-8"))
    return [
        talk
        for section in ("schedule", "sprints")
        for rows in document.get(section, {}).values()
        for talks in rows.values()
        for talk in talks.values()
    ]


def _read(path: Path, context: ReadContext | None = None) -> Program:
    text = decode_feed(path.read_bytes(), path.name)
    return AfpyScheduleReader().read(text, source=path.name, context=context or ReadContext())


def _of(program: Program, title: str) -> list[Any]:
    return [item for item in program.items if item.title == title]


@pytest.mark.parametrize("path", [Y2024, Y2025], ids=lambda path: path.name)
def test_each_file_is_claimed_by_afpy_schedule_alone_and_every_talk_read(path: Path) -> None:
    assert [reader.name for reader in detect_readers(path.read_text(encoding="utf-8")[:2000])] == ["afpy-schedule"]

    program = _read(path, ReadContext(timezone=PARIS))

    extra = json.loads(path.read_text(encoding="utf-8"))["extra"]
    assert len(program.items) == len(_placed(path)) + sum(len(rows) for rows in extra.values())
    assert not [problem for problem in program.problems if problem.severity.value == "error"]


def test_2024_talks_at_their_time_room_type_and_speakers() -> None:
    program = _read(Y2024, ReadContext(timezone=PARIS))

    (welcome,) = _of(program, "Accueil / Welcome")
    assert (welcome.start, welcome.end) == (
        datetime(2024, 11, 2, 9, 0, tzinfo=PARIS),
        datetime(2024, 11, 2, 9, 30, tzinfo=PARIS),
    )
    assert welcome.location == "GAM"
    assert welcome.people == ("Lucie Anglade",)
    assert welcome.label == "Short plenary"
    (grpc,) = _of(program, "Faire du gRPC simplement avec Django")
    assert grpc.start == datetime(2024, 11, 3, 11, 30, tzinfo=PARIS)
    assert grpc.end == datetime(2024, 11, 3, 12, 25, tzinfo=PARIS)
    assert grpc.location == "C02"
    assert grpc.people == ("Léni Gauffier", "Adrien Montagu")
    assert grpc.label == "Long talk"


def test_2024_breaks_of_extra_have_a_start_and_no_end() -> None:
    program = _read(Y2024, ReadContext(timezone=PARIS))

    breaks = [
        (item.title, item.start, item.end) for item in program.items if not item.people and item.kind is Kind.BREAK
    ]
    assert ("Lunch", datetime(2024, 11, 2, 12, 30, tzinfo=PARIS), None) in breaks
    assert ("Breakfast", datetime(2024, 11, 3, 8, 30, tzinfo=PARIS), None) in breaks
    assert len([title for title, _, _ in breaks if title in ("Breakfast", "Lunch", "Snack Time")]) == 5


def test_without_a_zone_times_are_shown_at_their_offset_and_it_is_said() -> None:
    program = _read(Y2024)

    assert program.timezone == "Etc/GMT-1"
    (welcome,) = _of(program, "Accueil / Welcome")
    assert welcome.start == datetime(2024, 11, 2, 9, 0, tzinfo=ONE)
    assert [problem.code for problem in program.problems if problem.code == "no-time-zone"] == ["no-time-zone"]


def test_2025_a_sprint_of_two_days_is_placed_on_each() -> None:
    program = _read(Y2025, ReadContext(timezone=PARIS))

    mercurial = _of(program, "Gestionnaire de versions Mercurial")
    assert [(item.start, item.end, item.location) for item in mercurial] == [
        (datetime(2025, 10, 30, 10, 0, tzinfo=PARIS), datetime(2025, 10, 30, 17, 0, tzinfo=PARIS), "B418"),
        (datetime(2025, 10, 31, 10, 0, tzinfo=PARIS), datetime(2025, 10, 31, 17, 0, tzinfo=PARIS), "B418"),
    ]
    assert mercurial[0].people == ("Pierre-Yves David",)
    assert mercurial[0].label == "Sprint"


def test_a_frab_like_file_that_frab_cannot_read_names_the_reader_it_tried(tmp_path: Path) -> None:
    feed = tmp_path / "schedule.json"
    feed.write_text('{"schedule": {"version": "1"}}', encoding="utf-8")

    with pytest.raises(ParseError) as raised:
        read_feed(FeedSpec(feed), ReadContext())

    assert raised.value.reason == (
        "read as frab-json (for another format pass --format NAME; 'program formats' lists them): "
        'expected "schedule.conference" to be an object'
    )


def test_a_named_format_keeps_its_own_message(tmp_path: Path) -> None:
    feed = tmp_path / "schedule.json"
    feed.write_text('{"schedule": {"version": "1"}}', encoding="utf-8")

    with pytest.raises(ParseError) as raised:
        read_feed(FeedSpec(feed, format="frab-json"), ReadContext())

    assert raised.value.reason == 'expected "schedule.conference" to be an object'

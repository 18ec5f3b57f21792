"""A Zeppelin-style schedule and its sessions file given as two feeds (trial 3: ByteBay 2018).

ByteBay's timeslots list ids under `singles`, or `sessionIds` and `workshopsIds` side by side;
its sessions file is `meta:` then `list:`. Expectations written by hand from
tests/data/yaml_site/bytebay-*.yml (PROVENANCE.md): 52 ids in 12 timeslots, 27 on the first
day, 25 on the second, every one in the sessions file; speakers by id with no speakers file.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError, UsageError
from program.loading import load_program
from program.model import Item
from program.readers import ReadContext, detect_readers
from program.readers.yaml_site import YamlSiteReader
from program.settings import FeedSpec, Settings

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
WARSAW = ZoneInfo("Europe/Warsaw")
SCHEDULE = DATA / "bytebay-schedule.yml"
SESSIONS = DATA / "bytebay-sessions.yml"


def _loaded(*paths: Path) -> tuple[list[Item], list[str], list[tuple[str, str | None]]]:
    loaded = load_program(Settings(feeds=tuple(FeedSpec(path) for path in paths), timezone=WARSAW))
    feeds = [(Path(feed.source).name, feed.joined_by and Path(feed.joined_by).name) for feed in loaded.feeds]
    problems = [f"{one.code}: {one.message}" for one in loaded.program.problems if one.code != "overlap"]
    return list(loaded.program.items), problems, feeds


def test_the_sessions_feed_is_joined_by_the_schedule_feed() -> None:
    items, problems, feeds = _loaded(SESSIONS, SCHEDULE)
    assert feeds == [("bytebay-schedule.yml", None), ("bytebay-sessions.yml", "bytebay-schedule.yml")]
    assert len(items) == 52
    assert [sum(1 for item in items if item.start and item.start.day == day) for day in (15, 16)] == [27, 25]
    assert problems == [
        "unknown-id: 46 entries list speakers by id (first '53') and no speakers file is joined: no people read; "
        'give it as a feed beside this one or name it: [feeds.columns] speakers_file = "…"'
    ]
    by_title = {item.title: item for item in items}
    keynote = by_title["Masz 168 godzin, co z nimi zrobisz?"]  # `type: 2`: meta.sessiontype's third, Keynote
    assert (keynote.start, keynote.end, keynote.location, keynote.people, keynote.label) == (
        datetime(2018, 3, 15, 9, 0, tzinfo=WARSAW),
        datetime(2018, 3, 15, 10, 0, tzinfo=WARSAW),
        "Atom Club",
        (),
        "Keynote",
    )
    assert [by_title[title].label for title in ("JUnit5", "Docker - wstępniaczek", "Przerwa kawowa")] == [
        "Deep dive",
        "Warsztat",
        None,
    ]
    workshop = by_title["Docker - wstępniaczek"]  # a workshopsIds id beside the slot's sessionIds
    assert (workshop.start, workshop.end, workshop.location) == (
        datetime(2018, 3, 15, 10, 30, tzinfo=WARSAW),
        datetime(2018, 3, 15, 13, 0, tzinfo=WARSAW),
        "Poziom -1",
    )
    registration = by_title["Rejestracja"]  # `place: ""` and a plenary slot: no room, not the first track's name
    assert (registration.start, registration.location) == (datetime(2018, 3, 15, 8, 15, tzinfo=WARSAW), None)
    closing = by_title["Co gryzie świadomego programistę DDD?"]
    assert (closing.start, closing.end) == (
        datetime(2018, 3, 16, 15, 30, tzinfo=WARSAW),
        datetime(2018, 3, 16, 16, 30, tzinfo=WARSAW),
    )
    assert "Warsztaty" not in {item.title for item in items} | {item.location for item in items}


def test_the_schedule_alone_names_what_joins_its_ids() -> None:
    with pytest.raises(UsageError, match=r"bytebay-schedule.yml:8: its timeslots list session ids \(1000\)"):
        _loaded(SCHEDULE)


def test_the_sessions_file_alone_is_no_schedule() -> None:
    text = SESSIONS.read_text(encoding="utf-8")
    assert detect_readers(text) == []
    with pytest.raises(ParseError, match="found 57 sessions by id and no times"):
        YamlSiteReader().read(text, source=SESSIONS.as_posix(), context=ReadContext(timezone=WARSAW))


def test_a_sessions_file_beside_the_feed_is_joined_without_being_given(tmp_path: Path) -> None:
    shutil.copy(SCHEDULE, tmp_path / "schedule.yml")
    shutil.copy(SESSIONS, tmp_path / "sessions.yml")
    items, _, feeds = _loaded(tmp_path / "schedule.yml")
    assert (len(items), feeds) == (52, [("schedule.yml", None)])


def test_an_id_the_sessions_file_lacks_is_a_warning_at_its_timeslot(tmp_path: Path) -> None:
    text = SCHEDULE.read_text(encoding="utf-8").replace("singles: [41]", "singles: [4100]")
    (tmp_path / "bytebay-schedule.yml").write_text(text, encoding="utf-8")
    items, problems, _ = _loaded(tmp_path / "bytebay-schedule.yml", SESSIONS)
    assert len(items) == 51
    assert problems[0] == "unknown-id: timeslot lists session '4100', which the sessions file does not have"

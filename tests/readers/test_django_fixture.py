"""The django-fixture reader on real fixtures: PyCon Korea 2014, PyCon SK 2016 (django-konfera), SotM Japan 2014.

Expectations are worked out here with the json module and each site's own models (which field names which
model), not with the reader's generic joins.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError, UsageError
from program.readers import ReadContext, detect_readers
from program.readers.django_fixture import DjangoFixtureReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "django_fixture"
SEOUL = ZoneInfo("Asia/Seoul")
BRATISLAVA = ZoneInfo("Europe/Bratislava")
PYCONKR = "pyconkr2014-fixture-excerpt.json"
KONFERA = "pyconsk2016-konfera-test-data.json"
SOTMJP = "sotmjp2014-schedule.json"


def _tables(name: str) -> dict[str, dict[int, dict[str, Any]]]:
    tables: dict[str, dict[int, dict[str, Any]]] = {}
    for row in json.loads((DATA / name).read_text(encoding="utf-8")):
        tables.setdefault(row["model"], {})[row["pk"]] = row["fields"]
    return tables


def _read(name: str, context: ReadContext) -> Any:
    return DjangoFixtureReader().read((DATA / name).read_text(encoding="utf-8"), source=name, context=context)


def test_every_fixture_here_is_claimed_by_this_reader_alone() -> None:
    for path in sorted(DATA.glob("*.json")):
        assert [reader.name for reader in detect_readers(path.read_text(encoding="utf-8"))] == ["django-fixture"]


def test_pyconkr_programs_joined_to_their_times_day_rooms_and_speakers() -> None:
    tables = _tables(PYCONKR)
    expected = []
    for program in tables["pyconkr.program"].values():
        day = date.fromisoformat(tables["pyconkr.programdate"][program["date"]]["day"])
        slots = [tables["pyconkr.programtime"][key] for key in program["times"]]
        start = datetime.combine(day, min(time.fromisoformat(slot["begin"]) for slot in slots), tzinfo=SEOUL)
        end = datetime.combine(day, max(time.fromisoformat(slot["end"]) for slot in slots), tzinfo=SEOUL)
        rooms = ", ".join(tables["pyconkr.room"][key]["name"] for key in program["rooms"]) or None
        people = tuple(tables["pyconkr.speaker"][key]["name"] for key in program["speakers"])
        expected.append((program["name"], start, end, rooms, people))
    assert len(expected) == 26
    program = _read(PYCONKR, ReadContext(timezone=SEOUL))
    got = [(item.title, item.start, item.end, item.location, item.people) for item in program.items]
    assert sorted(got, key=str) == sorted(expected, key=str)
    opening = next(item for item in program.items if item.title == "개회사")
    assert opening.location == "젬마홀, 계단강의실, B115"  # held in all three rooms
    assert opening.start == datetime(2014, 8, 30, 10, 0, tzinfo=SEOUL)
    lightning = [item for item in program.items if item.start == datetime(2014, 8, 30, 16, 0, tzinfo=SEOUL)]
    assert len(lightning) == 5 and all(item.end == datetime(2014, 8, 30, 17, 30, tzinfo=SEOUL) for item in lightning)
    assert program.reading[0] == (
        "26 items, 22 speakers, 4 rooms: the pyconkr.program rows, joined by primary key (category → "
        "pyconkr.programcategory, date → pyconkr.programdate, rooms → pyconkr.room, speakers → pyconkr.speaker, "
        "times → pyconkr.programtime)"
    )


def test_pyconkr_wall_clock_times_ask_for_the_zone() -> None:
    with pytest.raises(UsageError, match=r"pyconkr2014-fixture-excerpt\.json: .*pass --timezone Area/City"):
        _read(PYCONKR, ReadContext())


def test_konfera_schedule_rows_with_their_talks_speakers_and_utc_starts() -> None:
    tables = _tables(KONFERA)
    speakers = tables["konfera.speaker"]
    expected = []
    for slot in tables["konfera.schedule"].values():
        talk = tables["konfera.talk"][slot["talk"]] if slot["talk"] is not None else None
        start = datetime.fromisoformat(slot["start"].replace("Z", "+00:00")).astimezone(BRATISLAVA)
        keys = [talk["primary_speaker"], talk["secondary_speaker"]] if talk else []
        people = tuple(f"{speakers[key]['first_name']} {speakers[key]['last_name']}" for key in keys if key)
        title = talk["title"] if talk else slot["description"]
        room = tables["konfera.room"][slot["room"]]["title"]
        expected.append((title, start, start + timedelta(minutes=slot["duration"]), room, people))
    program = _read(KONFERA, ReadContext(timezone=BRATISLAVA))
    got = [(item.title, item.start, item.end, item.location, item.people) for item in program.items]
    assert got == sorted(expected, key=lambda item: item[1])
    assert got[0][:2] == ("Opening", datetime(2016, 3, 11, 10, 0, tzinfo=BRATISLAVA))  # 09:00Z, no talk
    assert not program.problems


def test_konfera_without_a_zone_is_shown_in_utc_and_told() -> None:
    program = _read(KONFERA, ReadContext())
    assert program.timezone == "UTC"
    assert [problem.code for problem in program.problems] == ["no-time-zone"]


def test_symposion_slots_without_their_presentations_are_refused_at_the_first_slot() -> None:
    with pytest.raises(ParseError) as raised:
        _read(SOTMJP, ReadContext(timezone=ZoneInfo("Asia/Tokyo")))
    assert raised.value.source is not None and raised.value.source.line == 62
    assert raised.value.reason.startswith(
        "expected rows with a title and a time (a talk and its slot); found 16 symposion_schedule.slot rows with "
        "times and no title, nor a talk naming them: their talks are not in this file"
    )


def test_rows_without_fields_are_no_fixture() -> None:
    with pytest.raises(ParseError, match=r"expected a Django fixture: a JSON list of"):
        DjangoFixtureReader().read('[{"model": "a.b", "pk": 1}]', source="x.json", context=ReadContext())


def test_a_fixture_without_times_names_its_models() -> None:
    text = '[{"model": "shop.item", "pk": 1, "fields": {"name": "Mug"}}]'
    with pytest.raises(ParseError, match=r"expected rows with a title .* found none in shop\.item \(1\)"):
        DjangoFixtureReader().read(text, source="x.json", context=ReadContext())


def test_broken_json_is_refused_at_its_line() -> None:
    with pytest.raises(ParseError) as raised:
        DjangoFixtureReader().read('[{"model": "a.b",\n "pk": 1,,}]', source="x.json", context=ReadContext())
    assert raised.value.source is not None and raised.value.source.line == 2

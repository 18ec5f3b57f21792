"""The pretalx schedule widget's JSON: every talk and break of real files, at its instant, with its place."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Kind, Severity
from program.readers import ReadContext, decode_feed, detect_readers
from program.readers.app_json import localized
from program.readers.pretalx_widget import PretalxWidgetReader

DATA = Path(__file__).parent.parent / "data" / "pretalx_widget"
FILES = sorted(DATA.glob("*.json"))
LIMA = DATA / "devopsdays-lima-2026.json"
LONDON = DATA / "pydata-london-2023-v2.json"


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _read(text: str, name: str = "widget.json", context: ReadContext | None = None) -> Any:
    return PretalxWidgetReader().read(text, source=name, context=context or ReadContext())


def _read_file(path: Path, context: ReadContext | None = None) -> Any:
    return _read(decode_feed(path.read_bytes(), path.name), path.name, context)


def _text(value: Any) -> str:
    """A field as the json module gives it: a string, or the "en" entry of a language mapping."""
    chosen = (value.get("en") or next(iter(value.values()))) if isinstance(value, dict) else value
    return " ".join(chosen.split())


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_every_talk_and_break_is_read_at_its_instant(path: Path) -> None:
    document = _load(path)
    expected = [
        (_text(talk["title"]), datetime.fromisoformat(talk["start"]), datetime.fromisoformat(talk["end"]))
        for talk in document["talks"]
    ]

    program = _read_file(path)

    assert [(item.title, item.start, item.end) for item in program.items] == expected
    assert {item.start.tzinfo for item in program.items} == {ZoneInfo(document["timezone"])}
    assert program.timezone == document["timezone"]
    assert [problem for problem in program.problems if problem.severity is Severity.ERROR] == []


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_rooms_tracks_and_speakers_are_joined_by_id_and_code(path: Path) -> None:
    document = _load(path)
    rooms = {room["id"]: _text(room["name"]) for room in document["rooms"]}
    tracks = {track["id"]: _text(track["name"]) for track in document["tracks"]}
    names = {speaker["code"]: speaker["name"] for speaker in document["speakers"]}

    program = _read_file(path)

    assert [item.location for item in program.items] == [rooms[talk["room"]] for talk in document["talks"]]
    assert [item.track for item in program.items] == [tracks.get(talk.get("track")) for talk in document["talks"]]
    assert [item.people for item in program.items] == [
        tuple(names[code] for code in talk.get("speakers") or []) for talk in document["talks"]
    ]
    assert [tuple(person.code for person in item.frab.persons) for item in program.items] == [
        tuple(talk.get("speakers") or []) for talk in document["talks"]
    ]
    assert [item.frab.code for item in program.items] == [talk.get("code") for talk in document["talks"]]


def test_a_break_written_in_utc_is_shown_in_the_events_zone_and_in_english() -> None:
    document = _load(LIMA)
    first = next(talk for talk in document["talks"] if talk.get("slot_type") == "break")
    assert first["start"].endswith("Z") and first["title"] == {"en": "Break", "es": "Receso"}

    program = _read_file(LIMA)

    breaks = [item for item in program.items if item.frab.type == "break"]
    assert len(breaks) == sum(1 for talk in document["talks"] if talk.get("slot_type") == "break")
    assert (breaks[0].title, breaks[0].kind, breaks[0].start.isoformat()) == (
        "Break",
        Kind.BREAK,
        "2026-08-27T10:50:00-05:00",
    )
    assert breaks[0].frab.id == first["id"]


def test_old_pretalx_breaks_without_ids_and_talks_without_tracks() -> None:
    document = _load(LONDON)
    assert "event_start" not in document and document["tracks"] == []

    program = _read_file(LONDON)

    untitled = [item for item in program.items if item.frab.code is None]
    assert len(untitled) == sum(1 for talk in document["talks"] if "code" not in talk) == 43
    assert {item.kind for item in untitled} >= {Kind.BREAK}
    assert (
        program.reading[0]
        == "pretalx widget (schedule 0.35): 55 talks and 43 other slots (breaks), 57 speakers, 4 rooms"
    )


def test_the_program_zone_shows_the_same_instants() -> None:
    program = _read_file(LONDON, ReadContext(timezone=ZoneInfo("America/New_York")))
    native = _read_file(LONDON)

    assert [item.start for item in program.items] == [item.start for item in native.items]
    assert program.items[0].start.isoformat() == "2023-06-02T03:00:00-04:00"
    assert program.reading[1] == "times: shown in America/New_York (the file's zone: Europe/London)"


def test_no_zone_in_the_file_or_the_program_is_an_error_naming_the_option() -> None:
    document = _load(LONDON)
    del document["timezone"]

    with pytest.raises(UsageError, match="--timezone"):
        _read(json.dumps(document))


def test_two_namesakes_stay_two_people_by_their_codes() -> None:
    document = _load(LONDON)
    talk = next(talk for talk in document["talks"] if talk.get("speakers"))
    twin = {"code": "TWIN00", "name": document["speakers"][0]["name"], "avatar": None}
    document["speakers"].append(twin)
    talk["speakers"] = [document["speakers"][0]["code"], "TWIN00"]

    program = _read(json.dumps(document))

    item = next(item for item in program.items if item.frab.code == talk["code"])
    assert item.people[0] == item.people[1]
    assert [person.code for person in item.frab.persons] == [document["speakers"][0]["code"], "TWIN00"]


def test_unknown_codes_warn_and_a_talk_ending_before_it_starts_is_an_error() -> None:
    document = _load(LONDON)
    talks = [talk for talk in document["talks"] if talk.get("speakers")]
    talks[0]["speakers"] = ["NOSUCH"]
    talks[1]["end"] = talks[1]["start"]
    lines = json.dumps(document, indent=1)

    program = _read(lines)

    codes = [(problem.severity, problem.code) for problem in program.problems]
    assert codes == [(Severity.WARNING, "unknown-reference"), (Severity.ERROR, "unreadable-event")]
    assert "speaker NOSUCH" in program.problems[0].message
    assert lines.split("\n")[program.problems[1].source.line - 1].strip() == f'"code": "{talks[1]["code"]}",'
    assert len(program.items) == len(document["talks"]) - 1


def test_a_language_mapping_without_english_reads_its_first_language() -> None:
    assert localized({"es": "Receso", "de": "Pause"}) == "Receso"
    assert localized({"en": " Coffee  break ", "es": "Café"}) == "Coffee break"
    assert localized({"en": "", "de": "Pause"}) == "Pause"
    assert localized("Talk") == "Talk"
    assert localized({}) is None


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.name)
def test_a_widget_file_is_told_by_its_content(path: Path) -> None:
    text = decode_feed(path.read_bytes(), path.name)

    assert [reader.name for reader in detect_readers(text)] == ["pretalx-widget"]


def test_a_copy_with_its_keys_reordered_is_still_told_by_its_opening() -> None:
    document = _load(LIMA)
    reordered = {"version": document["version"], "timezone": document["timezone"], **document}

    assert [reader.name for reader in detect_readers(json.dumps(reordered, indent=2))] == ["pretalx-widget"]


def test_a_compact_v2_file_of_a_third_origin_is_pretalx_not_rows_of_json() -> None:
    """The demo event pretalx generates (trial 9): talks and speakers by code, rooms by number, one line."""
    program = _read_file(DATA / "democon2022-widget-v2.json")  # told by its content: the test above
    talk = next(item for item in program.items if item.title == "Optional bifurcated attitude")  # code CAXE7R
    berlin = ZoneInfo("Europe/Berlin")
    assert (talk.start, talk.end) == (
        datetime(2022, 9, 6, 2, 40, tzinfo=berlin),
        datetime(2022, 9, 6, 3, 25, tzinfo=berlin),
    )
    assert (talk.people, talk.location, talk.abstract) == (
        ("Martin Baker",),
        "Pale Golden Rod Room",
        "Incentivize b2b info-mediaries!",
    )
    assert (len(program.items), len({name for item in program.items for name in item.people})) == (36, 31)

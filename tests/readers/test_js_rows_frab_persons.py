"""re:publica 2013's `sessions.js` (trial 42; tests/data/js_rows/PROVENANCE.md): frab's export as a script's list.

Its people are `persons: [{"id": "65", "#text": "Andreas Gebhard"}]`, an XML export converted to JSON: read with 0
people before, `check` saying only "not read: persons". Expectations from the source: tests/data/js_rows/expected/
(a script over it).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.feed_reading import read_feed
from program.readers import ReadContext
from program.settings import FeedSpec

from helpers import ROOT, read_detected

_SPEC = importlib.util.spec_from_file_location("js_fidelity", ROOT / "bench" / "js_fidelity.py")
assert _SPEC is not None and _SPEC.loader is not None
bench = importlib.util.module_from_spec(_SPEC)
sys.modules["js_fidelity"] = bench
_SPEC.loader.exec_module(bench)

NAME = "republica2013-sessions-excerpt.js"
BERLIN = ReadContext(timezone=ZoneInfo("Europe/Berlin"))
EXPECTED = json.loads((ROOT / "tests" / "data" / "js_rows" / "expected" / f"{NAME}.json").read_text(encoding="utf-8"))


def test_every_session_is_read_with_its_frab_persons() -> None:
    reader, program = read_detected("js_rows", NAME, BERLIN)
    assert reader == "js-rows"
    read = [bench.fields(item) for item in program.items]
    assert read == EXPECTED
    assert any("persons → people" in line for line in program.reading)
    assert not [problem for problem in program.problems if problem.code == "unread-people"]


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (2, ["Andreas Gebhard", "Markus Beckedahl", "Tanja Haeusler", "Johnny Haeusler"]),
        (34, ["Erik Hersman"]),
        # "Simon W.[ungespielt]": his channel in brackets after the name, dropped as a bracketed affiliation is
        (881, ["LeFloid", "Simon W.", "Christoph Krachten", "Hannes Jakobsen", "Johnny Haeusler", "Amy Herzstark"]),
    ],
)
def test_a_person_s_name_is_its_text_node(line: int, people: list[str]) -> None:
    _, program = read_detected("js_rows", NAME, BERLIN)
    assert [list(item.people) for item in program.items if item.source.line == line] == [people]


def test_an_empty_person_object_is_nobody() -> None:
    _, program = read_detected("js_rows", NAME, BERLIN)
    titles = {item.title: item.people for item in program.items}
    assert titles["A1"] == () and titles["Interview with Ai Weiwei"] == ()


def _rows(tmp_path: Path, suffix: str, key: str) -> Path:
    rows = [
        {"start": "2013-05-06 10:15", "title": "Eröffnung", key: [{"id": "65", "#text": "Andreas Gebhard"}]},
        {"start": "2013-05-06 11:00", "title": "Innovating Africa", key: [{"id": "1433", "#text": "Erik Hersman"}]},
    ]
    path = tmp_path / f"sessions{suffix}"
    body = json.dumps(rows, ensure_ascii=False, indent=1)
    path.write_text(f"var sessions = {body};\n" if suffix == ".js" else body, encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".js", ".json"])
def test_people_objects_under_a_key_we_do_not_know_are_said_not_read(tmp_path: Path, suffix: str) -> None:
    program = read_feed(FeedSpec(_rows(tmp_path, suffix, "crew")), BERLIN).program
    assert all(item.people == () for item in program.items)
    said = [(p.code, p.source and p.source.line, p.message) for p in program.problems if p.code == "unread-people"]
    assert said == [
        (
            "unread-people",
            2,
            "key 'crew' holds people (2 names in 2 rows: 'Andreas Gebhard', 'Erik Hersman', …) and is not read: no "
            "people key we know; to read them pass --columns people=crew "
            '(a program file: [feeds.columns] people = "crew")',
        )
    ]


@pytest.mark.parametrize("suffix", [".js", ".json"])
def test_the_named_key_reads_them(tmp_path: Path, suffix: str) -> None:
    path = _rows(tmp_path, suffix, "crew")
    program = read_feed(FeedSpec(path, columns=(("people", "crew"),)), BERLIN).program
    assert [item.people for item in program.items] == [("Andreas Gebhard",), ("Erik Hersman",)]
    assert not [problem for problem in program.problems if problem.code == "unread-people"]


@pytest.mark.parametrize("key", ["public_name", "full_name", "name"])
def test_json_rows_name_people_by_frab_s_keys_too(tmp_path: Path, key: str) -> None:
    path = tmp_path / "talks.json"  # `persons` is frab's key: a JSON file writing it is left to frab-json
    path.write_text(json.dumps([{"start": "2013-05-06 10:15", "title": "Eröffnung", "speakers": [{key: "Ada Lee"}]}]))
    assert read_feed(FeedSpec(path), BERLIN).program.items[0].people == ("Ada Lee",)


def test_people_objects_beside_a_people_column_read_are_not_said() -> None:
    # netdev 0x16's HotCRP export: `authors` are read as the people; its submitters' `contacts` speak for no one
    path = ROOT / "tests" / "data" / "hotcrp" / "netdev0x16-schedule.json"
    program = read_feed(FeedSpec(path, format="json-rows"), ReadContext(timezone=ZoneInfo("America/New_York"))).program
    assert any(item.people for item in program.items)
    assert not [problem for problem in program.problems if problem.code == "unread-people"]

"""program.json: valid against the shipped schema, and a faithful copy of the model."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

import jsonschema
import pytest

from program.loading import Loaded
from program.writers import RenderOptions
from program.writers.base import json_bytes, json_chunks
from program.writers.program_json import ProgramJsonWriter, program_document
from program.writers.spreadsheet import csv_pieces, csv_text


@pytest.fixture(scope="module")
def document(sample: Loaded) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(ProgramJsonWriter().write(sample.program, RenderOptions()))
    return loaded


def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(files("program").joinpath("schema/program.schema.json").read_text("utf-8"))
    return schema


def test_sample_document_is_valid_against_the_shipped_schema(document: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(_schema(), format_checker=jsonschema.FormatChecker())

    assert [error.message for error in validator.iter_errors(document)] == []


def test_schema_rejects_a_wrong_kind(document: dict[str, Any]) -> None:
    broken = json.loads(json.dumps(document))
    broken["items"][0]["kind"] = "lecture"

    with pytest.raises(jsonschema.ValidationError, match="'lecture' is not one of"):
        jsonschema.validate(broken, _schema(), cls=jsonschema.Draft202012Validator)


def test_sample_items_carry_times_with_offsets_and_lines(document: dict[str, Any]) -> None:
    first, keckler = document["items"][0], document["items"][10]

    assert (first["kind"], first["start"], first["end"], first["line"]) == (
        "opening",
        "2022-12-03T08:30:00-06:00",
        "2022-12-03T08:40:00-06:00",
        1,
    )
    assert (keckler["title"], keckler["people"], keckler["title_speaker"]) == (
        "Steve Keckler - Invited Talk",
        ["Stephen Keckler"],
        "Steve Keckler",
    )
    assert [item["start"] for item in document["items"][14:]] == [None] * 19


def test_references_between_items_papers_and_people_resolve(document: dict[str, Any]) -> None:
    item_ids = {item["id"] for item in document["items"]}
    paper_ids = {paper["id"] for paper in document["papers"]}

    assert {item["paper"] for item in document["items"]} - {None} == paper_ids
    assert {ref for paper in document["papers"] for ref in paper["items"]} <= item_ids
    assert {ref for person in document["people"] for ref in person["items"]} <= item_ids
    assert len(document["people"]) == len({person["id"] for person in document["people"]}) == 105


def test_people_are_in_index_order(document: dict[str, Any]) -> None:
    keys = [person["sort_key"] for person in document["people"]]

    assert keys == sorted(keys)
    assert [person["name"] for person in document["people"][:3]] == [
        "Ryan Adams",
        "Alaleh Ahmadianshalchi",
        "Ibrahim Umit Akgun",
    ]


def test_program_json_written_an_entry_at_a_time_is_the_whole_document(sample: Loaded) -> None:
    written = ProgramJsonWriter().write(sample.program, RenderOptions())

    assert written == json_bytes(program_document(sample.program))
    assert len(json.loads(written)["items"]) == len(sample.program.items) > 0


def test_problems_are_in_the_document(document: dict[str, Any]) -> None:
    assert [(problem["code"], problem["line"]) for problem in document["problems"]] == [
        ("name-variant", 93),
        ("overlap", 93),
    ]


@pytest.mark.parametrize(
    "entries",
    [[], [{}], [[]], [{"a": 1}], [{"name": 'Zoë "Z" <b>\n', "items": [{"x": [1, 2]}, {}]}, 3, "s", None]],
    ids=repr,
)
def test_json_given_an_entry_at_a_time_is_the_json_of_the_whole(entries: list[object]) -> None:
    head = {"title": "Workshop ✓", "nested": {"a": [1]}}

    assert b"".join(json_chunks({**head, "people": iter(entries)})) == json_bytes({**head, "people": entries})


def test_json_with_several_lists_given_an_entry_at_a_time_is_the_json_of_the_whole() -> None:
    """Lists between other keys, one that looks like a key inside a string, an empty one."""
    whole = {
        "title": 'a\n  "items": []',
        "items": [{"id": "x", "people": ["p"]}, {"id": "y", "nested": {"items": []}}],
        "empty": [],
        "days": ["2022-12-03"],
        "people": [{"id": "p"}],
        "conference": {"acronym": "ws"},
    }
    streamed = {key: iter(value) if key in ("items", "empty", "people") else value for key, value in whole.items()}

    assert b"".join(json_chunks(streamed)) == json_bytes(whole)


def test_json_with_iterators_at_any_depth_is_the_json_of_the_whole() -> None:
    """schedule.json's shape: days, each with rooms, each room's events; empty ones; iterators in a list's entries."""

    def days(streamed: bool) -> object:
        rooms: list[dict[str, list[dict[str, object]]]] = [
            {"A": [{"id": 1, "persons": [{"name": "Zoë"}]}, {"id": 2}], "B": []},
            {},
            {"C": [{"id": 3}]},
        ]
        made = [
            {"index": index, "rooms": {room: iter(events) if streamed else events for room, events in day.items()}}
            for index, day in enumerate(rooms)
        ]
        return iter(made) if streamed else made

    whole = {"schedule": {"version": "1", "conference": {"days": days(False), "tracks": [[1, 2], (3,)]}}}
    streamed = {"schedule": {"version": "1", "conference": {"days": days(True), "tracks": [[1, 2], (3,)]}}}

    assert b"".join(json_chunks(streamed)) == json_bytes(whole)
    assert b"".join(json_chunks([iter([]), {"a": iter([{}])}, "x"])) == json_bytes([[], {"a": [{}]}, "x"])


def test_csv_given_a_thousand_rows_at_a_time_is_the_csv_of_the_whole() -> None:
    rows = [(f"=row {number}", 'Zoë, "Z"', number) for number in range(2500)]
    pieces = list(csv_pieces(("a", "b", "c"), iter(rows), rows_a_piece=1000))

    assert len(pieces) == 3
    assert "".join(pieces) == csv_text(("a", "b", "c"), rows)
    assert "".join(pieces).startswith('\ufeff"a","b","c"\r\n"\'=row 0","Zoë, ""Z""","0"\r\n')

"""A frab/pretalx/hub export through `program`: schedule.xml and schedule.json give every field back.

Each real export in tests/data/frab/examples is built as a program and written again;
tests/frab_fields.py reads the export and our output with the standard library alone, and
every field of every event must match (its normalisations are the frab table of docs/formats.md).
The outputs stay valid against the c3voc XSD and JSON schema, except where the export
itself wrote a value the schema refuses: those come back as written, so the errors of
our output are the export's own.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import xmlschema

from program.loading import load_program
from program.model import Program
from program.settings import FeedSpec, Settings
from program.writers import RenderOptions, frab_xml
from program.writers.frab_json import FrabJsonWriter
from program.writers.frab_xml import FrabXmlWriter

from frab_fields import EVENT_FIELDS, Fields, file_fields, schedule_fields
from helpers import FRAB

XML_EXAMPLES = sorted((FRAB / "examples" / "xml").glob("*.xml"))
JSON_EXAMPLES = [
    FRAB / "examples" / "json" / name for name in ("pretalx-democon.json", "frab-camp2019.json", "hub-schedule2.json")
]
XSD = xmlschema.XMLSchema(str(FRAB / "xsd" / "schedule.xml.xsd"))
V1 = jsonschema.Draft6Validator(
    json.loads((FRAB / "json-schema" / "schedule-v1.schema.json").read_text(encoding="utf-8")),
    format_checker=jsonschema.Draft6Validator.FORMAT_CHECKER,
)
NOT_IN_JSON = {"answers"}
"""The v1 JSON schema has no place for an event's answers (schedule.xml and program.json keep them)."""


def _built(path: Path) -> Program:
    return load_program(Settings(feeds=(FeedSpec(path),))).program


def _outputs(program: Program) -> dict[str, str]:
    return {
        "schedule.xml": FrabXmlWriter().write(program, RenderOptions()),
        "schedule.json": FrabJsonWriter().write(program, RenderOptions()).decode(),
    }


@pytest.fixture(scope="module", params=[*XML_EXAMPLES, *JSON_EXAMPLES], ids=lambda path: path.name)
def round_trip(request: pytest.FixtureRequest) -> tuple[Path, dict[str, str]]:
    path: Path = request.param
    return path, _outputs(_built(path))


def _by_guid(events: list[Fields]) -> dict[str, Fields]:
    return {event["guid"]: event for event in events}


@pytest.mark.parametrize("output", ["schedule.xml", "schedule.json"])
def test_every_field_of_every_event_comes_back(round_trip: tuple[Path, dict[str, str]], output: str) -> None:
    path, outputs = round_trip
    _, source = file_fields(path)
    _, written = schedule_fields(outputs[output])
    fields = [field for field in EVENT_FIELDS if not (output == "schedule.json" and field in NOT_IN_JSON)]
    if output == "schedule.xml":
        # schedule.xml has no place for a person's code or biography (schedule.json keeps them).
        for event in [*source, *written]:
            event["persons"] = [(name, guid, number, None, None) for name, guid, number, *_ in event["persons"]]

    ours = _by_guid(written)
    assert len(written) == len(source)
    for event in source:
        assert event["guid"] in ours
        # An event without a numeric id gets one: the XSD and the schema require it.
        kept = [field for field in fields if not (field == "id" and event["id"] is None)]
        assert {field: ours[event["guid"]][field] for field in kept} == {field: event[field] for field in kept}


@pytest.mark.parametrize("output", ["schedule.xml", "schedule.json"])
def test_the_conference_comes_back(round_trip: tuple[Path, dict[str, str]], output: str) -> None:
    path, outputs = round_trip
    source, _ = file_fields(path)
    written, _ = schedule_fields(outputs[output])

    # A timeslot_duration is written where the export gave none: the XSD and the schema require it.
    keys = [key for key in ("acronym", "title", "base_url", "timeslot_duration", "version") if source[key]]
    assert {key: written[key] for key in keys} == {key: source[key] for key in keys}
    assert written["tracks"] == source["tracks"]
    # Rooms with the export's guids, in its order (schedule.xml lists only rooms with events).
    guids = {name: guid for name, guid in source["rooms"] if guid}
    assert [(name, guid) for name, guid in written["rooms"] if name in guids] == [
        (name, guid) for name, guid in guids.items() if name in dict(written["rooms"])
    ]
    if path.suffix == ".xml":
        assert written["days"] == source["days"]


def _xml_errors(text: str) -> set[str]:
    # The kind of error and the element, without positions: "unexpected child <do_not_stream>".
    return {re.sub(r"\d+", "#", f"{error.reason}") for error in XSD.iter_errors(text)}


def _json_errors(document: Any) -> list[Any]:
    return list(V1.iter_errors(document))


def test_schedule_xml_is_as_valid_as_the_export(round_trip: tuple[Path, dict[str, str]]) -> None:
    path, outputs = round_trip
    errors = _xml_errors(outputs["schedule.xml"])
    if path.suffix == ".xml":
        assert errors <= _xml_errors(path.read_text(encoding="utf-8"))
    else:
        # A JSON export's own values the XSD refuses: Camp 2019's upper-case acronym and slugs.
        assert all(re.search(r"Camp#|pattern|voc-slug|acronym", error) for error in errors), errors


def test_schedule_json_errors_are_values_the_export_wrote(round_trip: tuple[Path, dict[str, str]]) -> None:
    path, outputs = round_trip
    source = path.read_text(encoding="utf-8")
    for error in _json_errors(json.loads(outputs["schedule.json"])):
        # A value as written that the schema refuses (a short slug, an upper-case acronym, a
        # schedule2 link type such as SLIDES): it is in the export, so it is the export's.
        assert isinstance(error.instance, str) and error.instance in source, error.message


def test_a_clean_export_stays_valid() -> None:
    outputs = _outputs(_built(FRAB / "examples" / "json" / "pretalx-democon.json"))

    assert _xml_errors(outputs["schedule.xml"]) == set()
    assert _json_errors(json.loads(outputs["schedule.json"])) == []


def test_after_midnight_events_stay_on_their_conference_day() -> None:
    path = FRAB / "examples" / "xml" / "schedule-38c3-20251206.xml"
    outputs = _outputs(_built(path))

    def days(text: str) -> dict[str, str]:
        root = ET.fromstring(text)
        return {
            event.get("guid") or "": day.get("date") or "" for day in root.iter("day") for event in day.iter("event")
        }

    source, ours = days(path.read_text(encoding="utf-8")), days(outputs["schedule.xml"])
    starts = {event.get("guid"): event.findtext("date") or "" for event in ET.parse(path).getroot().iter("event")}
    after_midnight = [
        guid for guid, day in source.items() if datetime.fromisoformat(starts[guid]).date().isoformat() != day
    ]
    assert len(after_midnight) == 58
    assert ours == source


def test_an_export_read_twice_gives_each_copy_its_own_identifiers(tmp_path: Path) -> None:
    path = FRAB / "examples" / "json" / "pretalx-democon.json"
    (tmp_path / "again.json").write_bytes(path.read_bytes())
    program = load_program(Settings(feeds=(FeedSpec(path), FeedSpec(tmp_path / "again.json")))).program

    outputs = _outputs(program)

    assert len(program.items) == 72
    assert _xml_errors(outputs["schedule.xml"]) == set()
    assert _json_errors(json.loads(outputs["schedule.json"])) == []
    _, events = schedule_fields(outputs["schedule.xml"])
    _, source = file_fields(path)
    assert {event["guid"] for event in source} <= {event["guid"] for event in events}


@pytest.mark.parametrize("path", [*XML_EXAMPLES, *JSON_EXAMPLES], ids=lambda path: path.name)
def test_schedule_xml_and_json_written_a_piece_at_a_time_are_the_whole_documents(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each real export (Camp 2019's CRLF texts among them); schedule.xml's rooms cut into chunks of three events."""
    monkeypatch.setattr(frab_xml, "_EVENTS_A_CHUNK", 3)
    program = _built(path)

    xml_chunks = list(FrabXmlWriter().write_chunks(program, RenderOptions()))
    json_chunks = FrabJsonWriter().write_chunks(program, RenderOptions())

    assert b"".join(xml_chunks) == FrabXmlWriter().write(program, RenderOptions()).encode()
    assert len(xml_chunks) > len(program.items) / 3
    assert b"".join(json_chunks) == FrabJsonWriter().write(program, RenderOptions())

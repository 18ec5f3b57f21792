"""schedule.xml and schedule.json: valid against the c3voc schemas, stable ids, read back by our readers."""

from __future__ import annotations

import itertools
import json
import uuid
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta
from typing import Any

import attrs
import jsonschema
import pytest
import xmlschema
from hypothesis import given
from hypothesis import strategies as st

from program.loading import Loaded
from program.model import Item, Kind, Link, Program, SourceRef
from program.readers import ReadContext, reader_named
from program.writers import RenderOptions, frab_schedule
from program.writers.frab_json import FrabJsonWriter
from program.writers.frab_schedule import POSTER_ROOM, schedule_of
from program.writers.frab_xml import FrabXmlWriter

from helpers import CHICAGO, FRAB

XSD = xmlschema.XMLSchema(str(FRAB / "xsd" / "schedule.xml.xsd"))
JSON_SCHEMA = json.loads((FRAB / "json-schema" / "schedule-v1.schema.json").read_text(encoding="utf-8"))
JSON_VALIDATOR = jsonschema.Draft6Validator(JSON_SCHEMA, format_checker=jsonschema.Draft6Validator.FORMAT_CHECKER)
AS_EVENTS = RenderOptions(posters_as_events=True)


def _xml_errors(text: str) -> list[str]:
    return [str(error.reason or error) for error in XSD.iter_errors(text)]


def _json_errors(text: str) -> list[str]:
    return [error.message for error in JSON_VALIDATOR.iter_errors(json.loads(text))]


def _json_events(text: str) -> list[dict[str, Any]]:
    days = json.loads(text)["schedule"]["conference"]["days"]
    return [event for day in days for events in day["rooms"].values() for event in events]


@pytest.mark.parametrize("options", [RenderOptions(), AS_EVENTS], ids=["default", "posters-as-events"])
def test_sample_exports_validate_against_the_c3voc_schemas(sample: Loaded, options: RenderOptions) -> None:
    xml_text = FrabXmlWriter().write(sample.program, options)
    json_text = FrabJsonWriter().write(sample.program, options).decode()

    assert _xml_errors(xml_text) == []
    assert _json_errors(json_text) == []


def test_the_validators_do_catch_a_broken_export(sample: Loaded) -> None:
    xml_text = FrabXmlWriter().write(sample.program, RenderOptions())
    document = json.loads(FrabJsonWriter().write(sample.program, RenderOptions()))
    first_event = next(iter(document["schedule"]["conference"]["days"][0]["rooms"].values()))[0]
    first_event["code"] = "lower-case"
    second_code = xml_text.split('code="')[2].split('"')[0]

    assert _xml_errors(xml_text.replace(f'code="{second_code}"', 'code="' + xml_text.split('code="')[1][:6] + '"'))
    assert _json_errors(json.dumps(document))


def test_every_timed_item_is_one_event_and_posters_are_listed_in_their_sessions(sample: Loaded) -> None:
    schedule = schedule_of(sample.program, RenderOptions())
    events = list(schedule.events)
    sessions = [event for event in events if event.item.kind is Kind.POSTER_SESSION]

    assert sorted(event.item.id for event in events) == sorted(
        item.id for item in sample.program.items if item.start is not None
    )
    assert {event.room for event in sessions} == {POSTER_ROOM}
    for session in sessions:
        assert session.description is not None
        lines = session.description.splitlines()
        assert lines[0] == "Posters:"
        # the sample's page gives no boards: each line is a poster's title, no "P1" made up before it
        posters = [item for item in sample.program.items if item.kind is Kind.POSTER]
        assert [line.split(" (", 1)[0] for line in lines[1:]] == [poster.title for poster in posters]


def test_posters_as_events_span_each_of_their_sessions_with_unique_identifiers(sample: Loaded) -> None:
    events = list(schedule_of(sample.program, AS_EVENTS).events)
    posters = [event for event in events if event.item.kind is Kind.POSTER]
    sessions = {item.id: item for item in sample.program.items if item.kind is Kind.POSTER_SESSION}
    heat = [event for event in events if event.title.startswith("HEAT")]

    assert len(posters) == 19 * 2
    assert all(event.room == POSTER_ROOM for event in posters)
    for event in posters:
        session = sessions[event.key.split("@")[1]]
        assert (event.start, event.end) == (session.start, session.end)
    assert sorted(event.type for event in heat) == ["Poster", "Poster", "Spotlight"]
    for identifier in ("number", "guid", "code", "slug"):
        values = [getattr(event, identifier) for event in events]
        assert len(set(values)) == len(values) == 14 + 38, identifier


def test_guids_come_from_stable_ids_not_positions(sample: Loaded) -> None:
    program = sample.program
    fewer = attrs.evolve(program, items=program.items[3:])  # the first three items removed
    guids = {event.item.id: event.guid for event in schedule_of(program, RenderOptions()).events}
    later = {event.item.id: event.guid for event in schedule_of(fewer, RenderOptions()).events}
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, "https://mlforsystems.org/")

    assert all(guids[item_id] == str(uuid.uuid5(namespace, item_id)) for item_id in guids)
    assert later == {item_id: guids[item_id] for item_id in later}


def test_no_two_events_overlap_within_a_room_of_the_sample(sample: Loaded) -> None:
    for day in schedule_of(sample.program, RenderOptions()).days:
        for room, events in day.rooms:
            for earlier, later in itertools.pairwise(events):
                assert earlier.end.timestamp() <= later.start.timestamp(), (room, earlier.title, later.title)


@pytest.mark.parametrize(("writer", "reader_name"), [(FrabXmlWriter(), "frab-xml"), (FrabJsonWriter(), "frab-json")])
def test_our_frab_readers_read_the_export_back(sample: Loaded, writer: Any, reader_name: str) -> None:
    written = writer.write(sample.program, RenderOptions())
    text = written.decode() if isinstance(written, bytes) else written
    reader = reader_named(reader_name)

    assert reader.detect(text)
    back = reader.read(text, source="schedule", context=ReadContext())
    timed = [item for item in sample.program.items if item.start is not None]
    expected = sorted((item.title, item.start, item.end) for item in timed)
    assert sorted((item.title, item.start, item.end) for item in back.items) == expected
    assert {item.title: item.people for item in back.items} == {item.title: item.people for item in timed}


HOSTILE = "Q&A <b>bold</b> ]]> \"quoted\" 'apos' \x00\x07 end\ufffe"


def _hostile_program() -> Program:
    start = datetime(2024, 3, 9, 23, 30, tzinfo=CHICAGO)
    talk = Item(
        id="talk-hostile-123abc",
        kind=Kind.TALK,
        title=HOSTILE,
        source=SourceRef("feed.txt", 1),
        start=start,
        end=(start.astimezone(UTC) + timedelta(hours=3)).astimezone(CHICAGO),  # over the spring-forward night
        people=(HOSTILE, "李 雷"),
        abstract=HOSTILE,
        links=(Link("Slides & video", "https://example.org/?a=1&b=<2>"),),
    )
    return Program(
        title=HOSTILE, timezone="America/Chicago", days=(date(2024, 3, 9),), items=(talk,), url="https://example.org/"
    )


def test_hostile_text_is_escaped_and_forbidden_characters_dropped() -> None:
    program = _hostile_program()
    xml_text = FrabXmlWriter().write(program, RenderOptions())
    json_text = FrabJsonWriter().write(program, RenderOptions()).decode()
    cleaned = "Q&A <b>bold</b> ]]> \"quoted\" 'apos'  end"

    event = ET.fromstring(xml_text.encode()).find("day/room/event")
    assert event is not None
    assert (event.findtext("title"), event.findtext("abstract")) == (cleaned, cleaned)
    assert event.find("links/link").get("href") == "https://example.org/?a=1&b=%3C2%3E"  # type: ignore[union-attr]
    assert (event.findtext("start"), event.findtext("duration")) == ("23:30", "03:00")
    assert _xml_errors(xml_text) == []
    [json_event] = _json_events(json_text)
    assert json_event["title"] == HOSTILE  # JSON can carry every character; the escaping is json's
    assert json_event["end"] == "2024-03-10T03:30:00-05:00"
    assert _json_errors(json_text) == []


def test_acronym_defaults_to_the_title_in_the_shape_apps_accept(sample: Loaded) -> None:
    untitled = attrs.evolve(sample.program, acronym=None, title="ML for Systems @ NeurIPS")
    document = json.loads(FrabJsonWriter().write(untitled, RenderOptions()))

    assert document["schedule"]["conference"]["acronym"] == "ml_for_systems_neurips"
    assert _json_errors(json.dumps(document)) == []


def test_the_exports_days_without_events_are_written_as_it_numbers_them() -> None:
    # voc/schedule's hub-schedule2.json: four days, two events, both on the first.
    path = FRAB / "examples" / "json" / "hub-schedule2.json"
    text = path.read_text(encoding="utf-8")
    program = reader_named("frab-json").read(text, source=path.name, context=ReadContext())
    written_days = [(day["index"], day["date"]) for day in json.loads(text)["schedule"]["conference"]["days"]]

    schedule = schedule_of(program, RenderOptions())

    assert [(day.index, day.date.isoformat()) for day in schedule.days] == written_days
    assert [len(day.rooms) for day in schedule.days] == [2, 0, 0, 0]  # one event in each of two rooms


@given(name=st.text(), url=st.text())
def test_guids_are_the_standard_librarys_uuid5(name: str, url: str) -> None:
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, url)
    expected = uuid.uuid5(namespace, name)

    assert frab_schedule._uuid5(namespace, name) == (str(expected), expected.int)

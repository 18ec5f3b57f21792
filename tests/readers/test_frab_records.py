"""frab/pretalx/hub exports: every field apps rely on is read as written and kept by program.json."""

from __future__ import annotations

from datetime import UTC, time
from pathlib import Path
from typing import Any

import pytest

from program.cli import main
from program.model import Item, Program
from program.readers import ReadContext
from program.readers.frab_json import FrabJsonReader
from program.readers.frab_xml import FrabXmlReader
from program.readers.program_json import ProgramJsonReader
from program.writers import RenderOptions
from program.writers.program_json import ProgramJsonWriter

from frab_fields import EVENT_FIELDS, Fields, file_fields
from helpers import FRAB

EXAMPLES = [
    *sorted((FRAB / "examples" / "xml").glob("*.xml")),
    *(
        FRAB / "examples" / "json" / name
        for name in ("pretalx-democon.json", "frab-camp2019.json", "hub-schedule2.json")
    ),
]


def read_export(path: Path) -> Program:
    """The export at `path` as its reader reads it."""
    reader = FrabXmlReader() if path.suffix == ".xml" else FrabJsonReader()
    return reader.read(path.read_text(encoding="utf-8"), source=path.name, context=ReadContext())


def _link(link: Any, *, typed: bool) -> tuple[str, str, str | None]:
    return (link.url, link.title or "", link.type if typed else None)


def model_fields(item: Item, *, typed_links: bool = True) -> Fields:
    """What the model keeps of an event, in the shape `frab_fields` reads exports into."""
    record = item.frab
    assert record is not None and item.start is not None and item.end is not None
    return {
        "title": record.title or item.title,
        "start": item.start.astimezone(UTC).isoformat(),
        "duration": int(item.end.timestamp() - item.start.timestamp()),
        "room": item.location or "",
        "guid": record.guid,
        "id": record.id,
        "slug": record.slug or "",
        "code": record.code or "",
        "url": record.url or "",
        "logo": record.logo or "",
        "track": record.track or "",
        "language": record.language or "",
        "type": record.type or "",
        "subtitle": record.subtitle or "",
        "abstract": record.abstract or "",
        "description": record.description or "",
        "persons": [(person.name, person.guid, person.id, person.code, person.biography) for person in record.persons],
        "links": [_link(link, typed=typed_links) for link in record.links],
        "attachments": [_link(link, typed=typed_links) for link in record.attachments],
        "recording": (record.recording_license or "", record.recording_optout),
        "do_not_stream": record.do_not_stream,
        "feedback_url": record.feedback_url or "",
        "origin_url": record.origin_url or "",
        "answers": [(answer.question, answer.answer) for answer in record.answers]
        if record.answers is not None
        else None,
    }


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
def test_every_field_of_every_event_is_read_as_written(path: Path) -> None:
    _, events = file_fields(path)
    program = read_export(path)

    assert len(program.items) == len(events)
    ours = {item.frab.guid if item.frab else None: model_fields(item) for item in program.items}
    for event in events:
        assert {field: ours[event["guid"]][field] for field in EVENT_FIELDS} == {
            field: event[field] for field in EVENT_FIELDS
        }, event["guid"]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
def test_the_conference_is_read_as_written(path: Path) -> None:
    conference, _ = file_fields(path)
    record = read_export(path).conference

    assert record is not None
    assert (record.acronym, record.title, record.base_url or "", record.version or "") == (
        conference["acronym"],
        conference["title"],
        conference["base_url"],
        conference["version"],
    )
    assert [(track.name, track.color, track.slug) for track in record.tracks] == conference["tracks"]
    assert [(room.name, room.guid) for room in record.rooms] == conference["rooms"]


def test_a_congress_day_runs_to_six_in_the_morning() -> None:
    program = read_export(FRAB / "examples" / "xml" / "schedule-38c3-20251206.xml")

    assert program.conference is not None and program.conference.day_change == time(6, 0)
    assert [track.color for track in program.conference.tracks][:2] == ["#F9B000", "#E40429"]
    late = [item for item in program.items if item.start and item.start.hour < 6]
    assert len(late) == 58
    assert all(
        program.day_of(item.start) == item.start.date().fromordinal(item.start.toordinal() - 1)
        for item in late
        if item.start
    )


def test_pretalx_day_ends_at_three_fifty_nine_mean_four() -> None:
    program = read_export(FRAB / "examples" / "json" / "pretalx-democon.json")

    assert program.conference is not None and program.conference.day_change == time(4, 0)


def test_a_hub_contributor_is_kept_but_not_a_speaker() -> None:
    program = read_export(FRAB / "examples" / "json" / "hub-schedule2.json")
    opening = program.items[0]

    assert opening.frab is not None
    assert [person.name for person in opening.frab.others] == ["Senficon"]
    assert opening.people == ("Gabriela Bogk", "Aline Blankertz")
    assert opening.track == "CCC"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
def test_program_json_keeps_every_record(path: Path) -> None:
    program = read_export(path)
    written = ProgramJsonWriter().write(program, RenderOptions())

    again = ProgramJsonReader().read(written.decode(), source="program.json", context=ReadContext())

    assert [item.frab for item in again.items] == [item.frab for item in program.items]
    assert again.conference == program.conference
    assert ProgramJsonWriter().write(again, RenderOptions()) == written


def test_a_build_and_a_build_from_its_program_json_keep_the_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    path = FRAB / "examples" / "xml" / "schedule-39c3-20251206.xml"
    assert main(["build", "--no-pdf", str(path), "--out", str(tmp_path / "first")]) == 0
    assert main(["build", "--no-pdf", str(tmp_path / "first" / "program.json"), "--out", str(tmp_path / "again")]) == 0

    built = ProgramJsonReader().read(
        (tmp_path / "again" / "program.json").read_text(encoding="utf-8"), source="program.json", context=ReadContext()
    )

    exported = read_export(path)
    assert built.conference == exported.conference
    assert sorted(map(repr, (item.frab for item in built.items))) == sorted(
        map(repr, (item.frab for item in exported.items))
    )

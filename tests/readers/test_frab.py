"""frab/pretalx/hub exports: every event of the real examples survives, bad input names its line."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from program.errors import ParseError
from program.i18n import Lang
from program.model import Kind, Program, Severity
from program.model.text import is_placeholder_name
from program.readers import ReadContext, detect_readers
from program.readers.frab_event import event_kind
from program.readers.frab_json import FrabJsonReader
from program.readers.frab_xml import FrabXmlReader
from program.writers.shown_names import NamedPeople
from program.writers.timetable import timetable

from helpers import FRAB

XML_EXAMPLES = sorted((FRAB / "examples" / "xml").glob("*.xml"))
JSON_EXAMPLES = [
    FRAB / "examples" / "json" / name for name in ("pretalx-democon.json", "frab-camp2019.json", "hub-schedule2.json")
]

Event = tuple[str, datetime, str | None]


def _xml_events(path: Path) -> list[Event]:
    """The events as the standard library's own XML parser sees them: title, start, room."""
    root = ET.parse(path).getroot()
    return [
        (
            " ".join((event.findtext("title") or "").split()),
            datetime.fromisoformat(event.findtext("date") or ""),
            event.findtext("room"),
        )
        for event in root.iter("event")
    ]


def _json_events(path: Path) -> list[Event]:
    schedule = json.loads(path.read_text(encoding="utf-8"))["schedule"]
    raw: list[Any] = schedule.get("events") or [
        event for day in schedule["conference"]["days"] for events in day["rooms"].values() for event in events
    ]
    return [
        (
            " ".join(event["title"].split()),
            datetime.fromisoformat(event.get("date") or event["start"]),
            event["room"]["name"] if isinstance(event["room"], dict) else event["room"],
        )
        for event in raw
    ]


def _ours(program: Program) -> list[Event]:
    return [(item.title, item.start, item.location) for item in program.items if item.start]


def _read(reader: FrabXmlReader | FrabJsonReader, path: Path) -> Program:
    return reader.read(path.read_text(encoding="utf-8"), source=path.name, context=ReadContext())


@pytest.mark.parametrize("path", XML_EXAMPLES, ids=lambda path: path.name)
def test_every_xml_event_is_read_with_title_start_and_room(path: Path) -> None:
    program = _read(FrabXmlReader(), path)

    assert program.problems == ()
    assert sorted(_ours(program), key=repr) == sorted(_xml_events(path), key=repr)
    assert program.timezone == "Europe/Berlin"


@pytest.mark.parametrize("path", JSON_EXAMPLES, ids=lambda path: path.name)
def test_every_json_event_is_read_with_title_start_and_room(path: Path) -> None:
    program = _read(FrabJsonReader(), path)

    # DemoCon names UTC and writes +01:00: said (test_frab_history), read all the same.
    expected = ["zone-offset-mismatch"] if path.name == "pretalx-democon.json" else []
    assert [problem.code for problem in program.problems] == expected
    assert sorted(_ours(program), key=repr) == sorted(_json_events(path), key=repr)


def test_event_details_come_through() -> None:
    program = _read(FrabJsonReader(), FRAB / "examples" / "json" / "hub-schedule2.json")
    opening = program.items[0]

    assert opening.title == "38C3: Opening Ceremony"
    assert opening.people == ("Gabriela Bogk", "Aline Blankertz")  # the CONTRIBUTOR is no speaker
    assert (
        opening.end is not None and opening.start is not None and opening.end - opening.start == timedelta(minutes=30)
    )
    assert [link.url for link in opening.links] == [
        "https://events.ccc.de/congress/2024/hub/event/38c3-opening-ceremony/",
        "https://example.net/",
        "https://example.net/foo/bar/1235.pdf",
    ]
    assert opening.abstract is not None and opening.abstract.startswith("Glad you could make it!")
    assert str(opening.start.tzinfo) == "Europe/Berlin"


def test_xml_lines_point_at_each_event_and_indentation_is_dropped() -> None:
    path = FRAB / "examples" / "xml" / "schedule-39c3-20251206.xml"
    program = _read(FrabXmlReader(), path)
    lines = path.read_text(encoding="utf-8").split("\n")

    assert all(item.source.line and "<event " in lines[item.source.line - 1] for item in program.items)
    assert not any("\n " in (item.abstract or "") for item in program.items)


def test_parallel_rooms_become_timetable_columns() -> None:
    program = _read(FrabJsonReader(), FRAB / "examples" / "json" / "pretalx-democon.json")
    first_day = [item for item in program.items if item.start and item.start.date() == program.items[0].start.date()]  # type: ignore[union-attr]

    table = timetable(first_day, NamedPeople(program), Lang(twelve_hour=False))

    assert table.columns == ("Gray Room", "Tan Room")
    column_of = {item.id: table.columns.index(item.location or "") for item in first_day}
    for box in table.boxes:
        column_left = 50.0 * column_of[box.item_id]
        assert column_left <= box.left_pct and box.left_pct + box.width_pct <= column_left + 50.0 + 1e-9
    assert {column_of[box.item_id] for box in table.boxes} == {0, 1}


def test_an_event_across_a_clock_change_lasts_its_duration() -> None:
    # Berlin leaves summer time at 03:00 CEST on 27 Oct 2024: a two-hour event from
    # 01:30 CEST ends at 02:30 CET, not at 03:30 CET as wall-clock arithmetic would say.
    event = GOOD_EVENT.replace("2020-12-14T09:00:00+01:00", "2024-10-27T01:30:00+02:00").replace("00:30", "02:00")
    text = _xml(f'<event guid="1">{event}</event>').replace(
        "<title>C</title>", "<title>C</title><time_zone_name>Europe/Berlin</time_zone_name>"
    )

    [item] = FrabXmlReader().read(text, source="s.xml", context=ReadContext()).items

    assert item.start is not None and item.end is not None
    assert item.end.timestamp() - item.start.timestamp() == timedelta(hours=2).total_seconds()
    assert item.end.isoformat() == "2024-10-27T02:30:00+01:00"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ('{"schedule": {"conference": {}}}', "frab-json"),
        ('{\n  "$schema": "x.json",\n  "schedule": {}}', "frab-json"),
        ('{"format":"program-json/1","title":"T"}', "program-json"),
        ('{"title": "T", "schedule": {}}', None),
        ('{"format": "program-json/2"}', None),
    ],
)
def test_json_formats_are_told_by_their_opening(opening: str, name: str | None) -> None:
    assert [reader.name for reader in detect_readers(opening)] == ([name] if name else [])


@pytest.mark.parametrize(
    ("path", "name"),
    [*((path, "frab-xml") for path in XML_EXAMPLES), *((path, "frab-json") for path in JSON_EXAMPLES)],
    ids=str,
)
def test_examples_are_detected_by_content(path: Path, name: str) -> None:
    assert [reader.name for reader in detect_readers(path.read_text(encoding="utf-8"))] == [name]


GOOD_EVENT = "<date>2020-12-14T09:00:00+01:00</date><duration>00:30</duration><room>A</room><title>Talk</title>"


def _xml(events: str) -> str:
    head = '<?xml version="1.0"?>\n<schedule>\n<conference><title>C</title></conference>\n<day><room name="A">\n'
    return f"{head}{events}\n</room></day>\n</schedule>\n"


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("<schedule>\n<conference>\n</schedule>\n", 3, "expected well-formed XML: mismatched tag"),
        (
            '<?xml version="1.0"?>\n<!DOCTYPE s [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>\n<schedule>&b;</schedule>',
            2,
            "without entity declarations",
        ),
        ("<programme/>", 1, "expected a <schedule> document"),
    ],
)
def test_unreadable_xml_is_refused_with_its_line(text: str, line: int, reason: str) -> None:
    with pytest.raises(ParseError) as caught:
        FrabXmlReader().read(text, source="s.xml", context=ReadContext())

    assert caught.value.source.line == line
    assert reason in caught.value.reason


@pytest.mark.parametrize(
    ("event", "reason"),
    [
        (GOOD_EVENT.replace("2020-12-14T09:00:00+01:00", "14.12.2020 9:00"), "expected an event date"),
        (GOOD_EVENT.replace("T09:00", "T25:00"), "expected an event date"),
        (GOOD_EVENT.replace("00:30", "half an hour"), "expected a duration"),
        (GOOD_EVENT.replace("<title>Talk</title>", ""), "expected an event with a <title>"),
    ],
)
def test_an_unreadable_event_is_an_error_at_its_line_and_the_rest_is_read(event: str, reason: str) -> None:
    text = _xml(f'<event guid="1">{GOOD_EVENT}</event>\n<event guid="2">{event}</event>')

    program = FrabXmlReader().read(text, source="s.xml", context=ReadContext())

    assert len(program.items) == 1
    [error] = [problem for problem in program.problems if problem.severity is Severity.ERROR]
    assert (error.code, str(error.source)) == ("unreadable-event", "s.xml:6")
    assert reason in error.message


def test_json_syntax_errors_name_their_line() -> None:
    with pytest.raises(ParseError) as caught:
        FrabJsonReader().read('{"schedule": {\n"conference": {,}}}', source="s.json", context=ReadContext())

    assert caught.value.source.line == 2


def test_a_json_event_without_a_date_is_an_error_at_its_guid() -> None:
    document = {
        "schedule": {
            "conference": {"title": "C", "time_zone_name": "UTC"},
            "events": [
                {
                    "guid": "g-1",
                    "title": "Fine",
                    "start": "2024-01-01T10:00:00+00:00",
                    "end": "2024-01-01T11:00:00+00:00",
                },
                {"guid": "g-2", "title": "No date"},
            ],
        }
    }
    text = json.dumps(document, indent=1)

    program = FrabJsonReader().read(text, source="s.json", context=ReadContext())

    [error] = program.problems
    assert error.source is not None and '"g-2"' in text.split("\n")[(error.source.line or 0) - 1]
    assert [item.title for item in program.items] == ["Fine"]


@pytest.mark.parametrize("text", ["<?xml", "<?xml version='1.0'", "<!-- unclosed", "<"])
def test_detection_survives_a_cut_off_opening(text: str) -> None:
    # Found by tests/fuzz: "<?xml" alone raised IndexError.
    assert not FrabXmlReader().detect(text)


@pytest.mark.parametrize(
    "doctype",
    [
        "<!DOCTYPE schedule>",
        '<!DOCTYPE schedule SYSTEM "schedule.dtd">',
        "<!-- exported -->\n<!DOCTYPE schedule>\n<!-- by frab -->",
    ],
)
def test_a_harmless_doctype_before_the_schedule_is_detected(doctype: str) -> None:
    text = f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}\n<schedule><version>1</version></schedule>\n'

    assert FrabXmlReader().detect(text)
    assert not FrabXmlReader().detect(f'<?xml version="1.0"?>\n{doctype}\n<html></html>\n')


def test_a_welcome_opens_the_event_only_when_it_is_short() -> None:
    # 38C3's "Welcome to the House of Tea! <3" (type "other") runs three hours: a gathering, not the opening.
    assert event_kind("other", "Welcome to the House of Tea! <3", timedelta(hours=3)) is Kind.OTHER
    assert event_kind("other", "Welcome to Milliways!", timedelta(hours=2)) is Kind.OTHER
    assert event_kind("devroom", "Welcome to the Perl devroom!", timedelta(minutes=5)) is Kind.OPENING
    assert event_kind("other", "Closing Remarks", timedelta(minutes=30)) is Kind.CLOSING
    assert event_kind("other", "Opening", None) is Kind.OPENING
    assert event_kind("other", "Jeff Dean - Keynote", timedelta(hours=2)) is Kind.KEYNOTE


def test_a_placeholder_person_is_nobody() -> None:
    program = _read(FrabXmlReader(), FRAB / "examples" / "xml" / "schedule-38c3-20251206.xml")
    [item] = [item for item in program.items if item.title.startswith("Postpartum Punk")]

    assert item.people == ("Ania Poullain-Majchrzak",)  # the export lists "-" first
    assert all(not is_placeholder_name(name) for item in program.items for name in item.people)

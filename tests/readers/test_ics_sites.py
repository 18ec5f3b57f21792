"""Calendars that sites generate: Mini-Conf's "#tag" titles and link locations, a calendar inside an HTML comment.

Expectations written by hand from the files (tests/data/ics, PROVENANCE.md); counts by icalendar itself.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar

from program.model import Item, Kind, Link, Program
from program.readers import ReadContext, detect_readers
from program.readers.ics import IcsReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "ics"


def _read(name: str, zone: str | None = None) -> Program:
    context = ReadContext(timezone=ZoneInfo(zone) if zone else None)
    return IcsReader().read_bytes((DATA / name).read_bytes(), source=name, context=context)


def _find(program: Program, title: str, start: datetime) -> Item:
    return next(item for item in program.items if item.title == title and item.start == start)


def _event_count(name: str) -> int:
    text = (DATA / name).read_text(encoding="utf-8")
    calendar = text[text.index("BEGIN:VCALENDAR") : text.rindex("END:VCALENDAR") + len("END:VCALENDAR")]
    return len(icalendar.Calendar.from_ical(calendar).walk("VEVENT"))


def test_pycones_tags_are_kinds_and_link_is_no_room() -> None:
    program = _read("pycones2020.ics")
    madrid = ZoneInfo("Europe/Madrid")
    assert len(program.items) == _event_count("pycones2020.ics") == 34
    talk = _find(
        program,
        "COVID19Gram: seguimiento de la evolución del coronavirus desde telegram",
        datetime(2020, 10, 3, 10, 0, tzinfo=madrid),
    )
    assert (talk.kind, talk.label, talk.end, talk.location, talk.links) == (
        Kind.TALK,
        "Talk",
        datetime(2020, 10, 3, 10, 15, tzinfo=madrid),
        None,
        (),
    )
    opening = _find(program, "Bienvenida PyConES 2020", datetime(2020, 10, 3, 9, 45, tzinfo=madrid))
    assert (opening.label, opening.location) == ("Organisation", None)
    workshop = _find(program, "Taller de Django con PyLadies", datetime(2020, 10, 2, 16, 0, tzinfo=madrid))
    assert (workshop.end, workshop.label) == (datetime(2020, 10, 2, 20, 0, tzinfo=madrid), "Workshop")
    assert not any(item.title.startswith("#") or item.location for item in program.items)


def test_ismir_page_links_are_no_rooms_and_web_addresses_are_links() -> None:
    program = _read("ismir2020.ics", "UTC")
    utc = ZoneInfo("UTC")
    assert len(program.items) == _event_count("ismir2020.ics") == 93
    tutorial = _find(
        program, "T1A: Prototyping and Scaling Audio Research with Klio", datetime(2020, 10, 11, 11, 0, tzinfo=utc)
    )
    assert (tutorial.kind, tutorial.label, tutorial.location, tutorial.links) == (Kind.TALK, "Tutorial", None, ())
    posters = _find(program, "Posters 1A", datetime(2020, 10, 12, 13, 5, tzinfo=utc))
    assert (posters.kind, posters.end, posters.location) == (
        Kind.POSTER_SESSION,
        datetime(2020, 10, 12, 14, 25, tzinfo=utc),
        None,
    )
    satellite = _find(program, "NLP4MUSA 1A", datetime(2020, 10, 16, 12, 0, tzinfo=utc))
    assert satellite.location is None
    assert Link("https://sites.google.com/view/nlp4musa", "https://sites.google.com/view/nlp4musa") in satellite.links
    assert any(line.startswith("titles open with a tag") and "#tut → Tutorial" in line for line in program.reading)


def test_a_title_with_one_hash_among_plain_ones_keeps_it() -> None:
    text = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\n"
        + "".join(
            f"BEGIN:VEVENT\nUID:{n}\nDTSTART:2026010{n}T100000Z\nSUMMARY:{summary}\nLOCATION:Room 1\nEND:VEVENT\n"
            for n, summary in enumerate(("#1 hits of the year", "Opening", "Closing"), start=1)
        )
        + "END:VCALENDAR\n"
    )
    program = IcsReader().read(text, source="x.ics", context=ReadContext(timezone=ZoneInfo("UTC")))
    assert next((item.title, item.location) for item in program.items) == ("#1 hits of the year", "Room 1")


def test_a_calendar_inside_an_html_comment_is_read_and_claimed_by_ics_alone() -> None:
    name = "leap-festival-schedule.ics"
    text = (DATA / name).read_text(encoding="utf-8")
    assert text.startswith("<!--\nBEGIN:VCALENDAR") and text.rstrip().endswith("END:VCALENDAR\n-->")
    assert [reader.name for reader in detect_readers(text)] == ["ics"]
    program = _read(name, "Europe/London")
    london = ZoneInfo("Europe/London")
    assert len(program.items) == _event_count(name) == 21
    first = program.items[0]
    assert (first.title, first.start, first.end, first.location) == (
        "Introduction to Python",
        datetime(2025, 6, 2, 9, 30, tzinfo=london),
        datetime(2025, 6, 2, 12, 30, tzinfo=london),
        "In-person; Training",
    )
    assert first.source.line == 7  # the BEGIN:VEVENT's own line: the comment's marks kept the lines
    lunch = _find(program, "Themed Networking Lunch: Climate and AI", datetime(2025, 6, 2, 12, 30, tzinfo=london))
    assert lunch.location == "In-person; Social"
    assert any("inside an HTML comment" in line for line in program.reading)


def test_kratos_title_dash_speaker_summaries_are_hinted_then_read_with_their_affiliations_dropped() -> None:
    """Kratos 2024: "Data Management - Pooyan Dadvand (Altair)" at 10:45Z on 8 November (11:45 in Rome)."""
    rome = ZoneInfo("Europe/Rome")
    plain = _read("kratos-unipd2024-meeting.ics", "Europe/Rome")
    assert not [name for item in plain.items for name in item.people]
    assert any(line.startswith('21 summaries end in " - Name"') for line in plain.reading)

    context = ReadContext(timezone=rome, columns=(("people", "summary:dash"),))
    dashed = IcsReader().read_bytes(
        (DATA / "kratos-unipd2024-meeting.ics").read_bytes(), source="kratos-unipd2024-meeting.ics", context=context
    )
    data = _find(dashed, "Data Management", datetime(2024, 11, 8, 11, 45, tzinfo=rome))
    assert data.people == ("Pooyan Dadvand",)
    loop = next(item for item in dashed.items if item.title == "Simulation Loop")
    assert loop.people == ("Suneth Warnakulasuriya", "Pooyan Dadvand")
    assert [item.people for item in dashed.items if item.title == "Lunch Break"] == [(), ()]
    assert not any("summaries end in" in line for line in dashed.reading)


def test_pycon_au_pretalx_a_hyphenated_surname_is_one_speaker() -> None:
    """PyCon AU 2023: "How to build … with Python - Russell Keith-Magee", Saturday 19 August 11:20 in Adelaide."""
    adelaide = ZoneInfo("Australia/Adelaide")
    program = _read("pyconau2023-pretalx.ics")

    talk = _find(
        program,
        "How to build a cross-platform graphical user interface with Python",
        datetime(2023, 8, 19, 11, 20, tzinfo=adelaide),
    )
    assert talk.people == ("Russell Keith-Magee",)
    assert talk.location == "Hall E"

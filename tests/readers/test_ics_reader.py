"""The iCalendar reader, on real calendars (tests/data/ics) counted by icalendar itself, and on our own program.ics."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from program.errors import ParseError, UsageError
from program.loading import load_program
from program.model import Program, Severity
from program.readers import ReadContext, detect_readers
from program.readers.ics import IcsReader
from program.settings import FeedSpec, Settings, load_program_file
from program.writers.base import RenderOptions
from program.writers.clean_text import plain_text
from program.writers.ics import IcsWriter

from helpers import ROOT, SAMPLE_PROGRAM_FILE

DATA = ROOT / "tests" / "data" / "ics"
ZONES = {
    "google-lgbthistoryfestival-main.ics": None,  # X-WR-TIMEZONE:Europe/London
    "handcal-jres2022.ics": None,  # TZID=Europe/Paris
    "handmade-moca24.ics": "Europe/Rome",  # every time UTC, no zone named
    "inpycon2021-schedule.ics": "Asia/Kolkata",  # UTC times, no zone named
    "kielux2020.ics": "Europe/Berlin",
    "nsfcyberpi2025-program-excerpt.ics": None,  # TZID=America/Denver with its VTIMEZONE
    "pretalx-good2025.ics": None,  # TZID=US/Eastern with its VTIMEZONE
    "symposion-lca2020.ics": None,  # X-WR-TIMEZONE:Australia/Brisbane
    "vobject-pyconuk2015.ics": "Europe/London",
}
READER = IcsReader()


def _read(name: str, columns: tuple[tuple[str, str], ...] = (), zone: str | None = None) -> Program:
    data = (DATA / name).read_bytes()
    chosen = zone or ZONES[name]
    context = ReadContext(timezone=ZoneInfo(chosen) if chosen else None, columns=columns)
    return READER.read_bytes(data, source=name, context=context)


def _events(name: str) -> list[icalendar.Event]:
    """The VEVENTs as icalendar alone reads them (the bytes unfolded first: JRES folds inside characters)."""
    data = (DATA / name).read_bytes().replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
    events = icalendar.Calendar.from_ical(data.decode()).walk("VEVENT")
    return [event for event in events if isinstance(event, icalendar.Event)]


def _track(description: str) -> str | None:
    """The room a "Track: 4" line names when there is no LOCATION (PyCon India 2021)."""
    found = re.search(r"^Track: (\d+)$", description, re.MULTILINE)
    return f"Track {found[1]}" if found else None


@pytest.mark.parametrize("name", sorted(ZONES))
def test_real_calendar_every_event_read_at_its_time(name: str) -> None:
    program = _read(name)
    events = _events(name)
    zone = ZoneInfo(program.timezone)
    assert len(program.items) == len(events) == (DATA / name).read_bytes().count(b"BEGIN:VEVENT")
    assert [item.start for item in program.items] == [event.decoded("DTSTART").astimezone(zone) for event in events]
    ends = [
        event.decoded("DTEND").astimezone(zone)
        if "DTEND" in event
        else (event.decoded("DTSTART") + event.decoded("DURATION")).astimezone(zone)
        if "DURATION" in event
        else None
        for event in events
    ]
    assert [item.end for item in program.items] == [
        end if end != start else None for end, start in zip(ends, [item.start for item in program.items], strict=True)
    ]
    assert [item.location for item in program.items] == [
        str(event.get("LOCATION", "")).strip() or _track(str(event.get("DESCRIPTION", ""))) for event in events
    ]
    assert not program.problems


@pytest.mark.parametrize("name", sorted(ZONES))
def test_real_calendar_detected_by_the_ics_reader_alone(name: str) -> None:
    text = (DATA / name).read_bytes().decode("utf-8", errors="replace")
    assert [reader.name for reader in detect_readers(text)] == ["ics"]
    assert READER.detect_bytes((DATA / name).read_bytes())


def test_the_program_zone_is_named_by_x_wr_timezone_else_the_events_tzid() -> None:
    assert _read("google-lgbthistoryfestival-main.ics").timezone == "Europe/London"
    assert _read("symposion-lca2020.ics").timezone == "Australia/Brisbane"
    assert _read("handcal-jres2022.ics").timezone == "Europe/Paris"
    assert _read("pretalx-good2025.ics").timezone == "US/Eastern"


@pytest.mark.parametrize("name", ["handmade-moca24.ics", "kielux2020.ics", "vobject-pyconuk2015.ics"])
def test_a_calendar_in_utc_naming_no_zone_needs_timezone(name: str) -> None:
    data = (DATA / name).read_bytes()
    with pytest.raises(UsageError, match="--timezone"):
        READER.read_bytes(data, source=name, context=ReadContext())


def test_utc_times_are_shown_in_the_program_zone() -> None:
    item = _read("google-lgbthistoryfestival-main.ics").items[0]  # DTSTART:20150214T111000Z, winter: GMT
    assert item.start is not None
    assert (item.start, item.start.tzinfo) == (
        datetime(2015, 2, 14, 11, 10, tzinfo=ZoneInfo("Europe/London")),
        ZoneInfo("Europe/London"),
    )
    rome = _read("handmade-moca24.ics").items[0]  # DTSTART:20240915T130000Z, summer: UTC+2
    assert rome.start is not None and rome.start.hour == 15


def test_pretalx_speakers_follow_the_last_dash_and_lose_their_affiliation() -> None:
    items = _read("pretalx-good2025.ics").items
    assert (items[0].title, items[0].people) == (
        "Contributor Jam (Breakout Sessions)",
        ("Emily Moffat Sadeghi", "Travis Ravert"),
    )
    bare = [item for item in items if item.title.startswith("Idea Marketplace")]
    assert [(item.title, item.people) for item in bare] == [("Idea Marketplace and Reception (Hors D'oeuvres)", ())]


def test_talk_by_in_the_summary_names_the_speaker() -> None:
    items = {item.title: item for item in _read("vobject-pyconuk2015.ics").items}
    assert items["Python's Infamous GIL"].people == ("Larry Hastings",)
    assert items["Python for mobile games on iOS and Android"].people == ("Safe Hammad", "Fiona Burrows")
    assert items["Django Security Workshop"].people == ("Peter Inglesby",)
    assert items["Gabbi - Declarative HTTP Testing"].people == ("Chris",)  # the dash is no speaker here


def test_speaker_line_of_an_html_description() -> None:
    items = _read("symposion-lca2020.ics").items
    welcome = next(item for item in items if item.title == "Wednesday Welcome")
    assert (welcome.people, welcome.abstract) == (("Joel Addison",), "Opening Remarks and Housekeeping")
    breakfast = items[0]
    assert breakfast.abstract is not None and "<p>" not in breakfast.abstract
    assert breakfast.abstract.startswith("Women of Open Technology Breakfast, Presented by ThoughtWorks\n\n")


def test_organizers_that_differ_are_the_speakers_and_duplicate_uids_are_events() -> None:
    program = _read("handmade-moca24.ics")
    uids = [str(event["UID"]) for event in _events("handmade-moca24.ics")]
    assert len(set(uids)) < len(uids) == len(program.items)
    gulp = next(item for item in program.items if item.title.startswith("gULP"))
    assert gulp.people == ("Valerio Lupi", "Gabriele Zuddas")


def test_the_calendar_owner_as_attendee_is_no_speaker_but_a_mapping_finds_them() -> None:
    google = _read("google-lgbthistoryfestival-main.ics")
    assert not any(item.people for item in google.items)
    mapped = _read("google-lgbthistoryfestival-main.ics", columns=(("people", "summary:colon"),))
    assert (mapped.items[0].title, mapped.items[0].people) == ("Queering Sport's Pitch", ("Lou Englefield",))
    assert "columns: people → summary:colon" in mapped.reading
    kielux = _read("kielux2020.ics", columns=(("people", "attendee"),))
    assert kielux.items[0].people == ("Jakob Semere",)


def test_a_fold_inside_a_utf8_character_is_repaired() -> None:
    program = _read("handcal-jres2022.ics")
    assert any("d’expl" in (item.abstract or "") for item in program.items)
    assert program.reading[-1].startswith("repaired: 1 line folds")


CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
X-WR-TIMEZONE:Europe/Berlin
X-UNKNOWN-THING;FOO=bar:whatever
BEGIN:VEVENT
UID:same
SUMMARY:Keynote &amp; Welcome
DTSTART:20240301T090000Z
DURATION:PT45M
CATEGORIES:Keynote
URL:https://example.org/keynote
DESCRIPTION:Speakers: Ada Lovelace and Alan Turing\\n\\n<p>On <b>engines</b></p>
END:VEVENT
BEGIN:VEVENT
UID:same
SUMMARY:Lunch
DTSTART;TZID=Europe/Berlin:20240301T120000
RRULE:FREQ=DAILY;COUNT=3
EXDATE;TZID=Europe/Berlin:20240302T120000
DTEND;TZID=Europe/Berlin:20240301T130000
END:VEVENT
BEGIN:VEVENT
UID:same
RECURRENCE-ID;TZID=Europe/Berlin:20240303T120000
SUMMARY:Late lunch
DTSTART;TZID=Europe/Berlin:20240303T123000
DTEND;TZID=Europe/Berlin:20240303T133000
END:VEVENT
BEGIN:VEVENT
SUMMARY:Day 1
DTSTART;VALUE=DATE:20240301
END:VEVENT
BEGIN:VEVENT
SUMMARY:No start
END:VEVENT
END:VCALENDAR
"""


def test_hand_written_calendar() -> None:
    program = READER.read(CALENDAR, source="hand.ics", context=ReadContext())
    berlin = ZoneInfo("Europe/Berlin")
    assert [(item.title, item.start, item.end) for item in program.items] == [
        ("Keynote & Welcome", datetime(2024, 3, 1, 10, tzinfo=berlin), datetime(2024, 3, 1, 10, 45, tzinfo=berlin)),
        ("Lunch", datetime(2024, 3, 1, 12, tzinfo=berlin), datetime(2024, 3, 1, 13, tzinfo=berlin)),
        ("Late lunch", datetime(2024, 3, 3, 12, 30, tzinfo=berlin), datetime(2024, 3, 3, 13, 30, tzinfo=berlin)),
    ]
    keynote = program.items[0]
    assert (keynote.kind.value, keynote.label, keynote.people) == (
        "keynote",
        "Keynote",
        ("Ada Lovelace", "Alan Turing"),
    )
    assert keynote.abstract == "On engines"
    assert [link.url for link in keynote.links] == ["https://example.org/keynote"]
    assert [str(problem) for problem in program.problems] == [
        "hand.ics:33: error: unreadable-event: 'No start': expected DTSTART, found none"
    ]
    assert "skipped: hand.ics:29: all-day event 'Day 1' (an all-day event is no slot of a program)" in program.reading


def test_an_unbounded_rule_is_read_for_a_year_with_a_warning() -> None:
    text = CALENDAR.replace("FREQ=DAILY;COUNT=3", "FREQ=WEEKLY")
    program = READER.read(text, source="hand.ics", context=ReadContext())
    lunches = [item for item in program.items if item.title == "Lunch"]
    assert len(lunches) == 53  # the Fridays of 366 days (the EXDATE and RECURRENCE-ID name no Friday)
    assert [problem.code for problem in program.problems if problem.severity is Severity.WARNING] == ["recurrence-cut"]


def test_a_calendar_icalendar_cannot_parse_is_a_parse_error_at_the_open_block() -> None:
    text = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:x\nDTSTART:20240101T100000Z\n"
    with pytest.raises(ParseError) as raised:
        READER.read(text, source="broken.ics", context=ReadContext())
    assert raised.value.source is not None and raised.value.source.line == 1


def test_people_mapping_that_names_no_place_is_refused() -> None:
    with pytest.raises(UsageError, match="summary:by"):
        _read("kielux2020.ics", columns=(("people", "speaker"),))
    with pytest.raises(UsageError, match="calendar's fields"):
        _read("kielux2020.ics", columns=(("track", "X-TRACK"),))


def test_our_program_ics_reads_back_as_the_same_items(tmp_path: Path) -> None:
    program = load_program(load_program_file(SAMPLE_PROGRAM_FILE)).program
    written = IcsWriter().write(program, RenderOptions())
    back = READER.read_bytes(written, source="program.ics", context=ReadContext())
    timed = [item for item in program.items if item.start is not None]
    assert back.timezone == program.timezone
    assert [item.title for item in back.items] == [item.title for item in timed]
    assert [(item.start, item.end) for item in back.items] == [(item.start, item.end) for item in timed]
    assert [item.kind for item in back.items] == [item.kind for item in timed]
    assert [item.location for item in back.items] == [item.location or program.venue for item in timed]
    assert [item.people for item in back.items] == [item.people for item in timed]
    abstracts = [plain_text(item.abstract, latex=item.scraped) if item.abstract else None for item in timed]
    assert [item.abstract for item in back.items] == abstracts
    assert sum(1 for item in back.items if item.abstract) > 0


@pytest.mark.parametrize("name", ["pretalx-good2025.ics", "symposion-lca2020.ics", "vobject-pyconuk2015.ics"])
def test_a_real_calendar_built_and_read_back_gives_the_same_items(name: str) -> None:
    zone = ZONES[name]
    settings = Settings(feeds=(FeedSpec(DATA / name),), timezone=ZoneInfo(zone) if zone else None)
    program = load_program(settings, keep_going=True).program
    back = READER.read_bytes(IcsWriter().write(program, RenderOptions()), source="program.ics", context=ReadContext())
    first = sorted(_read(name).items, key=lambda item: (item.start, item.title))
    second = sorted(back.items, key=lambda item: (item.start, item.title))
    fields = ("title", "start", "end", "location", "people", "abstract", "kind", "links")
    assert [[getattr(item, field) for field in fields] for item in second] == [
        [getattr(item, field) for field in fields] for item in first
    ]


def test_track_lines_are_the_rooms_of_events_without_a_location_and_leave_the_abstract() -> None:
    program = _read("inpycon2021-schedule.ics")

    first = program.items[0]  # "No Code Platform powered by Python & Django": Speaker, Track: 4, URL
    assert (first.people, first.location) == (("Bhagvan Kommadi",), "Track 4")
    assert not any("Track:" in (item.abstract or "") for item in program.items)
    assert sorted({item.location for item in program.items if item.location}) == [
        "Track 1",
        "Track 2",
        "Track 3",
        "Track 4",
    ]
    assert "rooms from: LOCATION, else a line of DESCRIPTION: 'Room: …', 'Track: …'" in program.reading


def test_the_program_file_names_the_room_line() -> None:
    program = _read("inpycon2021-schedule.ics", columns=(("room", "description:Track"),))

    assert program.items[0].location == "Track 4"
    assert "rooms from: a line of DESCRIPTION: 'Track: …', else LOCATION" in program.reading


def test_a_title_line_in_the_description_is_the_title_and_link_words_no_part_of_a_name() -> None:
    # NSF Cyber PI 2025: SUMMARY:Keynote, "Speaker: Dr. Katie Antypas (Bio)", "Title: Advancing …"
    program = _read("nsfcyberpi2025-program-excerpt.ics")

    talks = [(item.title, item.people, item.label, item.kind.value) for item in program.items if item.people]
    assert talks == [
        (
            "Globus as a Case Study in Sustainable Research Software Development",
            ("Dr. Kyle Chard",),
            "Plenary",
            "other",
        ),
        (
            "Advancing Innovation and Discovery through an Integrated Cyberinfrastructure",
            ("Dr. Katie Antypas",),
            "Keynote",
            "keynote",
        ),
        (
            "Developing an RSE Workforce for Accelerating Computational, Data, and AI Applications",
            ("Dr. Rudi Eigenmann",),
            "Plenary",
            "other",
        ),
    ]
    assert not any("Title:" in (item.abstract or "") for item in program.items)


def test_a_locations_html_entities_are_unescaped_as_a_summarys() -> None:
    """Bristol Data Week 2025 writes `LOCATION:Online &amp; in-person; Workshop` (audit of issue 27, F4)."""
    program = _read("bristoldataweek2025-schedule.ics", zone="Europe/London")

    places = {item.location for item in program.items}
    assert "Online & in-person; Workshop" in places
    assert not any("&amp;" in (place or "") for place in places)

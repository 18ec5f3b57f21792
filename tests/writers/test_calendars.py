"""Every calendar `program build` writes, read by three independent parsers; options of the calendars."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream

from program.loading import Loaded
from program.model import Item, Kind, Link, Program, SourceRef
from program.people import build_people
from program.readers.base import ReadContext
from program.readers.ics import IcsReader
from program.rendering import render_outputs
from program.writers import WRITERS, RenderOptions
from program.writers.calendar_events import ProgramEvents
from program.writers.calendar_texts import NAMES_IN_DESCRIPTION
from program.writers.ics import IcsWriter

from helpers import CHICAGO


@pytest.fixture(scope="module")
def calendars(sample: Loaded) -> dict[str, str]:
    writers = [WRITERS["ics"], WRITERS["ics-people"], WRITERS["ics-kinds"]]
    return {name: data.decode() for name, data in render_outputs(sample.program, writers).items()}


def _uids_by_three_parsers(text: str) -> list[list[str]]:
    by_icalendar = [str(event["UID"]) for event in icalendar.Calendar.from_ical(text).walk("VEVENT")]
    by_ical = [event.uid for event in IcsCalendarStream.calendar_from_ics(text).events]
    by_vobject = [event.uid.value for event in vobject.readOne(text).vevent_list]
    return [by_icalendar, by_ical, by_vobject]


def test_one_calendar_per_person_and_per_kind(sample: Loaded, calendars: dict[str, str]) -> None:
    people = sorted(name for name in calendars if name.startswith("people/"))
    kinds = sorted(name for name in calendars if name.startswith("kinds/"))

    assert len(people) == len(sample.program.people) == 105
    assert people == sorted(f"people/{person.id}.ics" for person in sample.program.people)
    assert kinds == ["kinds/invited-talk.ics", "kinds/opening.ics", "kinds/poster-session.ics", "kinds/spotlight.ics"]


def test_three_parsers_read_every_calendar_alike(sample: Loaded, calendars: dict[str, str]) -> None:
    program_uids = set(_uids_by_three_parsers(calendars["program.ics"])[0])

    for name, text in calendars.items():
        by_icalendar, by_ical, by_vobject = _uids_by_three_parsers(text)
        assert by_icalendar == by_ical == by_vobject, name
        assert by_icalendar, f"{name} has no event"
        assert set(by_icalendar) <= program_uids, name  # a personal event is the program's event


def test_a_personal_calendar_holds_their_talks_and_their_posters_sessions(calendars: dict[str, str]) -> None:
    calendar = icalendar.Calendar.from_ical(calendars["people/david-pan.ics"])

    assert str(calendar["X-WR-CALNAME"]) == "ML for Systems Workshop at NeurIPS 2022: David Pan"
    assert [(str(event["SUMMARY"]), event.start.strftime("%H:%M")) for event in calendar.events] == [
        ("Posters · Poster Session | Coffee Break", "10:20"),
        ("HEAT: Hardware-Efficient Automatic Tensor Decomposition for Transformer Compression", "11:25"),
        ("Posters · Poster Session | Coffee Break", "13:55"),
    ]


def test_a_presenter_is_busy_at_their_poster_sessions_with_their_poster_first(calendars: dict[str, str]) -> None:
    calendar = icalendar.Calendar.from_ical(calendars["people/ryan-adams.ics"])
    by_program = {str(event["UID"]): event for event in icalendar.Calendar.from_ical(calendars["program.ics"]).events}

    board = [event for event in calendar.events if str(event["SUMMARY"]).startswith("Poster · ")]
    assert [str(event["SUMMARY"]) for event in board] == [
        "Poster · A code superoptimizer through neural Monte-Carlo tree search"
    ] * 2
    for event in board:
        shared = by_program[str(event["UID"])]
        assert (str(shared["TRANSP"]), str(event["TRANSP"])) == ("TRANSPARENT", "OPAQUE")
        assert str(event["DESCRIPTION"]).startswith(
            "Your poster at this session:\n- A code superoptimizer through neural Monte-Carlo tree search ("
        )
        assert str(shared["DESCRIPTION"]) in str(event["DESCRIPTION"])  # the session's own list follows
        assert (event.start, event.end, event["SEQUENCE"]) == (shared.start, shared.end, shared["SEQUENCE"])


def test_the_same_event_is_byte_identical_in_every_calendar(sample: Loaded, calendars: dict[str, str]) -> None:
    """Except a presenter's own poster sessions, which differ only in summary, description and TRANSP."""

    def events(text: str) -> dict[str, str]:
        blocks = text.split("BEGIN:VEVENT")[1:]
        return {block.split("\r\nUID:")[1].split("\r\nSEQUENCE")[0]: block for block in blocks}

    def without_own_view(block: str) -> list[str]:
        event = icalendar.Event.from_ical("BEGIN:VEVENT" + block.removesuffix("END:VCALENDAR\r\n"))
        return [f"{key}:{event[key]!r}" for key in sorted(event) if key not in {"SUMMARY", "DESCRIPTION", "TRANSP"}]

    everything = events(calendars["program.ics"])
    presenters_views = 0
    for name, text in calendars.items():
        for uid, block in events(text).items():
            shared = everything[uid].removesuffix("END:VCALENDAR\r\n")
            if block.removesuffix("END:VCALENDAR\r\n") == shared:
                continue
            assert name.startswith("people/"), name
            assert "\r\nTRANSP:OPAQUE\r\n" in block
            assert without_own_view(block) == without_own_view(shared), name
            presenters_views += 1
    by_id = sample.program.items_by_id()
    boards = [
        {session for item_id in person.items if by_id[item_id].start is None for session in by_id[item_id].sessions}
        for person in sample.program.people
    ]
    assert presenters_views == sum(len(sessions) for sessions in boards) == 200


def test_utc_calendars_have_no_timezone_and_the_same_instants(sample: Loaded) -> None:
    text = IcsWriter().write(sample.program, RenderOptions(calendar_utc=True)).decode()
    calendar = icalendar.Calendar.from_ical(text)
    timed = [item for item in sample.program.items if item.start is not None]

    assert calendar.walk("VTIMEZONE") == []
    assert "TZID" not in text
    assert "DTSTART:20221203T143000Z" in text.splitlines()
    assert [event.start for event in calendar.events] == [item.start for item in timed]
    assert [event.dtstart.value for event in vobject.readOne(text).vevent_list] == [item.start for item in timed]


def test_an_alarm_reminds_before_every_event(sample: Loaded) -> None:
    text = IcsWriter().write(sample.program, RenderOptions(alarm=timedelta(minutes=10), twelve_hour=False)).decode()
    events = IcsCalendarStream.calendar_from_ics(text).events

    assert all(len(event.alarm) == 1 and event.alarm[0].trigger == timedelta(minutes=-10) for event in events)
    assert events[0].alarm[0].description == "Opening Remarks at 08:30–08:40"
    assert all(len(event.valarm_list) == 1 for event in vobject.readOne(text).vevent_list)


def _linked_talk(start: datetime) -> Item:
    return Item(
        id="talk-linked-abc123",
        kind=Kind.TALK,
        title="Linked talk",
        source=SourceRef("feed.txt", 3),
        start=start,
        end=start + timedelta(minutes=30),
        links=(
            Link("Paper", "https://example.org/paper 1.pdf"),
            Link("Slides", "https://example.org/s"),
            Link("Video"),
        ),
    )


def test_links_give_the_url_and_attachments() -> None:
    item = _linked_talk(datetime(2022, 12, 3, 9, tzinfo=CHICAGO))
    program = Program(title="T", timezone="America/Chicago", days=(date(2022, 12, 3),), items=(item,))
    text = IcsWriter().write(program, RenderOptions()).decode()
    [event] = icalendar.Calendar.from_ical(text).events
    [by_vobject] = vobject.readOne(text).vevent_list

    assert str(event["URL"]) == "https://example.org/paper%201.pdf"
    assert [attachment.value for attachment in by_vobject.attach_list] == [
        "https://example.org/paper%201.pdf",
        "https://example.org/s",
    ]


@pytest.mark.parametrize(
    ("zone", "days"),
    [
        ("Europe/Berlin", (date(2024, 12, 31), date(2025, 1, 1))),
        ("Australia/Lord_Howe", (date(2023, 4, 2),)),  # a half-hour daylight shift
        ("America/Chicago", (date(2022, 12, 3),)),
    ],
)
def test_the_timezone_block_gives_the_zones_offsets_in_every_year_of_the_program(
    zone: str, days: tuple[date, ...]
) -> None:
    items = (_linked_talk(datetime(days[0].year, days[0].month, days[0].day, 9, tzinfo=ZoneInfo(zone))),)
    program = Program(title="T", timezone=zone, days=days, items=items)
    text = IcsWriter().write(program, RenderOptions()).decode()
    [timezone] = icalendar.Calendar.from_ical(text).timezones
    from_block = timezone.to_tz()
    moments = [
        datetime(year, month, 15, 12) for year in range(days[0].year, days[-1].year + 1) for month in range(1, 13)
    ]

    assert str(timezone["TZID"]) == zone
    assert [from_block.utcoffset(moment) for moment in moments] == [
        ZoneInfo(zone).utcoffset(moment) for moment in moments
    ]


def test_a_program_in_utc_needs_no_timezone_block() -> None:
    item = _linked_talk(datetime(2022, 12, 3, 9, tzinfo=UTC))
    program = Program(title="T", timezone="UTC", days=(date(2022, 12, 3),), items=(item,))
    text = IcsWriter().write(program, RenderOptions()).decode()

    assert "BEGIN:VTIMEZONE" not in text
    assert "DTSTART:20221203T090000Z" in text.splitlines()


def test_a_long_calendar_name_with_specials_is_escaped_and_folded() -> None:
    # icalendar 7.3 writes Calendar.new(name=...) unescaped and reads NAME back as an unknown
    # property, so a title with ";" or "," came out truncated in vobject; ours is RFC 5545
    # TEXT, which vobject and ical read back whole.
    title = "Workshop; on, Systems: \\ Zoë 李雷 " * 6
    item = _linked_talk(datetime(2022, 12, 3, 9, tzinfo=CHICAGO))
    program = Program(title=title, timezone="America/Chicago", days=(date(2022, 12, 3),), items=(item,))
    text = IcsWriter().write(program, RenderOptions()).decode()
    by_vobject = {
        line.name: line.value
        for line in vobject.readOne(text).getChildren()
        if isinstance(line, vobject.base.ContentLine)
    }

    assert [by_vobject["NAME"], by_vobject["X-WR-CALNAME"]] == [title, title]
    assert IcsCalendarStream.calendar_from_ics(text).name == [title]
    assert max(len(line.encode()) for line in text.split("\r\n")) <= 75


@pytest.mark.parametrize(
    "options",
    [RenderOptions(), RenderOptions(alarm=timedelta(minutes=10)), RenderOptions(calendar_utc=True)],
    ids=["plain", "alarm", "utc"],
)
def test_a_presenters_event_is_the_event_icalendar_makes_for_them(sample: Loaded, options: RenderOptions) -> None:
    """Their own view of a session reuses the shared event's lines: it must equal a whole new event."""
    events = ProgramEvents(sample.program, options)
    by_id = sample.program.items_by_id()
    posters = sample.program.posters_by_session()
    compared = 0
    for person in sample.program.people:
        for session in events.items.of_person(person):
            own = [poster for poster in posters.get(session.id, []) if poster.id in person.items]
            if own:
                whole = events._new_event(by_id[session.id], own).to_ical()
                assert events.presenter_event_bytes(session, frozenset(person.items)) == whole
                compared += 1
    assert compared == 200


def test_a_presenters_shared_lines_are_kept_only_until_their_last_use(sample: Loaded) -> None:
    """Co-authors share their summary and description lines; kept to the end, they filled memory at 100,000 items."""
    events = ProgramEvents(sample.program, RenderOptions())
    alone = ProgramEvents(sample.program, RenderOptions())  # one calendar at a time, as `program ics --person`
    events.expect_calendars_of(sample.program.people)
    held, held_alone = [], []
    for person in sample.program.people:
        mine = events.items.of_person(person)
        calendar = events.calendar_bytes(mine, name=person.display, key=f"person-{person.id}", presenter=person)
        held.append(len(events._shared_lines))
        assert alone.calendar_bytes(mine, name=person.display, key=f"person-{person.id}", presenter=person) == calendar
        held_alone.append(len(alone._shared_lines))

    assert max(held) > 0  # lines waiting for co-authors further down the list
    assert held[-1] == 0
    assert max(held_alone) == 0


def test_an_event_of_many_people_names_its_first_ones_in_every_calendar() -> None:
    # Issue 32: each of the 8,000 speakers' calendars carried all 8,000 names (1.5 GB written).
    people = tuple(f"Ada Kolin{number:03d}" for number in range(200))
    item = Item(
        "talk-big", Kind.TALK, "Big", SourceRef("page.txt", 1), start=datetime(2022, 12, 3, 9, tzinfo=CHICAGO),
        end=datetime(2022, 12, 3, 10, tzinfo=CHICAGO), people=people,
    )  # fmt: skip
    people_of, _ = build_people([item])
    program = Program(title="T", timezone="America/Chicago", days=(date(2022, 12, 3),), items=(item,), people=people_of)
    written = render_outputs(program, [WRITERS["ics"], WRITERS["ics-people"]])

    [event] = icalendar.Calendar.from_ical(written["program.ics"].decode()).events
    assert str(event["DESCRIPTION"]).endswith(f"Ada Kolin{NAMES_IN_DESCRIPTION - 1:03d} and 170 others")
    assert max(len(data) for name, data in written.items() if name.startswith("people/")) < 5_000
    # Read back, the event names its first 30 people, not "170 others".
    back = IcsReader().read_bytes(written["program.ics"], source="program.ics", context=ReadContext())
    assert back.items[0].people == people[:NAMES_IN_DESCRIPTION]

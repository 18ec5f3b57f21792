"""The saved-page reader on the seventh trial's pages (/work/trial7): `<time>` ranges in UTC, day columns."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Kind, Program, Severity
from program.readers.base import ReadContext
from program.readers.html_page import HtmlPageReader
from program.readers.ics import IcsReader

from helpers import ROOT

DATA = ROOT / "tests" / "data"
BRISTOL = "bristoldataweek2025-index.html"
LONDON = ZoneInfo("Europe/London")


def _read(name: str, zone: str | None = None, first: date | None = None) -> Program:
    context = ReadContext(first_date=first, timezone=ZoneInfo(zone) if zone else None)
    text = (DATA / "html_pages" / name).read_text(encoding="utf-8")
    return HtmlPageReader().read(text, source=name, context=context)


def test_a_datetime_range_is_read_as_start_and_end_in_the_programs_zone() -> None:
    # <time datetime="2025-06-02T08:30:00.000Z-2025-06-02T11:30:00.000Z"> … 09:30-12:30 (was: start 11:30Z, no end)
    items = _read(BRISTOL, "Europe/London").items
    first = next(item for item in items if item.title == "Introduction to Python")
    assert first.start == datetime(2025, 6, 2, 9, 30, tzinfo=LONDON)
    assert first.end == datetime(2025, 6, 2, 12, 30, tzinfo=LONDON)
    assert (first.start.hour, first.start.utcoffset()) == (9, timedelta(hours=1))  # London's clock, not 08:30 UTC
    lunch = next(item for item in items if item.title == "Themed Networking Lunch: Climate and AI")
    assert (lunch.start, lunch.end) == (
        datetime(2025, 6, 2, 12, 30, tzinfo=LONDON),
        datetime(2025, 6, 2, 13, 30, tzinfo=LONDON),
    )
    evening = next(item for item in items if item.title.startswith("AI for Good"))
    assert (evening.start, evening.end) == (
        datetime(2025, 6, 4, 17, 0, tzinfo=LONDON),
        datetime(2025, 6, 4, 20, 0, tzinfo=LONDON),
    )


def test_the_page_and_its_calendar_agree_item_for_item() -> None:
    page = _read(BRISTOL, "Europe/London")
    ics = DATA / "ics" / "bristoldataweek2025-schedule.ics"
    calendar = IcsReader().read_bytes(ics.read_bytes(), source=ics.name, context=ReadContext(timezone=LONDON))
    assert len(page.items) == len(calendar.items) == 20
    assert sorted((item.title, item.start, item.end) for item in page.items) == sorted(
        (item.title, item.start, item.end) for item in calendar.items
    )


def test_utc_times_without_a_zone_are_shown_at_utc_with_a_warning_naming_timezone() -> None:
    program = _read(BRISTOL)
    assert program.timezone == "UTC"
    first = next(item for item in program.items if item.title == "Introduction to Python")
    assert first.start is not None and (first.start.hour, first.start.utcoffset()) == (8, timedelta(0))
    (warning,) = [problem for problem in program.problems if problem.code == "no-time-zone"]
    assert warning.severity is Severity.WARNING and "--timezone" in warning.message


def test_times_of_two_offsets_without_a_zone_ask_for_one() -> None:
    page = (
        "<html><body><ol>"
        '<li><time datetime="2025-03-29T09:00Z-2025-03-29T10:00Z">9</time><h3>Before</h3></li>'
        '<li><time datetime="2025-03-30T09:00+01:00">9</time><h3>After</h3></li>'
        "</ol></body></html>"
    )
    with pytest.raises(UsageError, match="--timezone"):
        HtmlPageReader().read(page, source="p.html", context=ReadContext())


def test_speaker_spans_are_people_and_the_event_type_is_the_label() -> None:
    items = {item.title: item for item in _read(BRISTOL, "Europe/London").items}
    assert items["Health Data Research Network"].people == ("Pau Erola",)
    assert items["Essentials of working with Sensitive Research Data"].people == (
        "Zosia Beckles (University of Bristol only)",
    )
    assert items["Introduction to Python"].people == ("JGI Team",)  # as the page names its speaker
    assert items["Themed Networking Lunch: Climate and AI"].people == ()
    assert (items["Introduction to Python"].label, items["Introduction to Python"].kind) == ("Training", Kind.OTHER)
    lunch = items["Themed Networking Lunch: Health and AI"]
    assert (lunch.label, lunch.kind) == ("Social", Kind.SOCIAL)


def test_pvis_session_topics_are_titles_and_venues_rooms_not_people() -> None:
    items = _read("pvis2023-program.html", "Asia/Seoul").items
    people = {name for item in items for name in item.people}
    assert people == {"Claudio Silva", "Jinah Park"}  # was 8, with "Visual Queries" and "Korea House"
    titles = sorted(item.title for item in items if item.title.startswith("Session"))
    assert titles == [
        "Session 1: Visual Queries",
        "Session 2: Information Visualization",
        "Session 3: Scientific and Biomedical and Scientific Visualization",
        "Session 4: Visual Analytics",
        "Session 5: Machine Learning and Visualization",
        "Session 6: Text and Graph Visualization",
        "Session 7: Display Studies",
    ]
    banquet = next(item for item in items if item.title == "Banquet")
    assert (banquet.location, banquet.kind, banquet.people) == ("Korea House", Kind.SOCIAL, ())
    assert banquet.start == datetime(2023, 4, 20, 18, 0, tzinfo=ZoneInfo("Asia/Seoul"))
    reception = next(item for item in items if item.title == "Reception")
    assert (reception.location, reception.people) == ("Shilla Stay Gwanghwamun", ())
    session = next(item for item in items if item.title == "Session 1: Visual Queries")
    assert (session.start, session.end) == (
        datetime(2023, 4, 19, 11, 30, tzinfo=ZoneInfo("Asia/Seoul")),
        datetime(2023, 4, 19, 12, 30, tzinfo=ZoneInfo("Asia/Seoul")),
    )


def test_a_keynotes_second_line_is_still_its_speaker() -> None:
    keynote = next(item for item in _read("pvis2023-program.html", "Asia/Seoul").items if item.title == "Keynote 2")
    assert (keynote.people, keynote.kind) == (("Jinah Park",), Kind.KEYNOTE)

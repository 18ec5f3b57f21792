"""Static-site YAML a tester tried unseen (trial 9): CPAIOR 2025's sessions holding their talks.

CPAIOR 2025's Jekyll `_data/program.yml` lists `days[]` (`label: Monday, 10 November 2025`) of
`sessions[]` (`time`, `title`, `room`, `chair`, `kind`), and most sessions hold `talks[]`, each
with its own `time`, `title`, `speaker` and often `abstract`, `doi`. The 50 talks were lost
("not read: talks") and the four registrations written `time: From 08:00` refused the file.
Expectations written by hand from the file.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.loading import Loaded, load_program
from program.model import Item, Kind, Link, Program, Role, Severity
from program.readers.yaml_times import clock_range, start_only
from program.settings import FeedSpec, Settings

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
MELBOURNE = ZoneInfo("Australia/Melbourne")


@pytest.fixture(scope="module")
def loaded() -> Loaded:
    return load_program(Settings(feeds=(FeedSpec(DATA / "cpaior2025-program.yml"),), timezone=MELBOURNE))


@pytest.fixture(scope="module")
def cpaior(loaded: Loaded) -> Program:
    return loaded.program


def _at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2025, 11, day, hour, minute, tzinfo=MELBOURNE)


def _titled(program: Program, title: str) -> list[Item]:
    return [item for item in program.items if item.title == title]


def test_every_session_and_every_talk_is_an_item(cpaior: Program) -> None:
    assert not [problem for problem in cpaior.problems if problem.severity is Severity.ERROR]
    # 37 sessions (breaks, registrations, receptions among them) and the 50 talks they hold
    assert len(cpaior.items) == 87
    assert len([item for item in cpaior.items if item.sessions]) == 50


def test_a_talk_is_at_its_own_time_in_its_sessions_room_shown_at_it(cpaior: Program) -> None:
    items = list(cpaior.items)
    master = items[1]  # Monday's first Master Class, 08:45-10:00 in Forum 3, chaired by Buser Say
    assert (master.title, master.start, master.end, master.location) == (
        "Master Class",
        _at(10, 8, 45),
        _at(10, 10, 0),
        "Forum 3",
    )
    assert (master.people, master.role) == (("Buser Say",), Role.CHAIR)
    opening, part_1 = items[2], items[3]
    assert (opening.title, opening.start, opening.end) == ("Opening Remarks", _at(10, 8, 45), _at(10, 9, 0))
    assert opening.people == ("Buser Say [Monash University]",)  # `affiliation: Monash University`
    assert (part_1.title, part_1.start, part_1.end) == (
        "CP, AI and OR for Classical Planning (Part 1)",
        _at(10, 9, 0),
        _at(10, 10, 0),  # "09:00–10:00", an en dash
    )
    assert part_1.people == ("Malte Helmert", "Florian Pommerening")
    assert {opening.location, part_1.location} == {"Forum 3"}
    assert opening.sessions == part_1.sessions == (master.id,)
    assert part_1.kind is Kind.TALK


def test_a_talk_keeps_its_authors_abstract_and_doi(cpaior: Program) -> None:
    (talk,) = _titled(cpaior, "Breaking the Symmetries of Indistinguishable Objects")
    assert (talk.start, talk.end) == (_at(11, 9, 0), _at(11, 9, 20))
    assert talk.people == ("Özgür Akgün", "Mun See Chang", "Ian P. Gent", "Christopher Jefferson")
    assert talk.abstract is not None and talk.abstract.startswith("Indistinguishable objects often occur")
    assert talk.links == (Link("doi", "https://doi.org/10.1007/978-3-031-95973-8_10"),)
    (session,) = _titled(cpaior, "Session 1 - Symmetry Breaking and Constraint Acquisition")
    assert talk.sessions == (session.id,) and talk.location == "Forum 3"


def test_a_start_written_from_ends_at_the_next_start_of_its_day(cpaior: Program) -> None:
    registrations = _titled(cpaior, "Registration")
    # `time: From 08:00` on each of the four days; Monday's Master Class and Tuesday's and
    # Wednesday's opening/invited talks start at 08:45 or 09:00, Thursday's invited talk at 09:00
    assert [(item.start, item.end) for item in registrations] == [
        (_at(10, 8, 0), _at(10, 8, 45)),
        (_at(11, 8, 0), _at(11, 8, 45)),
        (_at(12, 8, 0), _at(12, 9, 0)),
        (_at(13, 8, 0), _at(13, 9, 0)),
    ]
    assert {item.location for item in registrations} == {"Foyer"}


def test_sessions_without_talks_stay_as_they_are(cpaior: Program) -> None:
    closing = _titled(cpaior, "Closing Remarks")[-1]  # Thursday's, a session of its own with a chair and no room
    assert (closing.start, closing.end, closing.people, closing.role) == (
        _at(13, 16, 50),
        _at(13, 17, 0),
        ("Guido Tack",),
        Role.CHAIR,
    )
    assert closing.location is None and not closing.sessions


def test_a_chair_speaking_in_their_session_is_no_conflict(cpaior: Program, loaded: Loaded) -> None:
    # Buser Say chairs Monday's Master Classes and gives their opening and closing remarks
    assert not [problem for problem in cpaior.problems if problem.code == "speaker-conflict"]
    reading = "\n".join(line for feed in loaded.feeds for line in feed.program.reading)
    assert "50 talks in sessions' talks read as items (50 at their own times), 50 shown at their session" in reading
    assert "not read: doi" not in reading and "talks" not in reading.split("not read:")[-1]


def test_a_start_alone_ends_at_the_next_start_and_the_last_stays_open() -> None:
    oslo = ZoneInfo("Europe/Oslo")
    settings = Settings(
        feeds=(FeedSpec(DATA / "owaspnorway2018-program.yml"),), timezone=oslo, first_date=date(2018, 3, 1)
    )
    items = load_program(settings).program.items
    # `time: "08:30"` Registration opens, `time: "09:00"` Welcome, … `time: "17:45"` After-party, the last
    assert (items[0].title, items[0].end) == ("Registration opens", datetime(2018, 3, 1, 9, 0, tzinfo=oslo))
    assert (items[-1].title, items[-1].end) == ("After-party", None)


COPENHAGEN = ZoneInfo("Europe/Copenhagen")
AARHUS = DATA / "bsidesaarhus2026-schedule.yaml"


def _aarhus(locale: str | None = None, columns: tuple[tuple[str, str], ...] = ()) -> Loaded:
    feed = FeedSpec(AARHUS, columns=columns)
    return load_program(Settings(feeds=(feed,), timezone=COPENHAGEN, first_date=date(2026, 6, 20), locale=locale))


def _june(hour: int, minute: int) -> datetime:
    return datetime(2026, 6, 20, hour, minute, tzinfo=COPENHAGEN)


def test_a_title_written_per_language_is_read_in_english_without_a_locale() -> None:
    loaded = _aarhus()  # found without a program file naming `timeSlots[]`
    items = loaded.program.items
    # `title: {en: Breakfast, da: Morgenmad}` at `time: 09:00`; the parallel slot at '10:00' ends it
    assert [(item.title, item.start, item.end) for item in items] == [
        ("Breakfast", _june(9, 0), _june(10, 0)),
        ("Lunch", _june(11, 45), _june(12, 45)),
        ("Networking session", _june(15, 30), _june(16, 30)),
        ("Continue at Fredagscaféen", _june(16, 30), None),
    ]
    last = items[-1]
    assert last.abstract == "We continue the mingling over a beer at Fredagscaféen."
    assert [link.url for link in last.links] == ["https://fredagscafeen.dk/"]
    reading = [line for feed in loaded.feeds for line in feed.program.reading]
    assert any("written in several languages (en, da): read in en" in line for line in reading)


def test_the_programs_locale_picks_the_language() -> None:
    items = _aarhus("da", (("items", "timeSlots[]"),)).program.items  # the tester's program file, with a locale
    assert [item.title for item in items] == [
        "Morgenmad",
        "Frokost",
        "Netværkssession",
        "Vi fortsætter på Fredagscaféen",
    ]
    assert items[-1].abstract == "Vi fortsætter snakken over en øl på Fredagscaféen."


def test_parallel_talks_named_only_by_slug_are_left_out_with_a_warning() -> None:
    program = _aarhus().program
    assert not [problem for problem in program.problems if problem.severity is Severity.ERROR]
    (warning,) = [problem for problem in program.problems if problem.code == "skipped-row"]
    # `track1: malware-monsters`, `track2: webauthn-passwordless` at lines 7, 11, 20, 24, 28
    assert warning.source is not None and warning.source.line == 7
    assert "5 parallel slots (lines 7, 11, 20, 24, 28) name their 10 talks only by slug" in warning.message
    assert "malware-monsters" in warning.message
    assert not [item for item in program.items if "-" in item.title and " " not in item.title]


def test_a_placeholder_speaker_is_nobody_in_the_reading_too() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    feed = FeedSpec(DATA / "strl2026-schedule.yaml")
    loaded = load_program(Settings(feeds=(feed,), timezone=berlin, first_date=date(2026, 8, 15)))
    items = loaded.program.items
    assert len(items) == 12  # a bare list, `time: "09:00 – 09:10"` … `"17:10 – 17:30"`
    keynotes = [item for item in items if item.title.startswith("Keynote")]
    # `speaker: "Speaker TBA"` on both keynotes: nobody, in the items and in check's count
    assert [(item.start, item.people) for item in keynotes] == [
        (datetime(2026, 8, 15, 9, 10, tzinfo=berlin), ()),
        (datetime(2026, 8, 15, 13, 30, tzinfo=berlin), ()),
    ]
    reading = [line for feed in loaded.feeds for line in feed.program.reading]
    assert reading[0].startswith("12 entries, 0 speakers, 0 rooms")
    assert "people written as placeholders, read as nobody: 'Speaker TBA'" in reading
    assert not loaded.program.people


@pytest.mark.parametrize(
    ("written", "clock"),
    [("From 08:00", "08:00"), ("from 8:30am", "8:30am"), ("18:00 onwards", "18:00"), ("Ab 9.30", "9.30")],
)
def test_a_start_written_alone_with_a_word_is_its_clock(written: str, clock: str) -> None:
    assert start_only(written) == clock


@pytest.mark.parametrize("written", ["08:00", "08:00-09:00", "From Monday", "From 08:00 to 09:00"])
def test_anything_else_is_no_start_written_alone(written: str) -> None:
    assert start_only(written) is None


def test_a_range_written_from_to_is_a_range() -> None:
    assert clock_range("From 08:00 to 09:00") == ("08:00", "09:00")

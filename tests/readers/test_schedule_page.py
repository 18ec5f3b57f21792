"""The schedule-page reader on the sample workshop and on schedules written for each trap."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

import pytest

from program.errors import InputError, ParseError, UsageError
from program.loading import Loaded
from program.model import Kind, Program, Severity
from program.readers import ReadContext, decode_feed
from program.readers.schedule_page import SchedulePageReader

from conftest import LoadText
from helpers import CHICAGO, SAMPLE_PAGE, entry

OPENING = entry("Sat 8:30 a.m. - 8:40 a.m.", "Opening Remarks")


def _titles(program: Program, kind: Kind) -> list[str]:
    return [item.title for item in program.items if item.kind is kind]


def test_sample_counts_match_the_page(sample: Loaded) -> None:
    program = sample.program
    kinds = Counter(item.kind for item in program.items)
    timed = [item for item in program.items if item.start is not None]
    posters = [item for item in program.items if item.kind is Kind.POSTER]

    assert (len(program.items), len(timed)) == (33, 14)
    assert kinds == {
        Kind.OPENING: 1,
        Kind.INVITED_TALK: 5,
        Kind.POSTER_SESSION: 2,
        Kind.SPOTLIGHT: 6,
        Kind.POSTER: 19,
    }
    assert (len(posters), sum(poster.recorded for poster in posters)) == (19, 13)
    assert (len(program.papers), len(program.people)) == (19, 105)


def test_sample_untimed_posters_keep_no_time_and_sit_in_both_poster_sessions(sample: Loaded) -> None:
    program = sample.program
    sessions = tuple(item.id for item in program.items if item.kind is Kind.POSTER_SESSION)
    posters = [item for item in program.items if item.kind is Kind.POSTER]

    assert [(poster.start, poster.end) for poster in posters] == [(None, None)] * 19
    assert {poster.sessions for poster in posters} == {sessions}
    assert len(sessions) == 2


def test_sample_spotlights_reappear_as_posters_of_one_paper(sample: Loaded) -> None:
    program = sample.program
    by_id = program.items_by_id()
    presented_twice = [paper for paper in program.papers if len(paper.items) == 2]

    assert len(presented_twice) == 6
    assert {tuple(by_id[item].kind for item in paper.items) for paper in presented_twice} == {
        (Kind.SPOTLIGHT, Kind.POSTER)
    }
    assert sorted(paper.heading for paper in presented_twice) == sorted(_titles(program, Kind.SPOTLIGHT))


def test_sample_opening_has_no_kind_line_and_no_people(sample: Loaded) -> None:
    opening = sample.program.items[0]

    assert (opening.title, opening.kind, opening.label, opening.people) == ("Opening Remarks", Kind.OPENING, None, ())
    assert opening.start == datetime(2022, 12, 3, 8, 30, tzinfo=CHICAGO)


def test_sample_invited_talks_take_their_speaker_from_the_people_line(sample: Loaded) -> None:
    talks = [item for item in sample.program.items if item.kind is Kind.INVITED_TALK]

    assert [(talk.people, talk.title_speaker) for talk in talks] == [
        (("Jeff Dean",), "Jeff Dean"),
        (("Dawn Song",), "Dawn Song"),
        (("Stephen Keckler",), "Steve Keckler"),
        (("Newsha Ardalani",), "Newsha Ardalani"),
        (("Riyadh Baghdadi",), "Riyadh Baghdadi"),
    ]


def test_sample_keckler_is_one_person_with_the_title_spelling_as_alias(sample: Loaded) -> None:
    kecklers = [person for person in sample.program.people if "Keckler" in person.name]
    variants = [problem for problem in sample.program.problems if problem.code == "name-variant"]

    assert [(person.name, person.aliases) for person in kecklers] == [("Stephen Keckler", ("Steve Keckler",))]
    assert [(problem.severity, problem.source and problem.source.line) for problem in variants] == [
        (Severity.WARNING, 93)
    ]


def test_sample_pipe_inside_title_is_text(sample: Loaded) -> None:
    sessions = [item for item in sample.program.items if item.kind is Kind.POSTER_SESSION]

    assert [(item.title, item.label, item.source.line) for item in sessions] == [
        ("Poster Session | Coffee Break", "Break", 24),
        ("Poster Session | Coffee Break", "Break", 101),
    ]


def test_sample_recorded_label_marks_posters_recorded(sample: Loaded) -> None:
    labels = Counter((item.label, item.recorded) for item in sample.program.items if item.kind is Kind.POSTER)

    assert labels == {("Poster - Recorded Presentation", True): 13, ("Poster", False): 6}


def test_sample_links_keep_their_labels_without_urls(sample: Loaded) -> None:
    heat = next(item for item in sample.program.items if item.title.startswith("HEAT") and item.start)

    assert [(link.label, link.url) for link in heat.links] == [("link", None), ("SlidesLive Video", None)]


@pytest.mark.parametrize(
    ("clock", "expected"),
    [
        ("Sat 12:00 p.m. - 12:30 p.m.", (datetime(2022, 12, 3, 12, 0), datetime(2022, 12, 3, 12, 30))),
        ("Sat 12:15 a.m. - 1:00 a.m.", (datetime(2022, 12, 3, 0, 15), datetime(2022, 12, 3, 1, 0))),
        ("Sat 11:50 p.m. - 12:20 a.m.", (datetime(2022, 12, 3, 23, 50), datetime(2022, 12, 4, 0, 20))),
        ("Sat 13:05 - 14:00", (datetime(2022, 12, 3, 13, 5), datetime(2022, 12, 3, 14, 0))),
        ("Saturday 9 a.m. - 10 a.m.", (datetime(2022, 12, 3, 9, 0), datetime(2022, 12, 3, 10, 0))),
        ("Sat 11:00 p.m. - Sun 1:00 a.m.", (datetime(2022, 12, 3, 23, 0), datetime(2022, 12, 4, 1, 0))),
    ],
)
def test_clock_times_become_aware_datetimes(
    load_text: LoadText, clock: str, expected: tuple[datetime, datetime]
) -> None:
    item = load_text(entry(clock, "Session")).program.items[0]

    assert (item.start, item.end) == tuple(moment.replace(tzinfo=CHICAGO) for moment in expected)


@pytest.mark.parametrize(
    ("clock", "reason"),
    [
        ("Sat 13:05 p.m. - 2:00 p.m.", "a 12-hour clock has hours 1 to 12, found '13:05 p.m.'"),
        ("Sat 9:30 a.m. - 9:00 a.m.", "expected an end after the start, found 9:00 a.m. ending before or at 9:30 a.m."),
        ("Sat 9:75 a.m. - 10:00 a.m.", "minutes must be 00 to 59 in '9:75 a.m.'"),
        (
            "Sat 10:00 a.m. - 10:00 a.m.",
            "expected an end after the start, found 10:00 a.m. ending before or at 10:00 a.m.",
        ),
    ],
)
def test_impossible_clock_times_are_errors_with_the_line(load_text: LoadText, clock: str, reason: str) -> None:
    with pytest.raises(InputError) as raised:
        load_text(OPENING + entry(clock, "Broken"))

    [problem] = raised.value.problems
    assert problem.source is not None
    assert (problem.severity, problem.code, problem.source.line) == (Severity.ERROR, "unreadable-block", 7)
    assert problem.message.startswith(reason)


def test_later_weekdays_map_to_following_dates(load_text: LoadText) -> None:
    text = entry("Fri 9:00 a.m. - 10:00 a.m.", "Day one") + entry("Sat 9:00 a.m. - 10:00 a.m.", "Day two")

    program = load_text(text, first_date=date(2022, 12, 2)).program

    assert [item.start.date() for item in program.items if item.start] == [date(2022, 12, 2), date(2022, 12, 3)]
    assert program.days == (date(2022, 12, 2), date(2022, 12, 3))


def test_first_weekday_must_match_the_date(load_text: LoadText) -> None:
    with pytest.raises(ParseError) as raised:
        load_text(OPENING, first_date=date(2022, 12, 2))

    # Detected, not named: the error says which reader read the feed.
    assert str(raised.value).endswith(
        "feed.txt:1: error: read as schedule-page (for another format pass --format NAME; 'program formats' lists "
        "them): the first entry is on a Saturday, but the first day 2022-12-02 is a Friday: "
        "check --date (or the program file's date)"
    )


def test_timed_feed_without_date_or_zone_is_a_usage_error() -> None:
    reader = SchedulePageReader()

    with pytest.raises(UsageError, match="pass --date YYYY-MM-DD"):
        reader.read(OPENING, source="feed.txt", context=ReadContext())


@pytest.mark.parametrize(
    ("label", "title", "kind"),
    [
        ("Oral", "Fast Kernels", Kind.ORAL),
        ("Panel", "The Future of ML Systems", Kind.PANEL),
        ("Panel Discussion", "The Future of ML Systems", Kind.PANEL),
        ("Keynote", "Scaling Laws", Kind.KEYNOTE),
        ("Talk", "Ada Lovelace - Keynote", Kind.KEYNOTE),
        ("Invited Talk", "Compilers", Kind.INVITED_TALK),
        ("Demonstration", "A Live Tuner", Kind.DEMO),
        ("Poster Session", "Afternoon Posters", Kind.POSTER_SESSION),
        ("Tutorial", "Writing Kernels", Kind.TALK),
        ("Social", "Evening Reception", Kind.SOCIAL),
        ("Break", "Lunch", Kind.BREAK),
        ("Break", "Poster Session | Coffee Break", Kind.POSTER_SESSION),
        ("Spotlight - Recorded Presentation", "Fast Kernels", Kind.SPOTLIGHT),
        ("Hackathon", "Build Night", Kind.OTHER),
    ],
)
def test_kind_lines_map_onto_the_vocabulary(load_text: LoadText, label: str, title: str, kind: Kind) -> None:
    item = load_text(entry("Sat 9:00 a.m. - 10:00 a.m.", title, f"({label})")).program.items[0]

    assert (item.kind, item.label) == (kind, label)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Opening Remarks", Kind.OPENING),
        ("Welcome and Introduction", Kind.OPENING),
        ("Closing Remarks", Kind.CLOSING),
        ("Lunch", Kind.BREAK),
        ("Coffee Break", Kind.BREAK),
        ("Morning Poster Session", Kind.POSTER_SESSION),
        ("Grace Hopper - Invited Talk", Kind.INVITED_TALK),
        ("Opening the Black Box of Compilers", Kind.OTHER),
        ("Learned Index Structures", Kind.OTHER),
    ],
)
def test_kind_without_kind_line_comes_from_the_title(load_text: LoadText, title: str, kind: Kind) -> None:
    item = load_text(entry("Sat 9:00 a.m. - 10:00 a.m.", title)).program.items[0]

    assert (item.kind, item.label) == (kind, None)


def test_title_speaker_becomes_the_person_when_there_is_no_people_line(load_text: LoadText) -> None:
    item = load_text(entry("Sat 9:00 a.m. - 10:00 a.m.", "Grace Hopper - Keynote", "(Talk)")).program.items[0]

    assert (item.kind, item.people) == (Kind.KEYNOTE, ("Grace Hopper",))


def test_no_summary_is_no_abstract(load_text: LoadText) -> None:
    text = entry("-", "A Poster", "(Poster)", "No summary was provided.", people="Ada Lovelace · Alan Turing")

    item = load_text(text).program.items[0]

    assert (item.abstract, item.people) == (None, ("Ada Lovelace", "Alan Turing"))


def test_untimed_feed_needs_no_date() -> None:
    reader = SchedulePageReader()
    text = entry("-", "A Poster", "(Poster)", people="Ada Lovelace")

    program = reader.read(text, source="feed.txt", context=ReadContext())

    assert [(item.kind, item.start) for item in program.items] == [(Kind.POSTER, None)]


def test_bom_and_crlf_give_the_same_model() -> None:
    raw = SAMPLE_PAGE.read_bytes()
    variant = b"\xef\xbb\xbf" + raw.replace(b"\n", b"\r\n")
    context = ReadContext(first_date=date(2022, 12, 3), timezone=CHICAGO)
    reader = SchedulePageReader()

    plain = reader.read(decode_feed(raw, "feed.txt"), source="feed.txt", context=context)
    windows = reader.read(decode_feed(variant, "feed.txt"), source="feed.txt", context=context)

    assert windows == plain


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        (
            OPENING + "Sat 9 to 10\n|\nBroken\n|\n🔗\n|\n",
            7,
            "expected a time line such as 'Sat 8:30 a.m. - 8:40 a.m.', found 'Sat 9 to 10'",
        ),
        (
            OPENING + "Sat 9:00 a.m. - 10:00 a.m.\n|\nSat 10:00 a.m. - 11:00 a.m.\n|\nLunch\n|\n🔗\n|\n",
            7,
            "expected a title after the time line, found another time line",
        ),
        (
            OPENING + "Sat 9:00 a.m. - 10:00 a.m.\n|\nNo people\n",
            9,
            "expected the people line and '🔗' after 'No people', found the end of the file",
        ),
        (
            OPENING + "-\n|\nA Poster\n(Poster)\n|\nAda\nBob\n🔗\n|\n",
            13,
            "expected one people line (names joined by ' · ') before '🔗', found 2 lines",
        ),
        (
            OPENING + "Just some text\n|\n",
            7,
            "expected a time line such as 'Sat 8:30 a.m. - 8:40 a.m.' or '-', found 'Just some text'",
        ),
    ],
)
def test_malformed_blocks_name_file_line_and_expectation(
    load_text: LoadText, text: str, line: int, reason: str
) -> None:
    with pytest.raises(InputError) as raised:
        load_text(text)

    [problem] = raised.value.problems
    assert problem.source is not None
    assert (problem.source.file.endswith("feed.txt"), problem.source.line) == (True, line)
    assert problem.message.startswith(reason)


def test_keep_going_skips_only_the_unreadable_block(load_text: LoadText) -> None:
    text = OPENING + entry("Sat 9:30 a.m. - 9:00 a.m.", "Broken") + entry("Sat 10:00 a.m. - 11:00 a.m.", "Lunch")

    loaded = load_text(text, keep_going=True)

    assert [item.title for item in loaded.program.items] == ["Opening Remarks", "Lunch"]
    assert [(problem.code, problem.source and problem.source.line) for problem in loaded.program.problems] == [
        ("unreadable-block", 7)
    ]


def test_invalid_utf8_names_the_line() -> None:
    with pytest.raises(ParseError) as raised:
        decode_feed(b"Sat 8:30 a.m. - 8:40 a.m.\n|\nCaf\xe9\n", "feed.txt")

    assert str(raised.value) == "feed.txt:3: error: expected UTF-8 text, found byte 0xe9 that is not UTF-8"


def test_detect_knows_the_sample_and_not_the_abstract_lists() -> None:
    reader = SchedulePageReader()
    seeds = sorted(SAMPLE_PAGE.parent.glob("*.txt"))

    assert {path.name: reader.detect(decode_feed(path.read_bytes(), path.name)) for path in seeds} == {
        "000_e17b5acdc5194782.txt": False,
        "001_df4a941bcae02b05.txt": False,
        "002_84455bf78bc88092.txt": True,
        "003_fa518e10fecf02ab.txt": False,
        "004_05e0a433d85f4cd8.txt": False,
    }


def test_end_across_midnight_lasts_thirty_minutes(load_text: LoadText) -> None:
    item = load_text(entry("Sat 11:50 p.m. - 12:20 a.m.", "Night Session")).program.items[0]

    assert item.start is not None and item.end is not None
    assert item.end - item.start == timedelta(minutes=30)


@pytest.mark.parametrize(
    ("lines", "room", "abstract"),
    [
        (("Room 388 - 390", "An abstract."), "Room 388 - 390", "An abstract."),
        (("Location: Hall E (Ballroom)",), "Hall E (Ballroom)", None),
        (("link »", "An abstract.", "📍 Theatre B"), "Theatre B", "An abstract."),
        (("Room temperature is not a room.",), None, "Room temperature is not a room."),
        (("An abstract.", "About the Hall of Fame."), None, "An abstract.\nAbout the Hall of Fame."),
    ],
)
def test_a_room_line_becomes_the_location(
    load_text: LoadText, lines: tuple[str, ...], room: str | None, abstract: str | None
) -> None:
    loaded = load_text(entry("Sat 9:00 a.m. - 9:30 a.m.", "Parallel talk", "(Talk)", *lines, people="Ada Lovelace"))

    [item] = loaded.program.items
    assert (item.location, item.abstract) == (room, abstract)


def test_untimed_posters_belong_to_the_poster_sessions_of_their_day(load_text: LoadText) -> None:
    page = "".join(
        (
            entry("Sat 10:00 a.m. - 11:00 a.m.", "Poster Session", "(Poster Session)"),
            entry("-", "Saturday poster", "(Poster)", people="Ada Lovelace"),
            entry("Sun 10:00 a.m. - 11:00 a.m.", "Poster Session", "(Poster Session)"),
            entry("Sun 3:00 p.m. - 4:00 p.m.", "Poster Session", "(Poster Session)"),
            entry("-", "Sunday poster", "(Poster)", people="Grace Hopper"),
        )
    )
    program = load_text(page).program
    sessions = {item.id: item.start.date().isoformat() for item in program.items if item.start}
    posters = {item.title: [sessions[session] for session in item.sessions] for item in program.items if not item.start}

    assert posters == {"Saturday poster": ["2022-12-03"], "Sunday poster": ["2022-12-04", "2022-12-04"]}

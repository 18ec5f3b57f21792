"""Checks: overlaps, double-booked speakers and names that disagree."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import attrs

from program.checks import check_items
from program.loading import Loaded, load_program
from program.model import Problem
from program.settings import FeedSpec, Settings

from conftest import LoadText
from helpers import FRAB, ROOT, entry


def _lines(problems: tuple[Problem, ...], code: str) -> list[tuple[int | None, str]]:
    return [
        (problem.source.line if problem.source else None, problem.message)
        for problem in problems
        if problem.code == code
    ]


def test_sample_reports_the_keckler_overlap_with_both_items_and_lines(sample: Loaded) -> None:
    assert _lines(sample.program.problems, "overlap") == [
        (
            93,
            "'Steve Keckler - Invited Talk' (line 93, 1:55 p.m.–2:40 p.m.) overlaps "
            "'Poster Session | Coffee Break' (line 101, 1:55 p.m.–2:25 p.m.)",
        )
    ]


def test_sample_problems_are_exactly_the_overlap_and_the_name_variant(sample: Loaded) -> None:
    assert [(problem.severity.value, problem.code) for problem in sample.program.problems] == [
        ("warning", "name-variant"),
        ("warning", "overlap"),
    ]


def test_touching_slots_do_not_overlap(load_text: LoadText) -> None:
    text = entry("Sat 9:00 a.m. - 9:30 a.m.", "First", "(Talk)") + entry(
        "Sat 9:30 a.m. - 10:00 a.m.", "Second", "(Talk)"
    )

    assert load_text(text).program.problems == ()


def test_person_in_two_overlapping_items_is_a_speaker_conflict(load_text: LoadText) -> None:
    text = entry("Sat 9:00 a.m. - 9:45 a.m.", "Kernels", "(Oral)", people="Ada Lovelace · Alan Turing") + entry(
        "Sat 9:30 a.m. - 10:00 a.m.", "Panel on Compilers", "(Panel)", people="Grace Hopper · ada lovelace"
    )

    problems = load_text(text).program.problems

    assert _lines(problems, "speaker-conflict") == [
        (
            9,
            "ada lovelace is on 'Panel on Compilers' (line 9, 9:30 a.m.–10:00 a.m.) and on "
            "'Kernels' (line 1, 9:00 a.m.–9:45 a.m.), which overlap",
        )
    ]
    assert [problem.code for problem in problems] == ["overlap", "speaker-conflict"]


def test_back_to_back_runs_in_two_rooms_are_one_speaker_conflict() -> None:
    # 38C3 (tests/data/frab/examples/xml): bengoshi (guid 52881196…) solders 'Rockets löten' on
    # 2024-12-28 at Station 1 17:00, 18:00, 19:00 (lines 13003, 13053, 13028) and at Station 2 from
    # 13:00 to 20:00, of which 17:00-20:00 at lines 13154, 13179, 13254: three pairs, one warning.
    path = FRAB / "examples" / "xml" / "schedule-38c3-20251206.xml"

    problems = load_program(Settings(feeds=(FeedSpec(path),))).program.problems

    assert [entry for entry in _lines(problems, "speaker-conflict") if entry[0] == 13154] == [
        (
            13154,
            "bengoshi is on 'Rockets löten' 3 times back to back in Saal A - Lötstationen Station 2 "
            "(5:00 p.m.–8:00 p.m., listed at lines 13154 to 13254) and on 'Rockets löten' 3 times back to back "
            "in Saal A - Lötstationen Station 1 (5:00 p.m.–8:00 p.m., listed at lines 13003 to 13053), "
            "which overlap (3 pairs of items)",
        )
    ]


def test_title_naming_another_person_is_a_name_variant(load_text: LoadText) -> None:
    text = entry("Sat 9:00 a.m. - 9:45 a.m.", "Bill Dally - Keynote", "(Talk)", people="William Dally")

    loaded = load_text(text)

    assert _lines(loaded.program.problems, "name-variant") == [
        (1, "the title names 'Bill Dally' but the people line says 'William Dally'; kept the people line")
    ]
    assert [(person.name, person.aliases) for person in loaded.program.people] == [("William Dally", ("Bill Dally",))]


def test_title_naming_someone_with_another_family_name_adds_no_alias(load_text: LoadText) -> None:
    text = entry("Sat 9:00 a.m. - 9:45 a.m.", "Grace Hopper - Keynote", "(Talk)", people="Ada Lovelace")

    loaded = load_text(text)

    assert [(person.name, person.aliases) for person in loaded.program.people] == [("Ada Lovelace", ())]
    assert [problem.code for problem in loaded.program.problems] == ["name-variant"]


def test_parallel_talks_give_one_overlap_problem_each_naming_three(load_text: LoadText) -> None:
    text = "".join(entry("Sat 9:00 a.m. - 9:30 a.m.", f"Talk {number}", "(Talk)") for number in range(1, 7))

    problems = _lines(load_text(text).program.problems, "overlap")

    assert len(problems) == 5  # one a talk, not one a pair (15)
    assert problems[-1] == (
        36,
        "'Talk 6' (line 36, 9:00 a.m.–9:30 a.m.) overlaps 'Talk 1' (line 1, 9:00 a.m.–9:30 a.m.), "
        "'Talk 2' (line 8, 9:00 a.m.–9:30 a.m.), 'Talk 3' (line 15, 9:00 a.m.–9:30 a.m.) and 2 more items",
    )


SESSION_AT = (
    "at 'Poster Session' (line 1, 9:00 a.m.–9:30 a.m.) while on 'Keynote on Caches' (line 8, 9:15 a.m.–9:45 a.m.)"
)


def _posters_during_a_keynote(load_text: LoadText, posters: dict[str, str]) -> list[tuple[int | None, str]]:
    """poster-during-own-talk problems of a poster session, Ada's keynote during it, and `posters` (title: people)."""
    text = (
        entry("Sat 9:00 a.m. - 9:30 a.m.", "Poster Session", "(Break)")
        + entry("Sat 9:15 a.m. - 9:45 a.m.", "Keynote on Caches", "(Talk)", people="Ada Lovelace")
        + "".join(entry("-", title, "(Poster)", people=people) for title, people in posters.items())
    )
    return _lines(load_text(text).program.problems, "poster-during-own-talk")


def test_a_poster_whose_session_overlaps_its_authors_talk_is_reported(load_text: LoadText) -> None:
    problems = _posters_during_a_keynote(load_text, {"Learned Caches": "Ada Lovelace · Alan Turing"})

    assert problems == [(16, f"Ada Lovelace presents the poster 'Learned Caches' {SESSION_AT}")]


def test_an_author_busy_during_a_session_of_many_of_their_posters_gets_one_warning(load_text: LoadText) -> None:
    posters = {f"Caches {n}": "Ada Lovelace · Alan Turing" for n in range(5)}

    problems = _posters_during_a_keynote(load_text, posters)

    assert problems == [
        (
            16,
            "Ada Lovelace presents the poster 'Caches 0', the poster 'Caches 1', the poster 'Caches 2'"
            f" and 2 more posters {SESSION_AT}",
        )
    ]


def test_an_author_written_twice_on_a_poster_has_it_listed_once(load_text: LoadText) -> None:
    problems = _posters_during_a_keynote(load_text, {"Learned Caches": "Ada Lovelace · ada lovelace · Alan Turing"})

    assert problems == [(16, f"Ada Lovelace presents the poster 'Learned Caches' {SESSION_AT}")]


def test_a_poster_session_without_posters_is_reported(load_text: LoadText) -> None:
    text = entry("Sat 9:00 a.m. - 9:30 a.m.", "Poster Session", "(Break)")

    assert _lines(load_text(text).program.problems, "empty-session") == [
        (1, "'Poster Session' (line 1, 9:00 a.m.–9:30 a.m.) shows no posters")
    ]


def test_a_talk_timed_inside_its_session_does_not_overlap_it() -> None:
    """CILC 2025: each session's talks (`<b>10:35-11:00</b>` in its 10:35-13:00 cell) are shown at it, inside it.

    Timed, they each made an overlap warning against their session (33); the page has no real clash.
    """
    path = ROOT / "tests" / "data" / "html_pages" / "cilc2025-program.md"
    loaded = load_program(Settings(feeds=(FeedSpec(path),), timezone=ZoneInfo("Europe/Rome")))
    assert [item for item in loaded.program.items if item.sessions and item.start]  # the talks are timed
    assert _lines(loaded.program.problems, "overlap") == []


def test_a_chair_speaking_in_their_own_session_is_no_speaker_conflict() -> None:
    """CPAIOR 2025: Buser Say chairs the Master Class (08:45-10:00) and gives its opening remarks (08:45-09:00).

    The remarks are shown at the session, inside it; a person on another item at that time still clashes.
    """
    path = ROOT / "tests" / "data" / "yaml_site" / "cpaior2025-program.yml"
    loaded = load_program(Settings(feeds=(FeedSpec(path),), timezone=ZoneInfo("Australia/Melbourne")))
    items = loaded.program.items
    master, opening = items[1], items[2]
    assert (master.people, opening.people, opening.sessions) == (
        ("Buser Say",),
        ("Buser Say [Monash University]",),
        (master.id,),
    )
    assert _lines(loaded.program.problems, "speaker-conflict") == []
    unlinked = [attrs.evolve(item, sessions=()) for item in items[:4]]  # the same items, the talks not at the session
    assert [problem.code for problem in check_items(unlinked)].count("speaker-conflict") == 1


def test_a_registration_desk_open_beside_the_day_overlaps_nothing() -> None:
    # IHRM 2019's preliminary program: `8:30am-5:00pm         Registration` beside every item of Friday,
    # `8:30am-10:15am       Registration` beside Saturday's breakfast, session and break (14 warnings before)
    page = ROOT / "tests" / "data" / "pages" / "ihrm2019-prelim.txt"
    settings = Settings(feeds=(FeedSpec(page),), first_date=date(2019, 5, 9), timezone=ZoneInfo("America/New_York"))
    loaded = load_program(settings)
    desks = [item for item in loaded.program.items if item.title == "Registration"]

    assert len(loaded.program.items) == 21 and len(desks) == 3
    assert [(item.start.hour, item.start.minute) for item in desks if item.start] == [(11, 30), (8, 30), (8, 30)]
    assert _lines(loaded.program.problems, "overlap") == []


def test_a_short_registration_before_the_opening_is_an_item_that_can_overlap(load_text: LoadText) -> None:
    text = entry("Sat 8:30 a.m. - 9:00 a.m.", "Registration", "(Other)") + entry(
        "Sat 8:45 a.m. - 9:30 a.m.", "Opening Remarks", "(Talk)"
    )

    assert [code for code in (problem.code for problem in load_text(text).program.problems) if code == "overlap"] == [
        "overlap"
    ]


def test_galleries_lounges_and_villages_open_all_day_overlap_nothing() -> None:
    # SIGGRAPH Asia 2024's first day (unofficial data, tests/data/json_rows): the Posters Gallery, Networking
    # Lounge and SIGGRAPH Asia Village share the lobby from 9 a.m. to 5 p.m. beside every talk
    feed = ROOT / "tests" / "data" / "json_rows" / "siggraphasia2024-day1.json"
    loaded = load_program(Settings(feeds=(FeedSpec(feed),)))
    overlaps = _lines(loaded.program.problems, "overlap")

    areas = ("Gallery", "Lounge", "Village", "Registration")
    assert not [message for _, message in overlaps if any(f"{area}'" in message for area in areas)]
    assert len(overlaps) == 2  # two talks beside "Student Volunteer Sessions", 9 a.m. to 6 p.m., a room's


def test_a_description_in_the_speaker_cell_is_said_to_read_as_a_sentence() -> None:
    """Capitole du Libre 2011: one grid cell's second line, under its title, is its description, not a person."""
    path = ROOT / "tests" / "data" / "spreadsheets" / "capitole-du-libre-2011-programme.ods"
    settings = Settings(feeds=(FeedSpec(path),), timezone=ZoneInfo("Europe/Paris"), first_date=date(2011, 11, 19))
    problems = [problem for problem in load_program(settings).program.problems if problem.code == "prose-name"]

    assert len(problems) == 1 and problems[0].message.startswith(
        "1 of the people named read as sentences, not names (the first: \"Improvisation sur l'actualité d'Internet"
    )
    assert problems[0].message.endswith("check which column or field holds the people")

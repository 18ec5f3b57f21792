"""Static-site YAML a tester tried unseen (trial 5): SURE 2025's subtitles and chairs.

Its `_layouts/program.html` shows `chair` and `subtitle` as lines under an event's title; the
subtitle is the keynote's speaker, a `•`/`<br>` list of the session's papers, or "Panelists: …".
Expectations written by hand from tests/data/yaml_site/sure2025-program.yml (PROVENANCE.md).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.model import Kind, Program, Role
from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

SURE = ROOT / "tests" / "data" / "yaml_site" / "sure2025-program.yml"
TAIPEI = ZoneInfo("Asia/Taipei")


@pytest.fixture(scope="module")
def program() -> Program:
    context = ReadContext(first_date=date(2025, 10, 13), timezone=TAIPEI)
    return YamlSiteReader().read(SURE.read_text(encoding="utf-8"), source=SURE.name, context=context)


def test_the_keynote_subtitle_is_its_speaker(program: Program) -> None:
    keynote = program.items[1]
    assert (keynote.title, keynote.people, keynote.kind, keynote.start) == (
        "Keynote: Reverse Engineering in the 2020s: Where are we, and where should we go?",
        ("Brendan Dolan-Gavitt",),  # subtitle "Dr. Brendan Dolan-Gavitt"
        Kind.KEYNOTE,
        datetime(2025, 10, 13, 9, 30, tzinfo=TAIPEI),
    )


def test_a_session_keeps_its_title_and_its_chair_and_lists_its_papers(program: Program) -> None:
    by_title = {item.title: item for item in program.items}
    session = by_title["Higher-Level Languages"]  # chair "Session Chair: Ati Priya Bajaj", 11:00 to 12:00
    assert (session.people, session.role, session.start, session.end) == (
        ("Ati Priya Bajaj",),
        Role.CHAIR,  # a chair, not a speaker: "Chair: Ati Priya Bajaj" in every output
        datetime(2025, 10, 13, 11, tzinfo=TAIPEI),
        datetime(2025, 10, 13, 12, tzinfo=TAIPEI),
    )
    papers = [item for item in program.items if item.sessions == (session.id,)]
    assert [(paper.title, paper.links[0].url, paper.start, paper.day) for paper in papers] == [
        (
            "Systematic Testing of C++ Abstraction Recovery Systems by Iterative Compiler Model Refinement",
            "/papers#paper-2",
            None,
            date(2025, 10, 13),
        ),
        ("ideco: A Framework for Improving Non-C Decompilation", "/papers#paper-1", None, date(2025, 10, 13)),
        (
            "Measuring While Playing Fair: An Empirical Analysis of Language and Framework Usage in the iOS App Store",
            "/papers#paper-4",
            None,
            date(2025, 10, 13),
        ),
    ]
    # "Session Chair:  Ati Priya Bajaj" (two spaces) chairs "Application & Future Work" too
    assert by_title["Application & Future Work"].people == ("Ati Priya Bajaj",)


def test_the_poster_session_lists_its_posters_and_every_paper_is_there(program: Program) -> None:
    lunch = next(item for item in program.items if item.title == "Lunch / Poster Session")
    posters = [item for item in program.items if item.sessions == (lunch.id,)]
    assert [(poster.kind, poster.title) for poster in posters] == [
        (Kind.POSTER, "Enhancing Bytecode Exact Decompilation via LLM-Generated Seeds"),
        (Kind.POSTER, "Improving Out-of-SSA Variable Renaming with Dependency Strength-Based Grouping"),
        (Kind.POSTER, "Delinking: Stripping Programs for Parts"),
    ]
    # 9 events; 3 + 3 + 4 + 2 papers in the subtitles
    assert (len([item for item in program.items if item.start]), len(program.items)) == (9, 21)


def test_placeholder_panelists_and_chair_are_no_people_and_the_line_is_kept(program: Program) -> None:
    panel = program.items[-1]  # the last event, after every session and its papers
    assert (panel.title, panel.people, panel.abstract) == (
        "Panel: Modern Software Understanding",
        (),
        "Panelists: [Panelist 1], [Panelist 2], [Panelist 3], [Panelist 4]",
    )


def test_a_role_subtitle_names_its_people() -> None:
    text = "- time: 9:00 to 10:00\n  title: Panel\n  subtitle: 'Panelists: Ada Lovelace, Dr. Mary Somerville'\n"
    read = YamlSiteReader().read(
        text, source="p.yml", context=ReadContext(first_date=date(2025, 1, 1), timezone=TAIPEI)
    )
    assert (read.items[0].title, read.items[0].people) == ("Panel", ("Ada Lovelace", "Mary Somerville"))

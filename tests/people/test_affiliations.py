"""Affiliations written into pretalx public names: split off as written, the name filed as a name."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from program.loading import load_program
from program.model import Program
from program.model.organisations import is_organisation
from program.people.affiliations import split_affiliation
from program.rendering import render_outputs
from program.settings import FeedSpec, Settings
from program.writers import WRITERS


@pytest.mark.parametrize(
    ("written", "name", "affiliation"),
    [
        ("Ada Lovelace [University of London]", "Ada Lovelace", "University of London"),
        ("Ada Lovelace, Analytical Society", "Ada Lovelace", "Analytical Society"),
        ("Ada (Engine Club e.V.)", "Ada", "Engine Club e.V."),
        ("Ada Lovelace (Analytical Engine Club)", "Ada Lovelace", "Analytical Engine Club"),
        ("Ada Lovelace [CCC]", "Ada Lovelace", "CCC"),
        ("Ada Lovelace (CCC)", "Ada Lovelace", "CCC"),
        ("Ada Lovelace, Univ. of London", "Ada Lovelace", "Univ. of London"),
        ("Ada Lovelace, ACME GmbH", "Ada Lovelace", "ACME GmbH"),
        ("Ada Lovelace, Förderverein Freie Netzwerke", "Ada Lovelace", "Förderverein Freie Netzwerke"),
        ("Ada Lovelace, Analytical Engine Makers", "Ada Lovelace", "Analytical Engine Makers"),
        ("ada lovelace [university of london]", "ada lovelace", "university of london"),
        ("  Ada Lovelace  [ University of London ] ", "Ada Lovelace", "University of London"),
        ("Lovelace, Ada", "Lovelace, Ada", None),
        ("Lovelace, Ada Augusta King", "Lovelace, Ada Augusta King", None),
        ("Ada Lovelace, PhD", "Ada Lovelace, PhD", None),
        ("Ada Lovelace, Jr.", "Ada Lovelace, Jr.", None),
        ("Ada (nick) Lovelace", "Ada (nick) Lovelace", None),
        ("Ada Lovelace (nick)", "Ada Lovelace (nick)", None),
        ("Ada 'nick' Lovelace", "Ada 'nick' Lovelace", None),
        ("Ada Lovelace", "Ada Lovelace", None),
        ("(Engine Club)", "(Engine Club)", None),
        ("张伟", "张伟", None),
        # Pronouns as 38C3's speakers write them (tests/data/frab/examples/xml/schedule-38c3-20251206.xml).
        ("FrauD (she / her)", "FrauD (she / her)", None),
        ("Lazalatin (er/ihm | he/him)", "Lazalatin (er/ihm | he/him)", None),
        ("thsstll (beliebig / any)", "thsstll (beliebig / any)", None),
    ],
)
def test_split_affiliation(written: str, name: str, affiliation: str | None) -> None:
    assert split_affiliation(written) == (name, affiliation)


_WORDS = st.text(st.characters(categories=["L"]), min_size=1, max_size=8)
_NAMES = st.lists(_WORDS, min_size=1, max_size=3).map(" ".join)


@given(_NAMES, st.text(min_size=0, max_size=40))
def test_the_parts_are_slices_of_the_name_as_written(name: str, rest: str) -> None:
    written = f"{name}{rest}"
    bare, affiliation = split_affiliation(written)

    assert bare in written
    assert affiliation is None or affiliation in written
    assert bare.strip() == bare and bare


@given(
    _NAMES, st.lists(_WORDS, min_size=1, max_size=3).map(" ".join), st.sampled_from(["[{}]", "({} Club)", ", {} e.V."])
)
def test_a_bracketed_or_club_affiliation_comes_off_whole(name: str, words: str, shape: str) -> None:
    affiliation = shape.format(words).strip(" ,[]()")

    assert split_affiliation(f"{name} {shape.format(words)}".replace(" ,", ",")) == (name, affiliation)


@given(_WORDS, _WORDS.filter(lambda word: not is_organisation(word)))
def test_a_family_first_name_is_never_an_affiliation(family: str, given_name: str) -> None:
    assert split_affiliation(f"{family}, {given_name}") == (f"{family}, {given_name}", None)


def _event(number: int, name: str, person: int) -> str:
    return (
        f'<event guid="10000000-0000-4000-8000-00000000000{number}" id="{number}">'
        f"<date>2024-12-27T1{number}:00:00+01:00</date><duration>00:30</duration><room>A</room>"
        f'<title>Talk {number}</title><type>Talk</type><persons><person id="{person}">{name}</person></persons></event>'
    )


@pytest.fixture
def program(tmp_path: Path) -> Program:
    events = [
        _event(1, "Ada Lovelace [University of London]", 1),
        _event(2, "Ada Lovelace", 1),
        _event(3, "Charles Babbage, Analytical Society", 2),
        _event(4, "grace (Engine Club e.V.)", 3),
    ]
    (tmp_path / "schedule.xml").write_text(
        '<?xml version="1.0"?>\n<schedule><conference><title>C</title><time_zone_name>Europe/Berlin'
        '</time_zone_name></conference><day index="1" date="2024-12-27">'
        f'<room name="A">{"".join(events)}</room></day></schedule>\n',
        encoding="utf-8",
    )
    return load_program(Settings(feeds=(FeedSpec(tmp_path / "schedule.xml"),))).program


def test_people_are_filed_by_name_with_the_affiliation_kept(program: Program) -> None:
    assert [(person.name, person.sort_key, person.affiliation) for person in program.people] == [
        ("Charles Babbage", "Babbage, Charles", "Analytical Society"),
        ("grace", "grace", "Engine Club e.V."),
        ("Ada Lovelace", "Lovelace, Ada", "University of London"),
    ]
    # One id, one name with and without its affiliation: one person, no warning.
    assert [problem.code for problem in program.problems if problem.code in ("id-reused", "name-merged")] == []


def test_the_index_shows_the_affiliation_after_the_name(program: Program) -> None:
    outputs = render_outputs(program, [WRITERS["speakers-text"], WRITERS["speakers-csv"], WRITERS["speakers-json"]])
    text = outputs["speakers.txt"].decode()

    assert [line for line in text.splitlines() if line and not line.startswith(" ") and "," in line] == [
        "Babbage, Charles (Analytical Society)",
        "Lovelace, Ada (University of London)",
    ]
    assert "grace (Engine Club e.V.)" in text.splitlines()
    assert outputs["speakers.csv"].decode().splitlines()[1].endswith(',"Analytical Society"')
    assert b'"affiliation": "University of London"' in outputs["speakers.json"]


def test_each_talk_keeps_the_exports_name(program: Program) -> None:
    [talks] = render_outputs(program, [WRITERS["talks-md"]]).values()

    assert [line.split(" | ")[-1] for line in talks.decode().splitlines() if "| Talk " in line] == [
        "Ada Lovelace \\[University of London\\] |",  # Markdown's escapes
        "Ada Lovelace |",
        "Charles Babbage, Analytical Society |",
        "grace (Engine Club e.V.) |",
    ]

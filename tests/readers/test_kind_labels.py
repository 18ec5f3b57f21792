"""The kind table, row by row, and the kinds schedule pages name in titles."""

from __future__ import annotations

import pytest

from program.model import Kind
from program.readers.kind_labels import _LABELS, KIND_ROWS, kind_from_title, label_kind
from program.readers.kind_words import _WORDS

from conftest import LoadText
from helpers import entry

TIME = "Sat 9:00 a.m. - 10:00 a.m."


@pytest.mark.parametrize(("label", "kind"), KIND_ROWS, ids=[label for label, _ in KIND_ROWS])
def test_each_row_of_the_table_gives_its_kind(load_text: LoadText, label: str, kind: Kind) -> None:
    loaded = load_text(entry(TIME, "Learned Index Structures", f"({label})", people="Ada Lovelace"))

    [item] = loaded.program.items
    assert (item.kind, item.label) == (kind, label)
    assert [problem.code for problem in loaded.program.problems if problem.code == "unknown-kind"] == []


@pytest.mark.parametrize(
    ("title", "label", "kind"),
    [
        ("Opening Remark", None, Kind.OPENING),
        ("Opening Remarks", "Talk", Kind.OPENING),
        ("Introduction", None, Kind.OPENING),
        ("Introduction to Compilers", None, Kind.OTHER),
        ("Closing Remarks", None, Kind.CLOSING),
        ("Award Ceremony", None, Kind.CLOSING),
        ("Award-winning Kernels", None, Kind.OTHER),
        ("Summary & Closing Remarks", None, Kind.CLOSING),  # SecHOPE 2023
        ("Best Paper Award and Closing Remarks", None, Kind.CLOSING),  # AACL SRW 2023
        ("Industry Panel", None, Kind.PANEL),
        ("Academic Keynote", None, Kind.KEYNOTE),
        ("Solar Panel Efficiency", None, Kind.OTHER),  # a word after "Panel": a title
        ("Q&A", None, Kind.PANEL),
        ("Panel Discussion", None, Kind.PANEL),
        ("Coffee - sponsored by Acme", None, Kind.BREAK),
        ("Coffee Break", None, Kind.BREAK),
        ("Lunch", None, Kind.BREAK),
        ("Break-out discussion on TREC Track Proposal", None, Kind.OTHER),  # ReNeuIR 2023: groups at work
        ("Break out groups", None, Kind.OTHER),
        ("Break", None, Kind.BREAK),
        ("Poster Session #1", None, Kind.POSTER_SESSION),
        ("Virtual Poster Session", None, Kind.POSTER_SESSION),
        ("Social", None, Kind.SOCIAL),
        ("Hallway Track", None, Kind.SOCIAL),
        ("Poster Session & Hallway Track", "gather.town", Kind.POSTER_SESSION),
        ("Keynote II", None, Kind.KEYNOTE),
        ("Lecture 01", None, Kind.TALK),
        ("Get Together", None, Kind.SOCIAL),
    ],
)
def test_titles_name_kinds(load_text: LoadText, title: str, label: str | None, kind: Kind) -> None:
    body = (f"({label})",) if label else ()
    [item] = load_text(entry(TIME, title, *body), keep_going=True).program.items

    assert item.kind is kind


@pytest.mark.parametrize(
    ("title", "label", "expected"),
    [
        ("Invited Talk: Grace Hopper", None, (Kind.INVITED_TALK, "Grace Hopper")),
        ("Keynote: Grace Hopper", None, (Kind.KEYNOTE, "Grace Hopper")),
        ("Grace Hopper - Invited Talk", "Talk", (Kind.INVITED_TALK, "Grace Hopper")),
        ("Grace Hopper: Compilers for Everyone", "Invited Talk", (Kind.INVITED_TALK, "Grace Hopper")),
        ("Deep Learning: A Survey", "Invited Talk", (Kind.INVITED_TALK, None)),
    ],
)
def test_titles_name_their_speaker(
    load_text: LoadText, title: str, label: str | None, expected: tuple[Kind, str | None]
) -> None:
    body = (f"({label})",) if label else ()
    [item] = load_text(entry(TIME, title, *body, people="Grace Hopper")).program.items

    assert (item.kind, item.title_speaker, item.people) == (*expected, ("Grace Hopper",))


def test_a_speaker_title_that_spells_the_name_differently_is_a_name_variant(load_text: LoadText) -> None:
    loaded = load_text(entry(TIME, "Keynote: Steve Keckler", people="Stephen Keckler"))

    assert [problem.code for problem in loaded.program.problems] == ["name-variant"]


def test_a_title_on_the_empty_people_line_is_a_guess_reported(load_text: LoadText) -> None:
    loaded = load_text(entry(TIME, "Keynote: Scaling Laws"))

    [item] = loaded.program.items
    [problem] = loaded.program.problems
    assert item.people == ("Scaling Laws",)
    assert (problem.code, problem.source and problem.source.line) == ("uncertain-entry", 3)
    assert "took 'Scaling Laws' from the title" in problem.message


@pytest.mark.parametrize(("prefix", "kind"), [("Spotlight", Kind.SPOTLIGHT), ("Oral", Kind.ORAL)])
def test_a_kind_prefix_leaves_the_papers_title(load_text: LoadText, prefix: str, kind: Kind) -> None:
    page = entry(TIME, f"{prefix}: Fast Kernels", people="Ada Lovelace")
    page += entry("-", "Fast Kernels", "(Poster)", people="Ada Lovelace")

    program = load_text(page).program

    assert [(item.kind, item.title) for item in program.items] == [
        (kind, "Fast Kernels"),
        (Kind.POSTER, "Fast Kernels"),
    ]
    [paper] = program.papers
    assert len(paper.items) == 2


def test_an_unknown_label_falls_back_to_the_title_and_is_reported_once(load_text: LoadText) -> None:
    page = entry(TIME, "Poster Session & Hallway Track", "( gather.town )")
    page += entry("Sat 10:00 a.m. - 11:00 a.m.", "Build Night", "(Hackathon)")
    page += entry("Sat 11:00 a.m. - 12:00 p.m.", "Second Build Night", "(hackathon)")

    loaded = load_text(page)

    assert [(item.kind, item.label) for item in loaded.program.items] == [
        (Kind.POSTER_SESSION, "gather.town"),
        (Kind.OTHER, "Hackathon"),
        (Kind.OTHER, "hackathon"),
    ]
    problems = [problem for problem in loaded.program.problems if problem.code == "unknown-kind"]
    assert [problem.source and problem.source.line for problem in problems] == [1, 8]
    assert problems[0].message == (
        "no kind is known for the label '(gather.town)'; kept it as the label, "
        "and took the kind 'poster-session' from the title 'Poster Session & Hallway Track'"
    )


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Welcome + Opening Remarks", Kind.OPENING),
        ("Introduction and Opening Remarks", Kind.OPENING),
        ("Closing session of the workshop", Kind.CLOSING),
        ("CLOSING REMARKS + LUNCH", Kind.CLOSING),
        ("Morning Tea/Snacks", Kind.BREAK),
        ("Afternoon break", Kind.BREAK),
        ("Discussion Panel", Kind.PANEL),
        ("Spotlight Session #1", Kind.SPOTLIGHT),
        ("Poster spotlights", Kind.SPOTLIGHT),
        ("Lightning talks", Kind.SPOTLIGHT),
        ("Invited speaker 3", Kind.INVITED_TALK),
        ("Oral Talk: How to Backdoor Diffusion Models?", Kind.ORAL),
        ("workshop dinner!", Kind.SOCIAL),
        ("Happy Hour by Schrödinger", Kind.SOCIAL),
        ("Opening ceremony", Kind.OPENING),
        ("Conference Closing", Kind.CLOSING),
        ("Wrapping up", Kind.CLOSING),
        ("Short Break", Kind.BREAK),
        ("Invited Talk 1", Kind.INVITED_TALK),
        ("Oral Presentation 3", Kind.ORAL),
        ("Keynote 2", Kind.KEYNOTE),
        ("Contributed talks", Kind.ORAL),
        ("Spotlights", Kind.SPOTLIGHT),
        ("Opening the Black Box", Kind.OTHER),
        ("Tour of the research facilities", Kind.OTHER),
        ("Invited speakers and their hosts", Kind.OTHER),
    ],
)
def test_schedule_page_titles_name_their_kind(title: str, kind: Kind) -> None:
    # Titles of the real pages in tests/data/pages and tests/data/html_pages.
    assert kind_from_title(title) is kind


def test_no_row_or_word_is_a_number() -> None:
    """`label_kind` answers a title's number ("(12)") without the tables: no row or word may be digits."""
    assert not [key for key in (*_LABELS, *_WORDS) if key.strip().isdigit()]
    assert label_kind("12") is None and label_kind(" 7 ") is None

"""The paper-listing reader: headers, the title/author split, and what it does with doubt."""

from __future__ import annotations

from pathlib import Path

import pytest

from program.errors import ParseError
from program.model import PartialDate, Program, Severity
from program.readers import ReadContext, detect_readers
from program.readers.paper_listing import PaperListingReader
from program.readers.title_authors import Grounds, listing_evidence, readings, split_title_authors

from helpers import SEEDS

DATA = Path(__file__).parent / "data"
LISTINGS = {"003": SEEDS / "003_fa518e10fecf02ab.txt", "004": SEEDS / "004_05e0a433d85f4cd8.txt"}


def _read(text: str, source: str = "listing.txt") -> Program:
    return PaperListingReader().read(text, source=source, context=ReadContext())


def _table(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def _split_accuracy() -> tuple[int, int, list[str]]:
    expected = _table("listing_splits.tsv")
    papers = {
        (seed, paper.source.line): paper
        for seed, path in LISTINGS.items()
        for paper in _read(path.read_text(encoding="utf-8"), path.as_posix()).papers
        if paper.source
    }
    wrong = []
    for seed, line, title, authors, complete in expected:
        paper = papers.get((seed, int(line)))
        found = (
            (paper.title, "; ".join(paper.authors), "yes" if paper.authors_complete else "et al.") if paper else None
        )
        if found != (title, authors, complete):
            wrong.append(f"{seed}:{line}: expected {title!r} by {authors!r}, found {found!r}")
    return len(expected) - len(wrong), len(expected), wrong


def test_every_sample_entry_splits_as_checked_by_hand() -> None:
    right, total, wrong = _split_accuracy()

    assert total == 22 + 28
    assert wrong == []
    assert right == total


@pytest.mark.parametrize(("seed", "entries", "headerless"), [("003", 22, [22, 48]), ("004", 28, [])])
def test_samples_have_their_entries_and_no_problems(seed: str, entries: int, headerless: list[int]) -> None:
    path = LISTINGS[seed]
    program = _read(path.read_text(encoding="utf-8"), path.as_posix())

    assert len(program.papers) == entries
    assert program.problems == ()
    assert [paper.source.line for paper in program.papers if paper.published is None and paper.source] == headerless
    assert program.items == ()


def test_header_fields_are_kept_and_a_missing_year_stays_missing() -> None:
    papers = {
        paper.source.line: paper for paper in _read(LISTINGS["003"].read_text(encoding="utf-8")).papers if paper.source
    }
    listed = {
        paper.source.line: paper for paper in _read(LISTINGS["004"].read_text(encoding="utf-8")).papers if paper.source
    }

    first, no_year = papers[2], papers[5]
    assert (first.score, first.category, first.published, first.has_code) == (
        20.5,
        "LG",
        PartialDate(5, 3, 2022),
        False,
    )
    assert (no_year.score, no_year.category, no_year.published) == (7.8, "AR", PartialDate(3, 27))
    assert no_year.published is not None and no_year.published.isoformat() == "--03-27"
    assert (listed[2].score, listed[2].category, listed[2].has_code) == (None, "LG", True)
    assert (listed[17].category, listed[17].published) == ("CL", PartialDate(4, 21))
    assert papers[46].authors_complete and not papers[2].authors_complete


def _hard_cases() -> tuple[Program, list[list[str]], dict[int, str]]:
    text = (DATA / "hard_listing.txt").read_text(encoding="utf-8")
    program = _read(text, "hard.txt")
    lines = text.split("\n")
    title_lines = [paper.source.line for paper in program.papers if paper.source and paper.source.line]
    evidence = listing_evidence([lines[n - 1] for n in title_lines], [lines[n] for n in title_lines])
    grounds = {}
    for number in title_lines:
        split = split_title_authors(lines[number - 1], evidence)
        assert split is not None
        grounds[number] = split.grounds.name
    return program, _table("hard_listing_splits.tsv"), grounds


def test_hard_cases_are_right_or_reported_and_the_evidence_is_named() -> None:
    program, truth, grounds = _hard_cases()
    papers = {paper.source.line or 0: paper for paper in program.papers if paper.source}
    warned = {
        problem.source.line for problem in program.problems if problem.code == "uncertain-split" and problem.source
    }

    wrong = [row for row in truth if (papers[int(row[0])].title, papers[int(row[0])].authors[0]) != (row[1], row[2])]
    assert [[str(line), grounds[line]] for line in sorted(papers)] == [[row[0], row[3]] for row in truth]
    assert [row[0] for row in wrong] == ["22"]  # "RaeLynn": no evidence, so the likelier reading is kept...
    assert warned == {22}  # ...and reported: 17 of 18 right, the other one flagged
    assert len(truth) == 18


def test_a_split_no_evidence_settles_is_kept_and_reported_with_its_line() -> None:
    program, _, _ = _hard_cases()

    [warning] = [problem for problem in program.problems if problem.code == "uncertain-split"]
    assert warning.severity is Severity.WARNING
    assert str(warning.source) == "hard.txt:22"
    assert "'Lynn Price'" in warning.message and "'RaeLynn Price'" in warning.message


def test_a_name_known_from_another_entry_decides_between_readings() -> None:
    line = "Learning Rates on GPUsJoAnne Smith, Lee Kim"
    found, complete = readings(line)

    assert [(reading.first_author, reading.camel) for reading in found] == [
        ("JoAnne Smith", True),
        ("Anne Smith", False),
    ]
    assert complete
    guess = split_title_authors(line, listing_evidence([line], []))
    taught = split_title_authors(line, listing_evidence([line, "Other TitleLee Kim, JoAnne Smith"], []))
    assert guess is not None and (guess.authors[0], guess.grounds) == ("Anne Smith", Grounds.BEST_GUESS)
    assert taught is not None and (taught.authors[0], taught.grounds) == ("JoAnne Smith", Grounds.KNOWN_NAME)


def test_a_capital_after_a_name_prefix_is_no_glue() -> None:
    found, _ = readings("Routing at ScaleMcKenzie Bell, DeAndre Jordan")

    assert [reading.first_author for reading in found] == ["McKenzie Bell"]


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("LGFeb 30, 2022\nA TitleJane Doe, Li Wei\nAbstract.\n", 1, "expected a real date"),
        ("LGMar 3, 2022\nCVMar 4, 2022\nA TitleJane Doe, Li Wei\nAbstract.\n", 1, "expected a title-and-authors line"),
        ("LGMar 3, 2022\njust a title with no authors\nAbstract.\n", 2, "no name-shaped author list"),
        ("A TitleJane Doe, Li Wei\nAbstract.\nLGMar 3, 2022\n", 3, "expected a title-and-authors line"),
    ],
)
def test_malformed_entries_are_errors_with_their_line(text: str, line: int, reason: str) -> None:
    program = _read(text)

    errors = [problem for problem in program.problems if problem.severity is Severity.ERROR]
    assert [problem.source.line if problem.source else None for problem in errors] == [line]
    assert reason in errors[0].message


def test_an_empty_listing_is_refused() -> None:
    with pytest.raises(ParseError, match="empty file"):
        _read("\n\n")


@pytest.mark.parametrize("seed", ["003", "004"])
def test_listings_are_detected_as_listings_only(seed: str) -> None:
    assert [reader.name for reader in detect_readers(LISTINGS[seed].read_text(encoding="utf-8"))] == ["paper-listing"]


def test_an_entry_without_abstract_followed_by_one_without_header_is_two_entries() -> None:
    text = (
        "LGMar 3, 2022\nFast KernelsJane Doe, Li Wei\n"
        "Slow KernelsAda Lovelace, Alan Turing\nWe study slow kernels.\n"
        "Tiny ModelsGrace Hopper et al.\nModels that are tiny, for Ada Lovelace, Alan Turing.\n"
    )
    program = _read(text)

    assert [(paper.title, paper.authors, paper.abstract) for paper in program.papers] == [
        ("Fast Kernels", ("Jane Doe", "Li Wei"), None),
        ("Slow Kernels", ("Ada Lovelace", "Alan Turing"), "We study slow kernels."),
        ("Tiny Models", ("Grace Hopper",), "Models that are tiny, for Ada Lovelace, Alan Turing."),
    ]
    assert program.problems == ()


def test_a_title_of_256_kb_splits() -> None:
    title = "Learning FastKernels for GPUs and TinyLMs with AdamW " * 5_000
    text = f"LGMar 3, 2022\n{title.rstrip()}Jane Doe, Li Wei\nAn abstract.\n"

    [paper] = _read(text).papers

    assert (len(text) > 256_000, paper.authors, paper.title) == (True, ("Jane Doe", "Li Wei"), title.rstrip())

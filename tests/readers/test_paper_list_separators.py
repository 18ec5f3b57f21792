"""A paper list's separators between title and authors: many in a row are one cut (issue 32's hostile lines)."""

from __future__ import annotations

from program.readers import READERS, ReadContext
from program.readers.paper_lines import _MAX_CUTS, _separator_cuts

READER = READERS["paper-list"]


def test_a_run_of_separators_is_one_cut_and_a_line_of_many_cuts_is_no_entry() -> None:
    # Hostile lines (issue 32): every separator of "Title - - - … - Ada" was a cut of its own, each
    # reading the whole line again, so 10,000 of them took seconds; a run of them is one cut.
    assert _separator_cuts("Folding Narrowing" + " -" * 10_000 + " Ada Lovelace") == [
        ("Folding Narrowing", "Ada Lovelace")
    ]
    assert _separator_cuts("Benedikt M. Rips. Verified Choreographies") == [
        ("Benedikt M. Rips", "Verified Choreographies")
    ]
    sentences = " ".join(f"Sentence number {index} ends here." for index in range(_MAX_CUTS + 2))
    assert _separator_cuts(sentences) == []


def test_a_line_with_thousands_of_separators_between_title_and_authors_is_still_one_paper() -> None:
    text = (
        "- Folding Narrowing for Protocols" + " -" * 10_000 + " Ada Lovelace and Charles Babbage\n"
        "- The Other Title - Mary Somerville\n"
    )
    program = READER.read(text, source="list.md", context=ReadContext())
    assert [(paper.title, paper.authors) for paper in program.papers] == [
        ("Folding Narrowing for Protocols", ("Ada Lovelace", "Charles Babbage")),
        ("The Other Title", ("Mary Somerville",)),
    ]

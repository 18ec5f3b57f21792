"""Trial 27's accepted-paper list, read as its source writes it (tests/data/paper_lists, PROVENANCE.md there).

PEPM 2008's TWiki page, converted to Markdown by pandoc, keeps the wiki's menus as bullet lists
inside fenced divs (`::: {.twikiLeftBar}`) and wraps each paper's bullet `-   Authors. Title` at
72 columns over two or three lines. The expectations (expected/*.json) were typed by a script over
the source, not from our output.
"""

from __future__ import annotations

import json

from paper_list_files import DATA, READER, read_list
from program.readers import ReadContext, detect_readers

PEPM = "pepm2008-acceptedpapers.md"


def test_pepm_2008_wrapped_bullets_are_one_paper_each_and_the_menus_none() -> None:
    wanted = json.loads((DATA / "expected" / f"{PEPM}.json").read_text(encoding="utf-8"))

    papers = read_list(PEPM)  # no problem either: "Accepted Papers" (underlined) is the list's heading

    assert len(papers) == len(wanted) == 20
    assert [(paper.title, paper.authors) for paper in papers] == [
        (entry["title"], tuple(entry["authors"])) for entry in wanted
    ]
    assert [paper.source.line for paper in papers if paper.source] == [entry["line"] for entry in wanted]
    assert all(paper.category == "Accepted Papers" for paper in papers)
    # line 137: "Stephen A. Edwards and Jia Zeng. Static …": the initial's full stop ends no author list
    assert papers[5].authors == ("Stephen A. Edwards", "Jia Zeng")
    assert papers[17].authors[-1] == "John O'Leary"  # Markdown's "O\'Leary"


def test_pepm_2008_says_nothing_of_the_menus() -> None:
    program = READER.read((DATA / PEPM).read_text(encoding="utf-8"), source=PEPM, context=ReadContext())

    assert program.reading[:2] == (
        "20 papers, 47 authors; shape: one line, authors first (20)",
        "0 lines inside the list not placed, 2 outside it",
    )


def test_pepm_2008_is_a_paper_list_though_its_opening_is_the_wikis_menus() -> None:
    text = (DATA / PEPM).read_text(encoding="utf-8")

    assert [reader.name for reader in detect_readers(text)] == ["paper-list"]  # before: "cannot tell the format"

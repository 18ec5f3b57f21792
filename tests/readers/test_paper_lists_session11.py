"""Accepted-paper lists a new user tried unseen (session 11, issue 28): every title and author list against the source.

ACS 2020 (a Markdown list of links, `- [Title](….pdf). A, B, and C.`) and PICom 2024 (HTML inside
Markdown, `<li>(1571051984) Title - A; B</li>`); expectations in tests/data/paper_lists/expected,
typed by a script over each source (PROVENANCE.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from program.readers import ReadContext, detect_readers

DATA = Path(__file__).resolve().parent.parent / "data" / "paper_lists"
NOT_READ = {
    # No dash between the title and the authors ("… in Smart Buildings Md Babul Islam; …"): a note, not a guess.
    "picom2024-accepted.md": {
        "A Deep Learning Based Digital Twin for Indoor Temperature Prediction in Smart Buildings"
    },
    "acs2020-papers.md": set(),
}


@pytest.mark.parametrize("name", sorted(NOT_READ))
def test_an_unseen_list_reads_every_paper_as_written(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    wanted = json.loads((DATA / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    readers = detect_readers(text)
    program = readers[0].read(text, source=name, context=ReadContext())
    read = {paper.title: list(paper.authors) for paper in program.papers}
    expected = {entry["title"]: entry["authors"] for entry in wanted if entry["title"] not in NOT_READ[name]}

    assert [reader.name for reader in readers] == ["paper-list"]
    assert read == expected  # a paper listed twice (ACS 2020's "Dempster-Shafer …") is read once
    notes = [line for line in program.reading if ": note: not placed: " in line]
    assert [note.split("not placed: ")[1][:40] for note in notes] == [
        f"'{title[:39]}" for title in sorted(NOT_READ[name])
    ]


def test_glued_separators_and_a_dash_inside_a_title_are_read() -> None:
    # "(1571056296) AFRODITE - Optimizing … Techniques\t-\tMayara Aragão; …": no paper by "AFRODITE";
    # "… Techniques -Giselle Goiz; …"; ACS 2020's "….pdf).Jesse English" and "Model.Vadim Bulitko" (once an abstract).
    picom = (DATA / "picom2024-accepted.md").read_text(encoding="utf-8")
    acs = (DATA / "acs2020-papers.md").read_text(encoding="utf-8")
    papers = {
        paper.title: paper.authors
        for text in (picom, acs)
        for paper in detect_readers(text)[0].read(text, source="list.md", context=ReadContext()).papers
    }

    assert papers["AFRODITE - Optimizing Federated Learning in Resource-Constrained Environments through Data "
                  "Sampling Techniques"][:1] == ("Mayara Aragão",)  # fmt: skip
    assert papers["Traffic Classification for Network Slicing using Machine Learning Techniques"][0] == "Giselle Goiz"
    assert papers["Complexity of Agents in Non-stationary Environments: A Partial Computational Model"] == (
        "Vadim Bulitko",
        "Valeriy K. Bulitko",
    )
    assert papers["Model-Based Novelty Adaptation"] == ("Matt Klenk", "Wiktor Piotrowski", "Roni Stern")

"""Trial 21's accepted-paper lists, read as their sources write them (tests/data/paper_lists).

SEBD 2024 (#9) copies CMT: `- **#7** *Title.* Name (Affiliation)*; Name (Affiliation)`. Its titles
kept their number, its authors their affiliation in round brackets, and four papers (#69, #36,
#44, #86) fell silently into the abstract of the paper above. The expectations
(expected/*.json) were typed by a script over the source, not from our output.
"""

from __future__ import annotations

import json

from paper_list_files import DATA, read_list
from program.people.affiliations import split_affiliation
from program.readers import detect_readers


def _expected(name: str) -> list[dict[str, object]]:
    return list(json.loads((DATA / "expected" / f"{name}.json").read_text(encoding="utf-8")))


def test_sebd_2024_every_paper_its_number_title_and_authors_with_places() -> None:
    text = (DATA / "sebd2024-accepted.md").read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text)] == ["paper-list"]

    papers = read_list("sebd2024-accepted.md")
    wanted = _expected("sebd2024-accepted.md")
    assert len(papers) == len(wanted) == 72
    assert [paper.title for paper in papers] == [entry["title"] for entry in wanted]  # "#7" no part of it
    for paper, entry in zip(papers, wanted, strict=True):
        assert [split_affiliation(author) for author in paper.authors] == [
            (author["name"], author["place"])
            for author in entry["authors"]  # type: ignore[attr-defined]
        ], paper.title
        assert paper.category == entry["section"]
        assert paper.source is not None and paper.source.line == entry["line"]
        assert paper.abstract is None


def test_sebd_2024_lower_case_names_and_a_lost_emphasis_mark_are_papers_of_their_own() -> None:
    numbers = [entry["number"] for entry in _expected("sebd2024-accepted.md")]  # the list's "#7", in its order
    papers = dict(zip(numbers, read_list("sebd2024-accepted.md"), strict=True))

    # line 18: "- **#1** *Emotional Data Querying: The BI Scenario.* sandro bimonte (inrae); Patrick Marcel (…"
    assert papers[1].title == "Emotional Data Querying: The BI Scenario"
    assert papers[1].authors[0] == "sandro bimonte [inrae]"
    # line 71: #36's first author "valerio bellandi (Università degli Studi di Milano)"
    assert papers[36].authors[0] == "valerio bellandi [Università degli Studi di Milano]"
    # line 74: #44's "Marco Luzzara (-)": no affiliation
    assert papers[44].authors[2] == "Marco Luzzara"
    # line 87: "- **#86** Identifying key factors … a data driven approach.* Cristian Martella (…)*; …": no opening "*"
    assert papers[86].title == (
        "Identifying key factors in designing data spaces for Urban Digital Twin Platforms: a data driven approach"
    )
    assert papers[86].authors[0] == "Cristian Martella [University of Salento]"
    # line 41: "Prof. Pietro Hiram Guzzi (Univ. Magna Gracia of Catanzaro, IPC, ICIEV)*"
    assert papers[49].authors[0] == "Pietro Hiram Guzzi [Univ. Magna Gracia of Catanzaro, IPC, ICIEV]"


def test_avss_2018_numbered_titles_over_author_cells_under_a_bold_heading() -> None:
    """AVSS 2018 (#10): `**Accepted Papers**`, then `N: <i>Title</i><br />` over `Name (Affil); Name (Affil)`.

    Before: refused, the heading taken for an author line standing alone (line 5), titles with
    their "N: ", and 5 papers lost (#1 after the heading; lower-case names and an unclosed bracket).
    """
    text = (DATA / "avss2018-accepted.md").read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text)] == ["paper-list"]

    papers = read_list("avss2018-accepted.md")
    wanted = _expected("avss2018-accepted.md")
    assert len(papers) == len(wanted) == 64
    assert [paper.title for paper in papers] == [entry["title"] for entry in wanted]  # "1: " no part of it
    for paper, entry in zip(papers, wanted, strict=True):
        assert [split_affiliation(author) for author in paper.authors] == [
            (author["name"], author["place"])
            for author in entry["authors"]  # type: ignore[attr-defined]
        ], paper.title
        assert paper.source is not None and paper.source.line == entry["line"]
        assert paper.category == "Accepted Papers"
    by_line = {paper.source.line: paper for paper in papers if paper.source is not None}
    # line 10: "Remi trichet (DCU); Francois Bremond (Inria Sophia Antipolis, France)"
    assert by_line[9].authors == ("Remi trichet [DCU]", "Francois Bremond [Inria Sophia Antipolis, France]")
    # line 169: "… baoxin Li (Arizona State University", its bracket left open
    assert by_line[168].authors[-1] == "baoxin Li [Arizona State University]"

"""Trial 19's accepted-paper list, STIL 2019 (Portuguese), read as its source writes it (tests/data/paper_lists).

Each paper is `- **Title**` over one `_Name (Affiliation)_;` line per author; the expectation
(expected/stil-2019.md.json) was typed by a script over the source, not from our output.
"""

from __future__ import annotations

import json

from paper_list_files import DATA, read_list
from program.people.affiliations import split_affiliation
from program.readers import detect_readers
from program.readers.paper_lines import page_lines

NAME = "stil-2019.md"


def _expected() -> list[dict[str, object]]:
    return list(json.loads((DATA / "expected" / f"{NAME}.json").read_text(encoding="utf-8")))


def test_stil_is_a_paper_list_of_bold_titles_over_italic_authors_with_their_places() -> None:
    text = (DATA / NAME).read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text)] == ["paper-list"]

    papers = read_list(NAME)  # no problem: the titles are found (before: "the titles are missing" at line 147)
    wanted = _expected()
    assert len(papers) == len(wanted) == 26
    assert [paper.title for paper in papers] == [entry["title"] for entry in wanted]
    for paper, entry in zip(papers, wanted, strict=True):
        assert [split_affiliation(author) for author in paper.authors] == [
            (author["name"], author["place"])
            for author in entry["authors"]  # type: ignore[attr-defined]
        ], paper.title
        assert paper.category == entry["section"]
        assert paper.source is not None and paper.source.line == entry["line"]


def test_stil_places_are_kept_beside_the_names_as_written() -> None:
    papers = read_list(NAME)

    assert papers[0].authors[0] == "Sidney Leal [ICMC - USP - Brazil]"
    # the posters' `_Leonardo Santos&nbsp;(CEFET/RJ - …)_;` (a no-break space before the bracket), no `;` on the last
    assert papers[16].authors[-1] == "Gustavo Paiva Guedes [CEFET/RJ - Brazil]"
    # a place with brackets of its own; "do" a particle of the name, not a title's word
    assert papers[24].authors[-1] == "Thaís Gaudêncio do Rêgo [Universidade Federal da Paraíba (UFPB) - Brazil]"
    # a bold title ending in a full stop is the title (as written), not a sentence of an abstract
    assert papers[14].title == "Um modelo para Sistema de Diálogo Fim-a-Fim usando Conhecimento de Senso Comum."
    assert len(papers[14].authors) == 3


def test_markdown_rules_are_no_lines_of_the_list() -> None:
    lines = page_lines("# Papers\n___\n### Oral\n***\n- **A Title**\n- - -\n")

    assert [line.text for line in lines] == ["Papers", "Oral", "A Title"]

"""Trial 25's accepted-paper list (unseen): CCIR 2023's HTML blocks in a Jekyll page (tests/data/paper_lists).

Each paper is `<div style="font-weight: bold">Title</div>`, an abstract `<div>` (one repeats its
title in a second), then `<div>A (Affil), B (Affil) and C (Affil)</div>`, Chinese names glued to
their `and` (`and张宇`), brackets inside affiliations (`(Harbin Institute of Technology (Shenzhen))`,
`(中国矿业大学（北京）…)`). Before: "cannot tell the format"; with --format paper-list, the abstracts
were the titles, affiliations stayed in the names and 15 papers were not placed. The expectations
(expected/*.json) were written by a script over the source (a split outside brackets), not from our output.
"""

from __future__ import annotations

import json
import re

from paper_list_files import DATA, read_list
from program.people.affiliations import split_affiliation
from program.readers import detect_readers

NAME = "ccir2023-acceptedpapers-excerpt.md"


def _expected() -> list[dict[str, object]]:
    return list(json.loads((DATA / "expected" / f"{NAME}.json").read_text(encoding="utf-8")))


def test_ccir_2023_bold_title_blocks_over_abstract_and_author_blocks() -> None:
    text = (DATA / NAME).read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text)] == ["paper-list"]  # front matter, then HTML blocks
    papers = read_list(NAME)
    wanted = _expected()

    assert len(papers) == len(wanted) == len(re.findall(r'<div style="font-weight: bold">', text)) == 40
    assert [paper.title for paper in papers] == [entry["title"] for entry in wanted]
    for paper, entry in zip(papers, wanted, strict=True):
        assert [split_affiliation(author) for author in paper.authors] == [
            (author["name"], author["place"])
            for author in entry["authors"]  # type: ignore[attr-defined]
        ], paper.title
        assert paper.abstract == entry["abstract"]
        assert paper.source is not None and paper.source.line == entry["line"]


def test_ccir_2023_chinese_names_glued_to_and_and_brackets_inside_affiliations() -> None:
    papers = {paper.source.line: paper for paper in read_list(NAME) if paper.source is not None}

    # line 24: "李昆泽 (哈尔滨工业大学) and张宇 (哈尔滨工业大学)"; a Chinese title is no author line
    assert (papers[24].title, papers[24].authors) == (
        "自适应的流水线式无监督问题生成方法",
        ("李昆泽 [哈尔滨工业大学]", "张宇 [哈尔滨工业大学]"),
    )
    # line 29: a second block repeating the title, then the abstract: the title once, the abstract
    assert papers[29].title == "Opinion Evolution Model based on Long-Term and Short-Term Opinions"
    assert (papers[29].abstract or "").startswith("Opinion dynamics can help analyze")
    # "Shan He (Harbin Institute of Technology (Shenzhen))": the bracket inside the place is the place's
    shan = next(paper for paper in papers.values() if paper.authors and paper.authors[0].startswith("Shan He"))
    assert shan.authors[0] == "Shan He [Harbin Institute of Technology (Shenzhen)]"
    assert split_affiliation(shan.authors[0]) == ("Shan He", "Harbin Institute of Technology (Shenzhen)")

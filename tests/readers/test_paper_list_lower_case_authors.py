"""An author line written all in lower case below a linked title is its authors (MELT, trial 13 #11).

tests/data/paper_lists/melt-workshop-accepted-papers.md gives each paper as `- [**Title**](….pdf)<br>` and,
on the next line, its authors joined by ", "; one is `sachin panicker`. Expectations come from the source
by a regular expression here, not from our reader.
"""

from __future__ import annotations

import re
from pathlib import Path

from program.readers import ReadContext, detect_readers
from program.readers.paper_lines import PaperLine
from program.readers.paper_lower_authors import is_lower_case_author_line, pairs_titles_with_authors

NAME = "melt-workshop-accepted-papers.md"
PATH = Path(__file__).resolve().parent.parent / "data" / "paper_lists" / NAME
_TITLE = re.compile(r"^- \[\*\*(?P<title>.+?)\*\*\]\(\S+\)\s*<br>$")


def _source() -> dict[str, list[str]]:
    lines = PATH.read_text(encoding="utf-8").splitlines()
    return {
        found["title"]: lines[number + 1].split(", ")
        for number, line in enumerate(lines)
        if (found := _TITLE.match(line.strip())) is not None
    }


def test_every_paper_has_its_authors_the_lower_case_line_too() -> None:
    text = PATH.read_text(encoding="utf-8")
    reader = detect_readers(text)[0]
    program = reader.read(text, source=NAME, context=ReadContext())

    expected = _source()
    assert reader.name == "paper-list" and len(expected) == 24
    assert {paper.title: list(paper.authors) for paper in program.papers} == expected
    beyond = next(paper for paper in program.papers if paper.title and paper.title.startswith("Beyond Global Models"))
    assert beyond.authors == ("sachin panicker",)
    assert not [line for line in program.reading if "note: not placed" in line]


def test_a_lower_case_line_needs_a_list_that_pairs_titles_with_authors() -> None:
    linked = PaperLine(1, "On Engines", linked_title=True)
    lower = PaperLine(2, "sachin panicker")

    assert is_lower_case_author_line(lower)
    assert not is_lower_case_author_line(PaperLine(2, "see the appendix for details."))
    assert not pairs_titles_with_authors([linked, lower])  # one linked title and a lower-case line: no evidence

"""Trial 20's pages and paper lists (unseen), read as their sources write them (PROVENANCE.md of each folder).

Expectations come from the sources by regular expressions over their markup, never from the
reader: ERES 2024's `<li><strong>Title</strong></li>` over `<li>Name (Place)</li>` lines.
"""

from __future__ import annotations

import re

from program.readers import ReadContext

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data"


def _eres_source() -> list[tuple[str, list[str], list[str]]]:
    """ERES 2024's papers from its markup: each title, its authors' names and their places in brackets."""
    papers: list[tuple[str, list[str], list[str]]] = []
    for line in (DATA / "paper_lists" / "eres2024-aceitos.md").read_text(encoding="utf-8").splitlines():
        if title := re.search(r"<li><strong>(.*?)</strong></li>", line):
            papers.append((title[1], [], []))
        elif author := re.fullmatch(r"\s*<li>(.*?) \((.*?)\)</li>\s*", line):
            papers[-1][1].append(author[1])
            papers[-1][2].append(author[2])
    return papers


def test_eres_bold_titles_over_one_author_a_line_with_place_in_brackets() -> None:
    name, program = read_detected("paper_lists", "eres2024-aceitos.md", ReadContext())

    expected = _eres_source()
    assert name == "paper-list"  # the front matter's keys are no sign of a YAML file
    assert len(expected) == 36
    assert not program.problems
    # where each works goes with the name in square brackets: "(IFRS)" alone would read as a nickname
    got = [(paper.title, list(paper.authors)) for paper in program.papers]
    written = [(title, [f"{n} [{p}]" for n, p in zip(names, places, strict=True)]) for title, names, places in expected]
    assert got == written
    assert program.papers[0].authors == ("Lis Ângela De Bortoli [IFRS]", "Emerson Oliveira Jr. [IFRS]")
    assert [paper.category for paper in program.papers].count("Fórum de Extensão:") == 2

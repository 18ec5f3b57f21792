"""ACS 2021's accepted papers, a site's own CSV a tester tried unseen (trial 22, #11).

`#,Lead Authors,Title,Length,Slack Channel,,,,,` (a BOM first, five empty columns, five empty rows
at the end), authors `A, B and C`, `Length` "Long"/"short": the paper's kind. It was read as a
schedule CSV (30 errors: "Long" expected as a duration) and `--format miniconf` refused the
header. Expectations are written from the source with the standard library's csv.
"""

from __future__ import annotations

import csv
import io
import re

from program.readers import ReadContext, detect_readers
from program.readers.miniconf import MiniconfReader

from helpers import ROOT

ACS = ROOT / "tests" / "data" / "miniconf" / "acs2021-papers.csv"


def _rows() -> list[dict[str, str]]:
    text = ACS.read_text(encoding="utf-8").lstrip("\ufeff")
    return [row for row in csv.DictReader(io.StringIO(text)) if row["Title"].strip()]


def _names(written: str) -> list[str]:
    names = [" ".join(part.split()) for part in re.split(r",|\band\b", written) if part.strip()]
    return [*names[:-1], names[-1].removesuffix(".")]  # "…, M. Cox and L. He.": the list's full stop


def test_acs_2021_is_a_paper_list_its_length_the_papers_kind() -> None:
    text = ACS.read_text(encoding="utf-8")
    program = MiniconfReader().read(text, source=ACS.name, context=ReadContext())
    rows = _rows()

    assert [reader.name for reader in detect_readers(text)] == ["miniconf"]
    assert program.problems == ()
    assert len(program.papers) == len(rows) == 30
    assert [paper.title for paper in program.papers] == [" ".join(row["Title"].split()) for row in rows]
    assert [list(paper.authors) for paper in program.papers] == [_names(row["Lead Authors"]) for row in rows]
    assert [paper.category for paper in program.papers] == [row["Length"] for row in rows]  # "Long", "short"
    assert "columns: title, lead authors (joined by ,), abstract, length → category" in program.reading
    assert "not read: slack channel" in program.reading


def test_acs_2021_an_author_cell_broken_over_two_lines_and_a_final_full_stop() -> None:
    papers = MiniconfReader().read(ACS.read_text(encoding="utf-8"), source=ACS.name, context=ReadContext()).papers
    by_title = {paper.title: paper for paper in papers}

    # lines 9-10: "S. Kondrakuntam V. Gogineni, M. Cox,\n  D. Coleman, …, C. Edwards" in one quoted cell
    goal = by_title[
        "The Rational Selection of Goal Operations and the Integration of Search Strategies with a Goal-Driven Autonomy"
    ]
    assert goal.authors[:3] == ("S. Kondrakuntam V. Gogineni", "M. Cox", "D. Coleman")
    assert goal.source is not None and goal.source.line == 9
    # line 19: "W. Yuan, H. Munoz-Avila, V.R.Gogineni, S. Kondrakunta, M. Cox and L. He."
    assert by_title["Task Modifiers for HTN Planning and Acting"].authors[-1] == "L. He"

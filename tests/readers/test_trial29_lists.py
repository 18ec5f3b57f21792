"""Trial 29's accepted-paper list, read as its source writes it (tests/data/paper_lists, PROVENANCE.md there).

NoDaLiDa 2021 lists its 54 papers in one Markdown table, `| ID  | Authors | Title | Type`, whose
rows open without a pipe (`2 |<TAB>Mark Anderson and … | What Taggers Fail … | Short`). The
expectations (expected/*.json) were typed by a script over the source's rows, not from our output.
"""

from __future__ import annotations

import json

from paper_list_files import DATA, READER, read_list
from program.readers import ReadContext, detect_readers

NODALIDA = "nodalida2021-accepted.md"


def test_nodalida_2021_table_rows_without_a_leading_pipe_are_one_paper_each() -> None:
    wanted = json.loads((DATA / "expected" / f"{NODALIDA}.json").read_text(encoding="utf-8"))

    papers = read_list(NODALIDA)

    assert len(papers) == len(wanted) == 54
    assert [(paper.title, paper.authors) for paper in papers] == [
        (entry["title"], tuple(entry["authors"])) for entry in wanted
    ]
    assert [paper.source.line for paper in papers if paper.source] == [entry["line"] for entry in wanted]
    assert all(paper.category == "Accepted papers" for paper in papers)
    # line 9, the first row: "2 |<TAB>Mark Anderson and Carlos Gómez-Rodríguez | What Taggers Fail … | Short"
    assert papers[0].title == "What Taggers Fail to Learn, Parsers Need the Most"
    assert papers[0].authors == ("Mark Anderson", "Carlos Gómez-Rodríguez")
    # line 29: the authors wrapped with "<br />" in their cell, 16 of them
    assert papers[20].title == "The Danish Gigaword Corpus"
    assert papers[20].authors[3:5] == ("Morten H. Christiansen", "Jacob Aarup Dalsgaard")
    assert papers[20].authors[-1] == "Daniel Varab"
    # line 62, "92<TAB>| Elena …": the pipe after a tab
    assert papers[-1].title == "CoDeRooMor: A new dataset for non-inflectional morphology studies of Swedish"
    assert papers[-1].authors == ("Elena Volodina", "Yousuf Ali Mohammed", "Therese Lindström Tiedemann")


def test_nodalida_2021_row_74_reads_its_cells_as_the_table_has_them() -> None:
    # "… and Erik Velldal<TAB>Multilingual | ELMo and the Effects of Corpus Sampling": the pipe is misplaced in
    # the source, so its title cell opens at "ELMo" (the paper is "Multilingual ELMo …"); the cells are read
    paper = next(paper for paper in read_list(NODALIDA) if paper.source and paper.source.line == 49)

    assert paper.title == "ELMo and the Effects of Corpus Sampling"
    assert paper.authors[-1] == "Erik Velldal Multilingual"


def test_nodalida_2021_is_a_paper_list_without_format_and_says_its_shape() -> None:
    text = (DATA / NODALIDA).read_text(encoding="utf-8")

    assert [reader.name for reader in detect_readers(text)] == ["paper-list"]
    program = READER.read(text, source=NODALIDA, context=ReadContext())
    assert program.reading[:2] == (
        "54 papers, 162 authors; shape: table row (title and authors columns) (54)",
        "0 lines inside the list not placed, 0 outside it",
    )

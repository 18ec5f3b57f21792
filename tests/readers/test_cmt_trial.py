"""A real CMT export a tester tried unseen (ICLR 2022 SRML workshop, tab-separated): statuses and "Last, First" authors.

Expectations written by hand from tests/data/cmt/iclrsrml2022-papers.csv; counts by the csv module.
"""

from __future__ import annotations

import csv
from collections import Counter

from program.readers import ReadContext, detect_readers
from program.readers.cmt import CmtReader

from helpers import ROOT

PATH = ROOT / "tests" / "data" / "cmt" / "iclrsrml2022-papers.csv"


def _rows() -> list[dict[str, str]]:
    with PATH.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter="\t"))


def test_only_accepted_rows_are_papers_and_the_rest_are_counted() -> None:
    text = PATH.read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text)] == ["cmt"]
    statuses = Counter(row["Status"] for row in _rows())
    assert statuses == {"Accept": 28, "Awaiting Decision": 1, "Desk Reject": 1, "Reject": 1}
    program = CmtReader().read(text, source=PATH.name, context=ReadContext())
    assert len(program.papers) == 28
    assert "Test" not in {paper.title for paper in program.papers}  # paper 35, Awaiting Decision
    assert "left out 3 papers: 1 'Awaiting Decision' (not accepted: undecided), 1 'Desk Reject', 1 'Reject'" in (
        program.reading
    )
    by_number = {paper.number: paper for paper in program.papers}
    lost = by_number[4]
    assert (lost.title, lost.authors) == (
        "Lost In Translation: Generating Adversarial Examples Robust to Round-Trip Translation",
        ("Bhandari, Neel", "Chen, Pin-Yu"),
    )
    assert by_number[13].authors == ("Balcan, Maria-Florina", "Blum, Avrim", "Sharma, Dravyansh", "Zhang, Hongyang")
    assert 6 not in by_number and 3 not in by_number  # Reject, Desk Reject


def test_a_lone_last_first_author_is_one_person_where_the_export_writes_last_first() -> None:
    # Paper 35's only author is "Xiao, Chaowei*": accepted here, beside paper 4's "Bhandari, Neel*; Chen, Pin-Yu"
    lines = PATH.read_text(encoding="utf-8").splitlines()
    header, paper_4 = lines[0], next(line for line in lines if line.startswith("4\t"))
    paper_35 = next(line for line in lines if line.startswith("35\t")).replace("\tAwaiting Decision\t", "\tAccept\t")
    program = CmtReader().read("\r\n".join((header, paper_4, paper_35)), source="x.csv", context=ReadContext())
    assert [paper.authors for paper in program.papers] == [("Bhandari, Neel", "Chen, Pin-Yu"), ("Xiao, Chaowei",)]


def test_without_last_first_lists_a_lone_comma_still_parts_two_names() -> None:
    text = "Paper ID\tPaper Title\tAuthor Names\tStatus\r\n1\tA\tAda Lovelace, Charles Babbage\tAccept\r\n"
    program = CmtReader().read(text, source="x.tsv", context=ReadContext())
    assert program.papers[0].authors == ("Ada Lovelace", "Charles Babbage")

"""Real CMT paper exports as organisers saved them: ICLR 2022 SRML's TSV and ISMIR 2020's CSV.

Expectations are written from the files (read by eye), not from the reader: the statuses
left out, the first and some later papers with their authors as CMT's `Authors` column
gives them, the affiliation in square brackets as the model writes one into a name
("Given Surname [Affiliation]"), and the count of rows checked with `csv`.
"""

from __future__ import annotations

import csv
from pathlib import Path

from program.model import Program
from program.readers import READERS, ReadContext, detect_readers

DATA = Path(__file__).resolve().parent.parent / "data" / "cmt"
SRML = DATA / "iclr2022-srml-papers.tsv"
ISMIR = DATA / "ismir2020-papers-excerpt.csv"


def _read(path: Path) -> Program:
    return READERS["cmt"].read(path.read_text(encoding="utf-8"), source=path.name, context=ReadContext())


def test_srml_export_keeps_the_accepted_and_says_what_it_left_out() -> None:
    """31 submissions: 28 Accept, 1 Desk Reject (3), 1 Reject (6), 1 "Awaiting Decision" (35, titled "Test")."""
    rows = list(csv.DictReader(SRML.open(encoding="utf-8", newline=""), delimiter="\t"))
    program = _read(SRML)
    numbers = [paper.number for paper in program.papers]

    assert [reader.name for reader in detect_readers(SRML.read_text(encoding="utf-8"))] == ["cmt"]
    assert len(rows) == 31 and len(program.papers) == 28
    assert 3 not in numbers and 6 not in numbers and 35 not in numbers
    assert program.reading[0] == "28 papers of 31 submissions (CMT export)"
    assert program.reading[-1] == "left out 3 papers: 1 'Awaiting Decision', 1 'Desk Reject', 1 'Reject'"
    first = program.papers[0]
    assert (first.number, first.title) == (
        4,
        "Lost In Translation: Generating Adversarial Examples Robust to Round-Trip Translation",
    )
    assert first.authors == ("Neel Bhandari [RV College of Engineering]", "Pin-Yu Chen [IBM Research AI]")
    assert first.abstract is not None and first.abstract.startswith("Language Models today provide a high accuracy")
    by_number = {paper.number: paper for paper in program.papers}
    assert by_number[23].authors[0] == "Đorđe Žikelić [IST Austria]"
    assert by_number[25].title == "Disentangling Algorithmic Recourse"
    assert by_number[25].authors == (
        "Martin Pawelczyk [University of Tuebingen]",
        "Lea Tiyavorabun [University of Amsterdam]",
        "Gjergji Kasneci [University of Tuebingen]",
    )


def test_ismir_export_reads_authors_as_given_surname_not_surname_comma_given() -> None:
    """ISMIR 2020's `Author Names` is "Shibata, Go*; …": the `Authors` column's order is the one shown."""
    program = _read(ISMIR)
    first, second, third = program.papers[:3]

    assert [reader.name for reader in detect_readers(ISMIR.read_text(encoding="utf-8"))] == ["cmt"]
    assert len(program.papers) == 30 and program.problems == ()
    assert (first.number, first.title) == (5, "Music Structure Analysis Based on an LSTM-HSMM Hybrid Model")
    assert first.authors == (
        "Go Shibata [Kyoto University]",
        "Ryo Nishikimi [Kyoto University]",
        "Kazuyoshi Yoshii [Kyoto University]",
    )
    assert (
        second.number == 6
        and second.authors[-1] == "Shigeo Morishima [Waseda Research Institute for Science and Engineering]"
    )
    assert (third.number, third.title) == (12, "IMPROVING POLYPHONIC MUSIC MODELS WITH FEATURE-RICH ENCODING")
    assert third.authors == ("Omar A Peracha [Humtap, Inc.]",)  # one author whose affiliation holds a comma


def test_author_names_written_surname_first_are_turned_round_without_an_authors_column() -> None:
    text = (
        "Paper ID\tPaper Title\tAuthor Names\tStatus\n"
        "12\tA paper\tPeracha, Omar A*\tAccept\n"
        "13\tB\tShibata, Go*; Yoshii, Kazuyoshi\tAccept\n"
    )

    program = READERS["cmt"].read(text, source="Papers.tsv", context=ReadContext())

    assert [paper.authors for paper in program.papers] == [("Omar A Peracha",), ("Go Shibata", "Kazuyoshi Yoshii")]


def test_a_mark_before_a_letter_is_part_of_the_name() -> None:
    """ISMIR 2020's export garbled "Šavli" as "≈†avli": the dagger inside the word is no footnote mark."""
    peter = next(paper for paper in _read(ISMIR).papers if paper.number == 48)

    assert "Peter ≈†avli [Conservatory of Music and Ballet Ljubljana]" in peter.authors

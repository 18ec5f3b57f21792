"""BayLearn 2021's CMT export (tests/data/cmt/baylearn2021-cmt-accepted.tsv, trial 9 finding 7).

Expectations written from the file by eye: 42 submissions, all `Accept`; `Authors` writes
"Given Surname (Affiliation)" with one-word companies (`Naman Agarwal (Google)`, `Tri Bui
(AT&T)`), a placeholder `Raif Rustamov (-)`, and 157 different people. Each affiliation is
one, whatever its words: the people index files the person without it.
"""

from __future__ import annotations

from pathlib import Path

from program.model import Program
from program.people.directory import build_people
from program.readers import READERS, ReadContext, detect_readers

PATH = Path(__file__).resolve().parent.parent / "data" / "cmt" / "baylearn2021-cmt-accepted.tsv"


def _read() -> Program:
    return READERS["cmt"].read(PATH.read_text(encoding="utf-8"), source=PATH.name, context=ReadContext())


def test_every_affiliation_is_bracketed_off_one_word_or_many() -> None:
    program = _read()
    by_number = {paper.number: paper for paper in program.papers}

    assert [reader.name for reader in detect_readers(PATH.read_text(encoding="utf-8"))] == ["cmt"]
    assert len(program.papers) == 42 and program.problems == ()
    assert by_number[4].authors == (
        "Xuerong Xiao [Stanford University]",
        "Swetava Ganguli [Apple]",
        "Vipul Pandey [Apple]",
    )
    assert by_number[26].authors == ("Andrew Campbell [AT&T]", "Tri Bui [AT&T]")
    assert by_number[37].authors == ("Raif Rustamov", "Subhabrata Majumdar [AT&T Labs Research]")
    assert by_number[6].authors[3] == "Aaron Courville [MILA, Université de Montréal]"
    assert by_number[9].authors == ("Khazatsky Alexander [UC Berkeley]", "Ashvin V Nair [UC Berkeley]")


def test_the_people_index_names_people_without_their_company() -> None:
    program = _read()
    people, _ = build_people((), papers=program.papers)
    by_name = {person.name: person for person in people}

    assert len(people) == 157
    assert not [person.name for person in people if "(" in person.name or "[" in person.name]
    assert by_name["Naman Agarwal"].affiliation == "Google"
    assert by_name["Tri Bui"].affiliation == "AT&T"
    assert by_name["Raif Rustamov"].affiliation is None
    assert by_name["Ben Adlam"].affiliation == "Google Brain"

"""ACML 2021's accepted papers, a CMT-derived CSV a tester tried unseen (trial 11).

`paper_id,title,abstract,authors,emails,primary_contact,track_name`, authors joined as CMT joins
them, `Name (Affiliation)*; …`: the bracket is the affiliation however short or nested
(`Iddo Drori (MIT)`, `Hongjiao Guan (Qilu University of Technology (Shandong Academy of
Sciences))`), also in a paper of one author. Expectations written by hand from
tests/data/miniconf/acml2021-conference-papers.csv.
"""

from __future__ import annotations

from program.loading import load_program
from program.readers import ReadContext, detect_readers
from program.readers.miniconf import MiniconfReader
from program.settings import FeedSpec, Settings

from helpers import ROOT

ACML = ROOT / "tests" / "data" / "miniconf" / "acml2021-conference-papers.csv"
EXNN = "ExNN-SMOTE: Extended Natural Neighbors Based SMOTE to Deal with Imbalanced Data"
CONTRIQ = "ContriQ: Ally-Focused Cooperation and Enemy-Concentrated Confrontation in Multi-Agent Reinforcement Learning"


def test_every_bracket_after_a_name_is_its_affiliation() -> None:
    text = ACML.read_text(encoding="utf-8")
    program = MiniconfReader().read(text, source=ACML.name, context=ReadContext())
    by_title = {paper.title: paper for paper in program.papers}

    assert [reader.name for reader in detect_readers(text)] == ["miniconf"]
    assert len(program.papers) == 114
    assert by_title["Solving Machine Learning Problems"].authors == (  # line: "Sunny Tran (MIT)*; … Iddo Drori (MIT)"
        "Sunny Tran [MIT]",
        "Pranav S Krishna [Massachusetts Institute of Technology]",
        "Ishan Pakuwal [MIT]",
        "Prabhakar Kafle [MIT]",
        "Nikhil Singh [MIT Media Lab]",
        "Jayson Lynch [University of Waterloo]",
        "Iddo Drori [MIT]",
    )
    assert by_title[EXNN].authors[0] == "Hongjiao Guan [Qilu University of Technology (Shandong Academy of Sciences)]"
    assert by_title[CONTRIQ].authors[1:3] == (
        "Dianxi Shi [National Innovation Institute of Defense Technology;Tianjin Artiﬁcial Intelligence Innovation "
        "Center]",
        "Yaowen Zhang [National Innovation Institute of Defense Technology (NIIDT)]",
    )
    assert by_title["Scalable gradient matching based on state space Gaussian Processes"].authors == (
        "Futoshi Futami [NTT]",
    )  # the paper's one author


def test_no_person_keeps_an_affiliation_in_the_name() -> None:
    people = load_program(Settings(feeds=(FeedSpec(ACML),))).program.people
    names = {person.name for person in people}

    assert not [name for name in names if "(" in name or ")" in name]
    assert {"Iddo Drori", "Hongjiao Guan", "Naonori Ueda", "Futoshi Futami"} <= names
    assert len([person for person in people if person.name == "Naonori Ueda"]) == 1  # "(NTT)" and "(NTT … Labs.)"

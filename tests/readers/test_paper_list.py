"""The paper-list reader on real accepted-paper lists (tests/data/paper_lists, PROVENANCE.md there).

Counts come from an independent reading of each file (a regular expression per file for its
list marks); chosen entries, the hard ones of each list, are compared field by field with
expectations written by hand from the file's text.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from paper_list_files import paper_of, read_list
from program.errors import ParseError
from program.model import Link, Severity
from program.people.affiliations import split_affiliation
from program.readers import READERS, ReadContext, detect_readers
from program.readers.paper_lines import is_author_list, is_person_name

DATA = Path(__file__).resolve().parent.parent / "data" / "paper_lists"
READER = READERS["paper-list"]

COUNTS = {
    # file: (a pattern matching each paper's first line, independently of the reader; papers listed twice)
    "blp-2025.md": (r"^\*\*\d+\. ", 0),
    "codi-2020.md": (r"^\* ", 0),
    "ctrlgen-2021.md": (r"^\*\*", 3),
    "discotec-2025.md": (r"^\s*\*", 0),
    "optrl-2019.md": (r"^\s*- ", 0),
    "ppdp-2025-list.md": (r"^- ", 0),
    "uncertainlp-2024.md": (r"^\* ", 0),
    "ssdbm-2023.md": (r"^\*\*", 0),
    "mabs-2023.md": (r"^\| (?!Author\(s\) )\S", 0),  # a table's rows, its header left out
    "coine-2024.md": (r"^\| (?!Author\(s\) )\S", 0),
    "pgr-2019.md": (r"^<a href", 0),
    "apbc-2018.md": (r"^\* ", 0),
    "mlsys-2019.md": (r"^\s*<p><a href", 0),
}


def _unbroken(text: str) -> str:
    """`text` with a word broken at a hyphen at a line's end joined ("Ching‐" / "Fang Yu": APBC 2018)."""
    return re.sub(r"(?<=\w)([-\u2010])\n(?=\w)", r"\1", text)


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_every_paper_of_a_real_list_is_read_and_its_words_are_the_files(name: str) -> None:
    text = (DATA / name).read_text()
    pattern, repeated = COUNTS[name]
    listed = sum(1 for line in text.splitlines() if re.match(pattern, line) and "<!--" not in line)

    papers = read_list(name)

    assert len(papers) == listed - repeated
    flat = " ".join(_unbroken(html.unescape(text)).replace("\\", " ").split())  # "Rockt&auml;schel"
    for paper in papers:
        assert paper.title and paper.authors
        assert " ".join(paper.title.split()) in flat
        # an author read with where they work, "Name [Affiliation]" (SSDBM 2023's "(University of Calabria)"): each part
        assert all(all(part in flat for part in split_affiliation(author) if part) for author in paper.authors)
        assert all(is_person_name(split_affiliation(author)[0]) for author in paper.authors)
    assert [paper.number for paper in papers] == list(range(1, len(papers) + 1))


@pytest.mark.parametrize("name", sorted(COUNTS))
def test_a_real_list_is_claimed_by_the_paper_list_reader_alone(name: str) -> None:
    text = (DATA / name).read_text()
    found = detect_readers(text[:2000]) or detect_readers(text)  # as the pipeline: the opening, else the whole
    assert [reader.name for reader in found] == ["paper-list"]


def test_no_other_real_file_is_claimed() -> None:
    root = DATA.parent.parent.parent
    claimed = []
    for folder in (root / "tests" / "data", root / "seeds"):
        for path in folder.rglob("*"):
            if path.is_file() and DATA not in path.parents:
                try:
                    text = path.read_text(encoding="utf-8-sig")
                except (UnicodeDecodeError, OSError):
                    continue
                if READER.detect(text[:2000]):
                    claimed.append(path.name)
    assert claimed == []


# Hand-written from the files' text: the hard entry or two of each shape.


def test_title_line_then_author_line_with_a_note_beside_the_bold_title() -> None:
    # **1. BLP-2023 Task 1: Violence Inciting Text Detection (VITD)** <span …>(Task Report)</span> \
    # *Sourav Saha, Jahedul Alam Junaed, Maryam Saleki, Mohamed Rahouti, Nabeel Mohammed, Mohammad Ruhul Amin*
    paper = paper_of("blp-2025.md", "BLP-2023 Task 1: Violence Inciting Text Detection (VITD)")
    assert paper.authors == (
        "Sourav Saha", "Jahedul Alam Junaed", "Maryam Saleki", "Mohamed Rahouti", "Nabeel Mohammed",
        "Mohammad Ruhul Amin",
    )  # fmt: skip
    assert paper.category == "Shared Task 1: Violence Inciting Text Detection (Task Report)"
    assert paper.abstract is None
    first = read_list("blp-2025.md")[0]
    assert first.title == (
        "BanglaCHQ-Summ: An Abstractive Summarization Dataset for Medical Queries in Bangla Conversational Speech"
    )
    assert first.authors == (
        "Alvi Aveen Khan", "Fida Kamal", "Mohammad Abrar Chowdhury", "Tasnim Ahmed", "Md Tahmid Rahman Laskar",
        "Sabbir Ahmed",
    )  # fmt: skip
    assert first.category == "Regular Workshop Papers"
    assert paper_of("blp-2025.md", "BSpell: A CNN-Blended BERT Based Bangla Spell Checker").authors[1] == (
        "MD.Hasibur Rahman"
    )


def test_title_line_ending_in_a_comma_then_an_italic_author_line_and_one_line_findings() -> None:
    papers = read_list("codi-2020.md")
    assert papers[0].title == "Analyzing Neural Discourse Coherence Models"
    assert papers[0].authors == ("Youmna Farag", "Josef Valvoda", "Helen Yannakoudakis", "Ted Briscoe")
    assert papers[0].category == "Long papers"
    assert papers[2].authors == ("Fahime Same", "Kees van Deemter")
    # "* Converting the Point of View of Messages Spoken to Virtual Assistants,\t*Isabelle G. Lee*"
    findings = [paper for paper in papers if paper.category == "Findings"]
    assert len(findings) == 8
    assert findings[0].title == "Converting the Point of View of Messages Spoken to Virtual Assistants"
    assert findings[0].authors == ("Isabelle G. Lee",)
    assert papers[12].title == "TED-MDB Lexicons: TrEnConnLex, PtEnConnLex"


def test_bold_title_with_bracketed_links_then_author_line_and_papers_listed_twice() -> None:
    program = READER.read((DATA / "ctrlgen-2021.md").read_text(), source="c.md", context=ReadContext())
    first = program.papers[0]
    assert first.title == "Controlled Cue Generation for Play Scripts"
    assert first.authors == ("Alara Dirik", "Hilal Donmez", "Pinar Yanardag")
    assert first.category == "Best Paper"
    assert first.links == (Link("paper", "camready/15/CameraReady/ctrlgen_camera_ready.pdf"),)
    sound = next(paper for paper in program.papers if paper.title == "Sound-Guided Semantic Image Manipulation")
    assert sound.authors == ("Seung Hyun Lee", "Sang Ho Yoon", "Jinkyu Kim", "Sangpil Kim")
    assert [link.label for link in sound.links] == ["paper", "paper"]
    assert any("listed twice, read once: 'Learning to Compose Visual Relations'" in said for said in program.reading)


def test_authors_first_with_an_italic_title_and_a_note_after_it() -> None:
    # * Tannaz Zameni, Petra van den Bos, Johan Foederer and Arend Rensink. *Sequential Composition …*. (Tool)
    paper = paper_of("discotec-2025.md", "Sequential Composition of BDD Transition Systems for Model-Based Testing")
    assert paper.authors == ("Tannaz Zameni", "Petra van den Bos", "Johan Foederer", "Arend Rensink")
    assert paper.category == "Regular Papers (Tool)"
    # * José Proença and Maurice H. ter Beek. *RebeCaos*.  (a one-word title reads as a name: the list's order decides)
    rebecaos = paper_of("discotec-2025.md", "RebeCaos")
    assert rebecaos.authors == ("José Proença", "Maurice H. ter Beek")
    assert rebecaos.category == "Tool Papers"
    # *Baptiste Jonglez, …, Jolan Philippe and Sidi Mohammed Kaddour.\t_Multi-provider capabilities in EnOSlib: …_
    enoslib = read_list("discotec-2025.md")[17]
    assert enoslib.title is not None
    assert enoslib.title.startswith("Multi-provider capabilities in EnOSlib")
    assert enoslib.authors == ("Baptiste Jonglez", "Matthieu Simonin", "Jolan Philippe", "Sidi Mohammed Kaddour")
    assert enoslib.category == "Tutorial and Tool Paper"


def test_bold_linked_title_then_authors_on_one_line() -> None:
    papers = read_list("optrl-2019.md")
    assert papers[0].title == (
        "Adaptive Trust Region Policy Optimization: Convergence and Faster Rates of regularized MDPs"
    )
    assert papers[0].authors == ("Lior Shani", "Yonathan Efroni", "Shie Mannor")
    assert papers[0].links == (Link("paper", "assets/accepted_papers/2.pdf"),)
    assert papers[0].category == "Oral presentation"
    gambler = paper_of("optrl-2019.md", "The Gambler's Problem and Beyond")  # no link; "Siu\tOn" is a name
    assert gambler.authors == ("Baoxiang Wang", "Shuai Li", "Jiajin Li", "Siu On")
    assert gambler.links == ()
    assert paper_of("optrl-2019.md", "Deterministic Bellman Residual Minimization").authors == (
        "Ehsan Saleh",
        "Nan Jiang",
    )
    reward = paper_of("optrl-2019.md", "Learning Reward Machines for Partially Observable Reinforcement Learning")
    assert reward.authors[0] == "Rodrigo A Toro Icarte"
    assert reward.authors[-1] == "Sheila A. McIlraith"


def test_plain_authors_then_title_where_a_title_reads_as_a_name() -> None:
    # - Benedikt M. Rips, Niek Janssen, Mart Lubbers and Pieter Koopman. Shallowly Embedded Functions.
    paper = paper_of("ppdp-2025-list.md", "Shallowly Embedded Functions")
    assert paper.authors == ("Benedikt M. Rips", "Niek Janssen", "Mart Lubbers", "Pieter Koopman")
    last = paper_of(
        "ppdp-2025-list.md", "Abstract machines and small-step semantics: a winning ticket for proof automation?"
    )
    assert last.authors == ("Alain Delaet", "Sandrine Blazy", "Denis Merigoux")
    assert read_list("ppdp-2025-list.md")[0].authors[2] == "Canh Minh Do"


def test_quoted_italic_title_then_authors() -> None:
    papers = read_list("uncertainlp-2024.md")
    assert papers[1].title == "Context Tuning for Retrieval Augmented Generation"
    assert papers[1].authors == ("Raviteja Anantha", "Danil Vodianik")
    assert papers[0].title == "Calibration-Tuning: Teaching Large Language Models to Know What They Don’t Know"
    assert papers[0].category is None


def test_a_title_line_an_author_line_and_an_abstract() -> None:
    text = (
        "1. Engines That Weave\n"
        "Ada Lovelace¹, Charles Babbage*† and Mary Somerville (2)\n"
        "We describe an engine that weaves algebraic patterns as a loom weaves flowers and leaves, "
        "and we show what it computes.\n\n"
        "2. Notes on the Analytical Engine\n"
        "Ada Lovelace | Luigi Menabrea\n"
    )
    program = READER.read(text, source="t.md", context=ReadContext())
    assert [(paper.title, paper.authors) for paper in program.papers] == [
        ("Engines That Weave", ("Ada Lovelace", "Charles Babbage", "Mary Somerville")),
        ("Notes on the Analytical Engine", ("Ada Lovelace", "Luigi Menabrea")),
    ]
    assert program.papers[0].abstract is not None and program.papers[0].abstract.startswith("We describe")
    assert program.papers[1].abstract is None


def test_author_lines_followed_by_abstracts_without_titles_are_an_error_not_a_guess() -> None:
    text = (
        "Ada Lovelace, Charles Babbage\n"
        "We describe an engine that weaves algebraic patterns as a loom weaves flowers and leaves.\n\n"
        "Mary Somerville; Ada Lovelace\n"
        "We connect the physical sciences, as a book that was read widely in its day did for many readers.\n"
    )
    with pytest.raises(ParseError, match="the titles are missing"):
        READER.read(text, source="t.md", context=ReadContext())
    mixed = "Engines That Weave\nAda Lovelace, Charles Babbage\n\n" + text
    program = READER.read(mixed, source="t.md", context=ReadContext())
    assert len(program.papers) == 1
    assert [problem.severity for problem in program.problems] == [Severity.ERROR, Severity.ERROR]
    assert "the titles are missing" in program.problems[0].message
    assert program.problems[0].source is not None and program.problems[0].source.line == 4


def test_titles_with_affiliated_authors_and_abstracts_whose_opening_holds_one_paper() -> None:
    # SSDBM 2023: **Title** / _A (Org), B (Org) and C (Org)._ / Abstract / a paragraph of 1,500 characters.
    text = (DATA / "ssdbm-2023.md").read_text()
    assert detect_readers(text[:2000]) == []  # one paper and the next one's title fit in the opening
    assert [reader.name for reader in detect_readers(text)] == ["paper-list"]
    program = READER.read(text, source="ssdbm-2023.md", context=ReadContext())
    assert program.reading[:2] == (
        "26 papers, 95 authors; shape: title line, author line (26)",
        "0 lines inside the list not placed, 2 outside it",
    )
    federated = paper_of(
        "ssdbm-2023.md",
        "Federated Learning on Personal Data Management Systems: "
        "Decentralized and Reliable Secure Aggregation Protocols",
    )
    assert federated.authors == (
        "Julien Mirval (Inria)",
        "Luc Bouganim (INRIA-UVSQ)",
        "Iulian Sandu Popa (DAVID Laboratory, University of Versailles Saint-Quentin & INRIA Saclay-Ile-de-France)",
    )
    assert federated.category == "Accepted Long Research Papers"
    assert federated.abstract is not None and federated.abstract.startswith("The development and adoption of")
    forecasting = paper_of("ssdbm-2023.md", "A Long term Time Series Forecasting method with Multiple Decomposition")
    assert forecasting.authors[-1] == (
        "Yongjun Jing (School of Computer Science and Engineering, North Minzu University, Yinchuan 750021, China.)"
    )
    # The last paper of a section keeps its abstract: the heading after it is no author line.
    dimensionality = paper_of("ssdbm-2023.md", "Data Driven Dimensionality Reduction to Improve Modeling Performance")
    assert dimensionality.abstract is not None and dimensionality.abstract.startswith("In a number of applications")
    poster = program.papers[-1]
    assert (poster.title, poster.authors, poster.category) == (
        "An Investigation of Factors Affecting Missing Data Imputation",
        ("Andreas Hackl", "Jürgen Zeindl", "Lisa Ehrlinger"),
        "Accepted Poster Paper",
    )
    assert poster.abstract is not None and poster.abstract.endswith("provided by voestalpine Stahl GmbH")


def test_author_lists_and_names() -> None:
    assert is_author_list("A H M Rezaul Karim, Saadat Hasan Khan")
    assert is_author_list("Marieke Huisman") and not is_author_list("Marieke Huisman. Verified Choreographies")
    assert not is_author_list("The Ubuntu Dialogue Corpus")
    assert not is_author_list("Learning to Compose Visual Relations")


def test_a_table_of_authors_and_titles_reads_its_title_column_and_splits_its_authors() -> None:
    # MABS 2023, "| Author(s) | Title |", line 12 and line 16 (one author, a particle in the name)
    papers = {paper.source.line: paper for paper in read_list("mabs-2023.md") if paper.source}

    assert len(papers) == 14
    assert papers[12].title == (
        "Towards a Better Understanding of Agent-based Airport Terminal Operations Using Surrogate Modeling"
    )
    assert papers[12].authors == ("Benjamin C. D. de Bosscher", "S. Sahand Mohammadi Ziabari", "Alexei Sharpanskykh")
    assert papers[16].title == "Learning Agent Goal Structures by Evolution"
    assert papers[16].authors == ("H. Van Dyke Parunak",)
    assert papers[21].title == "Can (and Should) Automated Surrogate Modelling be used for Simulation Assistance?"


def test_a_table_with_a_links_column_keeps_the_links_and_the_section() -> None:
    # COINE 2024: "| Author(s) | Title | Paper / Presentation |" under "# Accepted Papers"
    papers = read_list("coine-2024.md")

    assert len(papers) == 10
    first = papers[0]
    assert first.title == "Towards a Formalisation of Value-based Actions and Consequentialist Ethics"
    assert first.authors == ("Adam Wyner", "Tomasz Zurek", "Dorota Stachura-Zurek")
    assert first.category == "Accepted Papers"
    assert [link.url for link in first.links] == [
        "https://arxiv.org/abs/2403.16719",
        "https://www.youtube.com/watch?v=AAQghxND_TU",
    ]
    assert papers[5].title == "Specifying Machine Ethics"
    assert papers[5].authors == ("Louise Dennis", "Michael Fisher")


def test_a_title_wrapped_over_two_lines_inside_its_bold_element_is_one_title() -> None:
    # PGR 2019: '<a href="/img/PGR008.pdf" class="image fit"><b>Object Abstraction in Visual Model-Based'
    # then 'Reinforcement Learning</b></a>', then the author line; five titles are wrapped so
    papers = {paper.source.line: paper for paper in read_list("pgr-2019.md") if paper.source}

    assert len(papers) == 21
    assert papers[21].title == "Object Abstraction in Visual Model-Based Reinforcement Learning"
    assert papers[21].authors[:2] == ("Rishi Veerapaneni", "John D. Co-Reyes")
    assert papers[21].authors[-1] == "Sergey Levine"
    assert [link.url for link in papers[21].links] == ["/img/PGR008.pdf"]
    assert papers[43].title == "Incorporating Domain Knowledge About XRF Spectra into Neural Networks"
    assert papers[53].title == (
        "Differentiable Mapping Networks: Learning Task-Oriented Latent Maps with Spatial Structure"
    )
    assert papers[70].title == "Multilingual KERMIT: It\u2019s Not Easy Being Generative"
    assert papers[70].authors == ("Harris Chan", "Jamie Kiros", "William Chan")


def test_an_author_list_wrapped_onto_the_next_line_continues_its_list_item() -> None:
    # APBC 2018: '* __*Title*__, A, B, Ching‐' then 'Fang Yu, Men‐Yee Chiew, …' (a Markdown lazy continuation)
    papers = {paper.source.line: paper for paper in read_list("apbc-2018.md") if paper.source}

    assert len(papers) == 53
    assert papers[29].title == (
        "Genome-wide identification and comprehensive analysis of microRNAs and phased small interfering RNAs "
        "in watermelon"
    )
    assert papers[29].authors == (
        "Li Liu", "Shuchao Ren", "Junqiang Guo", "Qingyi Wang", "Xiaotuo Zhang", "Peiran Liao", "Shipeng Li",
        "Ramanjulu Sunkar", "Yun Zheng",
    )  # fmt: skip
    assert papers[34].authors[2:4] == ("Chia‐Hung Chien", "Han‐Qin Zheng")
    assert papers[34].authors[-1] == "Wen‐Chi Chang"
    assert papers[36].authors[2:5] == ("Daniel Pankratz", "Thomas Colby", "Neil Barth")
    assert papers[38].authors == (
        "Wei‐Hsiang Kung", "Chi‐Lung Lee", "Chi‐Dung Yang", "Ching‐Fang Yu", "Men‐Yee Chiew",
        "Fang‐Hsin Chen", "Hsien‐Da Huang",
    )  # fmt: skip
    assert papers[28].authors[-3:] == ("Oguz Ergin", "Can Alkan", "Onur Mutlu")
    assert papers[60].title == (
        "Tensor decomposition/principal component analysis based unsupervised feature extraction applied to brain "
        "gene expression and methylation profiles of social insects with multiple castes"
    )
    assert papers[60].authors == ("Y‐H. Taguchi",)


def test_an_author_line_below_a_whole_one_line_paper_is_an_error_that_does_not_say_titles_are_missing() -> None:
    text = (
        "**Engines That Weave**. Ada Lovelace\n"
        "Charles Babbage and Mary Somerville\n\n"
        "**Notes on the Analytical Engine**. Ada Lovelace and Luigi Menabrea\n"
    )

    program = READER.read(text, source="t.md", context=ReadContext())

    assert [paper.title for paper in program.papers] == ["Engines That Weave", "Notes on the Analytical Engine"]
    assert [problem.message for problem in program.problems] == [
        "an author line ('Charles Babbage and Mary Somerville') right below the paper of line 1, which reads as "
        "whole without it; if the line continues that paper's authors, join the two lines, and if it is another "
        "paper's, give it its title"
    ]

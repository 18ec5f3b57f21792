"""The paper-list reader on a list written as HTML paragraphs (ML for Systems 2019, tests/data/paper_lists)."""

from __future__ import annotations

from paper_list_files import paper_of, read_list
from program.model import Link


def test_html_paragraphs_of_a_bold_linked_title_and_marked_authors_and_a_footnote_that_is_no_author() -> None:
    # ML for Systems 2019: `<p><a href=pdf><b>Title</b></a>. A<span class="equal_contribution">*</span>, and B.</p>`
    # per paper, then `<span class="footnote">* Equal Contribution</span>` (read as an author before).
    papers = read_list("mlsys-2019.md")

    assert len(papers) == 22
    sosd = paper_of("mlsys-2019.md", "SOSD: A Benchmark for Learned Indexes")
    assert sosd.authors == (
        "Andreas Kipf",
        "Ryan Marcus",
        "Alexander van Renen",
        "Mihail Stoian",
        "Alfons Kemper",
        "Tim Kraska",
        "Thomas Neumann",
    )
    assert sosd.links == (Link("paper", "/assets/papers/neurips2019/sosd_kipf_2019.pdf"),)
    last = papers[-1]
    assert last.title == "Zero-Shot Learning for Fast Optimization of Computation Graphs"
    assert last.authors[0] == "Aditya Paliwal"
    assert last.authors[-1] == "Oriol Vinyals"
    assert (
        paper_of("mlsys-2019.md", "Reinforcement Learning guided Software Debloating").authors[-1] == "Jorge A. Navas"
    )
    assert not any("Equal Contribution" in author for paper in papers for author in paper.authors)

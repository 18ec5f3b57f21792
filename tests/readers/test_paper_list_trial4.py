"""Paper lists trial 4 found misread or not detected (tests/data/paper_lists, PROVENANCE.md there).

Their detection (front matter, titles with a colon) is tested in test_paper_list_shapes.py.

Expectations typed by hand from each file's source: the titles as the page shows them, the
sections they sit under, and the authors (none in the KDD list).
"""

from __future__ import annotations

from pathlib import Path

from program.model import Link, Paper
from program.readers import READERS, ReadContext, detect_readers

LISTS = Path(__file__).resolve().parent.parent / "data" / "paper_lists"

KDD_LONG = [
    "Detecting and Correcting Price Discrepancies in Product Listings via LLM-Based Fact-Checking",
    "Human-Aligned Long-Form Evaluation (HALF-Eval): Framework for Assessing AI-Generated Content and Improvement",
    "CatalogRAG: Retrieval-Guided LLM Prediction for Multilingual E-commerce Product Attributes",
    "MaRGen: Multi-Agent LLM Approach for Self-Directed Market Research and Analysis",
    "Effective Product Schema Matching and Duplicate Detection with Large Language Models",
    "TopoSem: In-Context Planning with Semantically-Informed Tooling Graph Similarity",
    "LLMs for Customized Marketing Content Generation and Evaluation at Scale",
    "LLM-Generated Merchant Metadata for E-Commerce Personalization",
    "Generative Representational Learning of Foundation Models for Recommendation",
    "Aspect Sentiment Feature Extraction using Large Language Models for Cross Domain Recommendation",
]
KDD_SHORT = [
    "Building Multi-Turn RAG for Customer Support with LLM Labeling",
    "REIC: RAG-Enhanced Intent Classification at Scale",
    "RADAR: LLM Framework for Root-cause Analysis and Data-driven Automated Reasoning at Scale",
    "HSTU-BLaIR: Lightweight Contrastive Text Embedding for Generative Recommender",
    "Verifying LLM-Driven Music Recommendation Systems",
]


def _papers(name: str) -> tuple[Paper, ...]:
    program = READERS["paper-list"].read((LISTS / name).read_text(), source=name, context=ReadContext())
    assert not program.problems
    return program.papers


def test_link_bullets_without_authors_are_papers_without_authors_never_a_title_as_an_author() -> None:
    papers = _papers("kdd-llm4ecom-2025.md")

    assert [paper.title for paper in papers] == KDD_LONG + KDD_SHORT
    assert all(paper.authors == () for paper in papers)
    assert [paper.category for paper in papers] == ["Accepted Long Papers"] * 10 + ["Accepted Short Papers"] * 5
    assert papers[-1].links == (Link("paper", "/assets/accepted/16_Verifying_LLM_Driven_Music_.pdf"),)


def test_a_list_of_links_to_a_sites_pages_is_no_paper_list() -> None:
    page = "## Pages\n+ [Call for Papers of the Workshop](/cfp/)\n+ [Accepted Papers of the Workshop](/accepted/)\n"

    assert "paper-list" not in [reader.name for reader in detect_readers(page)]


def test_titles_with_a_colon_are_titles_and_the_italic_line_their_authors() -> None:
    papers = _papers("recomb-2026.md")

    assert len(papers) == 65
    assert (papers[3].title, papers[3].authors) == (
        "KuPID: Kmer-based Upstream Preprocessing of Long Reads for Isoform Discovery",
        ("Molly Borowiak", "Yun William Yu"),
    )
    assert (papers[-1].title, papers[-1].authors) == (
        "Protein Compositional Ratio Representation (PCRR) Systematically Improves Human Disease Prediction",
        ("Adithya Madduri", "Randall Ellis", "Chirag Patel"),
    )


def test_an_author_line_over_its_title_set_apart_is_a_paper_and_a_label_or_bracket_its_note() -> None:
    """DisCoTec 2019: `Authors <br/>` over `*Title*`, a paper written authors first.

    It was "the titles are missing" 29 times, each title paired with the next paper's authors
    under --keep-going ("Representing dependencies in Event Structures" by "DAIS Best Paper").
    """
    papers = {paper.source.line: paper for paper in _papers("discotec-2019-programme.md") if paper.source}

    best = papers[47]  # "**Coordination Best Paper** <br/>" / "G. Michele Pinna <br/>" / "*Representing …*"
    assert (best.title, best.authors) == ("Representing dependencies in Event Structures", ("G. Michele Pinna",))
    assert best.category == "Joint session: Best Papers (Coordination Best Paper)"
    reversing = papers[72]
    assert reversing.title == "Reversing P/T Nets"
    assert reversing.authors == ("Hernán Melgratti", "Claudio Antares Mezzina", "Irek Ulidowski")
    assert (papers[125].category or "").endswith("(short talk)")  # "<br/>(short talk)" under the title
    journal = papers[224]  # "*Semantically sound analysis of content security policies* (Journal-first)"
    assert journal.title == "Semantically sound analysis of content security policies"
    assert journal.category is not None and journal.category.endswith("(Journal-first)")
    assert not [paper for paper in papers.values() if "Best Paper" in " ".join(paper.authors)]
    assert len(papers) == 76  # 80 in the source: "The Anh Pham, …" and three workshop papers are listed not placed

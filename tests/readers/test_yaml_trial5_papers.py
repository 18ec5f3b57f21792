"""Static-site YAML a tester tried unseen (trial 5): SURE 2025's accepted papers, a list with no times.

`_data/2025/accepted_papers.yml` is `papers:` → {title, authors "Name (Affil), …", type,
abstract, pub_url, paper_id}: read as a pool of papers, as the other paper lists are.
Expectations written by hand from tests/data/yaml_site/sure2025-accepted_papers.yml (PROVENANCE.md).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from program.model import Link
from program.readers import READERS, ReadContext
from program.readers.yaml_site import YamlSiteReader
from program.settings import FeedSpec

from helpers import ROOT

PAPERS = ROOT / "tests" / "data" / "yaml_site" / "sure2025-accepted_papers.yml"


def test_sure_accepted_papers_are_a_pool_of_papers_with_their_authors() -> None:
    program = YamlSiteReader().read(PAPERS.read_text(encoding="utf-8"), source=PAPERS.name, context=ReadContext())
    assert (len(program.papers), program.items, program.problems) == (12, (), ())
    first, second, last = program.papers[0], program.papers[1], program.papers[-1]
    assert (first.title, first.authors, first.source.line if first.source else None) == (
        "ideco: A Framework for Improving Non-C Decompilation",
        ("Sam Lerner (Independent)",),
        2,
    )
    assert first.links == (Link("pub_url", "/accepted-papers/2025/sure25-1.pdf"),)
    assert first.abstract is not None
    assert first.abstract.startswith("We introduce the ideco framework")
    assert "<br>" not in first.abstract
    # "Edward J. Schwartz (Carnegie Mellon University),Cory F. Cohen (…), …": no space after the first comma
    assert second.authors == (
        "Edward J. Schwartz (Carnegie Mellon University)",
        "Cory F. Cohen (Carnegie Mellon University)",
        "Stephanie Schwartz (Millersville University)",
    )
    # "(Fraunhofer SIT | ATHENE)": a bar inside brackets is the affiliation's, no separator (trial 5's re-run)
    magin = next(paper for paper in program.papers if paper.authors[0].startswith("Florian Magin"))
    assert [author.split(" (")[0] for author in magin.authors] == [
        "Florian Magin",
        "Fabian Scherf",
        "Martin Renze",
        "Cléo Fischer",
        "Gwendal Patat",
    ]
    # a poster: `pub_url: "#"` (no link) and no abstract
    assert (last.title, last.authors, last.links, last.abstract) == (
        "Delinking: Stripping Programs for Parts",
        ("Jean-Baptiste Boric",),
        (),
        None,
    )


def test_it_is_detected_and_the_program_files_items_path_reads_it_too(tmp_path: Path) -> None:
    text = PAPERS.read_text(encoding="utf-8")
    assert [name for name, reader in READERS.items() if reader.detect(text[:2000])] == ["yaml-site"]
    spec = FeedSpec(PAPERS, columns=(("items", "papers[]"),))
    program = YamlSiteReader().read(text, source=PAPERS.name, context=ReadContext(columns=spec.columns))
    assert len(program.papers) == 12


def test_a_titled_list_with_authors_and_times_is_still_a_schedule() -> None:
    text = "- title: Talk\n  authors: Ada Lovelace\n  time: '9:00'\n- title: Other\n  authors: Mary Somerville\n"
    context = ReadContext(timezone=ZoneInfo("Europe/Paris"), first_date=date(2025, 1, 1))
    program = YamlSiteReader().read(text, source="s.yml", context=context)
    assert (program.papers, [item.title for item in program.items]) == ((), ["Talk"])

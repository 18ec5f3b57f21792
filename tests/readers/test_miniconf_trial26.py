"""Trial 26's unseen paper lists as CSV (session 14): SEA 2025's, and Frontier IR 2026's without a header row.

SEA at NeurIPS 2025 writes `paper_number,presentation_type,title,authors`: read as 93 untimed
items with `--format csv` (two author lists wrong), refused by miniconf. Frontier IR at AAAI 2026
writes a blank first row (`,,,,,,,`), then code, title, abstract, authors and their e-mails: refused.
Expectations are written from the sources with the standard library's csv.
"""

from __future__ import annotations

import csv
import io

import pytest

from program.errors import ParseError
from program.readers import ReadContext, detect_readers
from program.readers.miniconf import MiniconfReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "miniconf"


def _names(written: str) -> tuple[str, ...]:
    return tuple(" ".join(part.split()) for part in written.split(",") if part.strip())


def test_sea2025_paper_number_list_is_papers_with_comma_joined_authors() -> None:
    path = DATA / "sea2025-accepted_papers.csv"
    text = path.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    expected = [(row["title"].strip(), _names(row["authors"]), row["presentation_type"]) for row in rows]
    assert len(expected) == 93
    assert [reader.name for reader in detect_readers(text)] == ["miniconf"]
    program = MiniconfReader().read(text, source=path.name, context=ReadContext())
    assert [(paper.title, paper.authors, paper.category) for paper in program.papers] == expected
    assert not program.items and not program.problems
    # the list a csv read gave as one person, and the one it cut to its first name
    hattami = next(paper for paper in program.papers if (paper.title or "").startswith("WebArena Verified"))
    assert hattami.authors == ("Amine El hattami", "Megh Thakkar", "Nicolas Chapados", "Christopher Pal")
    mapgd = next(paper for paper in program.papers if (paper.title or "").startswith("MAPGD"))
    assert len(mapgd.authors) == 11 and "Yunyan" in mapgd.authors


def test_frontierir2026_list_without_a_header_row_is_read_by_what_its_columns_hold() -> None:
    path = DATA / "frontierir2026-accepted_papers-excerpt.csv"
    text = path.read_text(encoding="utf-8")
    records = list(csv.reader(io.StringIO(text)))
    assert not any(cell.strip() for cell in records[0])  # `,,,,,,,`: no header
    # code, title, abstract, authors, their e-mails (as many), then empty columns
    expected = [(row[1].strip(), _names(row[3]), row[2].strip()) for row in records[1:]]
    assert all(len(_names(row[3])) == len(row[4].split(",")) for row in records[1:])
    assert len(expected) == 20
    assert [reader.name for reader in detect_readers(text)] == ["miniconf"]
    program = MiniconfReader().read(text, source=path.name, context=ReadContext())
    assert [(paper.title, paper.authors, paper.abstract) for paper in program.papers] == expected
    assert [paper.source.line if paper.source else None for paper in program.papers] == list(range(2, 22))
    assert not program.items and not program.problems
    assert "columns: A → code, B → title, C → abstract, D → authors (as many as the e-mail addresses in E)" in (
        program.reading
    )
    assert not any("@" in author for paper in program.papers for author in paper.authors)


def test_a_headerless_table_whose_names_do_not_match_its_addresses_is_no_paper_list() -> None:
    # two addresses for three names: nothing says which column holds the authors
    text = (
        ",,,,\n"
        'P1,A Title,"Ada Lee, Bo Chen, Cy Diaz","ada@example.org, bo@example.org",\n'
        'P2,Another Title,"Ed Fox, Flo Gray","ed@example.org",\n'
    )
    assert "miniconf" not in [reader.name for reader in detect_readers(text)]
    with pytest.raises(ParseError, match=r"expected a Mini-Conf papers\.csv header: UID, title, authors, …"):
        MiniconfReader().read(text, source="list.csv", context=ReadContext())

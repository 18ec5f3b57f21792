"""Accepted-paper lists (OpenReview notes, Mini-Conf papers.csv/json, CMT exports) read as papers.

Real files in tests/data/openreview, miniconf and cmt (see their PROVENANCE.md); each is
counted independently with csv or json and compared paper by paper.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from program.model import Link, Program, Severity
from program.readers import READERS, ReadContext, detect_readers
from program.readers.base import BinaryReader
from program.readers.paper_records import split_authors
from program.readers.program_json import ProgramJsonReader
from program.writers.base import RenderOptions
from program.writers.program_json import ProgramJsonWriter

from helpers import ROOT

DATA = Path(__file__).resolve().parent.parent / "data"
MINICONF_CSV = sorted((DATA / "miniconf").glob("*.csv"))
MINICONF_LOWER = [
    path
    for path in MINICONF_CSV
    if path.name not in ("acs2021-papers.csv", "frontierir2026-accepted_papers-excerpt.csv")
]
"""Those with `title,authors` as Mini-Conf names them (ACS 2021's `Title,Lead Authors`: test_miniconf_trial22.py;
Frontier IR 2026's list has no header row: test_miniconf_trial26.py)."""
MINICONF_JSON = sorted((DATA / "miniconf").glob("*.json"))
OPENREVIEW = sorted((DATA / "openreview").glob("*.json"))
CMT = sorted(path for path in (DATA / "cmt").glob("*.*") if path.suffix in {".tsv", ".csv"})
OWN = {"miniconf": MINICONF_CSV + MINICONF_JSON, "openreview": OPENREVIEW, "cmt": CMT}


def _names(authors: str, *, cmt: bool = False) -> tuple[str, ...]:
    """Mini-Conf joins authors by "|"; a few rows of SIGDIAL/INLG 2023 write "A, B and C" instead.

    A file joined as CMT joins (ACML 2021: `Name (Affiliation)*; …`) has each affiliation in square brackets.
    """
    if cmt:
        return tuple(_cmt_name(name) for name in _outside_brackets(authors, ";"))
    names = re.split(r"\||,|\band\b" if "|" not in authors else r"\|", authors)
    return tuple(name.strip() for name in names if name.strip())  # ML for Systems' "[Retracted]" has no authors


def _outside_brackets(text: str, mark: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for at, character in enumerate(text):
        depth += (character == "(") - (character == ")")
        if character == mark and depth == 0:
            parts.append(text[start:at])
            start = at + 1
    return [part.strip() for part in [*parts, text[start:]] if part.strip()]


def _cmt_name(written: str) -> str:
    name = written.rstrip("*").strip()
    if not name.endswith(")"):
        return name
    depth = 0
    for at in range(len(name) - 1, -1, -1):
        depth += (name[at] == ")") - (name[at] == "(")
        if depth == 0:
            return f"{name[:at].strip()} [{name[at + 1 : -1].strip()}]"
    return name


def _read(path: Path, reader: str) -> Program:
    return READERS[reader].read(path.read_text(encoding="utf-8"), source=path.name, context=ReadContext())


def _triples(program: Program) -> list[tuple[str | None, tuple[str, ...], str | None]]:
    return [(paper.title, paper.authors, paper.abstract) for paper in program.papers]


@pytest.mark.parametrize(("path", "reader"), [(path, name) for name, paths in OWN.items() for path in paths], ids=str)
def test_each_real_list_is_detected_by_its_own_reader_alone(path: Path, reader: str) -> None:
    assert [found.name for found in detect_readers(path.read_text(encoding="utf-8"))] == [reader]


def test_no_other_feed_of_the_repository_is_taken_for_a_paper_list() -> None:
    own = {path for paths in OWN.values() for path in paths}
    feeds = [
        path
        for folder in (ROOT / "seeds", DATA)
        for path in folder.rglob("*")
        if path.suffix in {".json", ".xml", ".txt", ".ics", ".csv", ".tsv", ".yml"} and path not in own
    ]
    taken = [
        (path.name, name)
        for path in feeds
        for name in OWN
        if READERS[name].detect(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert feeds
    assert taken == []


@pytest.mark.parametrize("path", MINICONF_LOWER, ids=lambda path: path.name)
def test_miniconf_csv_every_row_read_with_title_authors_and_abstract_exact(path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    cmt = any(";" in row["authors"] for row in rows)
    # Line ends inside a field are folded to LF, as every feed's are when it is decoded.
    expected = [
        (
            row["title"].strip(),
            _names(row["authors"], cmt=cmt),
            row.get("abstract", "").replace("\r\n", "\n").strip() or None,
        )
        for row in rows
    ]

    program = _read(path, "miniconf")

    assert _triples(program) == expected
    assert program.problems == ()
    assert program.items == ()
    assert program.reading[0] == f"{len(rows)} papers (Mini-Conf)"


def test_miniconf_csv_papers_know_their_lines_and_the_columns_left_are_named() -> None:
    program = _read(DATA / "miniconf" / "icwsm2021-papers.csv", "miniconf")
    lines = [paper.source.line for paper in program.papers if paper.source]
    with (DATA / "miniconf" / "icwsm2021-papers.csv").open(encoding="utf-8", newline="") as stream:
        reader = csv.reader(stream)
        next(reader)
        starts = []
        line = 2
        for _row in reader:
            starts.append(line)
            line = reader.line_num + 1

    assert lines == starts
    assert program.reading[2].startswith("not read: keywords, track, session, topic, slack, date, time")


@pytest.mark.parametrize("path", MINICONF_JSON, ids=lambda path: path.name)
def test_miniconf_json_every_record_read_exact(path: Path) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    records = list(document.values()) if isinstance(document, dict) else document
    fields = [record.get("content", record) for record in records]
    expected = [
        (field["title"].strip(), tuple(field["authors"]), field["abstract"].strip() or None) for field in fields
    ]

    program = _read(path, "miniconf")

    assert _triples(program) == expected
    assert program.problems == ()


def test_miniconf_json_keeps_the_papers_addresses() -> None:
    program = _read(DATA / "miniconf" / "bmvc2020-papers-excerpt.json", "miniconf")

    assert program.papers[0].links == (Link("Link", "https://www.bmvc2020-conference.com/assets/papers/0006.pdf"),)


def _notes(path: Path) -> list[dict[str, Any]]:
    document = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(document, dict) and "notes" in document:
        return list(document["notes"])
    if isinstance(document, list):
        return [note for block in document for note in block["submissions"]]
    return list(document.values())


def _bare(value: Any) -> Any:
    return value["value"] if isinstance(value, dict) else value


@pytest.mark.parametrize("path", OPENREVIEW, ids=lambda path: path.name)
def test_openreview_every_submission_read_with_its_forum_link(path: Path) -> None:
    notes = _notes(path)
    expected = [
        (
            _bare(note["content"]["title"]),
            tuple(_bare(note["content"]["authors"])),
            _bare(note["content"]["abstract"]).strip(),
        )
        for note in notes
    ]

    program = _read(path, "openreview")

    assert _triples(program) == expected
    assert [paper.links[0] for paper in program.papers] == [
        Link("OpenReview", f"https://openreview.net/forum?id={note['forum']}") for note in notes
    ]


def test_openreview_crawler_output_keeps_the_accepted_papers_and_names_the_venue() -> None:
    program = _read(DATA / "openreview" / "nips2018-cdnnria-crawler.json", "openreview")
    decisions = [
        reply["content"]["decision"]
        for note in _notes(DATA / "openreview" / "nips2018-cdnnria-crawler.json")
        for reply in note["notes"]
        if reply["invitation"].endswith("/Decision")
    ]

    assert decisions == ["accept", "accept"]
    assert [paper.title for paper in program.papers] == ["Targeted Dropout", "Rethinking the Value of Network Pruning"]
    assert program.reading == ("2 papers of 2 submissions (OpenReview API v1 notes)", "venues: NIPS.cc 2018")
    path = DATA / "openreview" / "nips2018-cdnnria-crawler.json"
    assert [paper.source.line for paper in program.papers if paper.source] == [
        _line_of(path, "HkghWScuoQ"),
        _line_of(path, "r1eLk2mKiX"),
    ]


def _line_of(path: Path, note_id: str) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    return next(number for number, line in enumerate(lines, start=1) if f'"id": "{note_id}"' in line)


def test_openreview_v2_notes_read_as_the_same_papers_as_their_v1_originals() -> None:
    v1 = _read(DATA / "openreview" / "iclr2020-notes-excerpt.json", "openreview")
    v2 = _read(DATA / "openreview" / "iclr2020-notes-as-v2.json", "openreview")

    assert [(paper.title, paper.authors, paper.abstract, paper.links) for paper in v2.papers] == [
        (paper.title, paper.authors, paper.abstract, paper.links) for paper in v1.papers[: len(v2.papers)]
    ]
    assert v2.reading == ("6 papers of 6 submissions (OpenReview API v2 notes)",)


def _note(number: int, **content: Any) -> dict[str, Any]:
    return {
        "id": f"n{number}",
        "forum": f"n{number}",
        "invitations": ["Venue/-/Submission"],
        "content": {"title": {"value": f"Paper {number}"}, **{key: {"value": text} for key, text in content.items()}},
    }


def test_openreview_rejected_withdrawn_and_desk_rejected_papers_are_left_out_and_counted() -> None:
    # A made-up API v2 list (no real one was found): the venueids OpenReview gives such papers.
    notes = [
        _note(1, venueid="ICLR.cc/2024/Conference", venue="ICLR 2024 poster"),
        _note(2, venueid="ICLR.cc/2024/Conference/Rejected_Submission", venue="Submitted to ICLR 2024"),
        _note(3, venueid="ICLR.cc/2024/Conference/Withdrawn_Submission"),
        _note(4, venueid="ICLR.cc/2024/Conference/Desk_Rejected_Submission"),
        {"id": "d5", "forum": "n5", "replyto": "n5", "invitations": ["Venue/Submission5/-/Decision"],
         "content": {"decision": {"value": "Reject"}}},
        _note(5),
    ]  # fmt: skip
    text = json.dumps({"notes": notes}, indent=1)

    program = READERS["openreview"].read(text, source="notes.json", context=ReadContext())

    assert [paper.title for paper in program.papers] == ["Paper 1"]
    assert program.reading[-1] == "left out 4 papers as their decisions say: 1 desk-rejected, 2 rejected, 1 withdrawn"


def test_cmt_export_leaves_rejected_and_withdrawn_papers_out_and_says_how_many() -> None:
    path = DATA / "cmt" / "icwsm2021-cmt-shaped.tsv"
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    kept = [row for row in rows if row["Status"] == "Accept"]

    program = _read(path, "cmt")

    assert [(paper.title, paper.authors, paper.number) for paper in program.papers] == [
        (row["Paper Title"], tuple(name.strip(" *") for name in row["Author Names"].split(";")), int(row["Paper ID"]))
        for row in kept
    ]
    assert program.reading[0] == f"{len(kept)} papers of {len(rows)} submissions (CMT export)"
    assert program.reading[2] == "left out 3 papers: 2 'Reject', 1 'Withdrawn'"


def test_a_paper_without_a_title_is_an_error_at_its_line() -> None:
    text = "UID,title,authors,abstract\nA1,First,Ada Lovelace,\nA2,,Charles Babbage,\n"

    program = READERS["miniconf"].read(text, source="papers.csv", context=ReadContext())

    assert [paper.title for paper in program.papers] == ["First"]
    assert [(problem.severity, problem.code, str(problem.source)) for problem in program.problems] == [
        (Severity.ERROR, "unreadable-entry", "papers.csv:3")
    ]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Lia Bozarth|Ceren Budak", ("Lia Bozarth", "Ceren Budak")),
        ("Ada Lovelace*; Charles Babbage", ("Ada Lovelace", "Charles Babbage")),
        ("Ada Lovelace, Charles Babbage and Mary Somerville", ("Ada Lovelace", "Charles Babbage", "Mary Somerville")),
        (
            "Ada Lovelace¹†, Charles Babbage², and Mary Somerville*",
            ("Ada Lovelace", "Charles Babbage", "Mary Somerville"),
        ),
        (
            "Ada Lovelace (Engine Club, London); Charles Babbage",
            ("Ada Lovelace (Engine Club, London)", "Charles Babbage"),
        ),
        (
            "Ada Lovelace (Engine Club, London), Charles Babbage",
            ("Ada Lovelace (Engine Club, London)", "Charles Babbage"),
        ),
        ("Simon Lillis ", ("Simon Lillis",)),
        ("Vitaliy Kinakh(1), Rostyslav Bun (1, 2)", ("Vitaliy Kinakh", "Rostyslav Bun")),
    ],
)
def test_author_lists_split_at_their_separators_without_marks(written: str, names: tuple[str, ...]) -> None:
    assert split_authors(written) == names


def test_paper_links_are_kept_through_program_json() -> None:
    program = _read(DATA / "openreview" / "nips2018-cdnnria-crawler.json", "openreview")

    written = ProgramJsonWriter().write(program, RenderOptions()).decode()
    read = ProgramJsonReader().read(written, source="program.json", context=ReadContext())

    assert read.papers == program.papers
    assert read.papers[0].links == (
        Link("OpenReview", "https://openreview.net/forum?id=HkghWScuoQ"),
        Link("PDF", "https://openreview.net/pdf/1e9b22c08d7651c60362b60af660c1f92d304b7c.pdf"),
    )


BMVC = DATA / "cmt" / "bmvc2023-camera-ready-excerpt.xlsx"


def test_cmt_workbook_is_read_by_cmt_alone_as_a_pool_of_papers_with_their_authors() -> None:
    """BMVC 2023's camera-ready export (CMT's own workbook): a title row, a blank row, then the header.

    Expectations written from the original sheet: 30 papers, no Status column (all accepted),
    authors "Name (Affiliation)" joined by "; " with "*" after the contact author.
    """
    data = BMVC.read_bytes()
    binary = [
        name for name, reader in READERS.items() if isinstance(reader, BinaryReader) and reader.detect_bytes(data)
    ]
    program = READERS["cmt"].read_bytes(data, source=BMVC.name, context=ReadContext())  # type: ignore[attr-defined]
    first, second, third = program.papers[:3]

    assert binary == ["cmt"]
    assert program.problems == ()
    assert program.reading[0] == "30 papers of 30 submissions (CMT export)"
    assert (first.number, first.title) == (4, "Instance Mask Growing on Leaf")
    assert first.authors == (
        "Chuang Yang [Northwestern Polytechnical University]",
        "Haozhao Ma [Northwestern Polytechnical University]",
        "Qi Wang [Northwestern Polytechnical University]",
    )
    assert first.source is not None and first.source.line == 4
    assert (second.number, second.title) == (7, "HWD: A Novel Evaluation Score for Styled Handwritten Text Generation")
    assert second.authors[0] == "Vittorio Pippi [University of Modena and Reggio Emilia]"
    assert third.number == 10 and len(third.authors) == 6
    assert third.authors[-1] == "Kyu-Hwan Jung [Sungkyunkwan University]"
    last = program.papers[-1]
    assert (last.number, last.title) == (105, "High-Fidelity Eye Animatable Neural Radiance Fields for Human Face")
    assert last.authors[2] == "Yihua Cheng [University of Birmingham]"
    assert all(paper.abstract for paper in program.papers)


def test_superscript_affiliation_numbers_of_two_digits_are_dropped_whole() -> None:
    # "¹²" (affiliations 1 and 2): the "¹" stands before a digit, but a mark, not a letter of the name
    assert split_authors("Ada Lovelace¹², Charles Babbage¹") == ("Ada Lovelace", "Charles Babbage")
    written = "Peter ≈†avli (Ljubljana)¹², Bo Li (A*STAR)*"
    assert split_authors(written) == ("Peter ≈†avli (Ljubljana)", "Bo Li (A*STAR)")

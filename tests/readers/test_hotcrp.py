"""HotCRP's JSON export read as an accepted-paper list (tests/data/hotcrp, sources in its PROVENANCE.md).

Expectations are counted from the files with `json` alone: each paper's title, its authors as
"first last [affiliation]", its pid; which papers are accepted from the decisions as the
PROVENANCE row gives them (the derived file's are made up, one for each way HotCRP writes one).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from program.errors import ParseError
from program.feed_reading import read_feed
from program.model import Program
from program.readers import ReadContext, decode_feed, detect_readers
from program.readers.hotcrp import HotcrpReader
from program.settings import FeedSpec

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "hotcrp"
COMPAS = DATA / "compas2026-soumissions-excerpt.json"
NETDEV = DATA / "netdev0x16-schedule.json"
DERIVED = DATA / "hotcrp-decisions-derived.json"


def _read(path: Path, text: str | None = None) -> Program:
    text = decode_feed(path.read_bytes(), path.name) if text is None else text
    return HotcrpReader().read(text, source=path.name, context=ReadContext())


def _expected(record: dict[str, Any]) -> tuple[str, tuple[str, ...], int]:
    names = tuple(
        f"{author['first']} {author['last']}" + (f" [{author['affiliation']}]" if author.get("affiliation") else "")
        for author in record["authors"]
    )
    return record["title"], names, record["pid"]


@pytest.mark.parametrize("path", [COMPAS, NETDEV], ids=["compas2026", "netdev0x16"])
def test_every_accepted_paper_is_read_with_its_title_authors_and_pid(path: Path) -> None:
    records = json.loads(path.read_text(encoding="utf-8"))
    program = _read(path)
    assert [(paper.title, paper.authors, paper.number) for paper in program.papers] == [
        _expected(record) for record in records
    ]
    assert not program.items
    assert [paper.abstract for paper in program.papers] == [
        record["abstract"].replace("\r\n", "\n").strip() for record in records
    ]
    assert not [problem for problem in program.problems if problem.severity.value in ("error", "warning")]


def test_compas_export_is_detected_as_hotcrp_alone_and_says_what_it_left() -> None:
    detected = read_feed(FeedSpec(COMPAS), ReadContext())
    assert (detected.reader, len(detected.program.papers), len(detected.program.items)) == ("hotcrp", 16, 0)
    assert detected.program.reading == (
        "16 papers of 16 submissions (HotCRP JSON export)",
        "not read: abstract_only, contacts, format, submission, submitted, submitted_at, topics",
    )
    first = detected.program.papers[0]
    assert first.title == "LAMP: Une Approche Efficace pour la Détection de Fautes dans les Systèmes Distribués"
    assert first.authors[0] == "Lamyae Hassini [Université de Bordeaux]"
    assert first.source is not None and first.source.line == 3  # the line of its "pid"


def test_netdev_hotcrp_export_is_papers_now_and_still_rows_when_named() -> None:
    # the same shape as COMPAS's: detected as hotcrp (37 papers); `--format json-rows` reads its 37 untimed talks
    assert [reader.name for reader in detect_readers(NETDEV.read_text(encoding="utf-8"))] == ["hotcrp"]
    rows = read_feed(FeedSpec(NETDEV, format="json-rows"), ReadContext())
    assert (rows.reader, len(rows.program.items), len(rows.program.papers)) == ("json-rows", 37, 0)


def test_rejected_withdrawn_draft_and_undecided_papers_are_never_read() -> None:
    records = json.loads(DERIVED.read_text(encoding="utf-8"))
    program = _read(DERIVED)
    accepted = [records[index] for index in (0, 1, 7, 10)]  # Accepted/accept, Poster/accept, 1/accepted, Accepted And…
    assert [(paper.title, paper.authors, paper.number) for paper in program.papers] == [
        _expected(record) for record in accepted
    ]
    assert [paper.category for paper in program.papers] == [None, "Poster", None, None]
    assert program.reading[:2] == (
        "4 papers of 12 submissions (HotCRP JSON export)",
        "left out 8 papers as their decisions say: 1 desk-rejected, 1 never submitted, 3 rejected, "
        "1 undecided: decision 'Maybe', 1 undecided: no decision, 1 withdrawn",
    )
    [warning] = program.problems
    assert (warning.code, warning.severity.value) == ("undecided-paper", "warning")
    assert warning.source is not None and warning.source.line == 142  # pid 6, the first undecided
    assert warning.message.startswith(
        "left out 2 papers whose decision says neither accepted nor rejected (1 decision 'Maybe', 1 no decision)"
    )


def test_an_export_without_decisions_is_refused_at_its_first_paper() -> None:
    records = json.loads(COMPAS.read_text(encoding="utf-8"))[:3]
    for record in records:
        del record["decision"]
        record["status"] = "submitted"  # what HotCRP writes for a viewer who may not see decisions
    with pytest.raises(ParseError) as raised:
        _read(COMPAS, json.dumps(records, indent=4))
    assert (raised.value.source.file, raised.value.source.line) == (COMPAS.name, 3)
    assert raised.value.reason.startswith(
        "expected HotCRP papers with a decision saying accepted; none of its 3 papers has one (3 no decision)"
    )


def test_a_site_list_keyed_by_pid_without_hotcrps_status_keys_is_not_claimed() -> None:
    text = json.dumps([{"pid": 1, "title": "Talk", "speaker": "Ada Lovelace", "time": "10:00"}])
    assert not HotcrpReader().detect(text)
    assert HotcrpReader().detect('{"ok": true, "papers": [{"object": "paper", "pid": 1, "title": "T", "status": "x"}]}')

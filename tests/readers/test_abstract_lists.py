"""The two abstract-list readers: untitled papers with stable ids and honest headings."""

from __future__ import annotations

import pytest

from program.errors import ParseError
from program.model import Program, Severity
from program.readers import ReadContext, detect_readers
from program.readers.abstract_lines import AbstractLinesReader
from program.readers.abstracts import AbstractsReader

from helpers import SEEDS

ABSTRACTS = SEEDS / "000_e17b5acdc5194782.txt"
ABSTRACT_LINES = SEEDS / "001_df4a941bcae02b05.txt"


def _abstracts(text: str) -> Program:
    return AbstractsReader().read(text, source="abstracts.txt", context=ReadContext())


def _lines(text: str) -> Program:
    return AbstractLinesReader().read(text, source="lines.txt", context=ReadContext())


def test_seed_000_has_ten_untitled_papers_one_per_marker() -> None:
    text = ABSTRACTS.read_text(encoding="utf-8")
    program = _abstracts(text)

    assert len(program.papers) == 10 == text.count("Abstract:")
    assert program.problems == ()
    assert all(paper.title is None and paper.abstract for paper in program.papers)
    assert [paper.heading for paper in program.papers][:2] == ["Untitled submission 1", "Untitled submission 2"]
    assert program.papers[0].abstract is not None and program.papers[0].abstract.startswith("Graph convolutional")


def test_seed_001_has_24_papers_and_warns_that_the_header_says_34() -> None:
    program = _lines(ABSTRACT_LINES.read_text(encoding="utf-8"))

    assert len(program.papers) == 24
    [warning] = program.problems
    assert (warning.severity, warning.code, str(warning.source)) == (Severity.WARNING, "count-mismatch", "lines.txt:1")
    assert "34" in warning.message and "24" in warning.message
    [no_summary] = [paper for paper in program.papers if paper.abstract is None]
    assert no_summary.heading == "Untitled submission 18"
    assert no_summary.source is not None and no_summary.source.line == 19


def test_ids_come_from_the_abstract_so_reordering_keeps_them() -> None:
    text = "| Total: 3\nFirst abstract.\nSecond abstract.\nNo summary was provided.\n"
    swapped = "| Total: 3\nSecond abstract.\nFirst abstract.\nNo summary was provided.\n"

    ids = {paper.abstract: paper.id for paper in _lines(text).papers}
    swapped_ids = {paper.abstract: paper.id for paper in _lines(swapped).papers}

    assert ids == swapped_ids
    assert ids[None] == "paper-untitled-3"
    assert len(set(ids.values())) == 3


def test_an_abstract_may_continue_on_the_next_line_and_markers_need_no_blank_line() -> None:
    program = _abstracts("Abstract: One\ncontinues here.\nAbstract:Two.\n\n\nAbstract:\n")

    assert [paper.abstract for paper in program.papers] == ["One continues here.", "Two.", None]
    [warning] = program.problems
    assert (warning.code, str(warning.source)) == ("empty-abstract", "abstracts.txt:6")


def test_text_before_the_first_marker_is_an_error_with_its_line() -> None:
    program = _abstracts("\nA stray line\nAbstract: One.\n")

    [error] = program.problems
    assert (error.severity, str(error.source)) == (Severity.ERROR, "abstracts.txt:2")


@pytest.mark.parametrize(
    ("text", "reason"), [("", "empty file"), ("Total 34\nAn abstract.\n", "expected a '| Total: N' header")]
)
def test_abstract_lines_without_a_header_are_refused(text: str, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        _lines(text)


def test_each_seed_is_detected_by_its_own_reader_only() -> None:
    assert [r.name for r in detect_readers(ABSTRACTS.read_text(encoding="utf-8"))] == ["abstracts"]
    assert [r.name for r in detect_readers(ABSTRACT_LINES.read_text(encoding="utf-8"))] == ["abstract-lines"]

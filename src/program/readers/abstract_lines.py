"""A list of abstracts, one a line, under a ``| Total: N`` header (seed 001).

::

    | Total: 34
    We study the problem of missing data imputation, …
    No summary was provided.
    Modern neural networks are increasingly bottlenecked …

``No summary was provided.`` is an entry without an abstract. When the header's total
disagrees with the entries found, a warning says so (the page was cut short, or grew).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import ClassVar

from program.errors import ParseError
from program.model import Problem, Program, Severity, SourceRef
from program.readers.base import ReadContext, untitled_paper

HEADER = re.compile(r"^\|\s*Total:\s*(?P<total>\d+)\s*$")
NO_SUMMARY = "no summary was provided."


class AbstractLinesReader:
    """Reads a ``| Total: N`` list of untitled abstracts, one a line."""

    name: ClassVar[str] = "abstract-lines"
    description: ClassVar[str] = "untitled abstracts one a line, under a '| Total: N' header"

    def detect(self, text: str) -> bool:
        """Return whether the first non-blank line is the ``| Total: N`` header."""
        first = next((line for line in text.split("\n") if line.strip()), "")
        return HEADER.match(first.strip()) is not None

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the entries into untitled papers and check the header's count."""
        del context  # abstracts have no times
        lines = [(number, line.strip()) for number, line in enumerate(text.split("\n"), start=1) if line.strip()]
        if not lines:
            raise ParseError("expected a '| Total: N' header, found an empty file", SourceRef(source, 1))
        header_line, header = lines[0]
        match = HEADER.match(header)
        if match is None:
            raise ParseError(f"expected a '| Total: N' header, found {header[:60]!r}", SourceRef(source, header_line))
        papers = tuple(
            untitled_paper(number, None if entry.casefold() == NO_SUMMARY else entry, SourceRef(source, line))
            for number, (line, entry) in enumerate(lines[1:], start=1)
        )
        problems = _count_problem(match["total"], len(papers), SourceRef(source, header_line))
        return Program(title=Path(source).stem, timezone="UTC", papers=papers, problems=problems, sources=(source,))


def _count_problem(total: str, found: int, where: SourceRef) -> tuple[Problem, ...]:
    if total.lstrip("0") == str(found).lstrip("0"):  # compared as written: int() stops at 4,301 digits
        return ()
    said = total if len(total) <= 20 else total[:19] + "…"
    return (
        Problem(
            Severity.WARNING,
            "count-mismatch",
            f"the header says {said} entries but the list has {found} (cut short, or the header is stale?)",
            where,
        ),
    )

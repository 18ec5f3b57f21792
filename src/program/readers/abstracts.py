"""A list of abstracts without titles, each after ``Abstract:`` (seed 000).

::

    Abstract:Graph convolutional networks (GCNs) are becoming …

    Abstract:In training of modern large natural language processing …
    Abstract:Co-exploration of an optimal neural architecture …

Every ``Abstract:`` starts an entry, blank lines or not; a non-blank line without the
marker continues the entry before it. The entries become untitled papers, numbered in
order, for the planner's pool.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from program.errors import ParseError
from program.model import Paper, Problem, Program, Severity, SourceRef
from program.model.text import collapse_space
from program.readers.base import ReadContext, untitled_paper

MARKER = "Abstract:"


class AbstractsReader:
    """Reads lists of untitled abstracts, each after an ``Abstract:`` marker."""

    name: ClassVar[str] = "abstracts"
    description: ClassVar[str] = "untitled abstracts, each starting with 'Abstract:'"

    def detect(self, text: str) -> bool:
        """Return whether the first non-blank line starts with ``Abstract:``."""
        first = next((line.strip() for line in text.split("\n") if line.strip()), "")
        return first.startswith(MARKER)

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every abstract into an untitled paper; text before the first marker is an error."""
        del context  # abstracts have no times
        entries: list[tuple[int, list[str]]] = []
        problems: list[Problem] = []
        for number, line in enumerate(text.split("\n"), start=1):
            stripped = line.strip()
            if stripped.startswith(MARKER):
                entries.append((number, [stripped.removeprefix(MARKER)]))
            elif stripped and entries:
                entries[-1][1].append(stripped)
            elif stripped:
                problems.append(_before_first_marker(stripped, SourceRef(source, number)))
        if not entries and not problems:
            raise ParseError(f"expected abstracts starting with {MARKER!r}, found an empty file", SourceRef(source, 1))
        papers = tuple(
            untitled_paper(number, collapse_space(" ".join(parts)) or None, SourceRef(source, line))
            for number, (line, parts) in enumerate(entries, start=1)
        )
        problems.extend(_empty_abstract(paper) for paper in papers if paper.abstract is None)
        return Program(
            title=Path(source).stem, timezone="UTC", papers=papers, problems=tuple(problems), sources=(source,)
        )


def _before_first_marker(text: str, where: SourceRef) -> Problem:
    return Problem(
        Severity.ERROR, "unreadable-entry", f"expected a line starting with {MARKER!r}, found {text[:60]!r}", where
    )


def _empty_abstract(paper: Paper) -> Problem:
    return Problem(Severity.WARNING, "empty-abstract", f"{paper.heading} has no text after {MARKER!r}", paper.source)

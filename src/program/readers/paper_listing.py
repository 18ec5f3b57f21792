"""A paper listing copied from a search or profile page (seeds 003 and 004).

Each entry is an optional header line, a line with the title glued to its authors, and
the abstract on one line::

    20.5LGMay 3, 2022                                          score, category, date
    Efficient Fine-Tuning of BERT Models on the EdgeDanilo Vucetic, Maryam Ziaeefard et al.
    Resource-constrained devices are …

Header forms: ``20.5LGMay 3, 2022``, ``7.8ARMar 27`` (no year: none is invented),
``LGMar 21, 2022Code`` (code is available), ``CLApr 21``. The line after a title line is its
abstract unless it is a header or another title line (an entry without an abstract
followed by one without a header). Where the title ends is worked out in
`program.readers.title_authors`; a doubtful split is kept and reported as a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from pathlib import Path
from typing import ClassVar

import attrs

from program.errors import ParseError
from program.model import Paper, PartialDate, Problem, Program, Severity, SourceRef
from program.model.clock import MONTHS
from program.model.ids import paper_id
from program.readers.base import Line, ReadContext
from program.readers.title_authors import ET_AL, ListingEvidence, listing_evidence, readings, split_title_authors

HEADER = re.compile(
    r"^(?P<score>\d+(?:\.\d+)?)?(?P<category>[A-Z]{2})?"
    rf"(?P<month>{'|'.join(MONTHS)}) (?P<day>\d{{1,2}})(?:, (?P<year>\d{{4}}))?(?P<code>Code)?$"
)


@attrs.frozen
class Entry:
    """The lines of one listed paper."""

    header: Line | None
    title: Line
    abstract: Line | None


@attrs.frozen
class Header:
    """What a header line says."""

    score: float | None
    category: str | None
    published: PartialDate
    has_code: bool


class PaperListingReader:
    """Reads paper listings: header line, title glued to authors, abstract."""

    name: ClassVar[str] = "paper-listing"
    description: ClassVar[str] = "a paper listing: '20.5LGMay 3, 2022' lines, titles glued to authors, abstracts"

    def detect(self, text: str) -> bool:
        """Return whether one of the first lines is a header followed by a line with authors."""
        lines = [line.strip() for line in text.splitlines()[:40] if line.strip()]
        return any(
            HEADER.match(line) and ("," in following or following.endswith(" et al."))
            for line, following in pairwise(lines)
        )

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the listing into a pool of papers (no items); doubtful entries become problems."""
        del context  # a listing has no times
        entries, problems = _entries(_lines(text), source)
        if not entries and not problems:
            raise ParseError("expected paper entries, found an empty file", SourceRef(source, 1))
        evidence = listing_evidence(
            (entry.title.text for entry in entries), (entry.abstract.text for entry in entries if entry.abstract)
        )
        papers = []
        for number, entry in enumerate(entries, start=1):
            try:
                paper, warnings = _read_entry(entry, number, source, evidence)
            except ParseError as error:
                problems.append(Problem(Severity.ERROR, "unreadable-entry", error.reason, error.source))
                continue
            papers.append(paper)
            problems.extend(warnings)
        return Program(
            title=Path(source).stem, timezone="UTC", papers=tuple(papers), problems=tuple(problems), sources=(source,)
        )


def _lines(text: str) -> list[Line]:
    return [Line(number, line.strip()) for number, line in enumerate(text.split("\n"), start=1) if line.strip()]


def _entries(lines: Sequence[Line], source: str) -> tuple[list[Entry], list[Problem]]:
    entries: list[Entry] = []
    problems: list[Problem] = []
    position = 0
    while position < len(lines):
        header = lines[position] if HEADER.match(lines[position].text) else None
        position += header is not None
        if position >= len(lines) or HEADER.match(lines[position].text):
            problems.append(_no_title_after(header or lines[position], source))
            continue
        title = lines[position]
        abstract = lines[position + 1] if position + 1 < len(lines) else None
        if abstract is not None and (HEADER.match(abstract.text) or _is_title_line(abstract.text)):
            abstract = None  # the next entry: this one has no abstract
        entries.append(Entry(header, title, abstract))
        position += 2 if abstract else 1
    return entries, problems


def _is_title_line(text: str) -> bool:
    """Whether a line reads as a title glued to authors rather than as an abstract.

    An abstract is prose that ends a sentence; a title-and-authors line ends with a name
    (or "et al.") and has a reading.
    """
    if text.endswith((".", "!", "?", ")")) and not text.endswith(ET_AL):
        return False
    return bool(readings(text)[0])


def _no_title_after(header: Line, source: str) -> Problem:
    return Problem(
        Severity.ERROR,
        "unreadable-entry",
        f"expected a title-and-authors line after the header {header.text!r}",
        SourceRef(source, header.number),
    )


def _read_entry(entry: Entry, number: int, source: str, evidence: ListingEvidence) -> tuple[Paper, list[Problem]]:
    where = SourceRef(source, entry.title.number)
    split = split_title_authors(entry.title.text, evidence)
    if split is None:
        raise ParseError(
            "expected a title glued to a list of authors ('…TitleFirst Author, Second Author'), "
            f"found no name-shaped author list in {entry.title.text[:80]!r}",
            where,
        )
    header = _read_header(entry.header, source) if entry.header else None
    paper = Paper(
        id=paper_id(split.title),
        title=split.title,
        authors=split.authors,
        abstract=entry.abstract.text if entry.abstract else None,
        authors_complete=split.complete,
        score=header.score if header else None,
        category=header.category if header else None,
        published=header.published if header else None,
        has_code=header.has_code if header else False,
        number=number,
        source=where,
        scraped=True,
    )
    warnings = [] if split.certain else [_uncertain(split.title, split.authors[0], split.alternatives, where)]
    return paper, warnings


def _uncertain(title: str, first_author: str, others: Sequence[str], where: SourceRef) -> Problem:
    return Problem(
        Severity.WARNING,
        "uncertain-split",
        f"took {title!r} as the title and {first_author!r} as the first author, but "
        f"{' or '.join(repr(other) for other in others)} could be the first author too (check the title)",
        where,
    )


def _read_header(line: Line, source: str) -> Header:
    match = HEADER.match(line.text)
    if match is None:
        raise ParseError(
            f"expected a header such as '20.5LGMay 3, 2022', found {line.text!r}", SourceRef(source, line.number)
        )
    year = int(match["year"]) if match["year"] else None
    try:
        published = PartialDate(MONTHS.index(match["month"]) + 1, int(match["day"]), year)
    except ValueError:
        raise ParseError(f"expected a real date, found {line.text!r}", SourceRef(source, line.number)) from None
    return Header(
        score=float(match["score"]) if match["score"] else None,
        category=match["category"],
        published=published,
        has_code=bool(match["code"]),
    )

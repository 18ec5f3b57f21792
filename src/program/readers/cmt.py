"""Microsoft CMT paper exports saved as CSV or TSV: accepted papers, the rejected left out and counted.

CMT's chairs' console exports one row per submission: ``Paper ID, Paper Title, Abstract,
Primary Contact Author Name, Primary Contact Author Email, Authors, Author Names, Author
Emails, …, Status``. Author lists are joined by ";" with a "*" after the contact author
("Ada Lovelace*; Charles Babbage"); `Authors` adds affiliations in brackets. A row whose
Status (or Decision) says rejected or withdrawn is left out, and `program check` says how
many; every other row becomes a paper of the pool, numbered by its Paper ID.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import ClassVar

from program.errors import ParseError
from program.model import Paper, Problem, Program, SourceRef
from program.readers.base import ReadContext
from program.readers.paper_records import (
    clean,
    counted,
    csv_rows,
    header_names,
    is_cmt_header,
    is_rejected,
    listed_paper,
    split_authors,
    untitled,
)

TITLE = ("paper title", "title")
AUTHORS = ("author names", "authors", "primary contact author name")
STATUS = ("status", "decision", "status (decision)", "final decision")


class CmtReader:
    """Reads a CMT paper export (CSV or TSV) into a pool of papers, leaving out rejected and withdrawn ones."""

    name: ClassVar[str] = "cmt"
    description: ClassVar[str] = (
        "a Microsoft CMT paper export as CSV/TSV (Paper ID, Paper Title, Author Names, Status): accepted papers"
    )

    def detect(self, text: str) -> bool:
        """Whether the text opens with a CMT export's header: Paper ID and Paper Title."""
        head = text[:2000].lstrip("\ufeff \n")
        return head[:1] not in ("[", "{", "<") and is_cmt_header(header_names(head))

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the export into a pool of papers (no items).

        Raises:
            ParseError: for a text without a CMT header, or a quote never closed.
        """
        del context  # a paper list has no times
        names = header_names(text)
        if not is_cmt_header(names):
            raise ParseError("expected a CMT export header: Paper ID, Paper Title, …", SourceRef(source, 1))
        title_column = next(name for name in TITLE if name in names)
        author_column = next((name for name in AUTHORS if name in names), None)
        status_column = next((name for name in STATUS if name in names), None)
        papers: list[Paper] = []
        problems: list[Problem] = []
        statuses: Counter[str] = Counter()
        for line, row in csv_rows(text, source):
            where = SourceRef(source, line)
            status = clean(row.get(status_column or "")) or "no status"
            statuses[status] += 1
            if is_rejected(status):
                continue
            title = clean(row.get(title_column))
            if title is None:
                problems.append(untitled(where, f"paper {row.get('paper id') or 'without an id'}"))
                continue
            authors = split_authors(row.get(author_column or "", ""))
            papers.append(listed_paper(title, authors, clean(row.get("abstract")), _number(row, len(papers)), where))
        return Program(
            title=Path(source).stem,
            timezone="UTC",
            papers=tuple(papers),
            problems=tuple(problems),
            sources=(source,),
            reading=_reading(papers, statuses, title_column, author_column, status_column),
        )


def _number(row: dict[str, str], before: int) -> int:
    """The paper's number: its Paper ID when that is a number, else its place in the export."""
    written = (row.get("paper id") or "").strip()
    is_number = written.isascii() and written.isdigit() and len(written) <= 18  # "²" is a digit; 5,000 digits no id
    return int(written) if is_number and int(written) > 0 else before + 1


def _reading(
    papers: list[Paper], statuses: Counter[str], title: str, authors: str | None, status: str | None
) -> tuple[str, ...]:
    rejected = sum(number for said, number in statuses.items() if is_rejected(said))
    lines = [
        f"{counted(len(papers), 'paper')} of {counted(sum(statuses.values()), 'submission')} (CMT export)",
        f"columns: Paper ID → number, {title} → title, {authors or 'no author column'} → authors, "
        f"abstract, {status or 'no status column'} → left out when rejected or withdrawn",
    ]
    if rejected:
        said = ", ".join(f"{number} {status!r}" for status, number in sorted(statuses.items()) if is_rejected(status))
        lines.append(f"left out {counted(rejected, 'paper')}: {said}")
    return tuple(lines)

"""A site's paper list kept as a CSV table without a header row, its columns told by what they hold.

Frontier IR at AAAI 2026 keeps `accepted_papers.csv` as a spreadsheet saved with its header
row blank (`,,,,,,,`), then one row per paper: `AAAI26_W41_1,Title,"Abstract","Salim Abdou
Daoura, Olivier Ferret, …","salim.abdoudaoura@cea.fr, …",,,`. No name says which column is
which, but the rows do: a code in column A, unique to each row; a column of e-mail addresses;
beside it the authors, as many names in each row as it has addresses (so no affiliation
or "Surname, Given" was split off a name); the title the first other column, the abstract the
longest. A table that shows all of this is a paper list; the addresses are not read.
"""

from __future__ import annotations

import csv
import io
import re

import attrs

_CODE = re.compile(r"^[A-Za-z0-9][\w.-]*\d$")
"""A paper's code: `AAAI26_W41_1`, `12`, `P-3`."""
_EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[A-Za-z]{2,}$")
_LISTED = re.compile(r"\s*[,;]\s*|\s+and\s+")
_ABSTRACT_LENGTH = 200
"""Characters a column's texts average at least to be abstracts, not titles."""
_ROWS = 2


@attrs.frozen
class PaperColumns:
    """Where a headerless paper table keeps each field (0-based columns), and the blank rows above its papers."""

    code: int
    title: int
    authors: int
    emails: int
    abstract: int | None
    blank_rows: int

    def said(self) -> str:
        """How the columns were read, by their letters."""
        parts = [f"{_letter(self.code)} → code", f"{_letter(self.title)} → title"]
        parts += [f"{_letter(self.abstract)} → abstract"] if self.abstract is not None else []
        parts.append(f"{_letter(self.authors)} → authors (as many as the e-mail addresses in {_letter(self.emails)})")
        return ", ".join(parts)


def _letter(column: int) -> str:
    return chr(ord("A") + column) if column < 26 else f"column {column + 1}"


def paper_columns(text: str) -> PaperColumns | None:
    """The columns of a paper list without a header row (see the module's text), else None."""
    try:
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    except csv.Error:
        return None
    blank = next((index for index, row in enumerate(rows) if any(cell.strip() for cell in row)), len(rows))
    papers = [row for row in rows[blank:] if any(cell.strip() for cell in row)]
    if len(papers) > _ROWS and len(papers[-1]) != len(papers[0]):
        papers = papers[:-1]  # an opening cut inside its last row
    if len(papers) < _ROWS or len({len(row) for row in papers}) != 1:
        return None
    codes = [row[0].strip() for row in papers]
    if not all(_CODE.match(code) for code in codes) or len(set(codes)) != len(codes):
        return None
    return _columns(papers, blank)


def _columns(papers: list[list[str]], blank: int) -> PaperColumns | None:
    """The columns of the rows of a table of coded papers, when one lists e-mails and one as many names."""
    width = len(papers[0])
    emails = next((column for column in range(1, width) if all(_emails(row[column]) for row in papers)), None)
    if emails is None:
        return None
    authors = next(
        (
            column
            for column in (emails - 1, *range(1, width))
            if column not in (0, emails) and all(_names(row[column]) == _emails(row[emails]) for row in papers)
        ),
        None,
    )
    texts = [
        column
        for column in range(1, width)
        if column not in (authors, emails) and all(row[column].strip() for row in papers)
    ]
    if authors is None or not texts:
        return None
    longest = max(texts, key=lambda column: sum(len(row[column]) for row in papers))
    abstract = longest if sum(len(row[longest]) for row in papers) >= _ABSTRACT_LENGTH * len(papers) else None
    title = next((column for column in texts if column != abstract), None)
    if title is None:
        return None
    return PaperColumns(0, title, authors, emails, abstract, blank)


def _emails(cell: str) -> int:
    """How many e-mail addresses a cell lists (0 when any part is no address)."""
    parts = [part for part in re.split(r"\s*[,;]\s*|\s+", cell.strip()) if part]
    return len(parts) if parts and all(_EMAIL.match(part) for part in parts) else 0


def _names(cell: str) -> int:
    return len([part for part in _LISTED.split(cell.strip()) if part])


__all__ = ["PaperColumns", "paper_columns"]

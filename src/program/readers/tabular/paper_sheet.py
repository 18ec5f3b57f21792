"""A workbook's sheet that lists papers: a title column and an authors column, no time.

VLDB 2014's program workbook keeps, beside its three day grids, a sheet `Session Num | Paper
Title | Author Names` of 165 papers, authors written "Name*, Affiliation; Name, Affiliation"
(the contact author starred). It holds no schedule, but it is the program's papers: they are
read as a paper list's are (the cmt and miniconf readers'), into the program's papers, each
affiliation written as the model writes one into a name ("Pavan Aduri [Iowa State
University]"). The columns read and those left are said.
"""

from __future__ import annotations

import attrs

from program.model import Paper
from program.readers.paper_records import counted, listed_paper, split_authors
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import HEADER_SEARCH, field_of, normal_name
from program.readers.tabular.read import unnamed_columns

_AUTHORS = frozenset({"author names", "author name", "authors", "author", "author list"})
"""Header names of an authors column (CMT's "Author Names" among them)."""
_TIMING = frozenset({"date", "time", "start", "end", "duration"})


@attrs.frozen
class PaperSheet:
    """The papers a sheet lists and what `program check` says of it."""

    papers: tuple[Paper, ...]
    reading: tuple[str, ...]


def paper_sheet(table: Table) -> PaperSheet | None:
    """The sheet's papers when its header names a title and authors and no time; else None."""
    for index, cells in enumerate(table.rows[:HEADER_SEARCH]):
        found = _columns(cells)
        if found is not None:
            return _read(table, index, *found)
    return None


def _columns(cells: tuple[Cell, ...]) -> tuple[int, int] | None:
    names = [(column, cell.text) for column, cell in enumerate(cells) if isinstance(cell.value, str) and cell.text]
    fields = {field_of(name) for _, name in names}
    title = next((column for column, name in names if field_of(name) == "title"), None)
    authors = next((column for column, name in names if normal_name(name) in _AUTHORS), None)
    if title is None or authors is None or fields & _TIMING:
        return None
    return title, authors


def _read(table: Table, header: int, title_column: int, authors_column: int) -> PaperSheet | None:
    papers: list[Paper] = []
    rows = table.rows[header + 1 :]
    affiliated = _affiliated([str(cells[authors_column].value or "") for cells in rows if authors_column < len(cells)])
    for cells in rows:
        title = cells[title_column].text if title_column < len(cells) else ""
        if not title:
            continue
        written = str(cells[authors_column].value or "") if authors_column < len(cells) else ""
        where = table.where(cells[title_column])
        papers.append(listed_paper(title, _authors(written, affiliated), None, len(papers) + 1, where))
    if not papers:
        return None
    named = table.rows[header]
    used = {title_column, authors_column}
    said = [
        f"{counted(len(papers), 'paper')} (a paper list: {named[title_column].text} → title, "
        f"{named[authors_column].text} → authors)"
    ]
    left = [cell.text for column, cell in enumerate(named) if cell.text and column not in used]
    said.extend([f"not read: {', '.join(left)}"] if left else [])
    said.extend(unnamed_columns(table, header, used))
    return PaperSheet(tuple(papers), tuple(said))


def _affiliated(cells: list[str]) -> bool:
    """Whether the sheet writes each author "Name, Affiliation" (most cells: every ";" part holds a comma)."""
    filled = [cell for cell in cells if cell.strip()]
    written = [cell for cell in filled if all("," in part for part in cell.split(";") if part.strip(" *"))]
    return bool(filled) and len(written) * 2 > len(filled)


def _authors(written: str, affiliated: bool = True) -> tuple[str, ...]:
    """The authors, each "Name, Affiliation" written "Name [Affiliation]" ("Wenjie Zhang, " has none).

    >>> _authors("Pavan Aduri, Iowa State University; Kanat Tangwongsan*, IBM T. J. Watson Research Center")
    ('Pavan Aduri [Iowa State University]', 'Kanat Tangwongsan [IBM T. J. Watson Research Center]')
    >>> _authors("Jennie Duggan*, MIT"), _authors("Taha Rafiq, Amazon.com, Canada"), _authors("Wenjie Zhang, ")
    (('Jennie Duggan [MIT]',), ('Taha Rafiq [Amazon.com, Canada]',), ('Wenjie Zhang',))
    >>> _authors("qiangqiang Kang, ECNU")  # a name as its owner typed it, in lower case
    ('qiangqiang Kang [ECNU]',)
    >>> _authors("Ada Lovelace, Charles Babbage and Mary Somerville", affiliated=False)
    ('Ada Lovelace', 'Charles Babbage', 'Mary Somerville')
    """
    if not affiliated:
        return split_authors(written)
    found: list[str] = []
    for part in (part.strip() for part in written.split(";") if part.strip(" *")):
        name, comma, affiliation = part.partition(",")
        name = " ".join(name.replace("*", " ").split())
        affiliation = " ".join(affiliation.split())
        if not comma:  # one author of the sheet without an affiliation: the part is the name
            found.extend(split_authors(part))
            continue
        found.append(f"{name} [{affiliation}]" if affiliation else name)
    return tuple(found)

"""Microsoft CMT paper exports (the .xls CMT gives, or CSV/TSV): accepted papers, the rejected left out.

CMT's chairs' console exports one row per submission: ``Paper ID, Paper Title, Abstract,
Primary Contact Author Name, Primary Contact Author Email, Authors, Author Names, Author
Emails, …, Status``. Author lists are joined by ";" with a "*" after the contact author
("Ada Lovelace*; Charles Babbage"); `Authors` adds affiliations in brackets, read as the model
writes an affiliation into a name ("Ada Lovelace [Engine Club]") so the people index files the
person without it. A row whose
Status (or Decision) says rejected, withdrawn or "Awaiting Decision" is left out, and `program check` says how
many; every other row becomes a paper of the pool, numbered by its Paper ID. CMT itself
exports an Excel workbook (BMVC 2023's "CameraReadyPapers.xls": a title row, a blank row, then
the header); its first sheet is read as the CSV is, rows named by their row number.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import ClassVar

import attrs
from python_calamine import CalamineError, CalamineWorkbook

from program.errors import ParseError
from program.model import Paper, Problem, Program, SourceRef
from program.readers.base import ReadContext, decode_feed
from program.readers.paper_records import (
    affiliated,
    clean,
    cmt_name,
    counted,
    csv_rows,
    header_names,
    is_cmt_header,
    is_rejected,
    listed_paper,
    paper_pool,
    scheduled_export,
    split_authors,
    untitled,
)
from program.readers.workbook_size import check_sheet_sizes

TITLE = ("paper title", "title", "papertitle")
AUTHORS = (
    *("authors", "authors (with affiliations)", "author names", "authornames", "authors name"),
    "primary contact author name",
)
"""`Authors` first: "Given Surname (Affiliation)" in every export; `Author Names` is that in BMVC 2023's
but "Surname, Given" in others (ICLR 2022 SRML, ISMIR 2020). AISTATS 2022 writes the names without
spaces and `Authors` as "Authors (with Affiliations)"; Offline RL 2021 `Authors_Name (comma separated)`."""
_SURNAME_FIRST = ("author names", "authornames")
"""The columns that may write each author "Surname, Given"."""
STATUS = ("status", "decision", "status (decision)", "final decision")
_IDS = {"paper id": "Paper ID", "submission id": "Submission ID", "submission_id": "submission_id"}
_WORKBOOKS = (b"\xd0\xcf\x11\xe0", b"PK\x03\x04")
"""How an .xls (OLE) and an .xlsx (zip) file open."""
HEADER_ROWS = 10
"""How far down a workbook's first sheet CMT's header is looked for (below a title row)."""

Rows = Iterable[tuple[int, dict[str, str]]]


class CmtReader:
    """Reads a CMT paper export (workbook, CSV or TSV) into a pool of papers, the rejected and withdrawn left out."""

    name: ClassVar[str] = "cmt"
    description: ClassVar[str] = (
        "a Microsoft CMT paper export, xls/xlsx/CSV/TSV (Paper ID, Paper Title, Author Names, Status): accepted papers"
    )

    def detect(self, text: str) -> bool:
        """Whether the text opens with a CMT export's header: Paper ID and Paper Title."""
        head = text[:2000].lstrip("\ufeff \n")
        return head[:1] not in ("[", "{", "<") and is_cmt_header(header_names(head)) and not scheduled_export(head)

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the export into a pool of papers (no items).

        Raises:
            ParseError: for a text without a CMT header, or a quote never closed.
        """
        del context  # a paper list has no times
        names = tuple(cmt_name(name) for name in header_names(text))
        if not is_cmt_header(names):
            raise ParseError("expected a CMT export header: Paper ID, Paper Title, …", SourceRef(source, 1))
        if scheduled_export(text):  # read as papers, its times would be lost
            raise ParseError(
                "expected a paper list; its start column has times, so it is a programme: pass --format csv",
                SourceRef(source, 1),
            )
        rows = ((line, {cmt_name(name): cell for name, cell in row.items()}) for line, row in csv_rows(text, source))
        return _papers(names, rows, source)

    def detect_bytes(self, data: bytes) -> bool:
        """Whether `data` is a workbook whose first sheet has CMT's header near its top."""
        return cmt_sheet(data) is not None

    def read_bytes(self, data: bytes, *, source: str, context: ReadContext) -> Program:
        """Read the first sheet of a CMT workbook as `read` reads the CSV.

        Raises:
            ParseError: for a workbook without CMT's header in its first rows.
        """
        if not data.startswith(_WORKBOOKS):  # `--format cmt` on the CSV or TSV export
            return self.read(decode_feed(data, source), source=source, context=context)
        del context
        sheet = cmt_sheet(data)
        if sheet is None:
            raise ParseError(
                "expected a CMT workbook: Paper ID, Paper Title, … in the first sheet", SourceRef(source, 1)
            )
        names, rows = sheet
        return _papers(names, rows, source)


def cmt_sheet(data: bytes) -> tuple[tuple[str, ...], Iterator[tuple[int, dict[str, str]]]] | None:
    """The header names and rows ({name: text}, with the row's number) of a CMT workbook's first sheet."""
    if not data.startswith(_WORKBOOKS):
        return None
    try:
        check_sheet_sizes(data, "")  # before calamine, which aborts the process on a sheet too large
    except ParseError:
        return None  # the workbook reader says why
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        values = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False) if workbook.sheet_names else []
    except (CalamineError, ValueError, OSError, IndexError):
        return None
    cells = [[_cell_text(value) for value in row] for row in values]
    for at, row in enumerate(cells[:HEADER_ROWS]):
        names = tuple(cmt_name(" ".join(value.split()).casefold()) for value in row)
        if is_cmt_header(names):
            return names, _sheet_rows(names, cells, at + 1)
    return None


def _sheet_rows(names: tuple[str, ...], cells: list[list[str]], after: int) -> Iterator[tuple[int, dict[str, str]]]:
    for at in range(after, len(cells)):
        if any(value.strip() for value in cells[at]):
            yield at + 1, {name: value for name, value in zip(names, cells[at], strict=False) if name}


def _cell_text(value: object) -> str:
    """A cell as text: a whole number without ".0" (Paper ID 4, not 4.0)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _papers(names: tuple[str, ...], rows: Rows, source: str) -> Program:
    """The pool of papers of a CMT export's rows, the rejected and withdrawn left out and counted."""
    title_column = next(name for name in TITLE if name in names)
    author_column = next((name for name in AUTHORS if name in names), None)
    status_column = next((name for name in STATUS if name in names), None)
    papers: list[Paper] = []
    problems: list[Problem] = []
    statuses: Counter[str] = Counter()
    for line, row in rows:
        where = SourceRef(source, line)
        status = clean(row.get(status_column or "")) or "no status"
        statuses[status] += 1
        if _left_out(status):
            continue
        title = clean(row.get(title_column))
        title = " ".join(title.split()) if title else None  # Offline RL 2021's "Work:⏎Online Evaluation…": one line
        if title is None:
            problems.append(untitled(where, f"paper {row.get('paper id') or 'without an id'}"))
            continue
        authors = _authors(row.get(author_column or "", ""), author_column)
        paper = listed_paper(title, authors, clean(row.get("abstract")), _number(row, len(papers)), where)
        papers.append(attrs.evolve(paper, category=_presented_as(status)))
    used = (title_column, author_column, status_column)
    return paper_pool(source, papers, problems, _reading(papers, statuses, names, used))


def _presented_as(status: str) -> str | None:
    """The paper's category when its decision says how it is presented ("Poster", "Spotlight", "Oral": REALM 2025).

    CMT's own "Accept" (and no status) says no more than that the paper is in.
    """
    folded = status.casefold()
    return None if folded == "no status" or folded.startswith("accept") else status


def _left_out(status: str) -> bool:
    """Whether a status keeps the paper out of the program: rejected, withdrawn, or CMT's "Awaiting Decision"."""
    return is_rejected(status) or status.casefold().startswith("awaiting")


def _authors(written: str, column: str | None) -> tuple[str, ...]:
    """The names of an author cell, "Surname, Given" turned round, each affiliation in square brackets.

    >>> _authors("Shibata, Go*; Nishikimi, Ryo", "author names")
    ('Go Shibata', 'Ryo Nishikimi')
    >>> _authors("Omar A Peracha (Humtap, Inc.)*", "authors")
    ('Omar A Peracha [Humtap, Inc.]',)
    >>> _authors("Go Shibata ( Kyoto University)*; Melissa R McGuirl (Brown University )", "authors")
    ('Go Shibata [Kyoto University]', 'Melissa R McGuirl [Brown University]')
    >>> _authors("Jin, Hao*; 彭, 洋", "authornames")  # AISTATS 2022
    ('Hao Jin', '洋 彭')
    """
    parts = [part.strip().rstrip("*").strip() for part in written.split(";") if part.strip(" *")]
    if column in _SURNAME_FIRST and parts and all(part.count(",") == 1 and "(" not in part for part in parts):
        written = "; ".join(" ".join(reversed(part.split(","))) for part in parts)
    return tuple(affiliated(" ".join(name.split())) for name in split_authors(written))


def _number(row: dict[str, str], before: int) -> int:
    """The paper's number: its Paper ID when that is a number, else its place in the export."""
    written = (row.get("paper id") or row.get("submission id") or row.get("submission_id") or "").strip()
    is_number = written.isascii() and written.isdigit() and len(written) <= 18  # "²" is a digit; 5,000 digits no id
    return int(written) if is_number and int(written) > 0 else before + 1


def _reading(
    papers: list[Paper], statuses: Counter[str], names: tuple[str, ...], used: tuple[str, str | None, str | None]
) -> tuple[str, ...]:
    title, authors, status = used
    rejected = sum(number for said, number in statuses.items() if _left_out(said))
    identifier = next((shown for name, shown in _IDS.items() if name in names), None)
    numbered = f"{identifier} → number" if identifier else "no Paper ID: numbered in order"
    abstract = ", abstract" if "abstract" in names else ""
    others = [name for name in names if name in AUTHORS[:-1] and name != authors]  # not the contact author's
    unread = f"; not read: {', '.join(others)} (the authors are read from {authors})" if others else ""
    lines = [
        f"{counted(len(papers), 'paper')} of {counted(sum(statuses.values()), 'submission')} (CMT export)",
        f"columns: {numbered}, {title} → title, {authors or 'no author column'} → authors{abstract}, "
        f"{status or 'no status column'} → left out when rejected, withdrawn or awaiting a decision{unread}",
    ]
    categories = Counter(paper.category for paper in papers if paper.category)
    if categories:  # a decision naming how each paper is presented
        lines.append(
            f"{status} → category: " + ", ".join(f"{name} {count}" for name, count in categories.most_common())
        )
    if rejected:
        said = ", ".join(f"{number} {status!r}" for status, number in sorted(statuses.items()) if _left_out(status))
        lines.append(f"left out {counted(rejected, 'paper')}: {said}")
    return tuple(lines)

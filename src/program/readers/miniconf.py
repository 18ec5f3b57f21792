"""The paper lists of Mini-Conf virtual conference sites: `sitedata/papers.csv` and `papers.json`.

Mini-Conf (ICLR 2020, ACL 2020, EMNLP 2020 and hundreds of forks) keeps one row per
paper: ``UID,title,authors,abstract,keywords,sessions,…``, the authors joined by ``|``.
Some sites keep JSON instead: a list of ``{"id", "forum", "content": {"title", "authors",
"abstract", …}}`` (OpenReview's shape, without its bookkeeping), or an object of flat
records keyed by UID. Each paper becomes a paper of the pool; the sites' sessions, times
and keywords are theirs to lay out and are not read (`program check` lists the columns it
left). A row without a title is an error at its line.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any, ClassVar

from program.errors import ParseError
from program.model import Link, Paper, Problem, Program, SourceRef
from program.readers.app_json import Locator
from program.readers.base import ReadContext, load_json
from program.readers.paper_headerless import PaperColumns, paper_columns
from program.readers.paper_records import (
    affiliated,
    authors_column,
    clean,
    counted,
    csv_rows,
    header_names,
    is_miniconf_header,
    listed_paper,
    paper_pool,
    split_authors,
    untitled,
)

READ = ("uid", "title", "authors", "lead authors", "abstract", "#")
"""Columns read (the UID only names a paper without a title in its error)."""
KIND_COLUMNS = ("length", "type", "presentation_type")
"""A column of the paper's kind, its category: ACS 2021's `Length`, "Long" or "short" (a paper's, no duration);
SEA 2025's `presentation_type`, Poster or Oral."""
LINKS = (("pdf_url", "PDF"), ("paper_url", "Paper"), ("paper", "Paper"), ("link", "Link"), ("url", "Link"))
"""Columns (or content keys) that hold the paper's addresses, with the label each link gets."""
OPENREVIEW_KEYS = re.compile(r'"(?:invitations?|paperhash|authorids|venueid|tcdate|cdate|replyto|signatures)"')
"""Keys only OpenReview's own notes have: such a file is the openreview reader's."""
_PAPER_KEYS = re.compile(r'"(?:title|authors|abstract|TLDR)"')
_CONTENT = re.compile(r'"content"\s*:\s*\{')


class MiniconfReader:
    """Reads a Mini-Conf site's papers.csv or papers.json into a pool of papers."""

    name: ClassVar[str] = "miniconf"
    description: ClassVar[str] = (
        "a Mini-Conf virtual site's paper list: papers.csv (UID,title,authors,abstract,…) or papers.json"
    )

    def detect(self, text: str) -> bool:
        """Whether the text opens a papers.csv header, or JSON paper records that are not OpenReview notes."""
        head = text[:2000].lstrip("\ufeff \n\t")
        if head[:1] in ("[", "{"):
            if OPENREVIEW_KEYS.search(head):
                return False
            # Mini-Conf's "content" holds the paper's fields; a site's blog post (Hoverboard's) writes its text there
            return (_CONTENT.search(head) is not None or '"UID"' in head) and _PAPER_KEYS.search(head) is not None
        return is_miniconf_header(header_names(head)) or paper_columns(text) is not None

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the paper list into a pool of papers (no items).

        Raises:
            ParseError: for text that is neither such a CSV table nor such JSON.
        """
        del context  # a paper list has no times
        if text.lstrip("\ufeff \n\t")[:1] in ("[", "{"):
            papers, problems, reading = _json_papers(text, source)
        else:
            papers, problems, reading = _csv_papers(text, source)
        return paper_pool(source, papers, problems, (f"{counted(len(papers), 'paper')} (Mini-Conf)", *reading))


def _links(fields: dict[str, Any]) -> list[Link]:
    found: dict[str, Link] = {}
    for key, label in LINKS:
        values = fields.get(key)
        for value in values if isinstance(values, list) else [values]:
            address = clean(value)
            if address and address.startswith(("http://", "https://")) and address not in found:
                found[address] = Link(label, address)
    return list(found.values())


def _csv_papers(text: str, source: str) -> tuple[list[Paper], list[Problem], list[str]]:
    names = header_names(text)
    if not is_miniconf_header(names) and (columns := paper_columns(text)) is not None:
        return _headerless_papers(text, source, columns)
    if not is_miniconf_header(names):
        raise ParseError("expected a Mini-Conf papers.csv header: UID, title, authors, …", SourceRef(source, 1))
    papers: list[Paper] = []
    problems: list[Problem] = []
    joined: set[str] = set()
    rows = list(csv_rows(text, source))
    # authors joined as CMT joins them: a bracket after a name is the affiliation ("Iddo Drori (MIT)*; …"), in
    # every row, a paper of one author too ("Futoshi Futami (NTT)*")
    key = authors_column(names)
    kind = next((name for name in KIND_COLUMNS if name in names), None)
    cmt_joined = any(";" in row.get(key, "") for _, row in rows)
    for line, row in rows:
        joined.add(next((mark for mark in ("|", ";", ",") if mark in row.get(key, "")), ""))
        where = SourceRef(source, line)
        title = clean(row.get("title"))
        if title is None:
            problems.append(untitled(where, f"the paper {row.get('uid') or row.get('id') or 'without a UID'}"))
            continue
        authors = split_authors(row.get(key, ""))
        authors = tuple(affiliated(name) for name in authors) if cmt_joined else authors
        category = clean(row.get(kind)) if kind else None
        abstract = clean(row.get("abstract"))
        papers.append(listed_paper(title, authors, abstract, len(papers) + 1, where, _links(row), category))
    others = [name for name in names if name and name not in (*READ, kind) and name not in dict(LINKS)]
    linked = [name for name in names if name in dict(LINKS)]
    marks = " or ".join(mark for mark in ("|", ";", ",") if mark in joined) or "|"
    shown = f"title, {key} (joined by {marks}), abstract{f', {kind} → category' if kind else ''}"
    reading = [f"columns: {shown}{''.join(f', {name} → link' for name in linked)}"]
    if others:
        reading.append(f"not read: {', '.join(others)}")
    return papers, problems, reading


def _headerless_papers(text: str, source: str, columns: PaperColumns) -> tuple[list[Paper], list[Problem], list[str]]:
    """The papers of a table without a header row, by the columns `paper_columns` found (see paper_headerless)."""
    papers: list[Paper] = []
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    line = 1
    for record in reader:
        if any(value.strip() for value in record) and len(record) > columns.emails:
            abstract = clean(record[columns.abstract]) if columns.abstract is not None else None
            where = SourceRef(source, line)
            authors = split_authors(record[columns.authors])
            papers.append(listed_paper(record[columns.title].strip(), authors, abstract, len(papers) + 1, where))
        line = reader.line_num + 1
    blank = [f"{counted(columns.blank_rows, 'blank row')} above the papers (no header)"] if columns.blank_rows else []
    return papers, [], ["a paper list without a header row", f"columns: {columns.said()}", *blank]


def _json_papers(text: str, source: str) -> tuple[list[Paper], list[Problem], list[str]]:
    document = load_json(text, source)
    records = list(document.values()) if isinstance(document, dict) else document
    if not isinstance(records, list) or not all(isinstance(record, dict) for record in records):
        raise ParseError("expected a list (or an object) of paper records", SourceRef(source, 1))
    locator = Locator(text, source)
    papers: list[Paper] = []
    problems: list[Problem] = []
    for number, record in enumerate(records, start=1):
        fields = record["content"] if isinstance(record.get("content"), dict) else record
        title = clean(fields.get("title"))
        where = locator.next("title", fields.get("title"))
        if title is None:
            problems.append(untitled(where, f"paper record {number}"))
            continue
        authors = fields.get("authors")
        names = [name.strip() for name in authors if isinstance(name, str)] if isinstance(authors, list) else None
        people = tuple(name for name in names if name) if names is not None else split_authors(clean(authors) or "")
        papers.append(
            listed_paper(title, people, clean(fields.get("abstract")), len(papers) + 1, where, _links(fields))
        )
    shape = "records with content" if any(isinstance(record.get("content"), dict) for record in records) else "records"
    return papers, problems, [f"a papers.json of {counted(len(records), 'record')} ({shape})"]

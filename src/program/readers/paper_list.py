"""An accepted-paper list as text: the page copied, or the site's Markdown source.

Each paper is a title and its authors, on two lines (title, then authors, then perhaps an
abstract), on one (the shapes are in `program.readers.paper_lines`), or in a table's row
under a header naming both columns (`program.readers.paper_table`). Headings name the
list's sections ("Regular Papers", "**Long papers:**"); a paper's section becomes its
category. Lines that are neither (an introduction, a note) are not papers: those between
the first paper and the last are listed by `program check`, the others counted.

An author line followed by an abstract, with no title line before it, is an error that says
the titles are missing: the reader never takes a sentence of the abstract for a title. An
author line right below a one-line paper is an error that says so (the title is there): the
list wraps an entry in a way `paper_lines` does not join.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import ClassVar

from program.errors import ParseError
from program.model import Program, SourceRef
from program.readers.base import FRONT_MATTER, ReadContext
from program.readers.paper_bold_blocks import bold_block_papers
from program.readers.paper_classes import class_marked_papers
from program.readers.paper_labels import MIN_PAPERS, labelled_papers, labelled_reading, labelled_records
from program.readers.paper_lines import page_lines
from program.readers.paper_page import content_lines, is_paper_page
from program.readers.paper_pandoc import without_menus
from program.readers.paper_records import header_names, is_csv_table, is_paper_list_header, paper_pool
from program.readers.paper_walk import Found, list_order, papers_of, said, walk

_CLOCK = re.compile(r"\b\d{1,2}(?:[:.h]\d{2}|\s*[ap]\.?m\.?)(?!\w)", re.IGNORECASE)
_MIN_CLOCKS = 2
_KEY_VALUE = re.compile(r"^\s*(?:-\s+)?[\w.-]+\s*[:=](?:\s|$)", re.MULTILINE)
"""A YAML or TOML key ("title: …", "- name: …", "timezone = …"); the front matter of a Markdown page has them too."""
_MIN_KEYS = 3
_NOT_OURS = ("<!doctype", "<html", "<?xml", "{", "[", "begin:")
"""How HTML documents, JSON and iCalendar files open (the readers of their own formats read them)."""
_HTML = ("<!doctype", "<html")
_MIN_PAPERS = 2
_OPENING = 2000
_LINE_SEEN = 600
"""How much of a line detection looks at: an abstract is one line of prose whatever its length."""
_SCANNED = 40_000
_CLOSING_TAGS = re.compile(r"(?:</[a-zA-Z]+\s*>\s*)+$")


class PaperListReader:
    """Reads accepted-paper lists copied as text or written in Markdown."""

    name: ClassVar[str] = "paper-list"
    description: ClassVar[str] = (
        "an accepted-paper list as text or Markdown: a title line then an author line, "
        "'Title. A, B and C' / 'A and B. *Title*' on one line, or a '| Author(s) | Title |' table"
    )

    def detect(self, text: str) -> bool:
        """Whether the opening holds two papers or more, fewer lines not placed after the first, and no schedule."""
        head = _opening(without_menus(FRONT_MATTER.sub("", text[:_SCANNED])))  # PEPM 2008's wiki menus first
        if (opening := text[:100].lstrip("\ufeff \n").casefold()).startswith(_NOT_OURS):
            return opening.startswith(_HTML) and is_paper_page(text[:_SCANNED])  # RuleML 2010's saved CMS page
        if is_paper_list_header(header_names(text)) or is_csv_table(text):
            return False  # a CSV with a header row (papers from Mini-Conf, CMT, a site): read by its columns
        blocks = bold_block_papers(text[:_SCANNED], "") is not None  # CCIR 2023: its abstracts write "0.51%"
        if len(_CLOCK.findall(head)) >= _MIN_CLOCKS and not blocks:
            return False  # a schedule's times: another reader's file
        if blocks or len(labelled_records(text[:_SCANNED])) >= MIN_PAPERS:
            return True  # "<b>Title:</b> …<br><b>Authors:</b> …" (ENLSP 2021), bold title blocks: marked parts
        lines = page_lines(head)
        found = walk(lines, "", list_order(lines))
        papers = len(found.entries)
        if papers < _MIN_PAPERS or found.problems or _keys(head, found) >= _MIN_KEYS:
            return False  # YAML or TOML keys: another reader's file
        first = found.entries[0].title_line.number  # an introduction above the list is no sign against it
        return sum(line.number > first for line in found.unplaced) < papers

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the list into a pool of papers (no items); entries without titles become errors."""
        del context  # a list has no times
        if (marked := class_marked_papers(text, source)) is not None:
            reading = f"{len(marked)} papers, each marked by the page: class 'title', its 'authors' beside it"
            return paper_pool(source, marked, (), (reading,))
        if (blocks := bold_block_papers(text, source)) is not None:
            authored = sum(1 for paper in blocks if paper.authors)
            reading = (
                f"{len(blocks)} papers, each a bold title block over its abstract and authors ({authored} with authors)"
            )
            return paper_pool(source, blocks, (), (reading,))
        if len(records := labelled_records(text)) >= MIN_PAPERS:
            papers = labelled_papers(records, source)
            return paper_pool(source, papers, (), labelled_reading(records, papers))
        lines, content = content_lines(text, page_lines(text))  # a saved page's menus are no papers
        found = walk(lines, source, list_order(lines))
        if not found.entries:
            if found.problems:  # every line in error is named: the user mends them all at once
                first, *others = found.problems
                more = ", ".join(str(problem.source.line) for problem in others if problem.source is not None)
                message = f"{first.message} (the same at lines {more})" if more else first.message
                raise ParseError(message, first.source or SourceRef(source, 1))
            raise ParseError("expected papers (a title and its authors), found none", SourceRef(source, 1))
        papers, repeated = papers_of(found.entries, source)
        return Program(
            title=Path(source).stem,
            timezone="UTC",
            papers=tuple(papers),
            problems=tuple(found.problems),
            sources=(source,),
            reading=(*said(found, papers, repeated, source), *([content] if content else [])),
        )


def _keys(head: str, found: Found) -> int:
    """The YAML or TOML keys of the opening, the papers' titles left out.

    "- KuPID: Kmer-based Upstream Preprocessing…" (RECOMB 2026) is a title with a colon, not
    a key: a list of such titles is a paper list.
    """
    titles = {entry.title_line.number for entry in found.entries}
    starts = (key.end() - len(key.group().lstrip()) for key in _KEY_VALUE.finditer(head))  # "^\\s*" spans blank lines
    numbers = (head.count("\n", 0, start) + 1 for start in starts)
    return sum(number not in titles for number in numbers)


def _opening(text: str) -> str:
    """The list's opening ~2000 characters, each line cut to 600.

    A list that gives each paper's abstract (SSDBM 2023: 1,500 characters each) would
    otherwise show one paper only in its opening; cut, the opening holds two or three. A
    cut line keeps the closing tags it ends with, so that an abstract block
    (``<abstract>…</abstract>``) is still one.
    """
    kept: list[str] = []
    size = 0
    for line in text.split("\n"):
        if size >= _OPENING:
            break
        closing = _CLOSING_TAGS.search(line[_LINE_SEEN:]) if len(line) > _LINE_SEEN else None
        kept.append(line[:_LINE_SEEN] + (closing.group() if closing else ""))
        size += len(kept[-1]) + 1
    return "\n".join(kept)[:_OPENING]

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
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import attrs

from program.errors import ParseError
from program.model import Link, Paper, Problem, Program, Severity, SourceRef
from program.readers.base import ReadContext
from program.readers.paper_lines import (
    FRONT_MATTER,
    Order,
    PaperLine,
    Reading,
    is_author_list,
    is_mixed,
    is_prose,
    page_lines,
    read_one_line,
    title_and_note,
)
from program.readers.paper_records import counted, header_names, is_paper_list_header, listed_paper, split_authors
from program.readers.paper_table import PaperTable, is_table_rule, paper_table, table_cells

_CLOCK = re.compile(r"\b\d{1,2}(?:[:.h]\d{2}|\s*[ap]\.?m\.?)(?!\w)", re.IGNORECASE)
_MIN_CLOCKS = 2
_KEY_VALUE = re.compile(r"^\s*(?:-\s+)?[\w.-]+\s*[:=](?:\s|$)", re.MULTILINE)
"""A YAML or TOML key ("title: …", "- name: …", "timezone = …"); the front matter of a Markdown page has them too."""
_MIN_KEYS = 3
_NOT_OURS = ("<!doctype", "<html", "<?xml", "{", "[", "begin:")
"""How HTML documents, JSON and iCalendar files open (the readers of their own formats read them)."""
_MIN_PAPERS = 2
_OPENING = 2000
_LINE_SEEN = 600
"""How much of a line detection looks at: an abstract is one line of prose whatever its length."""
_SCANNED = 40_000
_ABSTRACT_LABELS = frozenset({"abstract", "summary"})
_QUOTED = 60


@attrs.frozen
class Entry:
    """A paper found in the list, with the lines it was read from."""

    reading: Reading
    title_line: PaperLine
    shape: str
    section: str | None
    abstract: tuple[PaperLine, ...] = ()


@attrs.define
class _Found:
    """What a walk over the lines found."""

    entries: list[Entry] = attrs.field(factory=list)
    problems: list[Problem] = attrs.field(factory=list)
    unplaced: list[PaperLine] = attrs.field(factory=list)


class PaperListReader:
    """Reads accepted-paper lists copied as text or written in Markdown."""

    name: ClassVar[str] = "paper-list"
    description: ClassVar[str] = (
        "an accepted-paper list as text or Markdown: a title line then an author line, "
        "'Title. A, B and C' / 'A and B. *Title*' on one line, or a '| Author(s) | Title |' table"
    )

    def detect(self, text: str) -> bool:
        """Whether the opening holds two papers or more and no schedule (lines led by times)."""
        head = _opening(FRONT_MATTER.sub("", text[:_SCANNED]))
        if text[:100].lstrip("\ufeff \n").casefold().startswith(_NOT_OURS):
            return False
        if is_paper_list_header(header_names(text)):
            return False  # a CSV of papers (Mini-Conf, CMT): its own readers read its columns
        if len(_KEY_VALUE.findall(head)) >= _MIN_KEYS or len(_CLOCK.findall(head)) >= _MIN_CLOCKS:
            return False  # YAML or TOML keys, a schedule's times: other readers' files
        lines = page_lines(head)
        found = _walk(lines, "", _order(lines))
        papers = len(found.entries)
        return papers >= _MIN_PAPERS and not found.problems and len(found.unplaced) < papers

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the list into a pool of papers (no items); entries without titles become errors."""
        del context  # a list has no times
        lines = page_lines(text)
        found = _walk(lines, source, _order(lines))
        if not found.entries:
            if found.problems:
                raise ParseError(found.problems[0].message, found.problems[0].source or SourceRef(source, 1))
            raise ParseError("expected papers (a title and its authors), found none", SourceRef(source, 1))
        papers, repeated = _papers(found.entries, source)
        return Program(
            title=Path(source).stem,
            timezone="UTC",
            papers=tuple(papers),
            problems=tuple(found.problems),
            sources=(source,),
            reading=_said(found, papers, repeated, lines, source),
        )


def _opening(text: str) -> str:
    """The list's opening ~2000 characters, each line cut to 600.

    A list that gives each paper's abstract (SSDBM 2023: 1,500 characters each) would
    otherwise show one paper only in its opening; cut, the opening holds two or three.
    """
    kept: list[str] = []
    size = 0
    for line in text.split("\n"):
        if size >= _OPENING:
            break
        kept.append(line[:_LINE_SEEN])
        size += len(kept[-1]) + 1
    return "\n".join(kept)[:_OPENING]


def _order(lines: Sequence[PaperLine]) -> Order | None:
    """The order the list's one-line entries use where it is plain (a title that reads as no name)."""
    orders = Counter(reading.order for line in lines if (reading := read_one_line(line)) is not None)
    return orders.most_common(1)[0][0] if orders else None


def _walk(lines: Sequence[PaperLine], source: str, order: Order | None) -> _Found:
    found = _Found()
    section: str | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        authors_next = following is not None and not following.heading and is_author_list(following.text)
        if line.heading:
            section = line.text
            index += 1
        elif (table := paper_table(line.text)) is not None:
            index = _table_rows(found, lines, index + 1, table, section)
        elif is_mixed(line) and (reading := read_one_line(line, order)) is not None:
            index = _entry(
                found, lines, index + 1, order, Entry(reading, line, f"one line, {reading.order.value}", section)
            )
        elif is_author_list(line.text) and not authors_next:
            index = _untitled(lines, index, source, found)
        elif authors_next and following is not None:
            title, note = title_and_note(line)
            reading = Reading(title, split_authors(following.text), Order.TITLE_FIRST, note)
            index = _entry(found, lines, index + 2, order, Entry(reading, line, "title line, author line", section))
        elif (reading := read_one_line(line, order)) is not None:
            shape = f"one line, {reading.order.value}"
            index = _entry(found, lines, index + 1, order, Entry(reading, line, shape, section))
        else:
            found.unplaced.append(line)
            index += 1
    return found


def _table_rows(found: _Found, lines: Sequence[PaperLine], index: int, table: PaperTable, section: str | None) -> int:
    """Record the papers of a table's rows, up to its end; return the index after them."""
    while index < len(lines) and (cells := table_cells(lines[index].text)) is not None:
        line = lines[index]
        index += 1
        title, authors = table.title_and_authors(cells)
        if is_table_rule(line.text):
            continue
        if not title:
            found.unplaced.append(line)
            continue
        reading = Reading(title, split_authors(authors), Order.TITLE_FIRST)
        found.entries.append(Entry(reading, line, "table row (title and authors columns)", section))
    return index


def _entry(found: _Found, lines: Sequence[PaperLine], index: int, order: Order | None, entry: Entry) -> int:
    """Record `entry` with the abstract lines that follow it; return the index after them."""
    if index < len(lines) and lines[index].text.casefold() in _ABSTRACT_LABELS:
        index += 1  # "Abstract" on a line of its own, above the abstract
    start = index
    while index < len(lines) and _is_abstract(lines, index, order):
        index += 1
    found.entries.append(attrs.evolve(entry, abstract=tuple(lines[start:index])))
    return index


def _is_abstract(lines: Sequence[PaperLine], index: int, order: Order | None) -> bool:
    """Whether a line after a paper is its abstract: prose that is no paper of its own and no title of the next."""
    line = lines[index]
    if line.heading or not is_prose(line) or read_one_line(line, order) is not None:
        return False
    after = lines[index + 1] if index + 1 < len(lines) else None
    return after is None or after.heading or not is_author_list(after.text)


def _untitled(lines: Sequence[PaperLine], index: int, source: str, found: _Found) -> int:
    """An author line with no title line before it: an error, and the abstract after it skipped."""
    line = lines[index]
    after = index + 1
    while after < len(lines) and is_prose(lines[after]):
        after += 1
    what = "followed by an abstract" if after > index + 1 else "standing alone"
    message = (
        f"the titles are missing: an author line ({_quoted(line.text)}) {what}, with no title line before it; "
        "copy the list with its titles"
    )
    above = found.entries[-1] if found.entries else None
    if above is not None and not above.abstract and above.title_line.number == line.number - 1:
        message = (  # a title is there, on the line above: the list wraps its entries in a way not read
            f"an author line ({_quoted(line.text)}) right below the paper of line {above.title_line.number}, "
            "which reads as whole without it; if the line continues that paper's authors, join the two lines, "
            "and if it is another paper's, give it its title"
        )
    found.problems.append(Problem(Severity.ERROR, "unreadable-entry", message, SourceRef(source, line.number)))
    return after


def _papers(entries: Sequence[Entry], source: str) -> tuple[list[Paper], list[str]]:
    papers: list[Paper] = []
    first_line: dict[str, int] = {}
    repeated: list[str] = []
    for entry in entries:
        title = entry.reading.title
        if title.casefold() in first_line:
            repeated.append(f"{_quoted(title)} (lines {first_line[title.casefold()]} and {entry.title_line.number})")
            continue
        first_line[title.casefold()] = entry.title_line.number
        abstract = " ".join(line.text for line in entry.abstract) or None
        paper = listed_paper(
            title,
            entry.reading.authors,
            abstract,
            len(papers) + 1,
            SourceRef(source, entry.title_line.number),
            [Link("paper", url) for url in entry.title_line.links],
        )
        papers.append(attrs.evolve(paper, category=_category(entry)))
    return papers, repeated


def _category(entry: Entry) -> str | None:
    note = entry.reading.note
    if entry.section and note:
        return f"{entry.section} ({note})"
    return entry.section or note


def _said(
    found: _Found, papers: Sequence[Paper], repeated: Sequence[str], lines: Sequence[PaperLine], source: str
) -> tuple[str, ...]:
    authors = {name for paper in papers for name in paper.authors}
    shapes = Counter(entry.shape for entry in found.entries)
    first = min(entry.title_line.number for entry in found.entries)
    last = max((entry.abstract[-1] if entry.abstract else entry.title_line).number + 1 for entry in found.entries)
    inside = [line for line in found.unplaced if first < line.number < last]
    said = [
        f"{counted(len(papers), 'paper')}, {counted(len(authors), 'author')}; shape: "
        + ", ".join(f"{shape} ({count})" for shape, count in shapes.most_common()),
        f"{len(inside)} lines inside the list not placed, {len(found.unplaced) - len(inside)} outside it",
    ]
    sections = list(dict.fromkeys(line.text for line in lines if line.heading))
    if sections:
        said.append("sections (the papers' categories): " + ", ".join(sections))
    said.extend(f"listed twice, read once: {text}" for text in repeated)
    said.extend(f"{source}:{line.number}: note: not placed: {_quoted(line.text)}" for line in inside)
    return tuple(said)


def _quoted(text: str) -> str:
    return repr(text if len(text) <= _QUOTED else text[: _QUOTED - 1] + "…")

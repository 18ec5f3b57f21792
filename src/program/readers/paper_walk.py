"""The walk over a paper list's lines that finds its papers.

The paper-list reader and a schedule page's list of papers (`page_papers`) share it.

A paper is a title line and an author line, one line with both (`paper_lines`), a table's
row (`paper_table`), or a heading with one author a line below it, each with where they
work (``## Title`` then ``* Ada Lovelace, _Engine Club_``: AD&D 2024). After a paper may
come a line of affiliations (read only right above an abstract, where it cannot be the next
paper's title), its abstract (prose, an "Abstract" label, or a block the markup marks) and
rows of links (``[PDF](…) • [Forum](…)``), which become the paper's links with their labels.

An author line followed by an abstract, with no title line before it, is an error that says
the titles are missing: the walk never takes a sentence of the abstract for a title. An
author line right below a one-line paper is an error that says so (the title is there).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import attrs

from program.model import Link, Paper, Problem, Severity, SourceRef
from program.readers.paper_affiliations import affiliated_authors
from program.readers.paper_lines import (
    Order,
    PaperLine,
    Reading,
    is_author_list,
    is_mixed,
    is_prose,
    read_one_line,
    title_and_note,
)
from program.readers.paper_lower_authors import (
    author_line_below,
    is_author_line,
    listed_authors,
    pairs_titles_with_authors,
)
from program.readers.paper_records import counted, listed_paper, split_authors
from program.readers.paper_sentences import is_sentence, never_a_title
from program.readers.paper_table import PaperTable, is_table_rule, paper_table, table_cells

ABSTRACT_LABELS = frozenset({"abstract", "summary"})
_QUOTED = 60
LINK_LABELS = frozenset({
    "pdf", "paper", "forum", "openreview", "arxiv", "code", "github", "slides", "video", "poster", "talk",
    "recording", "bibtex", "abstract", "supplementary", "supplement", "project page", "website", "preprint", "doi",
    "link", "camera-ready", "camera ready", "extended abstract", "full paper", "demo",
})  # fmt: skip
"""What a list calls a paper's links ("[PDF](…) • [Forum](…)"): labels, never titles."""
_MAX_AFFILIATION_LINES = 2
_BRACKETED_NOTE = re.compile(r"^\([^()]{1,40}\)$")
"""A line that is a short note in brackets ("(short talk)"): no title, the note of the paper above."""


@attrs.frozen
class Entry:
    """A paper found in the list, with the lines it was read from and the links below it."""

    reading: Reading
    title_line: PaperLine
    shape: str
    section: str | None
    abstract: tuple[PaperLine, ...] = ()
    links: tuple[Link, ...] = ()
    affiliations: tuple[PaperLine, ...] = ()


@attrs.define
class Found:
    """What a walk over the lines found."""

    entries: list[Entry] = attrs.field(factory=list)
    problems: list[Problem] = attrs.field(factory=list)
    unplaced: list[PaperLine] = attrs.field(factory=list)


def list_order(lines: Sequence[PaperLine]) -> Order | None:
    """The order the list's one-line entries use where it is plain (a title that reads as no name)."""
    orders = Counter(reading.order for line in lines if (reading := read_one_line(line)) is not None)
    return orders.most_common(1)[0][0] if orders else None


def walk(lines: Sequence[PaperLine], source: str, order: Order | None) -> Found:
    """The papers, problems and lines not placed of a list's lines (`page_lines`)."""
    found = Found()
    section: str | None = None
    index = 0
    lower_case = pairs_titles_with_authors(lines)  # MELT 2025's "sachin panicker" below a linked title
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        authors_next = following is not None and author_line_below(line, following, lower_case=lower_case)
        # "- A, and B, *Title*" is a paper of its own, no title over "Name, *Affiliation*" lines (GandALF 2025)
        one_line = read_one_line(line, order) if is_mixed(line) and not line.heading else None
        # "- **Um modelo para … Senso Comum.**" over its authors (STIL 2019): a bold sentence is a title, not prose
        prose = is_prose(line) and not (line.parts and all(apart for _, apart in line.parts))
        titled = line.heading or not (line.abstract or is_author_list(line.text) or prose or one_line)
        below, after = affiliated_authors(lines, index + 1) if titled else ([], index)  # each run looked at once
        if line.linked_title and not authors_next:  # "+ [Title](x.pdf)" and no authors: a paper without them
            entry = Entry(Reading(line.text, (), Order.TITLE_FIRST), line, "linked title, no authors", section)
            index = _entry(found, lines, index + 1, order, entry)
        elif line.abstract or (line.link_row and not authors_next):
            found.unplaced.append(line)  # an abstract or links with no paper above them
            index += 1
        elif below:
            bold = line.parts[0][0].strip() if len(line.parts) == 1 and line.parts[0][1] else None  # its full stop kept
            above = Reading(bold or title_and_note(line)[0], tuple(below), Order.TITLE_FIRST)
            entry = Entry(above, line, "title, then one author a line with affiliation", section)
            index = _entry(found, lines, after, order, entry)
        elif line.heading:
            section = line.text
            index += 1
        elif (table := paper_table(line.text)) is not None:
            index = _table_rows(found, lines, index + 1, table, section)
        elif one_line is not None:
            shape = f"one line, {one_line.order.value}"
            index = _entry(found, lines, index + 1, order, Entry(one_line, line, shape, section))
        elif (moved := _authors_then_title(found, lines, index, order, section)) is not None:
            index = moved
        elif is_author_list(line.text) and not authors_next:
            index = _untitled(lines, index, source, found)
        elif authors_next and following is not None:
            title, note = title_and_note(line)
            two_lines = Reading(title, listed_authors(following.text), Order.TITLE_FIRST, note)
            links = tuple(Link("paper", url) for url in following.links)
            entry = Entry(two_lines, line, "title line, author line", section, links=links)
            index = _entry(found, lines, index + 2, order, entry)
        elif (reading := read_one_line(line, order)) is not None:
            shape = f"one line, {reading.order.value}"
            index = _entry(found, lines, index + 1, order, Entry(reading, line, shape, section))
        else:
            found.unplaced.append(line)
            index += 1
    return found


def _authors_then_title(
    found: Found, lines: Sequence[PaperLine], index: int, order: Order | None, section: str | None
) -> int | None:
    """Read an author line over its title set apart, or a note in brackets under a paper; None for other lines.

    DisCoTec 2019 writes ``G. Michele Pinna <br/>`` over ``*Representing dependencies in Event Structures*``
    (``*Only Connect, Securely* (Journal-first)``), and ``<br/>(short talk)`` under some: the paper's note.
    """
    line = lines[index]
    if _BRACKETED_NOTE.match(line.text) and found.entries and not found.entries[-1].reading.note:
        above = found.entries[-1]
        found.entries[-1] = attrs.evolve(above, reading=attrs.evolve(above.reading, note=line.text.strip("() ")))
        return index + 1
    label = None
    if (found.entries[-1].shape if found.entries else None) == _AUTHORS_FIRST and _labels(lines, index):
        label, index = line.text, index + 1  # "**Coordination Best Paper** <br/>" over the authors: the paper's note
    following = lines[index + 1] if index + 1 < len(lines) else None
    line = lines[index]
    if following is None or not is_author_list(line.text):
        return None
    # "*Reversing P/T Nets*" reads as a name too: under two authors or more, one "name" set apart is the title
    many = len(split_authors(line.text)) > 1
    if (marked := _marked_title(following, names_allowed=many)) is None:
        return None
    note = ", ".join(part for part in (label, marked[1]) if part) or None
    reading = Reading(marked[0], split_authors(line.text), Order.AUTHORS_FIRST, note)
    entry = Entry(reading, following, _AUTHORS_FIRST, section)
    return _entry(found, lines, index + 2, order, entry)


_AUTHORS_FIRST = "author line, then the title set apart"


def _labels(lines: Sequence[PaperLine], index: int) -> bool:
    """Whether the line at `index`, all set apart, labels the author line and the title set apart below it.

    Asked only in a list whose papers are written authors first: in one written title first, a
    bold title over its authors and the next bold title has this shape too.
    """
    line = lines[index]
    if not line.parts or not all(apart for _, apart in line.parts) or index + 2 >= len(lines):
        return False
    return is_author_list(lines[index + 1].text) and _marked_title(lines[index + 2], names_allowed=True) is not None


def _marked_title(line: PaperLine, *, names_allowed: bool) -> tuple[str, str | None] | None:
    """A title line's title and note when all its title is set apart (a note in brackets may follow), else None.

    A title that reads as a list of names is one only when `names_allowed` (and it is one name's shape).
    """
    if line.heading or line.abstract or not line.parts or not line.parts[0][1]:
        return None
    title, rest = line.parts[0][0].strip(), " ".join(text for text, _ in line.parts[1:]).strip()
    named = is_author_list(title) and not (names_allowed and len(split_authors(title)) == 1)
    if (rest and not _BRACKETED_NOTE.match(rest)) or named or is_prose(attrs.evolve(line, text=title)):
        return None
    return title, rest.strip("() ") or None


def _table_rows(found: Found, lines: Sequence[PaperLine], index: int, table: PaperTable, section: str | None) -> int:
    """Record the papers of a table's rows, up to its end (a blank line or a line of no cells); return the index after.

    A row needs no pipe at its ends, so a blank line ends the table as it ends it in Markdown: an author line
    "A | B" below it is no row.
    """
    while index < len(lines) and (cells := table_cells(lines[index].text)) is not None:
        line = lines[index]
        if line.number != lines[index - 1].number + 1:
            break
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


def _entry(found: Found, lines: Sequence[PaperLine], index: int, order: Order | None, entry: Entry) -> int:
    """Record `entry` with the affiliations, abstract and links that follow it; return the index after them."""
    start = index
    index = _affiliations_end(lines, index)
    affiliations = tuple(lines[start:index])
    if index < len(lines) and lines[index].text.casefold() in ABSTRACT_LABELS:
        index += 1  # "Abstract" on a line of its own, above the abstract
    abstract: list[PaperLine] = []
    links = list(entry.links)
    while index < len(lines):
        line = lines[index]
        if line.abstract or _is_abstract(lines, index, order, short=not abstract):
            abstract.append(line)
        elif line.link_row and not _titles_next(lines, index):
            links.extend(line.link_row)
        else:
            break
        index += 1
    found.entries.append(attrs.evolve(entry, abstract=tuple(abstract), links=tuple(links), affiliations=affiliations))
    return index


def _affiliations_end(lines: Sequence[PaperLine], index: int) -> int:
    """The index after the affiliation lines at `index`: short lines right above an abstract, or `index`.

    SecHope 2023 gives "University of Cambridge" or "JPMorgan Chase, Cornell University"
    under the authors: read as a paper's first line, it is a title with no authors, or an
    author line ("UC Berkeley") with no title.
    """
    for end in range(index, min(index + _MAX_AFFILIATION_LINES, len(lines))):
        line = lines[end]
        if line.heading or line.abstract or line.link_row or is_prose(line) or line.number_mark is not None:
            break
        after = lines[end + 1] if end + 1 < len(lines) else None
        if after is not None and (after.abstract or after.text.casefold() in ABSTRACT_LABELS):
            return end + 1
    return index


def _titles_next(lines: Sequence[PaperLine], index: int) -> bool:
    """Whether the row of links at `index` is the next paper's title: an author line follows, and a label is no link's.

    "[Forum](…)" above "**Generative PDE Control**" (whose words read as a name) is the
    paper above's; "[CvxNets: Learnable Convex Decomposition](…)" above its authors a title.
    """
    return (
        index + 1 < len(lines)
        and is_author_line(lines[index + 1])
        and not all(link.label.casefold() in LINK_LABELS for link in lines[index].link_row)
    )


def _is_abstract(lines: Sequence[PaperLine], index: int, order: Order | None, *, short: bool = False) -> bool:
    """Whether a line after a paper is its abstract: prose that is no paper of its own and no title of the next.

    `short`: right below the paper, one sentence is its abstract (after an abstract, it is a note of the list's).
    """
    line = lines[index]
    sentence = short and is_sentence(line)
    if line.heading or not (is_prose(line) or sentence) or read_one_line(line, order) is not None:
        return False
    if never_a_title(line):  # the next lines are the next paper's, even when its title reads as names
        return True
    after = lines[index + 1] if index + 1 < len(lines) else None
    return after is None or after.heading or not is_author_list(after.text)


def _untitled(lines: Sequence[PaperLine], index: int, source: str, found: Found) -> int:
    """An author line with no title line before it: an error, and the abstract after it skipped."""
    line = lines[index]
    after = index + 1
    while after < len(lines) and (is_prose(lines[after]) or lines[after].abstract or is_sentence(lines[after])):
        after += 1
    what = "followed by an abstract" if after > index + 1 else "standing alone"
    message = (
        f"the titles are missing: an author line ({quoted(line.text)}) {what}, with no title line before it; "
        "copy the list with its titles"
    )
    above = found.entries[-1] if found.entries else None
    if above is not None and not above.abstract and above.title_line.number == line.number - 1:
        message = (  # a title is there, on the line above: the list wraps its entries in a way not read
            f"an author line ({quoted(line.text)}) right below the paper of line {above.title_line.number}, "
            "which reads as whole without it; if the line continues that paper's authors, join the two lines, "
            "and if it is another paper's, give it its title"
        )
    found.problems.append(Problem(Severity.ERROR, "unreadable-entry", message, SourceRef(source, line.number)))
    return after


def papers_of(entries: Sequence[Entry], source: str) -> tuple[list[Paper], list[str]]:
    """The entries' papers, numbered in order (a title listed twice read once), and what was listed twice."""
    papers: list[Paper] = []
    first_line: dict[str, int] = {}
    repeated: list[str] = []
    for entry in entries:
        title = entry.reading.title
        if title.casefold() in first_line:
            repeated.append(f"{quoted(title)} (lines {first_line[title.casefold()]} and {entry.title_line.number})")
            continue
        first_line[title.casefold()] = entry.title_line.number
        abstract = " ".join(line.text for line in entry.abstract) or None
        paper = listed_paper(
            title,
            entry.reading.authors,
            abstract,
            len(papers) + 1,
            SourceRef(source, entry.title_line.number),
            [*(Link("paper", url) for url in entry.title_line.links), *entry.links],
        )
        papers.append(attrs.evolve(paper, category=_category(entry)))
    return papers, repeated


def _category(entry: Entry) -> str | None:
    note = entry.reading.note
    if entry.section and note:
        return f"{entry.section} ({note})"
    return entry.section or note


def unplaced_inside(found: Found) -> list[PaperLine]:
    """The lines not placed between the first paper and the last (those around the list are counted only)."""
    if not found.entries:
        return []
    first = min(entry.title_line.number for entry in found.entries)
    last = max((entry.abstract[-1] if entry.abstract else entry.title_line).number + 1 for entry in found.entries)
    return [line for line in found.unplaced if first < line.number < last]


def said(found: Found, papers: Sequence[Paper], repeated: Sequence[str], source: str, where: str = "list") -> list[str]:
    """What `program check` prints of a walk: counts and shapes, lines not placed (each listed), sections."""
    authors = {name for paper in papers for name in paper.authors}
    shapes = Counter(entry.shape for entry in found.entries)
    inside = unplaced_inside(found)
    lines = [
        f"{counted(len(papers), 'paper')}, {counted(len(authors), 'author')}; shape: "
        + ", ".join(f"{shape} ({count})" for shape, count in shapes.most_common()),
        f"{len(inside)} lines inside the {where} not placed, {len(found.unplaced) - len(inside)} outside it",
    ]
    sections = list(dict.fromkeys(entry.section for entry in found.entries if entry.section))
    if sections:
        lines.append("sections (the papers' categories): " + ", ".join(sections))
    affiliated = [entry.affiliations[0].number for entry in found.entries if entry.affiliations]
    if affiliated:
        lines.append(
            f"affiliation lines under the authors of {counted(len(affiliated), 'paper')} (lines "
            + ", ".join(map(str, affiliated[:5]))
            + (", …" if len(affiliated) > 5 else "")
            + "): not matched to the authors, left out"
        )
    lines.extend(f"listed twice, read once: {text}" for text in repeated)
    lines.extend(f"{source}:{line.number}: note: not placed: {quoted(line.text)}" for line in inside)
    return lines


def quoted(text: str) -> str:
    """`text` in quotes, cut to a readable length."""
    return repr(text if len(text) <= _QUOTED else text[: _QUOTED - 1] + "…")

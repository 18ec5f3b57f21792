"""A list of papers on a schedule page, outside its schedule: read as the program's papers.

ReNeuIR 2023's program page gives its schedule as a table, then, under "Paper Session
Detailed Schedule" and "ReNeuIR Posters", the nine papers presented, each a title and its
authors. The schedule's reader (`lines.schedule`) reads the slots and only counts the lines
outside them; here the lines after the last slot are walked as a paper list is
(`paper_walk`). Two papers or more, with fewer lines not placed among them than papers and
no author line without its title, become the program's papers (no items: the schedule says when they are presented,
in a slot such as "Paper Presentations"), each with its section as its category. Lines
that read as papers but make no such list are each listed as not placed (the first ten),
so that no paper is lost without a word.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from program.model import Item, Kind, Paper
from program.model.ids import item_id
from program.model.text import title_key
from program.readers.lines.schedule import LinesRead
from program.readers.paper_lines import page_lines
from program.readers.paper_walk import Entry, list_order, papers_of, quoted, said, unplaced_inside, walk

_MIN_PAPERS = 2
_LISTED = 10
"""Lines that read as papers listed by `program check` where they make no list of papers."""


@attrs.frozen
class PagePapers:
    """The papers listed outside a page's schedule, and what `program check` says of them."""

    papers: tuple[Paper, ...] = ()
    said: tuple[str, ...] = ()


def papers_outside(raw: Sequence[str], read: LinesRead, source: str) -> PagePapers:
    """The papers the lines after the schedule's last slot list (see the module)."""
    inside = [item.source.line for item in read.items if item.source is not None and item.source.line is not None]
    inside += [line.number for line in read.unplaced]
    inside += read.named_below  # "Cardiology: A and B" below the schedule: an insight session's speakers
    if not inside:
        return PagePapers()
    last = max(inside)
    copied = {number for first, end in read.screen_copies for number in range(first, end + 1)}
    outside = "\n".join("" if number <= last or number in copied else text for number, text in enumerate(raw, start=1))
    lines = page_lines(outside)
    found = walk(lines, source, list_order(lines))
    if not found.entries:
        return PagePapers()
    papers, repeated = papers_of(found.entries, source)
    if len(papers) < _MIN_PAPERS or found.problems or len(unplaced_inside(found)) >= len(papers):
        return PagePapers(said=tuple(_unread(found.entries, source)))  # no list: each is said, none is read
    lines_said = said(found, papers, repeated, source, where="list of papers")
    return PagePapers(tuple(papers), (f"papers listed outside the schedule: {lines_said[0]}", *lines_said[1:]))


def presenting_items(items: Sequence[Item], papers: Sequence[Paper]) -> tuple[tuple[Item, ...], tuple[str, ...]]:
    """The items whose title is a listed paper's: orals of that paper, its authors their people when none are named.

    GandALF 2025 times each paper by its title alone in a table (`| **10.30-11.00** | The Complexity of … |`)
    and lists the papers with their authors below it: the slot is the paper's oral, by its authors. An item of
    no known kind becomes an oral (the kind that presents a paper, so that it links to it); a talk stays one
    (DMAIL 2025's paper session lists its talks' speakers itself), an invited talk or a poster is no paper's.
    """
    authors = {title_key(paper.title): paper.authors for paper in papers if paper.title is not None}
    linked = 0
    presenting: list[Item] = []
    for item in items:
        listed = authors.get(title_key(item.title)) if item.kind in (Kind.OTHER, Kind.TALK) else None
        if listed is None:
            presenting.append(item)
            continue
        linked += 1
        kind = Kind.ORAL if item.kind is Kind.OTHER else item.kind
        people = item.people or listed
        presenting.append(attrs.evolve(item, id=item_id(kind, item.title), kind=kind, people=people))
    said = f"{linked} items present a paper of the list (by its title); who names nobody takes its authors"
    return tuple(presenting), (said,) if linked else ()


def _unread(entries: Sequence[Entry], source: str) -> list[str]:
    said = [
        f"{source}:{entry.title_line.number}: note: not placed, outside the schedule: a paper? "
        f"{quoted(entry.reading.title)} by {quoted(', '.join(entry.reading.authors))}"
        for entry in entries[:_LISTED]
    ]
    if len(entries) > _LISTED:
        said.append(f"and {len(entries) - _LISTED} more lines outside the schedule that read as papers")
    return said

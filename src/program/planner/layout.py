"""Turn a solved plan into the items of a program: fixed items, talks in their slots, numbered boards.

The solver decides blocks and sessions; the order inside them is decided here. A paper
that stays where the previous plan had it keeps its slot and board; the others fill the
free ones, grouped by topic, best score first.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from program.model import Item, Kind, Paper, Program, SourceRef
from program.model.ids import item_id, make_ids_unique
from program.planner.blocks import FixedItem
from program.planner.instance import Instance
from program.planner.solver import Solved


@attrs.frozen
class Placed:
    """Where each paper ended up: its talk (block, slot) if any, and its (session, board)."""

    talks: dict[int, tuple[int, int]]
    posters: dict[int, tuple[int, int]]


def place(instance: Instance, solved: Solved) -> Placed:
    """Order the talks inside each block and number the boards inside each session."""
    template = instance.template
    previous = instance.previous
    slots_before = previous.talks if previous else {}
    boards_before = {
        paper: (session, board - 1) for paper, (session, board) in (previous.posters if previous else {}).items()
    }
    talks: dict[int, tuple[int, int]] = {}
    papers_in = _papers_by_place(solved.talks)
    for block_number, block in enumerate(template.talk_blocks):
        papers = papers_in.get(block_number, [])
        kept = _kept(papers, slots_before, block_number, block.talks)
        filled = _fill(instance, papers, kept, block.talks)
        talks.update((paper, (block_number, slot)) for paper, slot in filled.items())
    posters: dict[int, tuple[int, int]] = {}
    papers_in = _papers_by_place(solved.posters)
    for session_number, session in enumerate(template.poster_blocks):
        papers = papers_in.get(session_number, [])
        kept = _kept(papers, boards_before, session_number, session.boards)
        filled = _fill(instance, papers, kept, session.boards)
        posters.update((paper, (session_number, board + 1)) for paper, board in filled.items())
    return Placed(talks, posters)


def _papers_by_place(place_of: dict[int, int]) -> dict[int, list[int]]:
    papers: dict[int, list[int]] = {}
    for paper, place_number in place_of.items():
        papers.setdefault(place_number, []).append(paper)
    return papers


def _kept(papers: Sequence[int], previous: dict[int, tuple[int, int]], place_number: int, size: int) -> dict[int, int]:
    """The papers that were in this place before, at their old position (0-based) if still free."""
    kept: dict[int, int] = {}
    taken: set[int] = set()
    for paper in papers:
        before = previous.get(paper)
        if before is not None and before[0] == place_number and 0 <= before[1] < size and before[1] not in taken:
            kept[paper] = before[1]
            taken.add(before[1])
    return kept


def _fill(instance: Instance, papers: Sequence[int], kept: dict[int, int], size: int) -> dict[int, int]:
    """Positions for `papers`: the kept ones where they were, the rest by topic, then score, then title."""
    free = [position for position in range(size) if position not in kept.values()]
    rest = sorted(
        (paper for paper in papers if paper not in kept),
        key=lambda paper: (
            instance.topics[paper] or "~",
            -(instance.papers[paper].score or 0.0),
            instance.papers[paper].heading.casefold(),
        ),
    )
    positions = dict(kept)
    positions.update(zip(rest, free, strict=False))
    return positions


def plan_program(instance: Instance, placed: Placed) -> Program:
    """Return the plan as a program of items (ids, papers and people are added by assembling it)."""
    template = instance.template
    timed = [_fixed(item) for item in template.fixed]
    for paper, (block_number, slot) in placed.talks.items():
        block = template.talk_blocks[block_number]
        span = block.slots[slot]
        timed.append(
            _presenting(
                instance.papers[paper], block.kind, template.source, start=span.start, end=span.end, location=block.room
            )
        )
    sessions = [
        Item(
            id=item_id(Kind.POSTER_SESSION, block.title),
            kind=Kind.POSTER_SESSION,
            title=block.title,
            source=block.source,
            start=block.span.start,
            end=block.span.end,
            location=block.room,
        )
        for block in template.poster_blocks
    ]
    # Unique ids first: posters name their session by id ("Poster Session" twice is -2).
    timed_items = make_ids_unique([*timed, *sessions])
    session_id_of = dict(enumerate(item.id for item in timed_items[len(timed) :]))
    posters = [
        attrs.evolve(
            _presenting(instance.papers[paper], Kind.POSTER, template.source),
            sessions=(session_id_of[session],),
            board=f"P{board}",
        )
        for paper, (session, board) in sorted(placed.posters.items(), key=lambda entry: entry[1])
    ]
    return Program(
        title=template.settings.title or "Workshop",
        timezone=template.settings.timezone.key if template.settings.timezone else "UTC",
        items=(*timed_items, *posters),
        papers=instance.papers,
        sources=(template.source,),
    )


def _fixed(item: FixedItem) -> Item:
    return Item(
        id=item_id(item.kind, item.title),
        kind=item.kind,
        title=item.title,
        source=item.source,
        start=item.span.start,
        end=item.span.end,
        people=item.people,
        location=item.room,
    )


def _presenting(paper: Paper, kind: Kind, template_source: str, **timing: object) -> Item:
    return Item(
        id=item_id(kind, paper.heading),
        kind=kind,
        title=paper.heading,
        source=paper.source or SourceRef(template_source),
        people=paper.authors,
        abstract=paper.abstract,
        paper=paper.id,
        scraped=paper.scraped,
        **timing,  # type: ignore[arg-type]
    )

"""Model-level steps that turn the items of one or more feeds into a whole program.

These steps know nothing about any format: they order items, give them unique ids,
gather the items that present one paper into a `Paper`, and attach untimed posters to
the poster sessions where they are shown.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Sequence
from datetime import date, time

import attrs

from program.model.entities import Item, Paper, Problem, conference_day
from program.model.ids import paper_id
from program.model.kinds import Kind, Severity, names_a_slot
from program.model.text import match_key, title_key


def running_order(items: Iterable[Item]) -> tuple[Item, ...]:
    """Return timed items by start, followed by untimed items; ties keep feed order."""

    def key(item: Item) -> tuple[bool, float]:
        return (True, 0.0) if item.start is None else (False, item.start.timestamp())

    return tuple(sorted(items, key=key))


def program_days(items: Iterable[Item], day_change: time | None = None) -> tuple[date, ...]:
    """Return the conference days on which timed items start, in order, each once.

    A day runs to `day_change` (a congress's 06:00), else to midnight.
    """
    return tuple(sorted({conference_day(item.start, day_change) for item in items if item.start is not None}))


def place_items(items: Sequence[Item]) -> tuple[tuple[Item, ...], tuple[Paper, ...], tuple[Problem, ...]]:
    """Link the items that present one paper, show untimed posters at their sessions.

    Items that present the same paper have the same title, ignoring case and punctuation.
    An untimed poster with no sessions of its own is shown at the poster sessions of the
    day the feed lists it under (`Item.day`), else, with nothing more specific to go on,
    at every poster session. A poster's board is the one its feed gives (a plan's, a
    workbook's "#"), or none: a number made up from the running order would be taken for a
    real board. Each item is made again at most once, not once a step (a poster was made
    three times).

    Returns:
        The items, the papers in order of first appearance, and a warning for each paper
        whose items list different authors.
    """
    paper_of, papers, problems = _papers_of(items)
    sessions_of = _poster_sessions(items)
    placed = tuple(
        _placed(
            item,
            paper=paper_of.get(item.id, item.paper),
            sessions=sessions_of.get(item.id, item.sessions),
        )
        if item.id in paper_of or item.id in sessions_of
        else item
        for item in items
    )
    return placed, papers, problems


_ITEM_FIELDS = tuple(field.name for field in attrs.fields(Item))
_item_values = operator.attrgetter(*_ITEM_FIELDS)
_item_setters = tuple(getattr(Item, name).__set__ for name in _ITEM_FIELDS)
"""Each field's slot, set directly: a frozen class refuses `setattr`, and `object.__setattr__` looks the name up."""


def _placed(item: Item, *, paper: str | None, sessions: tuple[str, ...]) -> Item:
    """`attrs.evolve(item, paper=paper, sessions=sessions)`, without checking the item's times again.

    Item's validators and its post-init look at its times only, which these fields leave as
    they are; checking them again (an aware time's timestamp() is slow) was half the cost of
    placing a large program's items.
    """
    placed = object.__new__(Item)
    for set_field, value in zip(_item_setters, _item_values(item), strict=True):
        set_field(placed, value)
    object.__setattr__(placed, "paper", paper)
    object.__setattr__(placed, "sessions", sessions)
    return placed


def _papers_of(items: Sequence[Item]) -> tuple[dict[str, str], tuple[Paper, ...], tuple[Problem, ...]]:
    """Item id -> the id of the paper it presents, the papers, and the author mismatches."""
    groups: dict[str, list[Item]] = {}
    for item in items:
        if item.kind.presents_paper and not names_a_slot(item.title):
            groups.setdefault(title_key(item.title), []).append(item)
    papers: list[Paper] = []
    problems: list[Problem] = []
    paper_of_item: dict[str, str] = {}
    for group in groups.values():
        paper = _paper_from(group)
        papers.append(paper)
        paper_of_item.update((item.id, paper.id) for item in group)
        problems.extend(_author_mismatches(group))
    return paper_of_item, tuple(papers), tuple(problems)


def _paper_from(group: Sequence[Item]) -> Paper:
    first = group[0]
    longest_author_list = max((item.people for item in group), key=len)
    abstract = next((item.abstract for item in group if item.abstract), None)
    return Paper(
        id=paper_id(first.title),
        title=first.title,
        authors=longest_author_list,
        abstract=abstract,
        items=tuple(item.id for item in group),
        scraped=any(item.scraped for item in group),
    )


def _author_mismatches(group: Sequence[Item]) -> list[Problem]:
    first = group[0]
    return [
        Problem(
            Severity.WARNING,
            "paper-authors-differ",
            f"{other.kind.display.lower()} of '{other.title}' lists {', '.join(other.people) or 'nobody'}, "
            f"but line {first.source.line} lists {', '.join(first.people) or 'nobody'}",
            other.source,
        )
        for other in group[1:]
        if [match_key(name) for name in other.people] != [match_key(name) for name in first.people]
    ]


def _poster_sessions(items: Sequence[Item]) -> dict[str, tuple[str, ...]]:
    """Item id -> the poster sessions of each untimed poster that names none (a plan's posters name theirs)."""
    every_session = tuple(item.id for item in items if item.kind is Kind.POSTER_SESSION)
    by_day: dict[date, tuple[str, ...]] = {}
    for item in items:
        if item.kind is Kind.POSTER_SESSION and item.start is not None:
            by_day[item.start.date()] = (*by_day.get(item.start.date(), ()), item.id)
    return {
        item.id: by_day.get(item.day, every_session) if item.day else every_session
        for item in items
        if item.kind is Kind.POSTER and item.start is None and not item.sessions
    }


def merge_papers(linked: Sequence[Paper], listed: Sequence[Paper]) -> tuple[tuple[Paper, ...], tuple[Problem, ...]]:
    """Join the papers the items present with the papers feeds list (pools, built programs).

    A listed paper with the title of a presented one adds what the listing knows (score,
    category, date, authors when the items name none); the others follow, in feed order,
    as papers not in the program. A title listed twice is one paper, with a warning.

    Returns:
        The papers, presented ones first, and the warnings.
    """
    papers: dict[str, Paper] = {_paper_key(paper): paper for paper in linked}
    presented = set(papers)
    problems: list[Problem] = []
    for paper in listed:
        key = _paper_key(paper)
        if key not in papers:
            # No item presents it here, whatever the feed says (a program.json edited by hand).
            papers[key] = attrs.evolve(paper, items=())
        elif key in presented:
            papers[key] = _with_listing(papers[key], paper)
        elif paper != papers[key]:
            problems.append(_listed_twice(papers[key], paper))
    return _unique_paper_ids(papers.values()), tuple(problems)


def _paper_key(paper: Paper) -> str:
    if paper.title is not None:
        return f"title:{title_key(paper.title)}"
    # Untitled papers are told apart by where they were listed: their ids may repeat across feeds.
    return f"untitled:{paper.id}:{paper.source}"


def _with_listing(presented: Paper, listing: Paper) -> Paper:
    authors_from_listing = not presented.authors
    return attrs.evolve(
        presented,
        authors=listing.authors if authors_from_listing else presented.authors,
        authors_complete=listing.authors_complete if authors_from_listing else presented.authors_complete,
        abstract=presented.abstract or listing.abstract,
        score=listing.score,
        category=listing.category,
        published=listing.published,
        has_code=listing.has_code,
        number=listing.number,
        source=listing.source,
        scraped=presented.scraped or listing.scraped,
        links=presented.links or listing.links,
    )


def _listed_twice(first: Paper, again: Paper) -> Problem:
    return Problem(
        Severity.WARNING,
        "paper-listed-twice",
        f"'{again.heading}' is listed again; keeping the entry of {first.source or 'the first listing'}",
        again.source,
    )


def _unique_paper_ids(papers: Iterable[Paper]) -> tuple[Paper, ...]:
    seen: dict[str, int] = {}
    unique = []
    for paper in papers:
        count = seen.get(paper.id, 0) + 1
        seen[paper.id] = count
        unique.append(paper if count == 1 else attrs.evolve(paper, id=f"{paper.id}-{count}"))
    return tuple(unique)

"""What the solver is given: the pool's papers and people, the template's places, every constraint.

Papers are numbered by their position in the pool; places (talk blocks, then poster
sessions) by their position in the template. Names are resolved here, once: a template
that names a paper or person the pool does not know is a ParseError at its line.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence

import attrs

from program.errors import ParseError
from program.model import Item, Kind, Paper, Program, SourceRef
from program.model.text import match_key
from program.planner.blocks import PaperRef, Span, Template, Topics

TALK_CANDIDATES_PER_SLOT = 3
"""Papers considered for talks: this many per talk slot, best scores first (plus the ones named).

A larger pool is common (5,000 papers, 200 talks); the rest can only be posters, which
keeps the model's size in step with the number of talks, not papers times talks.
"""


@attrs.frozen
class Busy:
    """A time a person cannot be placed near: an item of theirs, or a window they asked for."""

    span: Span
    what: str
    source: SourceRef
    buffered: bool


@attrs.frozen
class Previous:
    """Where each paper was in the previous plan: talk block and slot, poster session and board."""

    talks: dict[int, tuple[int, int]]
    posters: dict[int, tuple[int, int]]


@attrs.frozen
class Instance:
    """A planning problem, with names resolved to numbers.

    Attributes:
        template: the template it comes from.
        papers: the pool's papers, in pool order.
        people: each person's name and the numbers of their papers (people with papers only).
        busy: person number -> the times they are taken.
        topics: each paper's topic, or None.
        candidates: numbers of the papers that may become talks.
        must_talk: paper number -> where the template says it must be a talk.
        must_not_talk: likewise, for papers that must not be.
        together: groups of paper numbers to keep in one session (and one block), with where.
        apart: groups never to share a session or block, with where.
        previous: the earlier plan, when re-planning.
    """

    template: Template
    papers: tuple[Paper, ...]
    people: tuple[tuple[str, tuple[int, ...]], ...]
    busy: dict[int, tuple[Busy, ...]]
    topics: tuple[str | None, ...]
    candidates: tuple[int, ...]
    must_talk: dict[int, SourceRef]
    must_not_talk: dict[int, SourceRef]
    together: tuple[tuple[tuple[int, ...], SourceRef], ...]
    apart: tuple[tuple[tuple[int, ...], SourceRef], ...]
    previous: Previous | None = None

    @property
    def places(self) -> tuple[Span, ...]:
        """Talk blocks' spans, then poster sessions' spans."""
        blocks = tuple(block.span for block in self.template.talk_blocks)
        return blocks + tuple(block.span for block in self.template.poster_blocks)


def build_instance(template: Template, pool: Program, previous: Program | None = None) -> Instance:
    """Resolve the template's names against the pool and return the planning problem.

    Raises:
        ParseError: when the template names a paper or person the pool does not have.
    """
    papers = tuple(paper for paper in pool.papers if paper.title is not None or paper.abstract is not None)
    papers_by_key = _paper_keys(papers)
    constraints = template.constraints
    must = {_paper_number(ref, papers_by_key): ref.source for ref in constraints.spotlights}
    must_not = {_paper_number(ref, papers_by_key): ref.source for ref in constraints.not_spotlights}
    for number in must.keys() & must_not.keys():
        raise ParseError(f"'{papers[number].heading}' is both in spotlights and not_spotlights", must[number])
    people, number_of_person = _people(pool, papers)
    return Instance(
        template=template,
        papers=papers,
        people=people,
        busy=_busy(template, pool, number_of_person),
        topics=_topics(papers, template.topics),
        candidates=_candidates(papers, template, must),
        must_talk=must,
        must_not_talk=must_not,
        together=tuple(_group(group, papers_by_key) for group in constraints.together),
        apart=tuple(_group(group, papers_by_key) for group in constraints.apart),
        previous=_previous(previous, template, papers_by_key) if previous is not None else None,
    )


def _paper_keys(papers: Sequence[Paper]) -> dict[str, int]:
    keys: dict[str, int] = {}
    for number, paper in enumerate(papers):
        keys.setdefault(match_key(paper.heading), number)
        keys.setdefault(paper.id, number)
    return keys


def _paper_number(ref: PaperRef, papers_by_key: dict[str, int]) -> int:
    number = papers_by_key.get(ref.name) if ref.name.startswith("paper-") else None
    number = number if number is not None else papers_by_key.get(match_key(ref.name))
    if number is None:
        titles = [key for key in papers_by_key if not key.startswith("paper-")]
        close = difflib.get_close_matches(match_key(ref.name), titles, n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        raise ParseError(f"the template names a paper the pool does not have: '{ref.name}'{hint}", ref.source)
    return number


def _group(group: Sequence[PaperRef], papers_by_key: dict[str, int]) -> tuple[tuple[int, ...], SourceRef]:
    return tuple(dict.fromkeys(_paper_number(ref, papers_by_key) for ref in group)), group[0].source


def _people(pool: Program, papers: Sequence[Paper]) -> tuple[tuple[tuple[str, tuple[int, ...]], ...], dict[str, int]]:
    """Each person with papers in the pool (name, paper numbers), and person id -> their number."""
    number_of = {paper.id: number for number, paper in enumerate(papers)}
    people: list[tuple[str, tuple[int, ...]]] = []
    number_of_person: dict[str, int] = {}
    for person in pool.people:
        numbers = tuple(number_of[paper_id] for paper_id in person.papers if paper_id in number_of)
        if numbers:
            number_of_person[person.id] = len(people)
            people.append((person.display, numbers))
    return tuple(people), number_of_person


def _busy(template: Template, pool: Program, number_of_person: dict[str, int]) -> dict[int, tuple[Busy, ...]]:
    by_spelling = pool.people_by_spelling()

    def person_number(name: str) -> int | None:
        person = by_spelling.get(match_key(name))
        return number_of_person.get(person.id) if person is not None else None

    busy: dict[int, list[Busy]] = {}
    for item in template.fixed:
        for name in item.people:
            number = person_number(name)
            if number is not None:
                busy.setdefault(number, []).append(Busy(item.span, f"'{item.title}'", item.source, buffered=True))
    fixed_names = {match_key(name) for item in template.fixed for name in item.people}
    for window in template.constraints.unavailable:
        number = person_number(window.person)
        if number is None and match_key(window.person) not in fixed_names:
            raise ParseError(
                f"unavailable: '{window.person}' is neither an author in the pool nor a speaker", window.source
            )
        if number is not None:
            busy.setdefault(number, []).append(Busy(window.span, "unavailable", window.source, buffered=False))
    return {number: tuple(spans) for number, spans in busy.items()}


def _candidates(papers: Sequence[Paper], template: Template, must: dict[int, SourceRef]) -> tuple[int, ...]:
    slots = sum(block.talks for block in template.talk_blocks)
    by_score = sorted(range(len(papers)), key=lambda number: (-(papers[number].score or 0.0), number))
    chosen = set(by_score[: slots * TALK_CANDIDATES_PER_SLOT]) | set(must)
    return tuple(sorted(chosen)) if slots else ()


_WORD = re.compile(r"[^\W\d_][\w-]{2,}")
_STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "via",
        "into",
        "over",
        "under",
        "using",
        "based",
        "towards",
        "toward",
        "through",
        "that",
        "this",
        "are",
        "its",
        "our",
        "new",
        "efficient",
        "learning",
        "deep",
        "neural",
        "network",
        "networks",
        "model",
        "models",
        "approach",
        "method",
        "methods",
        "framework",
    ]
)


def _topics(papers: Sequence[Paper], topics: Topics) -> tuple[str | None, ...]:
    """Each paper's topic: its category, or the title word it shares with the most other papers."""
    if topics is Topics.OFF:
        return tuple(None for _ in papers)
    if topics is Topics.CATEGORY and any(paper.category for paper in papers):
        return tuple(paper.category for paper in papers)
    words = [sorted({word.lower() for word in _WORD.findall(paper.heading)} - _STOPWORDS) for paper in papers]
    shared = Counter(word for title_words in words for word in title_words)
    return tuple(
        max((word for word in title_words if shared[word] > 1), key=lambda word: (shared[word], word), default=None)
        for title_words in words
    )


def _previous(previous: Program, template: Template, papers_by_key: dict[str, int]) -> Previous:
    """Find each pool paper's talk slot and poster board in a program built by an earlier plan."""
    by_id = previous.items_by_id()
    talks: dict[int, tuple[int, int]] = {}
    posters: dict[int, tuple[int, int]] = {}
    session_starts = {block.span.start: number for number, block in enumerate(template.poster_blocks)}
    talk_places = {
        (slot.start, block.kind, block.room): (block_number, slot_number)
        for block_number, block in enumerate(template.talk_blocks)
        for slot_number, slot in enumerate(block.slots)
    }
    for item in previous.items:
        number = papers_by_key.get(match_key(item.title))
        if number is None:
            continue
        if item.kind is Kind.POSTER and item.sessions and item.sessions[0] in by_id:
            session_start = by_id[item.sessions[0]].start
            session = session_starts.get(session_start) if session_start is not None else None
            if session is not None:
                posters[number] = (session, board_number(item))
        elif item.kind.presents_paper and item.start is not None:
            place = talk_places.get((item.start, item.kind, item.location))
            if place is not None:
                talks[number] = place
    return Previous(talks, posters)


def board_number(poster: Item) -> int:
    """The number of a poster's board ("P12" -> 12), or 0 when it has none."""
    digits = re.sub(r"\D", "", poster.board or "")
    return int(digits) if digits else 0

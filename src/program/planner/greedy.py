"""A first plan without the solver: talks by score, then a board for every paper, keeping the hard rules.

It is CP-SAT's starting point (a hint) and the plan returned when the solver finds none
better in time. Near-linear: papers are sorted once, and each person carries the set of
places (talk blocks and poster sessions) they can no longer be in, updated as their
papers are placed, so a check costs one look-up per author.

Where a rule cannot be kept by placing papers one by one (a block that no remaining
candidate fits, a paper no session has room for even after moving one other poster),
that paper or block is left out of the hint; the solver has to decide it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import timedelta

import attrs

from program.planner.instance import Instance

_EJECTION_TRIES = 400
"""Posters looked at, per session, for one that can move to make room for a paper that fits nowhere."""


@attrs.frozen
class Greedy:
    """A plan as numbers, perhaps partial.

    Attributes:
        talks: paper number -> talk block number.
        posters: paper number -> poster session number.
        unplaced: papers that got no board (no session could take them).
        short_blocks: talk blocks left with fewer talks than they need.
        missing_talks: papers on the spotlights list that got no talk.
    """

    talks: dict[int, int]
    posters: dict[int, int]
    unplaced: tuple[int, ...]
    short_blocks: tuple[int, ...]
    missing_talks: tuple[int, ...]

    @property
    def complete(self) -> bool:
        """Whether every paper has a board, every block its talks, every listed paper a talk."""
        return not (self.unplaced or self.short_blocks or self.missing_talks)


def near_places(instance: Instance) -> list[list[int]]:
    """Place number -> the places (itself included) that overlap it or leave less than the buffer."""
    places = instance.places
    buffer = instance.template.constraints.buffer
    order = sorted(range(len(places)), key=lambda place: places[place].start)
    near: list[list[int]] = [[] for _ in places]
    # Sweep: a place is near the later-starting ones that start before its end plus the buffer.
    for position, place in enumerate(order):
        near[place].append(place)
        for other in order[position + 1 :]:
            if places[other].start >= places[place].end + buffer:
                break
            if places[place].near(places[other], buffer):
                near[place].append(other)
                near[other].append(place)
    return [sorted(numbers) for numbers in near]


class _State:
    """Who is where so far, and where each person can no longer be."""

    def __init__(self, instance: Instance) -> None:
        self.instance = instance
        template = instance.template
        self.blocks = len(template.talk_blocks)
        self.sessions = len(template.poster_blocks)
        self.near = near_places(instance)
        self.authors: list[list[int]] = [[] for _ in instance.papers]
        for person, (_, papers) in enumerate(instance.people):
            for paper in papers:
                self.authors[paper].append(person)
        # person -> place -> how many of their placed items (or busy times) rule the place out
        self.blocked: list[Counter[int]] = [Counter() for _ in instance.people]
        # person -> session -> how many of their posters are there (their posters may share a session)
        self.at_session: list[Counter[int]] = [Counter() for _ in instance.people]
        self._busy_times()
        self.talks: dict[int, int] = {}
        self.posters: dict[int, int] = {}
        self.talks_in = [0] * self.blocks
        self.boards_used = [0] * self.sessions
        self.in_session: list[list[int]] = [[] for _ in range(self.sessions)]
        self.apart_of: dict[int, list[int]] = defaultdict(list)
        for number, (group, _) in enumerate(instance.apart):
            for paper in group:
                self.apart_of[paper].append(number)
        self.apart_sessions: list[Counter[int]] = [Counter() for _ in instance.apart]
        self.apart_blocks: list[Counter[int]] = [Counter() for _ in instance.apart]
        self.grouped = {paper for group, _ in instance.together for paper in group}  # never moved alone

    def _busy_times(self) -> None:
        places = self.instance.places
        buffer = self.instance.template.constraints.buffer
        for person, entries in self.instance.busy.items():
            for entry in entries:
                gap = buffer if entry.buffered else timedelta(0)
                for place, span in enumerate(places):
                    if span.near(entry.span, gap):
                        self.blocked[person][place] += 1

    def free(self, paper: int, place: int) -> bool:
        """Whether every author of `paper` can be at `place` (a block number, or blocks + session)."""
        return all(not self.blocked[person][place] for person in self.authors[paper])

    def apart_ok(self, paper: int, session: int | None = None, block: int | None = None) -> bool:
        """Whether no paper kept apart from `paper` is in the session (or the block)."""
        for group in self.apart_of.get(paper, ()):
            if session is not None and self.apart_sessions[group][session]:
                return False
            if block is not None and self.apart_blocks[group][block]:
                return False
        return True

    def add_talk(self, paper: int, block: int) -> None:
        self.talks[paper] = block
        self.talks_in[block] += 1
        for person in self.authors[paper]:
            for place in self.near[block]:
                self.blocked[person][place] += 1
        for group in self.apart_of.get(paper, ()):
            self.apart_blocks[group][block] += 1

    def remove_talk(self, paper: int) -> None:
        block = self.talks.pop(paper)
        self.talks_in[block] -= 1
        for person in self.authors[paper]:
            for place in self.near[block]:
                self.blocked[person][place] -= 1
        for group in self.apart_of.get(paper, ()):
            self.apart_blocks[group][block] -= 1

    def poster_fits(self, paper: int, session: int) -> bool:
        """Whether `paper` can have a board in `session` (authors free, nothing kept apart there)."""
        return self.free(paper, self.blocks + session) and self.apart_ok(paper, session=session)

    def add_poster(self, paper: int, session: int) -> None:
        place = self.blocks + session
        self.posters[paper] = session
        self.boards_used[session] += 1
        self.in_session[session].append(paper)
        for person in self.authors[paper]:
            self.at_session[person][session] += 1
            if self.at_session[person][session] == 1:
                for other in self.near[place]:
                    if other != place:  # a person's posters may share one session
                        self.blocked[person][other] += 1
        for group in self.apart_of.get(paper, ()):
            self.apart_sessions[group][session] += 1

    def remove_poster(self, paper: int) -> None:
        session = self.posters.pop(paper)
        place = self.blocks + session
        self.boards_used[session] -= 1
        self.in_session[session].remove(paper)
        for person in self.authors[paper]:
            self.at_session[person][session] -= 1
            if self.at_session[person][session] == 0:
                for other in self.near[place]:
                    if other != place:
                        self.blocked[person][other] -= 1
        for group in self.apart_of.get(paper, ()):
            self.apart_sessions[group][session] -= 1


def greedy_plan(instance: Instance) -> Greedy:
    """Place the talks, then every paper's board, one at a time, never breaking a hard rule."""
    state = _State(instance)
    units = _together_units(instance)
    unit_of = {paper: number for number, unit in enumerate(units) for paper in unit}
    _place_talks(state, unit_of)
    unplaced = _place_posters(state, units)
    template = instance.template
    short = tuple(
        block for block, talk_block in enumerate(template.talk_blocks) if state.talks_in[block] < talk_block.talks
    )
    missing = tuple(sorted(paper for paper in instance.must_talk if paper not in state.talks))
    return Greedy(dict(state.talks), dict(state.posters), tuple(sorted(unplaced)), short, missing)


def _together_units(instance: Instance) -> list[tuple[int, ...]]:
    """Papers that must share a session, merged when groups share a paper; every other paper alone."""
    parent = list(range(len(instance.papers)))

    def root(paper: int) -> int:
        while parent[paper] != paper:
            parent[paper] = parent[parent[paper]]
            paper = parent[paper]
        return paper

    for group, _ in instance.together:
        for other in group[1:]:
            first, second = root(group[0]), root(other)
            if first != second:
                parent[max(first, second)] = min(first, second)
    members: dict[int, list[int]] = defaultdict(list)
    for paper in range(len(instance.papers)):
        members[root(paper)].append(paper)
    return [tuple(papers) for _, papers in sorted(members.items())]


def _talk_order(instance: Instance) -> list[int]:
    """Candidates in the order they are offered a talk: kept from the previous plan, listed, then by score."""
    previous = instance.previous.talks if instance.previous else {}

    def key(paper: int) -> tuple[int, float, int]:
        first = 0 if paper in previous else 1 if paper in instance.must_talk else 2
        return (first, -(instance.papers[paper].score or 0.0), paper)

    return sorted((paper for paper in instance.candidates if paper not in instance.must_not_talk), key=key)


def _place_talks(state: _State, unit_of: dict[int, int]) -> None:
    instance = state.instance
    template = instance.template
    previous = instance.previous.talks if instance.previous else {}
    needed = sum(block.talks for block in template.talk_blocks)
    unit_block: dict[int, int] = {}  # a together group's talks all go to one block
    topics_in: list[Counter[str | None]] = [Counter() for _ in template.talk_blocks]
    for paper in _talk_order(instance):
        if len(state.talks) == needed:
            break
        topic = instance.topics[paper]
        before = previous.get(paper)
        blocks: Iterable[int] = sorted(
            (block for block in range(state.blocks) if state.talks_in[block] < template.talk_blocks[block].talks),
            key=lambda block: (
                block != (before[0] if before else -1),
                -topics_in[block][topic] if topic is not None else 0,
                block,
            ),
        )
        if unit_of[paper] in unit_block:
            blocks = [block for block in blocks if block == unit_block[unit_of[paper]]]
        for block in blocks:
            if not (state.free(paper, block) and state.apart_ok(paper, block=block)):
                continue
            state.add_talk(paper, block)
            if any(state.poster_fits(paper, session) for session in range(state.sessions)):
                unit_block.setdefault(unit_of[paper], block)
                topics_in[block][topic] += 1
                break
            state.remove_talk(paper)  # its authors would have no session left for its poster


def _place_posters(state: _State, units: Sequence[tuple[int, ...]]) -> list[int]:
    """Give every paper a board; return the papers no session could take."""
    instance = state.instance
    boards = [block.boards for block in instance.template.poster_blocks]
    previous = instance.previous.posters if instance.previous else {}
    topics_in: list[Counter[str | None]] = [Counter() for _ in boards]

    def choices(unit: tuple[int, ...]) -> int:
        return sum(all(state.poster_fits(paper, session) for paper in unit) for session in range(state.sessions))

    # The most constrained first: fewest sessions open to them now, then the largest groups.
    order = sorted(units, key=lambda unit: (choices(unit), -len(unit), unit[0]))
    home = _topic_homes(instance, boards)
    homes_of: dict[str | None, Counter[int]] = defaultdict(Counter)  # topic -> session -> its papers at home there
    for paper, session in enumerate(home):
        homes_of[instance.topics[paper]][session] += 1
    unplaced: list[int] = []
    for unit in order:
        topic = Counter(instance.topics[paper] for paper in unit).most_common(1)[0][0]
        before = {previous[paper][0] for paper in unit if paper in previous}

        def fits(session: int, unit: tuple[int, ...] = unit) -> bool:
            return all(state.poster_fits(paper, session) for paper in unit) and _apart_inside(state, unit)

        open_sessions = [
            session
            for session in range(state.sessions)
            if state.boards_used[session] + len(unit) <= boards[session] and fits(session)
        ]
        open_sessions.sort(
            key=lambda session, unit=unit, topic=topic, before=before: (  # type: ignore[misc]
                session not in before,
                session != home[unit[0]],
                -homes_of[topic][session] if topic is not None else 0,
                (session - home[unit[0]]) % state.sessions,  # else the next one: a topic's strays stay together
                -topics_in[session][topic] if topic is not None else 0,
                state.boards_used[session] - boards[session],
                session,
            )
        )
        chosen = open_sessions[0] if open_sessions else _make_room(state, unit, boards, fits)
        if chosen is None:
            unplaced.extend(unit)
            continue
        for paper in unit:
            state.add_poster(paper, chosen)
            topics_in[chosen][instance.topics[paper]] += 1
    return unplaced


def _topic_homes(instance: Instance, boards: Sequence[int]) -> list[int]:
    """Paper -> the session it would get if the papers, sorted by topic, filled the sessions in turn.

    Each session is filled to its share of the papers (every session keeps the same slack),
    so a topic spreads over as few sessions as its size needs; a paper goes home when its
    people's times allow it.
    """
    papers = len(instance.papers)
    total = sum(boards)
    order = sorted(range(papers), key=lambda paper: (instance.topics[paper] or "~", paper))
    home = [0] * papers
    session, filled = 0, 0
    for paper in order:
        while session < len(boards) - 1 and filled >= boards[session] * papers / total:
            session, filled = session + 1, 0
        home[paper] = session
        filled += 1
    return home


def _apart_inside(state: _State, unit: tuple[int, ...]) -> bool:
    """Whether a together group holds no two papers that must be kept apart."""
    groups = [group for paper in unit for group in state.apart_of.get(paper, ())]
    return len(groups) == len(set(groups))


def _make_room(state: _State, unit: tuple[int, ...], boards: Sequence[int], fits: Callable[[int], bool]) -> int | None:
    """Move one poster out of a full session the unit fits, to a session with room; return that session."""
    for session in range(state.sessions):
        if state.boards_used[session] + len(unit) - 1 > boards[session] or not fits(session):
            continue  # moving one poster frees one board: enough only for a single paper
        movable = [paper for paper in reversed(state.in_session[session]) if paper not in state.grouped]
        for other in movable[:_EJECTION_TRIES]:
            state.remove_poster(other)
            if fits(session):
                for paper in unit:  # in place while the moved poster looks for a session: they may share people
                    state.add_poster(paper, session)
                target = next(
                    (
                        elsewhere
                        for elsewhere in range(state.sessions)
                        if elsewhere != session
                        and state.boards_used[elsewhere] < boards[elsewhere]
                        and state.poster_fits(other, elsewhere)
                    ),
                    None,
                )
                for paper in unit:
                    state.remove_poster(paper)
                if target is not None:
                    state.add_poster(other, target)
                    return session
            state.add_poster(other, session)
    return None

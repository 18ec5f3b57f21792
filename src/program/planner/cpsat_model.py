"""The CP-SAT model of a planning instance: its decisions, its hard rules and its objective.

`solver.py` builds one and solves it. With `explain`, each group of constraints gets a
literal of its own, so that an unsat core can name the groups that cannot hold together.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta

import attrs
from ortools.sat.python import cp_model

from program.model import SourceRef
from program.model.clock import day_text, span_text
from program.planner.blocks import Span
from program.planner.greedy import Greedy
from program.planner.instance import Instance


@attrs.frozen
class Group:
    """A group of constraints, in words, as an unsat core names it."""

    words: str
    source: SourceRef | None = None

    def __str__(self) -> str:
        where = f" ({self.source})" if self.source else ""
        return f"{self.words}{where}"


class PlanModel:
    """The CP-SAT model of an instance; with `explain`, each constraint group has a literal."""

    def __init__(self, instance: Instance, *, explain: bool) -> None:
        self.instance = instance
        self.explain = explain
        self.model = cp_model.CpModel()
        self.groups: dict[cp_model.IntVar, Group] = {}
        self.holds: dict[tuple[int, int], cp_model.IntVar] = {}  # (person, session): any of their posters there
        self.uses: dict[tuple[str, str, int], cp_model.IntVar] = {}  # (topic, "poster"/"talk", place): used
        template = instance.template
        self.places = instance.places
        self.blocks = range(len(template.talk_blocks))
        self.candidates = frozenset(instance.candidates)
        self.sessions = range(len(template.poster_blocks))
        self.talk = {
            (paper, block): self.model.new_bool_var(f"talk_{paper}_{block}")
            for paper in instance.candidates
            for block in self.blocks
        }
        self.poster = {
            (paper, session): self.model.new_bool_var(f"poster_{paper}_{session}")
            for paper in range(len(instance.papers))
            for session in self.sessions
        }
        self._papers_placed()
        self._blocks_filled()
        self._people_in_one_place()
        self._spotlight_lists()
        self._together_and_apart()

    def _group(self, words: str, source: SourceRef | None = None) -> list[cp_model.IntVar]:
        """The enforcement literals for a new group: one literal when explaining, none otherwise."""
        if not self.explain:
            return []
        literal = self.model.new_bool_var(words)
        self.groups[literal] = Group(words, source)
        return [literal]

    def _talks_of(self, paper: int) -> list[cp_model.IntVar]:
        return [self.talk[paper, block] for block in self.blocks if (paper, block) in self.talk]

    def _papers_placed(self) -> None:
        for paper in range(len(self.instance.papers)):
            self.model.add_exactly_one(self.poster[paper, session] for session in self.sessions)
            self.model.add_at_most_one(self._talks_of(paper))
        for session, block in enumerate(self.instance.template.poster_blocks):
            literals = self._group(
                f"the poster session '{block.title}' ({when_text(block.span)}) has {block.boards} boards", block.source
            )
            papers = (self.poster[paper, session] for paper in range(len(self.instance.papers)))
            self.model.add(sum(papers) <= block.boards).only_enforce_if(literals)

    def _blocks_filled(self) -> None:
        for number, block in enumerate(self.instance.template.talk_blocks):
            talks = [self.talk[paper, number] for paper in self.instance.candidates]
            self.model.add(sum(talks) <= block.talks)
            literals = self._group(
                f"the block '{block.name}' ({when_text(block.span)}) needs {block.talks} talks", block.source
            )
            self.model.add(sum(talks) >= block.talks).only_enforce_if(literals)

    def _people_in_one_place(self) -> None:
        template = self.instance.template
        buffer = template.constraints.buffer
        places = self.places
        blocks = len(template.talk_blocks)
        cliques = near_cliques(places, buffer)
        for person, (name, papers) in enumerate(self.instance.people):
            busy = self.instance.busy.get(person, ())
            fixed_items = [entry for entry in busy if entry.buffered]
            rest = f" and on {', '.join(entry.what for entry in fixed_items)}" if fixed_items else ""
            gap = f", {_minutes(buffer)} apart" if buffer else ""
            literals = self._group(f"{name} (on {len(papers)} paper(s){rest}) can be in one place at a time{gap}")
            self._one_place(person, papers, cliques, blocks, literals)
            self._keep_out(papers, [entry.span for entry in fixed_items], buffer, literals)
            for entry in busy:
                if not entry.buffered:
                    words = f"{name} is unavailable {when_text(entry.span)}"
                    self._keep_out(papers, [entry.span], timedelta(0), self._group(words, entry.source))

    def _one_place(
        self,
        person: int,
        papers: Sequence[int],
        cliques: Iterable[tuple[int, ...]],
        blocks: int,
        literals: list[cp_model.IntVar],
    ) -> None:
        candidates = [paper for paper in papers if paper in self.candidates]
        for clique in cliques:
            terms = [self.talk[paper, place] for place in clique if place < blocks for paper in candidates]
            sessions = [place - blocks for place in clique if place >= blocks]
            if len(terms) + len(sessions) < 2:
                continue  # one place only: nothing to keep apart (and no literal to make)
            terms += [self._holds(person, papers, session) for session in sessions]
            if literals:
                self.model.add(sum(terms) <= 1).only_enforce_if(literals)
            else:
                self.model.add_at_most_one(terms)

    def _holds(self, person: int, papers: Sequence[int], session: int) -> cp_model.IntVar:
        """A literal that is true when any of `papers` (the person's) has a board in `session`."""
        if len(papers) == 1:
            return self.poster[papers[0], session]
        if (person, session) not in self.holds:
            holds = self.holds[person, session] = self.model.new_bool_var(f"holds_{person}_{session}")
            self.model.add_bool_and([~self.poster[paper, session] for paper in papers]).only_enforce_if(~holds)
        return self.holds[person, session]

    def _keep_out(
        self, papers: Sequence[int], spans: Sequence[Span], buffer: timedelta, literals: list[cp_model.IntVar]
    ) -> None:
        if not spans:
            return
        blocks = len(self.instance.template.talk_blocks)
        for place, span in enumerate(self.places):
            if not any(span.near(taken, buffer) for taken in spans):
                continue
            for paper in papers:
                if place < blocks and (paper, place) in self.talk:
                    self.model.add(self.talk[paper, place] == 0).only_enforce_if(literals)
                elif place >= blocks:
                    self.model.add(self.poster[paper, place - blocks] == 0).only_enforce_if(literals)

    def _spotlight_lists(self) -> None:
        for paper, source in self.instance.must_talk.items():
            title = self.instance.papers[paper].heading
            literals = self._group(f"'{title}' must be a talk", source)
            self.model.add(sum(self._talks_of(paper)) == 1).only_enforce_if(literals)
        for paper, source in self.instance.must_not_talk.items():
            talks = self._talks_of(paper)
            if talks:
                literals = self._group(f"'{self.instance.papers[paper].heading}' must not be a talk", source)
                self.model.add(sum(talks) == 0).only_enforce_if(literals)

    def _together_and_apart(self) -> None:
        papers = self.instance.papers
        for group, source in self.instance.together:
            literals = self._group(f"keep together: {_titles(papers[paper].heading for paper in group)}", source)
            first = group[0]
            for other in group[1:]:
                for session in self.sessions:
                    self.model.add(self.poster[first, session] == self.poster[other, session]).only_enforce_if(literals)
            # Talks of the group share a block: if one is a talk in a block, no other is a talk elsewhere.
            for position, one in enumerate(group):
                for two in group[position + 1 :]:
                    for block in self.blocks:
                        here = self.talk.get((one, block))
                        elsewhere = [var for (paper, other), var in self._talk_items(two) if other != block]
                        if here is not None and elsewhere:
                            self.model.add(here + sum(elsewhere) <= 1).only_enforce_if(literals)
        for group, source in self.instance.apart:
            literals = self._group(f"keep apart: {_titles(papers[paper].heading for paper in group)}", source)
            for session in self.sessions:
                self.model.add(sum(self.poster[paper, session] for paper in group) <= 1).only_enforce_if(literals)
            for block in self.blocks:
                talks = [self.talk[paper, block] for paper in group if (paper, block) in self.talk]
                if len(talks) > 1:
                    self.model.add(sum(talks) <= 1).only_enforce_if(literals)

    def _talk_items(self, paper: int) -> list[tuple[tuple[int, int], cp_model.IntVar]]:
        return [((paper, block), self.talk[paper, block]) for block in self.blocks if (paper, block) in self.talk]

    def add_hints(self, plan: Greedy) -> None:
        """Give CP-SAT the greedy plan as its starting point; papers it could not place are left open."""
        unhinted = set(plan.unplaced) | set(plan.missing_talks)
        talks_settled = not plan.short_blocks and not plan.missing_talks  # else the solver picks more talks
        for (paper, block), var in self.talk.items():
            chosen = plan.talks.get(paper) == block
            if paper not in unhinted and (chosen or talks_settled):
                self.model.add_hint(var, chosen)
        for (paper, session), var in self.poster.items():
            if paper not in unhinted:
                self.model.add_hint(var, plan.posters.get(paper) == session)
        if not plan.complete:
            return
        people = self.instance.people
        for (person, session), var in self.holds.items():
            self.model.add_hint(var, any(plan.posters[paper] == session for paper in people[person][1]))
        topics = self.instance.topics
        used = {(topics[paper], "talk", block) for paper, block in plan.talks.items()}
        used |= {(topics[paper], "poster", session) for paper, session in plan.posters.items()}
        for key, var in self.uses.items():
            self.model.add_hint(var, key in used)

    def add_objective(self) -> None:
        """Reward talks' scores; charge each topic spread over another session or block, and each move."""
        instance = self.instance
        weights = instance.template.weights
        variables: list[cp_model.IntVar] = []
        points: list[int] = []
        for (paper, _block), var in self.talk.items():
            reward = round((instance.papers[paper].score or 0.0) * weights.score)
            if reward:
                variables.append(var)
                points.append(reward)
        if weights.topic:
            uses = self._topic_uses()
            variables += uses
            points += [-weights.topic] * len(uses)
        # One weighted sum, not a sum of products: 260,000 terms at 5,000 papers.
        objective = cp_model.LinearExpr.weighted_sum(variables, points)
        if instance.previous is not None and weights.moves:
            moves: list[cp_model.LinearExprT] = [objective, *(-weights.moves * move for move in self._moves())]
            objective = cp_model.LinearExpr.sum(moves)
        self.model.maximize(objective)

    def _topic_uses(self) -> list[cp_model.IntVar]:
        """One literal per (topic, session) and (topic, block) that holds a paper of the topic."""
        uses = self.uses
        placed: dict[tuple[str, str, int], list[cp_model.IntVar]] = {}
        placements = [("poster", key, var) for key, var in self.poster.items()]
        placements += [("talk", key, var) for key, var in self.talk.items()]
        for where, (paper, place), var in placements:
            topic = self.instance.topics[paper]
            if topic is not None:
                placed.setdefault((topic, where, place), []).append(var)
        for key, variables in placed.items():
            uses[key] = self.model.new_bool_var(f"topic_{key[1]}_{key[2]}")
            # Each placement implies the use: one constraint per use (none placed unless used), not one each.
            self.model.add_bool_and([~var for var in variables]).only_enforce_if(~uses[key])
        return list(uses.values())

    def _moves(self) -> list[cp_model.LinearExprT]:
        previous = self.instance.previous
        assert previous is not None
        moves: list[cp_model.LinearExprT] = []
        for paper in range(len(self.instance.papers)):
            session = previous.posters.get(paper)
            if session is not None:
                moves.append(1 - self.poster[paper, session[0]])
            talks = self._talks_of(paper)
            placed = previous.talks.get(paper)
            if placed is not None and (paper, placed[0]) in self.talk:
                moves.append(1 - self.talk[paper, placed[0]])
            elif talks:
                moves.append(sum(talks))
        return moves


def near_cliques(spans: Sequence[Span], buffer: timedelta) -> list[tuple[int, ...]]:
    """The largest sets of spans that are pairwise near (overlapping, or closer than `buffer`).

    Spans widened by the buffer at their ends form an interval graph; each of its largest
    cliques is the set of spans running at some span's start.
    """
    cliques: list[frozenset[int]] = []
    for span in sorted(spans, key=lambda span: span.start):
        at_start = frozenset(
            number for number, other in enumerate(spans) if other.start <= span.start < other.end + buffer
        )
        cliques.append(at_start)
    largest = [clique for clique in dict.fromkeys(cliques) if not any(clique < other for other in cliques)]
    return [tuple(sorted(clique)) for clique in largest]


def when_text(span: Span) -> str:
    """A span as the explanations name it: its day and its times."""
    return f"{day_text(span.start.date())}, {span_text(span.start, span.end)}"


def _minutes(length: timedelta) -> str:
    return f"{int(length.total_seconds() // 60)} min"


def _titles(titles: Iterable[str]) -> str:
    return ", ".join(f"'{title}'" for title in titles)

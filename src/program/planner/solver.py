"""The planning model, solved by OR-Tools CP-SAT.

Decisions: `talk[p, b]`, paper p is a talk in block b (candidates only); `poster[p, q]`,
paper p has a board in poster session q. Hard rules: one board per paper, at most one
talk per paper, blocks no fuller than their talks, sessions no fuller than their boards,
nobody in two places that overlap or leave less than the buffer between them, nobody
placed when unavailable, the template's spotlight lists and together/apart groups.

A talk block is planned as a whole: a person is kept out of everything near any part of
it and gives at most one talk in it. That is stricter than the talks' own times need, and
lets the model grow with blocks instead of talk slots (the report names the papers it
kept out).

The search starts from a greedy plan (`greedy.py`), given as a hint, and returns it when
CP-SAT finds nothing better within its deterministic budget; every plan returned is
checked against the hard rules (`rules.py`) first.

When there is no plan, every group of constraints gets a literal and CP-SAT is asked
which of them cannot hold together (an unsat core, single worker, as OR-Tools issue #3102
advises; presolve may name a non-assumption (issue #5141), so only assumptions are kept);
deleting literals one by one makes the set minimal.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any

import attrs
from ortools.sat.python import cp_model

from program.errors import ProgramError
from program.model import SourceRef
from program.model.clock import day_text, span_text
from program.planner.greedy import Greedy, greedy_plan
from program.planner.instance import Instance
from program.planner.rules import broken_rules
from program.planner.template import Span

DETERMINISTIC_SHARE = 0.1
"""CP-SAT's deterministic-time budget, as a share of `--time-limit`.

Deterministic time counts the solver's work, so a search stopped by it ends at the same
point every run; the clock (the whole limit) is only a backstop on a slow or loaded machine.
"""

_EXPLAIN_SECONDS = 20.0
"""Time for each solve that looks for the constraints that conflict."""


@attrs.frozen
class Group:
    """A group of constraints, in words, as an unsat core names it."""

    words: str
    source: SourceRef | None = None

    def __str__(self) -> str:
        where = f" ({self.source})" if self.source else ""
        return f"{self.words}{where}"


class NoPlanError(ProgramError):
    """No plan keeps every hard rule (proven), or none was found in the time allowed.

    Attributes:
        conflicts: a small set of constraint groups that cannot all hold (empty when unproven).
        proven: whether the solver proved that no plan exists.
    """

    def __init__(self, conflicts: Sequence[Group], proven: bool, message: str) -> None:
        self.conflicts = tuple(conflicts)
        self.proven = proven
        super().__init__(message)


@attrs.frozen
class Solved:
    """A plan as numbers, and how the solver got there.

    Attributes:
        talks: paper number -> talk block number.
        posters: paper number -> poster session number.
        optimal: whether the solver proved no better plan exists.
        objective: the plan's points; bound: the best points possible, as proven so far.
        seconds: time in the solver; first_seconds: time to the first plan found (the greedy one, when complete).
        solutions: how many improving plans the search found.
        origin: "solver" (CP-SAT's plan) or "greedy" (the first plan: CP-SAT found none better in time).
        greedy_seconds: time to build the greedy plan; greedy_complete: whether it kept every rule for every paper.
        deterministic: whether the search stopped on its own or on its deterministic budget (the same plan
            every run), not on the clock.
    """

    talks: dict[int, int]
    posters: dict[int, int]
    optimal: bool
    objective: float
    bound: float
    seconds: float
    first_seconds: float
    solutions: int
    origin: str = "solver"
    greedy_seconds: float = 0.0
    greedy_complete: bool = False
    deterministic: bool = True


def solve(
    instance: Instance, time_limit: float = 30.0, workers: int = 1, deterministic_time: float | None = None
) -> Solved:
    """Find the best plan within `time_limit` seconds, starting from a greedy plan.

    The greedy plan keeps every hard rule where it can and is given to CP-SAT as a hint;
    when CP-SAT finds nothing better in time, it is the plan. The search is bounded by
    CP-SAT's deterministic time (`DETERMINISTIC_SHARE` of the limit), which counts work
    rather than seconds: with one worker, or with CP-SAT's interleaved search for more, the
    same pool and template give the same plan byte for byte however loaded the machine
    is, unless the clock runs out first (`Solved.deterministic` says which; the greedy
    plan is then kept, rather than whatever the search had reached when stopped).
    `deterministic_time` sets that budget itself.

    Raises:
        NoPlanError: when no plan exists (with the conflicting constraints) or none was found in time.
    """
    started = time.perf_counter()
    first = greedy_plan(instance)
    greedy_seconds = time.perf_counter() - started
    greedy_ok = first.complete and not broken_rules(instance, first.talks, first.posters)
    model = _Model(instance, explain=False)
    model.add_objective()
    model.add_hints(first)
    solver = cp_model.CpSolver()
    budget = deterministic_time if deterministic_time is not None else time_limit * DETERMINISTIC_SHARE
    solver.parameters.max_time_in_seconds = max(time_limit - (time.perf_counter() - started), 0.5)
    solver.parameters.max_deterministic_time = budget
    solver.parameters.num_workers = workers
    solver.parameters.interleave_search = workers > 1  # the deterministic parallel search
    solver.parameters.random_seed = 0
    _tune(solver.parameters, model)
    progress = _Progress(started)
    status = solver.solve(model.model, progress)
    if status in (cp_model.INFEASIBLE, cp_model.MODEL_INVALID) and not greedy_ok:
        conflicts = explain(instance)
        raise NoPlanError(conflicts, True, _no_plan_text(conflicts))
    deterministic = status == cp_model.OPTIMAL or solver.deterministic_time >= budget * 0.999
    if not deterministic and greedy_ok:
        status = cp_model.UNKNOWN  # stopped by the clock: keep the greedy plan, not whatever the search had reached
    timing = {
        "greedy_seconds": greedy_seconds,
        "greedy_complete": greedy_ok,
        "deterministic": deterministic,
        "seconds": time.perf_counter() - started,
    }
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        talks = {paper: block for (paper, block), var in model.talk.items() if solver.boolean_value(var)}
        posters = {paper: session for (paper, session), var in model.poster.items() if solver.boolean_value(var)}
        if not greedy_ok or solver.objective_value > plan_points(instance, first.talks, first.posters):
            _assert_kept(instance, talks, posters)
            return Solved(
                talks=talks,
                posters=posters,
                optimal=status == cp_model.OPTIMAL,
                objective=solver.objective_value,
                bound=solver.best_objective_bound,
                first_seconds=greedy_seconds if greedy_ok else (progress.first or solver.wall_time),
                solutions=progress.count,
                **timing,  # type: ignore[arg-type]
            )
    if not greedy_ok:
        raise NoPlanError((), False, f"no plan found within {time_limit:g} s (raise --time-limit)")
    return Solved(  # nothing better: the greedy plan (proven the best when CP-SAT finished)
        talks=first.talks,
        posters=first.posters,
        optimal=status == cp_model.OPTIMAL,
        objective=plan_points(instance, first.talks, first.posters),
        bound=solver.best_objective_bound,
        first_seconds=greedy_seconds,
        solutions=progress.count,
        origin="greedy",
        **timing,  # type: ignore[arg-type]
    )


LARGE_MODEL = 20_000
"""Placement variables above which CP-SAT's presolve is kept light.

At 5,000 papers (260,000 variables) or 15,000 posters (90,000) the default presolve
(symmetry detection, repeated probing, big-overlap searches) used the whole deterministic
budget before the search started, so the greedy hint was never even improved on.
"""


def _tune(parameters: Any, model: _Model) -> None:
    """Light presolve for large models; no LP relaxation when there are only posters.

    Decided from the model's size and shape alone, so the same instance is always solved
    the same way. With posters only, the LP bound on topic spread is weak and computing it
    took most of the time (15,000 posters: 5 deterministic seconds in 74 s of wall time, 26 s without).
    """
    if len(model.talk) + len(model.poster) <= LARGE_MODEL:
        return
    parameters.symmetry_level = 0
    parameters.max_presolve_iterations = 1
    parameters.find_big_linear_overlap = False
    parameters.cp_model_probing_level = 0
    if not model.talk:
        parameters.linearization_level = 0


def _assert_kept(instance: Instance, talks: dict[int, int], posters: dict[int, int]) -> None:
    broken = broken_rules(instance, talks, posters)
    if broken:
        raise ProgramError("the solver's plan breaks a rule (a planner bug): " + "; ".join(broken[:5]))


def plan_points(instance: Instance, talks: dict[int, int], posters: dict[int, int]) -> float:
    """The objective of a plan, counted as the CP-SAT model counts it."""
    weights = instance.template.weights
    points = sum(round((instance.papers[paper].score or 0.0) * weights.score) for paper in talks)
    if weights.topic:
        uses = {(instance.topics[paper], "talk", block) for paper, block in talks.items()}
        uses |= {(instance.topics[paper], "poster", session) for paper, session in posters.items()}
        points -= weights.topic * sum(1 for topic, _, _ in uses if topic is not None)
    previous = instance.previous
    if previous is not None and weights.moves:
        candidates = set(instance.candidates)
        moves = sum(posters.get(paper) != place[0] for paper, place in previous.posters.items())
        for paper in candidates:
            placed = previous.talks.get(paper)
            moves += talks.get(paper) != placed[0] if placed is not None else paper in talks
        points -= weights.moves * moves
    return float(points)


def _no_plan_text(conflicts: Sequence[Group]) -> str:
    lines = "\n".join(f"  - {group}" for group in conflicts)
    return (
        "no plan keeps every rule; these constraints cannot all hold (with the rules that every paper"
        f" has one board and gives at most one talk):\n{lines}"
    )


def explain(instance: Instance) -> tuple[Group, ...]:
    """Return a minimal set of constraint groups that cannot all hold (empty if they can)."""
    too_few = _too_few_boards(instance)
    if too_few:
        return too_few
    model = _Model(instance, explain=True)
    literals = list(model.groups)
    core = _core(model, literals)
    if core is None:
        return ()
    position = 0
    while position < len(core):  # deletion: drop each literal the rest still conflict without
        smaller = _core(model, core[:position] + core[position + 1 :])
        if smaller is not None:
            core = smaller
        else:
            position += 1
    return tuple(model.groups[literal] for literal in core)


def _too_few_boards(instance: Instance) -> tuple[Group, ...]:
    """All sessions' boards, when together they are fewer than the papers.

    Said by counting: a SAT solver proves "50 papers on 40 boards" only slowly (pigeonholes).
    """
    blocks = instance.template.poster_blocks
    if sum(block.boards for block in blocks) >= len(instance.papers):
        return ()
    return (
        *tuple(
            Group(f"the poster session '{block.title}' ({_when(block.span)}) has {block.boards} boards", block.source)
            for block in blocks
        ),
        Group(f"the pools have {len(instance.papers)} papers, each needing a board"),
    )


def _core(model: _Model, assumptions: list[cp_model.IntVar]) -> list[cp_model.IntVar] | None:
    """The assumptions CP-SAT blames when they cannot all hold, or None when they can."""
    model.model.clear_assumptions()
    model.model.add_assumptions(assumptions)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = _EXPLAIN_SECONDS
    if solver.solve(model.model) != cp_model.INFEASIBLE:
        return None
    blamed = set(solver.sufficient_assumptions_for_infeasibility())
    return [literal for literal in assumptions if literal.index in blamed]


class _Progress(cp_model.CpSolverSolutionCallback):
    def __init__(self, started: float) -> None:
        super().__init__()
        self.first: float | None = None
        self.count = 0
        self._started = started

    def on_solution_callback(self) -> None:
        self.count += 1
        if self.first is None:
            self.first = time.perf_counter() - self._started


class _Model:
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
                f"the poster session '{block.title}' ({_when(block.span)}) has {block.boards} boards", block.source
            )
            papers = (self.poster[paper, session] for paper in range(len(self.instance.papers)))
            self.model.add(sum(papers) <= block.boards).only_enforce_if(literals)

    def _blocks_filled(self) -> None:
        for number, block in enumerate(self.instance.template.talk_blocks):
            talks = [self.talk[paper, number] for paper in self.instance.candidates]
            self.model.add(sum(talks) <= block.talks)
            literals = self._group(
                f"the block '{block.name}' ({_when(block.span)}) needs {block.talks} talks", block.source
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
                    words = f"{name} is unavailable {_when(entry.span)}"
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


def _when(span: Span) -> str:
    return f"{day_text(span.start.date())}, {span_text(span.start, span.end)}"


def _minutes(length: timedelta) -> str:
    return f"{int(length.total_seconds() // 60)} min"


def _titles(titles: Iterable[str]) -> str:
    return ", ".join(f"'{title}'" for title in titles)

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
from collections.abc import Sequence
from typing import Any

import attrs
from ortools.sat.python import cp_model

from program.errors import ProgramError
from program.planner.cpsat_model import Group, PlanModel, when_text
from program.planner.greedy import greedy_plan
from program.planner.instance import Instance
from program.planner.rules import broken_rules

DETERMINISTIC_SHARE = 0.1
"""CP-SAT's deterministic-time budget, as a share of `--time-limit`.

Deterministic time counts the solver's work, so a search stopped by it ends at the same
point every run; the clock (the whole limit) is only a backstop on a slow or loaded machine.
"""

_EXPLAIN_SECONDS = 20.0
"""Time for each solve that looks for the constraints that conflict."""


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
    model = PlanModel(instance, explain=False)
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


def _tune(parameters: Any, model: PlanModel) -> None:
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
    model = PlanModel(instance, explain=True)
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
            Group(
                f"the poster session '{block.title}' ({when_text(block.span)}) has {block.boards} boards", block.source
            )
            for block in blocks
        ),
        Group(f"the pools have {len(instance.papers)} papers, each needing a board"),
    )


def _core(model: PlanModel, assumptions: list[cp_model.IntVar]) -> list[cp_model.IntVar] | None:
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

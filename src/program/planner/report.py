"""What a plan report says: what was decided and why, what was tight, what could not be had.

The data only; `templates/plan-report.md.j2` lays it out (escaped for Markdown).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import timedelta
from typing import Any

from program.model.clock import day_text, span_text
from program.planner.blocks import Span
from program.planner.instance import Instance
from program.planner.layout import Placed
from program.planner.solver import Solved


def plan_report(instance: Instance, solved: Solved, placed: Placed, moves: list[str] | None = None) -> dict[str, Any]:
    """Return the report's data for the template."""
    return {
        "title": instance.template.settings.title or "Workshop",
        "solver": _solver_lines(instance, solved),
        "talks": _talks(instance, placed),
        "sessions": _sessions(instance, placed),
        "passed_over": _passed_over(instance, placed),
        "block_rule": kept_out_by_block_rule(instance, placed),
        "tight": _tight(instance, placed),
        "unmet": _unmet(instance, placed),
        "moves": moves,
    }


def _when(span: Span) -> str:
    return f"{day_text(span.start.date())} {span_text(span.start, span.end)}"


def _solver_lines(instance: Instance, solved: Solved) -> list[str]:
    if solved.optimal:
        outcome = "optimal (proven)"
    elif solved.origin == "greedy":
        outcome = f"no better plan than the greedy one found in the time (bound {solved.bound:g})"
    else:
        outcome = f"best found in the time limit (bound {solved.bound:g})"
    greedy = (
        f"a greedy plan that keeps every rule after {solved.greedy_seconds:.2f} s, given to CP-SAT as its start"
        if solved.greedy_complete
        else "the greedy plan could not place every paper by the rules: CP-SAT placed the rest"
    )
    steady = (
        "the search ended on its own or on its deterministic budget:"
        " the same pool and template give this plan every run"
        if solved.deterministic
        else "the search was stopped by the clock (--time-limit) before its deterministic budget, so the greedy"
        " plan was kept; a faster or less loaded machine may finish the search and return a better plan:"
        " raise --time-limit for the same plan everywhere"
    )
    return [
        f"{len(instance.papers)} papers, {len(instance.people)} people, "
        f"{sum(block.talks for block in instance.template.talk_blocks)} talk slots in "
        f"{len(instance.template.talk_blocks)} blocks, {len(instance.template.poster_blocks)} poster sessions",
        f"OR-Tools CP-SAT: {outcome}; {solved.objective:g} points; first plan after {solved.first_seconds:.2f} s, "
        f"{solved.seconds:.2f} s in all, {solved.solutions} improving plan(s)",
        f"first plan: {greedy}",
        steady,
    ]


def _why_talk(instance: Instance, paper: int, rank: dict[int, int]) -> str:
    if paper in instance.must_talk:
        return f"on the spotlights list ({instance.must_talk[paper]})"
    previous = instance.previous
    if previous is not None and paper in previous.talks:
        return "a talk in the previous plan: kept"
    score = instance.papers[paper].score
    if score is None:
        return "no score in the pool: chosen for its topic and people's times"
    return f"score {score:g}, rank {rank[paper]} of {len(rank)} scored papers"


def _score_ranks(instance: Instance) -> dict[int, int]:
    scored = sorted(
        (number for number, paper in enumerate(instance.papers) if paper.score is not None),
        key=lambda number: (-(instance.papers[number].score or 0.0), number),
    )
    return {paper: position + 1 for position, paper in enumerate(scored)}


def _talks(instance: Instance, placed: Placed) -> list[dict[str, str]]:
    rank = _score_ranks(instance)
    rows = []
    for paper, (block_number, slot) in sorted(placed.talks.items(), key=lambda entry: entry[1]):
        block = instance.template.talk_blocks[block_number]
        rows.append(
            {
                "block": block.name,
                "when": _when(block.slots[slot]),
                "title": instance.papers[paper].heading,
                "topic": instance.topics[paper] or "",
                "why": _why_talk(instance, paper, rank),
            }
        )
    return rows


def _sessions(instance: Instance, placed: Placed) -> list[dict[str, str]]:
    rows = []
    for number, block in enumerate(instance.template.poster_blocks):
        papers = [paper for paper, (session, _) in placed.posters.items() if session == number]
        topics = Counter(instance.topics[paper] or "none" for paper in papers)
        rows.append(
            {
                "title": block.title,
                "when": _when(block.span),
                "boards": f"{len(papers)} of {block.boards}",
                "topics": ", ".join(f"{topic} {count}" for topic, count in sorted(topics.items())),
            }
        )
    return rows


def _passed_over(instance: Instance, placed: Placed) -> list[str]:
    """Scored papers better than the weakest chosen talk that are not talks, and why not."""
    chosen = [instance.papers[paper].score for paper in placed.talks if instance.papers[paper].score is not None]
    if not chosen:
        return []
    weakest = min(score for score in chosen if score is not None)
    candidates = set(instance.candidates)
    authors_of = _authors_of(instance)
    lines = []
    for paper, entry in enumerate(instance.papers):
        if paper in placed.talks or entry.score is None or entry.score <= weakest:
            continue
        if paper in instance.must_not_talk:
            reason = f"on the not_spotlights list ({instance.must_not_talk[paper]})"
        elif paper not in candidates:
            reason = "not among the papers considered for talks"
        else:
            reason = _blocked_reason(instance, authors_of.get(paper, []), placed)
        lines.append(f"'{entry.heading}' (score {entry.score:g}): {reason}")
    return lines


def kept_out_by_block_rule(instance: Instance, placed: Placed) -> list[str]:
    """Papers a talk block was closed to only because an author gives another talk in it.

    The planner lets a person give at most one talk in a block (it plans blocks, not
    slots). For each scored paper better than the weakest chosen talk that is not a talk,
    name a block where an author has another talk and a slot whose time every author is
    free for, counting talks at their own slots: a slot-level plan could have used it.
    """
    scores = [instance.papers[paper].score for paper in placed.talks]
    weakest = min((score for score in scores if score is not None), default=None)
    if weakest is None:
        return []
    template = instance.template
    authors_of = _authors_of(instance)
    talk_blocks: dict[int, dict[int, int]] = defaultdict(dict)  # person -> block -> their paper with a talk there
    for person, (_, papers) in enumerate(instance.people):
        for paper in papers:
            if paper in placed.talks:
                talk_blocks[person][placed.talks[paper][0]] = paper
    lines = []
    for paper in instance.candidates:
        score = instance.papers[paper].score
        if paper in placed.talks or paper in instance.must_not_talk or score is None or score <= weakest:
            continue
        authors = authors_of.get(paper, [])
        for block in sorted({block for person in authors for block in talk_blocks[person]}):
            slot = _free_slot(instance, placed, authors, paper, block)
            if slot is None:
                continue
            talk_block = template.talk_blocks[block]
            person = next(person for person in authors if block in talk_blocks[person])
            other = talk_blocks[person][block]
            other_slot = talk_block.slots[placed.talks[other][1]]
            lines.append(
                f"'{instance.papers[paper].heading}' (score {score:g}): {instance.people[person][0]} already gives"
                f" '{instance.papers[other].heading}' in {talk_block.name} at {_when(other_slot)};"
                " planning whole blocks (one talk per person a block) kept it out,"
                f" though the slot at {_when(talk_block.slots[slot])} fits every author"
            )
            break
    return lines


def _free_slot(instance: Instance, placed: Placed, authors: list[int], paper: int, block: int) -> int | None:
    """The first slot of `block` no item of the authors (talks at their own slots) is near, if any."""
    template = instance.template
    buffer = template.constraints.buffer
    taken: list[tuple[Span, timedelta]] = []
    for person in authors:
        for other in instance.people[person][1]:
            if other in placed.talks and other != paper:
                at_block, at_slot = placed.talks[other]
                taken.append((template.talk_blocks[at_block].slots[at_slot], buffer))
            if other in placed.posters:
                taken.append((template.poster_blocks[placed.posters[other][0]].span, buffer))
        for entry in instance.busy.get(person, ()):
            taken.append((entry.span, buffer if entry.buffered else timedelta(0)))
    for number, slot in enumerate(template.talk_blocks[block].slots):
        if not any(slot.near(span, gap) for span, gap in taken):
            return number
    return None


def _authors_of(instance: Instance) -> dict[int, list[int]]:
    """Paper number -> the numbers of its authors."""
    authors: dict[int, list[int]] = defaultdict(list)
    for person, (_, papers) in enumerate(instance.people):
        for paper in papers:
            authors[paper].append(person)
    return authors


def _blocked_reason(instance: Instance, authors: list[int], placed: Placed) -> str:
    """Name, for each talk block, an author who is already somewhere near it, if every block has one."""
    template = instance.template
    buffer = template.constraints.buffer
    reasons = []
    for block in template.talk_blocks:
        blocker = next(
            (
                f"{block.name}: {instance.people[person][0]} is near it already"
                for person in authors
                if _near_block(instance, placed, person, block.span, buffer)
            ),
            None,
        )
        if blocker is None:
            return "its authors' other items or the topic grouping made another choice worth more"
        reasons.append(blocker)
    return "every block has an author busy near it (" + "; ".join(reasons) + ")"


def _near_block(instance: Instance, placed: Placed, person: int, span: Span, buffer: timedelta) -> bool:
    template = instance.template
    papers = instance.people[person][1]
    spans = [template.talk_blocks[placed.talks[other][0]].span for other in papers if other in placed.talks]
    spans += [template.poster_blocks[placed.posters[other][0]].span for other in papers if other in placed.posters]
    spans += [entry.span for entry in instance.busy.get(person, ())]
    return any(span.near(other, buffer) for other in spans)


def _tight(instance: Instance, placed: Placed) -> list[str]:
    lines = []
    for number, block in enumerate(instance.template.poster_blocks):
        used = sum(1 for session, _ in placed.posters.values() if session == number)
        if used == block.boards:
            lines.append(f"'{block.title}' ({_when(block.span)}) is full: {used} of {block.boards} boards")
    for person, entries in sorted(instance.busy.items()):
        name, papers = instance.people[person]
        for entry in entries:
            lines.append(f"{name} ({len(papers)} paper(s)) is kept away from {_when(entry.span)}: {entry.what}")
    busiest = sorted(instance.people, key=lambda person: (-len(person[1]), person[0]))[:3]
    for name, papers in busiest:
        if len(papers) > 2:
            talks = sum(1 for paper in papers if paper in placed.talks)
            lines.append(f"{name} is on {len(papers)} papers ({talks} talk(s)): their items may not be near each other")
    return lines


def _unmet(instance: Instance, placed: Placed) -> list[str]:
    """Topics spread over more sessions than their size needs (the topic weight is soft)."""
    largest = max(block.boards for block in instance.template.poster_blocks)
    sessions_of: dict[str, set[int]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for paper, (session, _) in placed.posters.items():
        topic = instance.topics[paper]
        if topic is not None:
            sessions_of[topic].add(session)
            counts[topic] += 1
    lines = []
    for topic, sessions in sorted(sessions_of.items()):
        needed = math.ceil(counts[topic] / largest)
        if len(sessions) > needed:
            lines.append(
                f"topic {topic}: {counts[topic]} posters over {len(sessions)} sessions (fewest possible {needed});"
                " people's conflicts, capacity or the other topics kept them apart"
            )
    filled = Counter(block_number for block_number, _ in placed.talks.values())
    for block_number, block in enumerate(instance.template.talk_blocks):
        if filled[block_number] < block.talks:
            lines.append(f"'{block.name}' has {filled[block_number]} of {block.talks} talks")
    return lines

"""Plan generated pools of 100, 1,000 and 5,000 papers, and 15,000 posters; compare with conference_scheduler.

Run from the project root (the peer is in the `bench` extra: pip install -e ".[bench]"):

    python bench/bench_plan.py [--sizes 100 1000 5000] [--runs 3] [--limit 60] [--posters 15000] [--peer-limit 120]

Each pool: authors on 3 to 8 papers (bench/generate_feed.py's author model), random
scores and 8 categories; days = 1 per 400 papers (1 to 5), parallel rooms for talks to
a seventh of the papers (5,000 papers: 5 days × 8 rooms, 720 talk slots), three blocks of
six 15-minute talks per room and day, two poster sessions a day. Every other room starts
5 minutes later, so talks in neighbouring rooms overlap partly.

Two measurements per size, with the planner's defaults (one CP-SAT worker, deterministic):
- full: our planner on the whole problem (choose talks by score, place them, a board for
  every paper, topic grouping): time to the first plan (the greedy one, when it keeps every
  rule) and to the end (the proven best, or the limit), and where the plan came from;
- talks: the problem both tools can state, the same instance for both: the papers our
  full plan made talks, each into one talk slot, nobody in two overlapping talks. The
  peer's ILP (PuLP + CBC) treats slots as concurrent only when they start at the same
  minute, so its plans are checked here for partial overlaps it allowed.

The poster case (--posters, 15,000 by default; 0 skips it): a main conference's posters
only, 6 sessions over 3 days, authors on 2 to 6 papers plus prolific ones on 15 to 60,
author conflicts from times away (3% of the people, one session; a third of the prolific
ones, a day) and keynotes given by prolific authors during sessions, 100 together and 100
apart pairs. The peer is not run on it: its ILP has one variable per poster and board
(15,000 × 15,750), which it cannot build in memory.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_feed import _Authors, _title
from plan_common import (
    BENCH_SETTINGS,
    BLOCK_STARTS,
    CATEGORIES,
    FIRST_DAY,
    GAP,
    MAX_DAYS,
    POSTER_TIMES,
    TALK,
    TALKS_A_BLOCK,
    ZONE,
    outcome,
    source,
)
from plan_posters import ours_posters, poster_row

from program.feed_reading import FeedRead
from program.loading import assemble
from program.model import Kind, Paper, Program, SourceRef
from program.planner.blocks import (
    Constraints,
    PaperRef,
    PosterBlock,
    Span,
    TalkBlock,
    Template,
    Topics,
    Weights,
)
from program.planner.instance import Instance, build_instance
from program.planner.solver import solve
from program.settings import Settings


def pool(size: int) -> Program:
    """A pool of `size` papers with authors on 3-8 papers, assembled (people merged) as `plan` reads it."""
    rng = random.Random(size)
    authors = _Authors(rng, size)
    papers = tuple(
        Paper(
            id=f"paper-{number}",
            title=_title(rng, number),
            authors=tuple(authors.draw()),
            score=round(rng.uniform(0, 30), 1),
            category=rng.choice(CATEGORIES),
        )
        for number in range(size)
    )
    feed = FeedRead("bench", "bench", Program(title="bench", timezone=ZONE.key, papers=papers))
    return assemble(BENCH_SETTINGS, [feed], [])


def shape(size: int) -> tuple[int, int]:
    """Days and parallel rooms for a pool: talks for about a seventh of the papers, at most 5 days.

    5,000 papers: 5 days × 8 rooms, 720 talk slots (the main-conference case of issue 20).
    """
    days = max(1, min(MAX_DAYS, size // 400))
    rooms = max(2, round(size / 7 / (days * len(BLOCK_STARTS) * TALKS_A_BLOCK)))
    return days, rooms


def template(size: int, must: tuple[str, ...] = (), boards_factor: float = 1.1) -> Template:
    """The days of a pool of `size` papers: talk blocks in parallel rooms, two poster sessions a day."""
    days, rooms = shape(size)
    talk_blocks = []
    poster_blocks = []
    for day in range(days):
        when = FIRST_DAY + timedelta(days=day)
        for hour, minute in BLOCK_STARTS:
            for room in range(rooms):
                stagger = (room % 2) * timedelta(minutes=5)  # partial overlaps between neighbouring rooms
                start = datetime(when.year, when.month, when.day, hour, minute, tzinfo=ZONE) + stagger
                source = SourceRef("bench.toml", len(talk_blocks) + 1)
                name = f"Day {day + 1} {hour}:00 room {room + 1}"
                talk_blocks.append(
                    TalkBlock(name, Kind.SPOTLIGHT, start, TALKS_A_BLOCK, TALK, GAP, f"Room {room + 1}", source)
                )
        for (start_hour, start_minute), (end_hour, end_minute) in POSTER_TIMES:
            span = Span(
                datetime(when.year, when.month, when.day, start_hour, start_minute, tzinfo=ZONE),
                datetime(when.year, when.month, when.day, end_hour, end_minute, tzinfo=ZONE),
            )
            boards = int(size * boards_factor / (2 * days)) + 1
            poster_blocks.append(PosterBlock("Posters", span, boards, "Hall", SourceRef("bench.toml")))
    refs = tuple(PaperRef(title, SourceRef("bench.toml")) for title in must)
    return Template(
        settings=Settings(feeds=(), title="Bench", first_date=FIRST_DAY, timezone=ZONE),
        fixed=(),
        talk_blocks=tuple(talk_blocks),
        poster_blocks=tuple(poster_blocks),
        constraints=Constraints(buffer=timedelta(0), spotlights=refs),
        weights=Weights(),
        topics=Topics.CATEGORY,
        source="bench.toml",
    )


def ours_full(size: int, limit: float) -> dict[str, Any]:
    """Our planner on the whole problem: seconds to build the problem, to the first plan and to the end."""
    program = pool(size)
    started = time.perf_counter()
    instance = build_instance(template(size), program)
    built = time.perf_counter() - started
    solved = solve(instance, limit)
    _TALKS_CHOSEN.setdefault(size, [instance.papers[paper].id for paper in sorted(solved.talks)])
    return outcome(built, solved)


_TALKS_CHOSEN: dict[int, list[str]] = {}


def talks_instance(size: int) -> tuple[Instance, list[Paper]]:
    """The shared problem: the papers our full plan made talks, each into one talk slot."""
    program = pool(size)
    if size not in _TALKS_CHOSEN:
        instance = build_instance(template(size), program)
        chosen = solve(instance, 60.0).talks
        _TALKS_CHOSEN[size] = [instance.papers[paper].id for paper in sorted(chosen)]
    by_id = {paper.id: paper for paper in program.papers}
    best = [by_id[paper_id] for paper_id in _TALKS_CHOSEN[size]]
    talks_pool = attrs.evolve(program, papers=tuple(best))
    talks_pool = assemble(BENCH_SETTINGS, [FeedRead("bench", "bench", talks_pool)], [])
    # One roomy poster session on a later day: posters never constrain this comparison.
    shaped = template(size, must=tuple(paper.heading for paper in best), boards_factor=10)
    days, _ = shape(size)
    late = FIRST_DAY + timedelta(days=days + 1)
    far = Span(
        datetime(late.year, late.month, late.day, 9, tzinfo=ZONE),
        datetime(late.year, late.month, late.day, 10, tzinfo=ZONE),
    )
    shaped = attrs.evolve(
        shaped, poster_blocks=(PosterBlock("Posters", far, len(best), "Hall", SourceRef("bench.toml")),)
    )
    shaped = attrs.evolve(shaped, weights=Weights(score=0, topic=0))
    return build_instance(shaped, talks_pool), list(talks_pool.papers)


def ours_talks(size: int, limit: float) -> dict[str, float]:
    """Our planner on the talks-only problem the peer also solves."""
    talks_instance(size)  # the full plan that chooses the talks runs once, untimed
    started = time.perf_counter()
    instance, _ = talks_instance(size)
    built = time.perf_counter() - started
    solved = solve(instance, limit)
    return {"model": built, "first": built + solved.first_seconds, "best": built + solved.seconds}


def _peer_run(size: int, results: Any) -> None:
    from conference_scheduler import scheduler  # noqa: PLC0415 (the peer is optional: the bench extra)
    from conference_scheduler.resources import Event, Slot  # noqa: PLC0415

    instance, papers = talks_instance(size)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)  # CBC's log (a child process of this one) would drown the table
    started = time.perf_counter()
    slots = [
        Slot(
            venue=block.room or "",
            starts_at=span.start.replace(tzinfo=None),
            duration=15,
            capacity=100,
            session=block.name,
        )
        for block in instance.template.talk_blocks
        for span in block.slots
    ]
    events = [Event(name=paper.id, duration=15, demand=0) for paper in papers]
    for numbers in _papers_by_author(papers):
        for number in numbers:
            events[number].add_unavailability(*(events[other] for other in numbers if other != number))
    schedule = scheduler.schedule(events, slots)
    seconds = time.perf_counter() - started
    placed = {events.index(item.event): item.slot for item in schedule}
    results.put((seconds, _partial_overlaps(papers, placed)))


def _papers_by_author(papers: list[Paper]) -> list[list[int]]:
    by_author: dict[str, list[int]] = {}
    for number, paper in enumerate(papers):
        for author in paper.authors:
            by_author.setdefault(author, []).append(number)
    return list(by_author.values())


def _partial_overlaps(papers: list[Paper], placed: dict[int, Any]) -> int:
    """Pairs of one person's talks that the peer put in overlapping slots."""
    clashes = 0
    for numbers in _papers_by_author(papers):
        for first in numbers:
            for second in numbers:
                if first < second:
                    one, two = placed[first], placed[second]
                    end_one = one.starts_at + timedelta(minutes=one.duration)
                    end_two = two.starts_at + timedelta(minutes=two.duration)
                    clashes += one.starts_at < end_two and two.starts_at < end_one
    return clashes


def peer_talks(size: int, limit: float) -> tuple[float, int] | None:
    """The peer's time and its plan's partial overlaps, or None when it did not finish in `limit` s."""
    results: Any = multiprocessing.Queue()
    process = multiprocessing.Process(target=_peer_run, args=(size, results))
    process.start()
    process.join(limit)
    if process.is_alive():
        process.kill()
        process.join()
        return None
    result: tuple[float, int] = results.get()
    return result


def main() -> None:
    """Print the tables docs/planner.md quotes."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=float, default=60.0, help="our solver's time limit, seconds")
    parser.add_argument("--posters", type=int, default=15000, help="papers in the poster-only case (0: skip it)")
    parser.add_argument("--peer-limit", type=float, default=120.0, help="seconds before the peer is stopped")
    arguments = parser.parse_args()
    print(
        "| papers | days × rooms | talk slots | ours full: first plan | ours full: end | optimal | plan from | "
        "talks only: ours first / end | talks only: peer | peer's partial overlaps |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: |")
    for size in arguments.sizes:
        days, rooms = shape(size)
        full = [ours_full(size, arguments.limit) for _ in range(arguments.runs)]
        talks = [ours_talks(size, arguments.limit) for _ in range(arguments.runs)]
        peer = [peer_talks(size, arguments.peer_limit) for _ in range(arguments.runs)]
        finished = [run for run in peer if run is not None]
        peer_text = (
            f"{statistics.median(run[0] for run in finished):.2f} s" if finished else f"> {arguments.peer_limit:g} s"
        )
        overlaps = str(max(run[1] for run in finished)) if finished else "n/a"
        slots = days * rooms * len(BLOCK_STARTS) * TALKS_A_BLOCK

        def median(runs: list[dict[str, Any]], key: str) -> float:
            return statistics.median(run[key] for run in runs)

        optimal = "yes" if all(run["optimal"] for run in full) else f"gap {max(run['gap'] for run in full):.1%}"
        print(
            f"| {size:,} | {days} × {rooms} | {slots} | {median(full, 'first'):.2f} s | {median(full, 'best'):.2f} s | "
            f"{optimal} | {source(full)} | {median(talks, 'first'):.2f} s / {median(talks, 'best'):.2f} s | "
            f"{peer_text} | {overlaps} |",
            flush=True,
        )
    if arguments.posters:
        print()
        print("| posters | sessions | people | first plan | end | plan from |")
        print("| ---: | ---: | --- | ---: | ---: | --- |")
        runs = [ours_posters(arguments.posters, arguments.limit) for _ in range(arguments.runs)]
        print(poster_row(arguments.posters, runs, arguments.limit), flush=True)


if __name__ == "__main__":
    main()

"""bench/bench_plan.py's poster case: a main conference's posters only, 6 sessions over 3 days."""

from __future__ import annotations

import math
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_feed import _Authors, _title
from plan_common import BENCH_SETTINGS, CATEGORIES, FIRST_DAY, POSTER_SESSIONS, ZONE, outcome, source

from program.feed_reading import FeedRead
from program.loading import assemble
from program.model import Kind, Paper, Program, SourceRef
from program.model.text import match_key
from program.planner.blocks import (
    Constraints,
    FixedItem,
    PaperRef,
    PosterBlock,
    Span,
    Template,
    Topics,
    Unavailable,
    Weights,
)
from program.planner.instance import build_instance
from program.planner.solver import solve
from program.settings import Settings


def poster_pool(size: int) -> tuple[Program, list[str]]:
    """A main conference's papers: authors on 2 to 6 papers, plus prolific ones on 15 to 60; and those."""
    rng = random.Random(size)
    authors = _Authors(rng, size)
    prolific = authors.pool[: max(size // 150, 2)]  # the prolific few, also drawn as ordinary authors
    author_lists = [authors.draw() for _ in range(size)]
    for name in prolific:
        for number in rng.sample(range(size), rng.randint(15, 60)):
            if name not in author_lists[number]:
                author_lists[number].append(name)
    papers = tuple(
        Paper(
            id=f"paper-{number}",
            title=_title(rng, number),
            authors=tuple(author_lists[number]),
            score=round(rng.uniform(0, 30), 1),
            category=rng.choice(CATEGORIES),
        )
        for number in range(size)
    )
    feed = FeedRead("bench", "bench", Program(title="bench", timezone=ZONE.key, papers=papers))
    return assemble(BENCH_SETTINGS, [feed], []), prolific


def poster_template(size: int, program: Program, prolific: list[str]) -> Template:
    """Six poster sessions over three days, boards for 5% more than the papers, and author conflicts."""
    rng = random.Random(size + 1)
    source = SourceRef("bench.toml")
    sessions = len(POSTER_SESSIONS) * 3
    boards = math.ceil(size * 1.05 / sessions)
    poster_blocks = []
    for day in range(3):
        when = FIRST_DAY + timedelta(days=day)
        for (start_hour, start_minute), (end_hour, end_minute) in POSTER_SESSIONS:
            span = Span(
                datetime(when.year, when.month, when.day, start_hour, start_minute, tzinfo=ZONE),
                datetime(when.year, when.month, when.day, end_hour, end_minute, tzinfo=ZONE),
            )
            poster_blocks.append(PosterBlock(f"Poster Session {len(poster_blocks) + 1}", span, boards, "Hall", source))

    def day_span(day: int) -> Span:
        when = FIRST_DAY + timedelta(days=day)
        return Span(
            datetime(when.year, when.month, when.day, 8, tzinfo=ZONE),
            datetime(when.year, when.month, when.day, 20, tzinfo=ZONE),
        )

    people = sorted(person.display for person in program.people if person.display not in prolific)
    away = [  # a session away (half a day) for 3% of the people, a whole day for a third of the prolific
        Unavailable(name, poster_blocks[rng.randrange(len(poster_blocks))].span, source)
        for name in rng.sample(people, len(people) * 3 // 100)
    ]
    away += [Unavailable(name, day_span(rng.randrange(3)), source) for name in prolific[::3]]
    keynotes = tuple(
        FixedItem(Kind.INVITED_TALK, f"Keynote {number + 1}", block.span, (prolific[1 + 3 * number],), "Hall A", source)
        for number, block in enumerate(poster_blocks)
        if 1 + 3 * number < len(prolific)
    )
    by_author: dict[str, list[str]] = {}
    for paper in program.papers:
        for author in paper.authors:
            by_author.setdefault(match_key(author), []).append(paper.heading)
    shared = [titles for _, titles in sorted(by_author.items()) if len(titles) >= 4]
    pairs = [tuple(rng.sample(titles, 2)) for titles in rng.sample(shared, min(200, len(shared)))]
    together = tuple(tuple(PaperRef(title, source) for title in pair) for pair in pairs[:100])
    apart = tuple(tuple(PaperRef(title, source) for title in pair) for pair in pairs[100:])
    return Template(
        settings=Settings(feeds=(), title="Bench posters", first_date=FIRST_DAY, timezone=ZONE),
        fixed=keynotes,
        talk_blocks=(),
        poster_blocks=tuple(poster_blocks),
        constraints=Constraints(buffer=timedelta(0), unavailable=tuple(away), together=together, apart=apart),
        weights=Weights(),
        topics=Topics.CATEGORY,
        source="bench.toml",
    )


def ours_posters(size: int, limit: float) -> dict[str, Any]:
    """Our planner on the poster-only case."""
    program, prolific = poster_pool(size)
    started = time.perf_counter()
    instance = build_instance(poster_template(size, program, prolific), program)
    built = time.perf_counter() - started
    return outcome(built, solve(instance, limit))


def poster_row(size: int, runs: list[dict[str, Any]], limit: float) -> str:
    """The poster table's row for `runs` of the case with `size` posters."""
    program, prolific = poster_pool(size)
    busiest = max(len(person.papers) for person in program.people)
    return (
        f"| {size:,} | 6 | {len(program.people):,} ({len(prolific)} on 15+ papers, most {busiest}) | "
        f"{statistics.median(run['first'] for run in runs):.2f} s | "
        f"{statistics.median(run['best'] for run in runs):.2f} s (limit {limit:g} s) | {source(runs)} |"
    )

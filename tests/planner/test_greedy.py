"""The greedy first plan and the search from it: every hard rule kept, the same plan every run.

The pools are generated here (authors on several papers, partly overlapping rooms, a
poster session that overlaps talks, a keynote, people away, lists and groups), and the
plans are checked three ways: the planner's own rule check, the program checks a built
program gets (`check_items`, `check_limits`), and a count of each person's places here.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import attrs
import pytest

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
    TalkBlock,
    Template,
    Topics,
    Unavailable,
    Weights,
)
from program.planner.greedy import greedy_plan
from program.planner.instance import Instance, build_instance
from program.planner.layout import place, plan_program
from program.planner.limits import check_limits
from program.planner.rules import broken_rules
from program.planner.solver import Solved, solve
from program.planning import PlanOptions, plan_and_check
from program.settings import Settings
from program.writers import RenderOptions
from program.writers.program_json import ProgramJsonWriter

ZONE = ZoneInfo("Europe/Berlin")
DAY = date(2026, 6, 1)
SETTINGS = Settings(feeds=(), updated=datetime(2026, 5, 1, tzinfo=ZONE))
SOURCE = SourceRef("test.toml")
HARD_RULES = {"speaker-conflict", "poster-during-own-talk", "buffer", "unavailable", "over-capacity"}
BUFFER = timedelta(minutes=5)
FIRST = ["Ada", "Boris", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas"]
FAMILY = [
    "Abara", "Belkov", "Cortazu", "Drevin", "Eskola", "Fanthorpe", "Gulbrand", "Haskari", "Ivarsen", "Jorvik",
    "Kallberg", "Lundqvist", "Morandi", "Nakashima", "Oyelaran", "Petrakis", "Quispe", "Rautio", "Szabados",
    "Tamboli", "Uhrbach", "Varga", "Wojcik", "Xanthos", "Yildiz",
]  # fmt: skip


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    when = DAY + timedelta(days=day)
    return datetime(when.year, when.month, when.day, hour, minute, tzinfo=ZONE)


def _pool(papers: list[tuple[str, tuple[str, ...], float]]) -> Program:
    entries = tuple(
        Paper(id=f"paper-{number}", title=title, authors=authors, score=score, category=f"C{number % 4}")
        for number, (title, authors, score) in enumerate(papers)
    )
    feed = FeedRead("pool", "pool", Program(title="pool", timezone=ZONE.key, papers=entries))
    return assemble(SETTINGS, [feed], [])


def _template(
    talk_blocks: tuple[TalkBlock, ...],
    poster_blocks: tuple[PosterBlock, ...],
    constraints: Constraints,
    fixed: tuple[FixedItem, ...] = (),
) -> Template:
    return Template(
        settings=Settings(feeds=(), title="Test", first_date=DAY, timezone=ZONE, updated=SETTINGS.updated),
        fixed=fixed,
        talk_blocks=talk_blocks,
        poster_blocks=poster_blocks,
        constraints=constraints,
        weights=Weights(),
        topics=Topics.CATEGORY,
        source="test.toml",
    )


def _generated(size: int = 500) -> Instance:
    """A conference with conflicts of every kind the hard rules know."""
    rng = random.Random(size)
    people = [f"{first} {family}" for family in FAMILY for first in FIRST][: size // 2]
    papers = [
        (
            f"Paper {number} on {rng.choice(FAMILY)} methods",
            tuple(rng.sample(people, rng.randint(2, 5))),
            rng.uniform(0, 30),
        )
        for number in range(size)
    ]
    pool = _pool([(title, authors, round(score, 1)) for title, authors, score in papers])
    blocks = []
    for day in range(2):
        for hour in (9, 11, 14):
            for room in range(3):
                start = _at(day, hour, 5 * (room % 2))  # neighbouring rooms overlap partly
                name = f"Day {day + 1} {hour}:00 room {room + 1}"
                blocks.append(
                    TalkBlock(name, Kind.SPOTLIGHT, start, 4, timedelta(minutes=15), BUFFER, f"Room {room}", SOURCE)
                )
    boards = size * 11 // 40 + 1  # 10% spare over four sessions
    sessions = (
        PosterBlock("Posters 1", Span(_at(0, 12), _at(0, 13, 30)), boards, "Hall", SOURCE),  # overlaps 11:05-12:25
        PosterBlock("Posters 2", Span(_at(0, 16), _at(0, 17, 30)), boards, "Hall", SOURCE),
        PosterBlock("Posters 3", Span(_at(1, 12, 30), _at(1, 13, 30)), boards, "Hall", SOURCE),
        PosterBlock("Posters 4", Span(_at(1, 16), _at(1, 17, 30)), boards, "Hall", SOURCE),
    )
    keynote = FixedItem(
        Kind.INVITED_TALK, "Keynote", Span(_at(0, 10, 30), _at(0, 11)), (people[0], people[1]), "Hall A", SOURCE
    )
    away = tuple(
        Unavailable(name, Span(_at(day, 8), _at(day, 13)), SOURCE)
        for name, day in zip(rng.sample(people, 12), [0, 1] * 6, strict=True)
    )
    by_author: dict[str, list[str]] = defaultdict(list)
    for title, authors, _ in papers:
        for author in authors:
            by_author[author].append(title)
    shared = [rng.sample(titles, 2) for _, titles in sorted(by_author.items()) if len(titles) >= 3]
    ranked = sorted(papers, key=lambda paper: -paper[2])
    constraints = Constraints(
        buffer=BUFFER,
        unavailable=away,
        spotlights=tuple(PaperRef(title, SOURCE) for title, _, _ in ranked[40:43]),
        not_spotlights=(PaperRef(ranked[0][0], SOURCE),),
        together=tuple(tuple(PaperRef(title, SOURCE) for title in pair) for pair in shared[:5]),
        apart=tuple(tuple(PaperRef(title, SOURCE) for title in pair) for pair in shared[5:10]),
    )
    return build_instance(_template(tuple(blocks), sessions, constraints, (keynote,)), pool)


@pytest.fixture(scope="module")
def generated() -> Instance:
    return _generated()


def _program(instance: Instance, solved: Solved) -> Program:
    feed = FeedRead(instance.template.source, "plan", plan_program(instance, place(instance, solved)))
    return assemble(instance.template.settings, [feed], [])


def _as_solved(talks: dict[int, int], posters: dict[int, int]) -> Solved:
    return Solved(talks, posters, optimal=False, objective=0, bound=0, seconds=0, first_seconds=0, solutions=0)


def _assert_every_hard_rule_kept(instance: Instance, solved: Solved) -> None:
    assert broken_rules(instance, solved.talks, solved.posters) == []
    program = _program(instance, solved)
    problems = [*program.problems, *check_limits(program, instance.template)]
    assert [problem.message for problem in problems if problem.code in HARD_RULES] == []
    # And counted here, from the program's items alone: each person's places, pairwise.
    by_id = program.items_by_id()
    places: dict[str, set[tuple[datetime, datetime, str]]] = defaultdict(set)
    for item in program.items:
        timed = [by_id[session] for session in item.sessions] if item.kind is Kind.POSTER else [item]
        for where in timed:
            if where.start is not None and where.end is not None:
                for name in item.people:
                    places[match_key(name)].add((where.start, where.end, where.id))
    for name, spans in places.items():
        ordered = sorted(spans)
        for number, (start, end, first) in enumerate(ordered):
            for other_start, other_end, second in ordered[number + 1 :]:
                assert not (start < other_end + BUFFER and other_start < end + BUFFER), (name, first, second)
    posters = [item for item in program.items if item.kind is Kind.POSTER]
    assert len(posters) == len(instance.papers)


def test_the_greedy_plan_keeps_every_hard_rule_on_a_pool_with_conflicts(generated: Instance) -> None:
    plan = greedy_plan(generated)
    assert plan.complete, (plan.unplaced, plan.short_blocks, plan.missing_talks)
    assert len(generated.busy) >= 12  # the keynote's speakers and the people away are busy
    _assert_every_hard_rule_kept(generated, _as_solved(plan.talks, plan.posters))
    must = set(generated.must_talk)
    assert must <= plan.talks.keys()
    assert not generated.must_not_talk.keys() & plan.talks.keys()


def test_the_search_from_the_greedy_plan_returns_a_plan_that_keeps_every_rule(generated: Instance) -> None:
    solved = solve(generated, time_limit=120, deterministic_time=1.0)
    assert solved.greedy_complete
    assert solved.first_seconds == solved.greedy_seconds  # the first plan is the greedy one
    assert solved.deterministic
    _assert_every_hard_rule_kept(generated, solved)


def test_the_same_pool_and_template_give_the_same_plan_every_run(generated: Instance) -> None:
    first = solve(generated, time_limit=120, deterministic_time=1.0)
    again = solve(_generated(), time_limit=120, deterministic_time=1.0)
    assert (first.talks, first.posters) == (again.talks, again.posters)
    writer, options = ProgramJsonWriter(), RenderOptions()
    assert writer.write(_program(generated, first), options) == writer.write(_program(generated, again), options)


def _two_rooms_at_once() -> Instance:
    """Two overlapping blocks of one talk; the best paper's two authors each have one other paper.

    By score the greedy plan gives the best paper a talk, which leaves no paper whose
    authors are free for the other block; the only plan gives the talks to the other two.
    """
    pool = _pool(
        [
            ("Best paper", ("Ada Abara", "Boris Belkov"), 30.0),
            ("Second paper", ("Ada Abara",), 20.0),
            ("Third paper", ("Boris Belkov",), 10.0),
        ]
    )
    blocks = (
        TalkBlock("Room 1", Kind.SPOTLIGHT, _at(0, 9), 1, timedelta(minutes=15), timedelta(0), "Room 1", SOURCE),
        TalkBlock("Room 2", Kind.SPOTLIGHT, _at(0, 9, 5), 1, timedelta(minutes=15), timedelta(0), "Room 2", SOURCE),
    )
    sessions = (PosterBlock("Posters", Span(_at(0, 11), _at(0, 12)), 3, "Hall", SOURCE),)
    return build_instance(_template(blocks, sessions, Constraints()), pool)


def test_what_the_greedy_plan_cannot_keep_is_left_to_the_solver() -> None:
    instance = _two_rooms_at_once()
    plan = greedy_plan(instance)
    assert not plan.complete
    assert plan.short_blocks == (1,)
    solved = solve(instance, time_limit=60)
    assert not solved.greedy_complete and solved.origin == "solver"
    titles = sorted(instance.papers[paper].heading for paper in solved.talks)
    assert titles == ["Second paper", "Third paper"]
    _assert_every_hard_rule_kept(instance, solved)


def test_the_report_names_the_papers_the_block_rule_kept_out() -> None:
    pool = _pool(
        [
            ("Strong paper", ("Ada Abara",), 30.0),
            ("Also strong", ("Ada Abara", "Boris Belkov"), 25.0),
            ("Middling paper", ("Chiara Cortazu",), 10.0),
            ("Weak paper", ("Dmitri Drevin",), 5.0),
        ]
    )
    block = TalkBlock("Orals", Kind.ORAL, _at(0, 9), 2, timedelta(minutes=15), timedelta(minutes=5), "Room", SOURCE)
    sessions = (PosterBlock("Posters", Span(_at(0, 11), _at(0, 12)), 4, "Hall", SOURCE),)
    template = _template((block,), sessions, Constraints())
    _, solved, program, report = plan_and_check(pool, template, PlanOptions(time_limit=60))
    talks = sorted(item.title for item in program.items if item.kind is Kind.ORAL)
    assert talks == ["Middling paper", "Strong paper"]  # not "Also strong": Ada gives one talk in the block
    assert solved.optimal
    assert "## Kept out by the block rule" in report
    section = report.split("## Kept out by the block rule")[1].split("##")[0]
    kept_out = [line for line in section.splitlines() if line.startswith("- ")]
    assert len(kept_out) == 1 and kept_out[0].startswith("- 'Also strong' (score 25): ")
    assert "Ada Abara already gives 'Strong paper' in Orals at" in kept_out[0]
    assert "though the slot at" in kept_out[0] and "fits every author" in kept_out[0]
    assert "the same pool and template give this plan every run" in report


def _overlapping_sessions(papers: list[tuple[str, tuple[str, ...], float]], away: dict[str, int]) -> Instance:
    """Sessions 0 and 1 overlap, session 2 is later; each listed person misses the session numbered."""
    sessions = (
        PosterBlock("Posters A", Span(_at(0, 10), _at(0, 11)), 2, "Hall A", SOURCE),
        PosterBlock("Posters B", Span(_at(0, 10, 30), _at(0, 11, 30)), 2, "Hall B", SOURCE),
        PosterBlock("Posters C", Span(_at(0, 14), _at(0, 15)), 2, "Hall A", SOURCE),
    )
    windows = tuple(Unavailable(name, sessions[number].span, SOURCE) for name, number in away.items())
    return build_instance(_template((), sessions, Constraints(unavailable=windows)), _pool(papers))


def test_a_full_session_is_made_room_in_by_moving_one_poster() -> None:
    # Ada's first paper goes to B (its topic's session), then Elif's; Ada's second paper can only
    # join her in B (A overlaps B, Dmitri misses C): Elif's poster moves to A to make room.
    instance = _overlapping_sessions(
        [
            ("Free one", ("Boris Belkov",), 1.0),
            ("Ada with Greta", ("Ada Abara", "Greta Gulbrand"), 1.0),
            ("Elif alone", ("Elif Eskola",), 1.0),
            ("Ada with Dmitri", ("Ada Abara", "Dmitri Drevin"), 1.0),
            ("Free two", ("Hiro Haskari",), 1.0),
        ],
        {"Greta Gulbrand": 2, "Elif Eskola": 2, "Dmitri Drevin": 2},
    )
    plan = greedy_plan(instance)
    assert plan.complete
    titles = {instance.papers[paper].heading: session for paper, session in plan.posters.items()}
    assert titles["Ada with Greta"] == titles["Ada with Dmitri"] == 1
    assert titles["Elif alone"] == 0
    _assert_every_hard_rule_kept(instance, _as_solved(plan.talks, plan.posters))


def test_a_paper_the_greedy_plan_cannot_place_is_left_to_the_solver() -> None:
    # With one board in B, Ada's two papers must share A; the greedy plan puts the first in B
    # (its topic's session) and has no board for the second. CP-SAT, not hinted there, finds the plan.
    instance = _overlapping_sessions(
        [
            ("Free one", ("Boris Belkov",), 1.0),
            ("Free two", ("Hiro Haskari",), 1.0),
            ("Ada with Greta", ("Ada Abara", "Greta Gulbrand"), 1.0),
            ("Ada with Dmitri", ("Ada Abara", "Dmitri Drevin"), 1.0),
        ],
        {"Greta Gulbrand": 2, "Dmitri Drevin": 2},
    )
    instance = attrs.evolve(
        instance,
        template=attrs.evolve(
            instance.template,
            poster_blocks=tuple(
                attrs.evolve(block, boards=1) if block.title == "Posters B" else block
                for block in instance.template.poster_blocks
            ),
        ),
    )
    plan = greedy_plan(instance)
    assert [instance.papers[paper].heading for paper in plan.unplaced] == ["Ada with Dmitri"]
    solved = solve(instance, time_limit=60)
    assert not solved.greedy_complete and solved.origin == "solver"
    titles = {instance.papers[paper].heading: session for paper, session in solved.posters.items()}
    assert titles["Ada with Greta"] == titles["Ada with Dmitri"] == 0
    _assert_every_hard_rule_kept(instance, solved)

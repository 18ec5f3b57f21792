"""The library's planning job: pool feeds + template -> solver -> a program -> every output.

`program plan` reads the pools like `build` reads feeds, resolves the template against
them, asks the solver for a plan, lays it out as items, assembles and checks that like
any program, and writes `build`'s outputs plus `plan-report.md`, all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import attrs

from program.checks.rules import apply_levels
from program.errors import InputError
from program.feed_reading import FeedRead
from program.loading import Loaded, assemble, load_program
from program.model import Problem, Program
from program.model.changes import diff_programs
from program.pipeline import carried_from, previous_program, top_level_names, write_outputs
from program.planner.blocks import Template
from program.planner.instance import Instance, build_instance
from program.planner.layout import place, plan_program
from program.planner.limits import check_limits
from program.planner.report import plan_report
from program.planner.solver import Solved, solve
from program.progress import SILENT, Progress
from program.publish import FileContent
from program.rendering import rendered_files
from program.settings import Settings
from program.writers import FolderWriter, RenderOptions, build_writers
from program.writers.change_history import versions_after
from program.writers.changelog import changelog_text
from program.writers.templating import render

REPORT = "plan-report.md"


@attrs.frozen
class PlanOptions:
    """How `plan` runs.

    Attributes:
        time_limit: seconds the solver may take; it returns the best plan found by then.
        workers: solver threads (1 keeps the result the same from run to run).
        previous: program.json of an earlier plan, to move as little as possible from.
        render: presentation choices for the writers.
        pdf: write program.pdf (None: when Typst, the pdf extra, is installed).
        progress: told each stage (reading, planning, each writer) as it begins.
    """

    time_limit: float = 30.0
    workers: int = 1
    previous: Path | None = None
    render: RenderOptions = attrs.field(factory=RenderOptions)
    pdf: bool | None = None
    progress: Progress = SILENT


@attrs.frozen
class Planned:
    """What `plan` did: the pool, the problem, the solver's answer, the program, the files."""

    pool: Loaded
    instance: Instance
    solved: Solved
    program: Program
    report: str
    written: tuple[Path, ...]
    folders: tuple[Path, ...]


def plan_and_check(pool: Program, template: Template, options: PlanOptions) -> tuple[Instance, Solved, Program, str]:
    """Plan `pool` on `template` and return the problem, the answer, the program and the report.

    Raises:
        NoPlanError: when the rules cannot all hold (with the conflicting ones) or no plan was found in time.
        InputError: when the planned program breaks a rule the checks make an error (a planner bug).
    """
    before = previous_program(options.previous) if options.previous else None
    instance = build_instance(template, pool, before)
    solved = solve(instance, options.time_limit, options.workers)
    placed = place(instance, solved)
    feed = FeedRead(template.source, "plan", plan_program(instance, placed))
    program = assemble(template.settings, [feed], [])
    program = attrs.evolve(program, problems=(*program.problems, *_limit_problems(program, template)))
    if before is not None:
        program = carried_from(program, before)
    if program.has_errors:
        raise InputError(program.problems)
    moves = changelog_text(diff_programs(before, program), program).splitlines() if before is not None else None
    report = render("plan-report.md.j2", options.render.templates, **plan_report(instance, solved, placed, moves))
    return instance, solved, program, report


def _limit_problems(program: Program, template: Template) -> tuple[Problem, ...]:
    return apply_levels(check_limits(program, template), template.settings.check_levels)


def plan(template: Template, pools: Settings, out_dir: Path, options: PlanOptions | None = None) -> Planned:
    """Read the pools, plan, and write every output of `build` and the plan report into `out_dir`.

    Nothing is written when the pools have errors or there is no plan.
    """
    options = options or PlanOptions()
    loaded = load_program(pools, progress=options.progress)
    template = attrs.evolve(template, settings=pools)
    options.progress.stage("planning")
    instance, solved, program, report = plan_and_check(loaded.program, template, options)
    writers = build_writers(pdf=options.pdf)
    folders = [writer.folder for writer in writers if isinstance(writer, FolderWriter)]
    render = options.render
    if options.previous is not None:  # changes.xml and the site's marks, as `build --previous` makes them
        before = previous_program(options.previous)
        render = attrs.evolve(render, changes=versions_after(program, before, options.previous, pools.max_feed_size))
    files = rendered_files(program, writers, render, options.progress)
    expected = [*top_level_names(writers), REPORT]
    written = write_outputs(_with_report(files, report), out_dir, folders, expected)
    return Planned(loaded, instance, solved, program, report, written, tuple(out_dir / folder for folder in folders))


def _with_report(files: Iterator[tuple[str, FileContent]], report: str) -> Iterator[tuple[str, FileContent]]:
    yield from files
    yield REPORT, report.encode()

"""`program plan`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from program.cli.options import (
    calendar_options,
    feed_options,
    out_option,
    render_options,
    render_options_from,
    settings_from,
)
from program.cli.report import progress_shown, report_problems, say, written_lines


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@feed_options
@render_options
@click.option(
    "--template",
    "template_path",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="The plan template (TOML): days, fixed items, open blocks, constraints, weights.",
)
@out_option
@click.option(
    "--previous",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="program.json of an earlier plan: move as little as possible from it, and list the moves.",
)
@click.option("--time-limit", default=30.0, show_default=True, help="Seconds the solver may take (best plan so far).")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    help="Solver threads (the same plan every run for a given number; more may find a better plan).",
)
@click.option("--pdf/--no-pdf", default=None, help="Write program.pdf (default: when Typst is installed).")
@calendar_options
def plan(template_path: Path, out_dir: Path, **options: Any) -> None:
    """Plan a program from paper pools (INPUTS) on a --template, and write it like build, with plan-report.md.

    The template is a program file with [[items]], [[spotlights]], [[orals]], [[posters]]
    and a [plan] table (see seeds/plan.toml). Exits 1, writing nothing, when no plan keeps
    every rule; it then names the constraints that conflict.
    """
    _require_solver()
    from program.planner.template import load_template
    from program.planning import PlanOptions
    from program.planning import plan as plan_program

    del options["keep_going"]  # a pool with unreadable entries would be planned without them: refused instead
    template = load_template(template_path)
    planning = {key: options.pop(key) for key in ("time_limit", "workers", "previous", "pdf")}
    render = render_options_from(options)
    pools = settings_from(base=template.settings, **options)
    with progress_shown() as progress:
        how = PlanOptions(**planning, render=render, progress=progress)
        planned = plan_program(template, pools, out_dir, how)
    report_problems(planned.program.problems, sys.stderr)
    solved = planned.solved
    click.echo(
        f"planned {len(planned.instance.papers)} papers: {len(solved.talks)} talks, "
        f"{len(solved.posters)} posters ({'optimal' if solved.optimal else 'best found'}, {solved.seconds:.2f} s)",
        err=True,
    )
    written = [path.relative_to(out_dir).as_posix() for path in planned.written]
    for line in written_lines(written, planned.folders, out_dir):
        say(line, err=False)


def _require_solver() -> None:
    """Stop with the pip command to run when OR-Tools (the `plan` extra) is not installed."""
    from program.errors import MissingExtraError

    try:
        import ortools.sat.python.cp_model  # noqa: F401 (only whether it imports)
    except ImportError as missing:
        raise MissingExtraError("plan", "plan", "the OR-Tools solver") from missing

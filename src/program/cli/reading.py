"""The commands that read feeds and print: check, speakers, ics, diff, formats."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from program.cli.options import (
    EXIT_INPUT_ERROR,
    calendar_options,
    feed_options,
    render_options,
    render_options_from,
    settings_from,
    settings_options,
    verbose_option,
)
from program.cli.report import progress_shown, report_feeds, report_problems, say

if TYPE_CHECKING:
    from program.model import Problem


@click.command()
@settings_options
@click.option("--json", "as_json", is_flag=True, help="Print the problems as one JSON object for tools.")
@click.option("--clock", type=click.Choice(["12", "24"]), default="12", show_default=True, help="12- or 24-hour times.")
@click.option(
    "--template",
    "template_path",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="A plan template: also check its buffer, unavailable windows and board capacity.",
)
@verbose_option
def check(
    keep_going: bool, as_json: bool, clock: str, template_path: Path | None, verbose: bool, **options: Any
) -> None:
    """Print the problems found in INPUTS as FILE:LINE: severity: code: message.

    Each problem has a rule (its code) whose level a program file's [checks] table sets:
    error, warning or off ('program formats' lists the rules). Exits 1 when any problem
    is an error, 0 otherwise.
    """
    from program.checks.rules import apply_levels
    from program.errors import InputError
    from program.loading import load_program

    del keep_going  # check always reads everything it can, to report every problem
    template = None
    if template_path:  # the planner's modules only for a plan template: a check without one never needs them
        from program.planner.limits import check_limits
        from program.planner.template import load_template

        template = load_template(template_path)
    try:
        settings = settings_from(twelve_hour=clock == "12", **options)
        with progress_shown() as progress:
            loaded = load_program(settings, keep_going=True, progress=progress)
        program = loaded.program
        report_feeds(loaded, said_only=True, verbose=verbose)
        problems = program.problems
        if template is not None:
            problems += apply_levels(check_limits(program, template), template.settings.check_levels)
    except InputError as errors:
        problems = errors.problems
    if as_json:  # --format names the feeds' reader, as in every command that reads feeds
        click.echo(_problems_json(problems), nl=False)
    else:
        report_problems(problems, sys.stdout)
    if any(problem.severity.value == "error" for problem in problems):
        sys.exit(EXIT_INPUT_ERROR)


def _problems_json(problems: Sequence[Problem]) -> str:
    from program.writers.base import json_bytes

    records = [
        {
            "severity": problem.severity.value,
            "code": problem.code,
            "message": problem.message,
            "file": problem.source.file if problem.source else None,
            "line": problem.source.line if problem.source else None,
        }
        for problem in problems
    ]
    counts = {level: sum(record["severity"] == level for record in records) for level in ("error", "warning")}
    return json_bytes({"errors": counts["error"], "warnings": counts["warning"], "problems": records}).decode()


@click.command()
@settings_options
@render_options
def speakers(keep_going: bool, **options: Any) -> None:
    """Print the speaker index of INPUTS as plain text."""
    from program.loading import load_program
    from program.writers.speakers_text import SpeakersTextWriter

    render = render_options_from(options)
    loaded = load_program(settings_from(twelve_hour=render.twelve_hour, **options), keep_going=keep_going)
    click.echo(SpeakersTextWriter().write(loaded.program, render), nl=False)


@click.command()
@settings_options
@calendar_options
@click.option("--person", "people", multiple=True, help="Only what this person is on (name or id; repeatable).")
@click.option("--kind", "kinds", multiple=True, help="Only items of these kinds, e.g. spotlight,invited-talk.")
@click.option("--paper", "papers", multiple=True, help="Only the items presenting this paper (id or title).")
@click.option(
    "--out",
    "-o",
    "out_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="File to write (default: standard output).",
)
def ics(
    keep_going: bool,
    people: tuple[str, ...],
    kinds: tuple[str, ...],
    papers: tuple[str, ...],
    out_file: Path | None,
    **options: Any,
) -> None:
    """Write a calendar of INPUTS, filtered by person, kind or paper.

    Given several filters, an event must pass them all: --person "David Pan" --kind spotlight
    is David Pan's spotlights. A poster counts as the poster sessions it is shown in.
    """
    from program.loading import load_program
    from program.publish import write_file
    from program.selection import find_person, parse_kinds, selected_items, selection_warnings
    from program.writers.calendar_events import ProgramEvents

    render = render_options_from(options)
    program = load_program(settings_from(**options), keep_going=keep_going).program
    chosen_kinds = tuple(kind for text in kinds for kind in parse_kinds(text))
    items = selected_items(program, people=people, kinds=chosen_kinds, papers=papers)
    for warning in selection_warnings(program, chosen_kinds, items):
        say(f"program: warning: {warning}")
    label = ", ".join([*people, *(kind.display for kind in chosen_kinds), *papers])
    name = f"{program.title}: {label}" if label else program.title
    # One person's calendar shows their poster sessions as they live them: at their board.
    presenter = find_person(program, people[0]) if len(people) == 1 else None
    key = f"selection-{_slug(label)}"
    data = ProgramEvents(program, render).calendar_bytes(items, name=name, key=key, presenter=presenter)
    if out_file is None:
        click.echo(data.decode(), nl=False)
    else:
        write_file(out_file, data)
        say(f"wrote {out_file.as_posix()}")


def _slug(text: str) -> str:
    from program.model.text import slugify

    return slugify(text) or "all"


@click.command()
@click.argument("old", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("new", type=click.Path(path_type=Path, dir_okay=False))
@feed_options
@click.option("--json", "as_json", is_flag=True, help="Write the changes as JSON for tools.")
@click.option("--clock", type=click.Choice(["12", "24"]), default="12", show_default=True, help="12- or 24-hour times.")
def diff(old: Path, new: Path, keep_going: bool, as_json: bool, clock: str, **options: Any) -> None:
    """Print what changed from OLD to NEW: items added, removed, moved, renamed, people changed.

    OLD and NEW are two versions of a feed, two program.json files, or program files (.toml).
    Items are matched by stable id and, failing that, by title similarity. Exits 0 either way.
    """
    from program.loading import load_program
    from program.model.changes import diff_programs
    from program.writers.changelog import changelog_json, changelog_text

    before = load_program(settings_from(inputs=[old], **options), keep_going=keep_going).program
    after = load_program(settings_from(inputs=[new], **options), keep_going=keep_going).program
    changes = diff_programs(before, after)
    if as_json:
        click.echo(changelog_json(changes, before, after), nl=False)
    else:
        click.echo(changelog_text(changes, after, twelve_hour=clock == "12"), nl=False)


@click.command()
def formats() -> None:
    """List the input formats (readers), the outputs (writers) and the check rules."""
    from program.checks.rules import RULES
    from program.readers import READERS
    from program.writers import WRITERS, output_name

    click.echo("Input formats (detected from the content, or named with --format):")
    for name, reader in READERS.items():
        click.echo(f"  {name:16} {reader.description}")
    click.echo("Outputs of 'program build':")
    for name, writer in WRITERS.items():
        click.echo(f"  {name:16} {output_name(writer)}")
    click.echo("Check rules (default level; set in a program file's [checks] table):")
    for code, rule in RULES.items():
        level = "error, fixed" if rule.fixed else rule.level.value
        click.echo(f"  {code:24} {level:13} {rule.about}")

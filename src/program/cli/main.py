"""The `program` command: parses options, calls the library, prints what it did.

Exit status: 0 done, 1 the input has errors (nothing written), 2 the command was misused.
The library is imported inside the commands so that `program --help` stays fast.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from program.terminal import for_terminal
from program.version import __version__

if TYPE_CHECKING:
    from program.model import Problem
    from program.pipeline import Built, Loaded
    from program.progress import Progress
    from program.serve import Preview
    from program.settings import Settings
    from program.writers.base import RenderOptions

F = TypeVar("F", bound=Callable[..., Any])
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2


def settings_options(command: F) -> F:
    """Add the INPUTS argument and the options every command that reads feeds shares."""
    inputs = click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
    return inputs(feed_options(command))


def feed_options(command: F) -> F:
    """Add the options that say how to read feeds."""
    options = [
        click.option(
            "--date", "first_date", type=click.DateTime(["%Y-%m-%d"]), help="Date of the first day (YYYY-MM-DD)."
        ),
        click.option("--timezone", help="IANA time zone of the feed's times, e.g. America/Chicago."),
        click.option("--title", help="Title of the program (default: the program file's, or the feed's name)."),
        click.option("--venue", help="Where the event takes place."),
        click.option("--url", help="The event's web page."),
        click.option("--format", "feed_format", help="Reader for the feeds given here (default: detected)."),
        click.option("--keep-going", is_flag=True, help="Skip unreadable blocks, report them, and go on."),
        click.option("--locale", help="ICU locale for filing names (default: root; e.g. sv, da)."),
        click.option("--keep-case", is_flag=True, default=None, help="Show names as written, even capitals."),
        click.option("--max-size", help="Refuse feeds larger than this, unread (default: 200MB)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=__version__, prog_name="program")
def cli() -> None:
    """Turn a workshop's schedule into a calendar, a printable program and more."""


def render_options(command: F) -> F:
    """Add the options that choose how human-facing outputs look."""
    options = [
        click.option(
            "--clock", type=click.Choice(["12", "24"]), default="12", show_default=True, help="12- or 24-hour times."
        ),
        click.option(
            "--paper",
            type=click.Choice(["a4", "letter", "a5"]),
            default="a4",
            show_default=True,
            help="Page size of program.pdf (a5: a pocket booklet).",
        ),
        click.option("--no-abstracts", is_flag=True, help="Leave abstracts out of the printable program."),
        click.option(
            "--templates",
            "templates_dir",
            type=click.Path(path_type=Path, file_okay=False, exists=True),
            help="Folder of templates that override the shipped ones by file name.",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _duration(ctx: click.Context, param: click.Parameter, value: str | None) -> timedelta | None:
    """Return the length of time written as 10m, 1h, 90s or 1h30m (None when not given)."""
    from program.errors import UsageError
    from program.settings import parse_duration

    if value is None:
        return None
    try:
        return parse_duration(value)
    except UsageError as error:
        raise click.BadParameter(str(error), ctx, param) from None


def _not_empty(ctx: click.Context, param: click.Parameter, value: str | None) -> Path | None:
    """Refuse `--out ""` (an unset variable): as a path it would mean the current folder."""
    if value is None:
        return None
    if not value.strip():
        raise click.BadParameter("--out is empty (an unset variable?); give the folder to write into", ctx, param)
    return Path(value)


out_option = click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    callback=_not_empty,
    default="out",
    show_default=True,
    help="Folder to write into.",
)


def calendar_options(command: F) -> F:
    """Add the options that choose how calendars are written."""
    options = [
        click.option("--utc", "calendar_utc", is_flag=True, help="Write calendar times in UTC, without VTIMEZONE."),
        click.option(
            "--alarm", metavar="DURATION", callback=_duration, help="Remind this long before each event, e.g. 10m."
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


_RENDER_KEYS = ("clock", "paper", "no_abstracts", "templates_dir", "calendar_utc", "alarm", "posters_as_events")


def _render_options(options: dict[str, Any]) -> RenderOptions:
    """Take the presentation options out of `options` and return them as RenderOptions."""
    from program.writers.base import RenderOptions

    render = {key: options.pop(key) for key in _RENDER_KEYS if key in options}
    return RenderOptions(
        templates=render.get("templates_dir"),
        twelve_hour=render.get("clock", "12") == "12",
        abstracts=not render.get("no_abstracts", False),
        paper=render.get("paper", "a4"),
        calendar_utc=render.get("calendar_utc", False),
        alarm=render.get("alarm"),
        posters_as_events=render.get("posters_as_events", False),
    )


@cli.command()
@settings_options
@render_options
@out_option
@click.option("--pdf/--no-pdf", default=None, help="Write program.pdf (default: when Typst is installed).")
@calendar_options
@click.option(
    "--previous",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="program.json of the last build: calendar events whose time changed get the next SEQUENCE.",
)
@click.option(
    "--posters-as-events", is_flag=True, help="In schedule.xml/.json, show each poster as an event of its session."
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for a program of 2,000 items or more (default: one per core, at most 4; "
    "1: none, all in the build's own process).",
)
def build(
    out_dir: Path, keep_going: bool, pdf: bool | None, previous: Path | None, jobs: int | None, **options: Any
) -> None:
    """Build every output (program.json, calendars, schedule.xml, speaker index, talks) into --out.

    INPUTS are feeds and at most one program file (.toml) that names feeds and settings.
    Nothing is written when the input has errors; earlier outputs stay as they were.
    """
    from program.pipeline import BuildOptions
    from program.pipeline import build as build_program

    render = _render_options(options)
    settings = _settings(twelve_hour=render.twelve_hour, **options)
    with _progress() as progress:
        how = BuildOptions(
            keep_going=keep_going, render=render, pdf=pdf, previous=previous, progress=progress, jobs=jobs
        )
        built = build_program(settings, out_dir, how)
    _report_problems(built.loaded.program.problems, sys.stderr, warnings_a_code=BUILD_WARNINGS_A_CODE)
    _report_reading(built.loaded)
    for line in _written_lines(built.written, built.folders, out_dir):
        _say(line, err=False)
    _say_why_no_pdf(pdf)
    if built.loaded.program.has_errors:
        sys.exit(EXIT_INPUT_ERROR)


@cli.command()
@settings_options
@render_options
@out_option
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to serve on, on 127.0.0.1 only (0: any free port).",
)
@click.option("--pdf/--no-pdf", default=None, help="Write program.pdf (default: when Typst is installed).")
@calendar_options
@click.option(
    "--posters-as-events", is_flag=True, help="In schedule.xml/.json, show each poster as an event of its session."
)
@click.option("--jobs", type=click.IntRange(min=1), default=None, help="Worker processes, as for build.")
def serve(inputs: tuple[Path, ...], out_dir: Path, port: int, **options: Any) -> None:
    """Build into --out, serve it on http://127.0.0.1:PORT/, and rebuild at every edit.

    INPUTS (the feeds, the program file and the feeds it names) and --templates are watched;
    each change rebuilds, and the open pages reload. A build that fails shows its errors in
    the page and here, and the last good build stays served. Ctrl-C stops (exit 0).
    """
    from program.pipeline import BuildOptions
    from program.pipeline import build as build_program
    from program.serve import Preview, Watched, changes, require_watcher

    require_watcher()
    how = {key: options.pop(key) for key in ("keep_going", "pdf", "jobs")}
    render = _render_options(options)
    watched = [Watched.of(inputs, render.templates)]
    read = [watched[0].stamps()]

    def build_once() -> Built:
        read[0] = watched[0].stamps()
        settings = _settings(inputs, twelve_hour=render.twelve_hour, **options)
        # A program file names feeds of its own; it may name others after an edit.
        watched[0] = Watched.of([*inputs, *(spec.path for spec in settings.feeds)], render.templates)
        read[0] = {**watched[0].stamps(), **read[0]}  # the program file as it was read
        return build_program(settings, out_dir, BuildOptions(render=render, **how))

    preview = Preview(out_dir, port)
    try:
        _rebuild(preview, build_once, out_dir)
        click.echo(f"serving {preview.url} (Ctrl-C to stop)")
        for changed in changes(lambda: watched[0], lambda: read[0], preview.stopping):
            shown = ", ".join(_shown_path(path) for path in changed[:3]) + (", …" if len(changed) > 3 else "")
            click.echo(f"changed: {shown}", err=True)
            _rebuild(preview, build_once, out_dir)
    except KeyboardInterrupt:
        pass
    finally:
        preview.stop()
    click.echo("program: stopped serving", err=True)


def _shown_path(path: str) -> str:
    """A changed file as the user would name it: relative to the current folder when under it."""
    with contextlib.suppress(ValueError):
        return Path(path).relative_to(Path.cwd()).as_posix()
    return path


def _rebuild(preview: Preview, build_once: Callable[[], Built], out_dir: Path) -> None:
    """Build once for `program serve`, and say how it went here and in the open pages."""
    import time
    import traceback

    from program.errors import InputError, OutputError, ProgramError, UsageError

    started = time.perf_counter()
    try:
        built = build_once()
    except ProgramError as error:
        if isinstance(error, InputError):
            _report_problems(error.problems, sys.stderr, warnings_a_code=BUILD_WARNINGS_A_CODE)
            errors = [problem for problem in error.problems if problem.severity.value == "error"]
            text = "\n".join(str(problem) if problem.source else f"program: {problem}" for problem in errors)
        else:
            text = f"program: error: {error}" if isinstance(error, UsageError | OutputError) else str(error)
            click.echo(text, err=True)
        click.echo("program: the build failed; still serving the last good build", err=True)
        preview.failed(text)
        return
    except Exception as error:  # a bug: say it, and keep serving the last good build
        traceback.print_exc()
        click.echo("program: the build failed; still serving the last good build", err=True)
        preview.failed(f"program: internal error: {type(error).__name__}: {error}")
        return
    _report_problems(built.loaded.program.problems, sys.stderr, warnings_a_code=BUILD_WARNINGS_A_CODE)
    click.echo(
        f"built {len(built.loaded.program.items)} items into {out_dir.as_posix()}/ "
        f"({len(built.written)} files) in {time.perf_counter() - started:.2f} s",
        err=True,
    )
    preview.published()


@cli.command()
@settings_options
@click.option("--json", "as_json", is_flag=True, help="Print the problems as one JSON object for tools.")
@click.option("--clock", type=click.Choice(["12", "24"]), default="12", show_default=True, help="12- or 24-hour times.")
@click.option(
    "--template",
    "template_path",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="A plan template: also check its buffer, unavailable windows and board capacity.",
)
def check(keep_going: bool, as_json: bool, clock: str, template_path: Path | None, **options: Any) -> None:
    """Print the problems found in INPUTS as FILE:LINE: severity: code: message.

    Each problem has a rule (its code) whose level a program file's [checks] table sets:
    error, warning or off ('program formats' lists the rules). Exits 1 when any problem
    is an error, 0 otherwise.
    """
    from program.checks.rules import apply_levels
    from program.errors import InputError
    from program.pipeline import load_program
    from program.planner.limits import check_limits
    from program.planner.template import load_template

    del keep_going  # check always reads everything it can, to report every problem
    template = load_template(template_path) if template_path else None
    try:
        settings = _settings(twelve_hour=clock == "12", **options)
        with _progress() as progress:
            loaded = load_program(settings, keep_going=True, progress=progress)
        program = loaded.program
        _report_feeds(loaded, said_only=True)
        problems = program.problems
        if template is not None:
            problems += apply_levels(check_limits(program, template), template.settings.check_levels)
    except InputError as errors:
        problems = errors.problems
    if as_json:  # --format names the feeds' reader, as in every command that reads feeds
        click.echo(_problems_json(problems), nl=False)
    else:
        _report_problems(problems, sys.stdout)
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


@cli.command()
@settings_options
@render_options
def speakers(keep_going: bool, **options: Any) -> None:
    """Print the speaker index of INPUTS as plain text."""
    from program.pipeline import load_program
    from program.writers.speakers_text import SpeakersTextWriter

    render = _render_options(options)
    loaded = load_program(_settings(twelve_hour=render.twelve_hour, **options), keep_going=keep_going)
    click.echo(SpeakersTextWriter().write(loaded.program, render), nl=False)


@cli.command()
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
    from program.pipeline import load_program
    from program.publish import write_file
    from program.selection import find_person, parse_kinds, selected_items, selection_warnings
    from program.writers.calendar_events import ProgramEvents

    render = _render_options(options)
    program = load_program(_settings(**options), keep_going=keep_going).program
    chosen_kinds = tuple(kind for text in kinds for kind in parse_kinds(text))
    items = selected_items(program, people=people, kinds=chosen_kinds, papers=papers)
    for warning in selection_warnings(program, chosen_kinds, items):
        _say(f"program: warning: {warning}")
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
        _say(f"wrote {out_file.as_posix()}")


def _slug(text: str) -> str:
    from program.model.text import slugify

    return slugify(text) or "all"


@cli.command()
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
    from program.model.changes import diff_programs
    from program.pipeline import load_program
    from program.writers.changelog import changelog_json, changelog_text

    before = load_program(_settings(inputs=[old], **options), keep_going=keep_going).program
    after = load_program(_settings(inputs=[new], **options), keep_going=keep_going).program
    changes = diff_programs(before, after)
    if as_json:
        click.echo(changelog_json(changes, before, after), nl=False)
    else:
        click.echo(changelog_text(changes, after, twelve_hour=clock == "12"), nl=False)


@cli.command()
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
    render = _render_options(options)
    pools = _settings(base=template.settings, **options)
    with _progress() as progress:
        how = PlanOptions(**planning, render=render, progress=progress)
        planned = plan_program(template, pools, out_dir, how)
    _report_problems(planned.program.problems, sys.stderr)
    solved = planned.solved
    click.echo(
        f"planned {len(planned.instance.papers)} papers: {len(solved.talks)} talks, "
        f"{len(solved.posters)} posters ({'optimal' if solved.optimal else 'best found'}, {solved.seconds:.2f} s)",
        err=True,
    )
    for line in _written_lines(planned.written, planned.folders, out_dir):
        _say(line, err=False)


def _require_solver() -> None:
    """Stop with the pip command to run when OR-Tools (the `plan` extra) is not installed."""
    from program.errors import MissingExtraError

    try:
        import ortools.sat.python.cp_model  # noqa: F401 (only whether it imports)
    except ImportError as missing:
        raise MissingExtraError("plan", "plan", "the OR-Tools solver") from missing


@cli.command()
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


@contextlib.contextmanager
def _progress() -> Iterator[Progress]:
    """Progress shown on stderr when it is a terminal and the work lasts (see program.cli.progress)."""
    from program.cli.progress import terminal_progress
    from program.progress import SILENT

    shown = terminal_progress()
    if shown is None:
        yield SILENT
        return
    with shown:
        yield shown


def _say_why_no_pdf(pdf: bool | None) -> None:
    """When the default build wrote no PDF because its extra is missing, say so and how to get it."""
    from program.writers.booklet import pdf_available

    if pdf is None and not pdf_available():
        click.echo("program.pdf skipped: python -m pip install '.[pdf]' to print it (or pass --no-pdf)", err=True)


def _settings(inputs: Sequence[Path], base: Settings | None = None, **options: Any) -> Settings:
    """Merge the program file among `inputs` (or `base`) with the feed options of the command line."""
    from program.errors import UsageError
    from program.settings import FeedSpec, Settings, load_program_file, parse_size, parse_timezone

    program_files = [path for path in inputs if path.suffix.lower() == ".toml"]
    if len(program_files) > 1:
        raise UsageError("give at most one program file (.toml)")
    for path in inputs:
        if not path.exists():  # something other than a file is refused when read, saying what it is
            raise UsageError(f"{path.as_posix()}: no such file")
    if program_files:
        base = load_program_file(program_files[0])
    base = base or Settings(feeds=())
    feed_format = options.pop("feed_format", None)
    feeds = base.feeds + tuple(FeedSpec(path, feed_format) for path in inputs if path not in program_files)
    first_date: datetime | None = options.pop("first_date", None)
    timezone: str | None = options.pop("timezone", None)
    max_size: str | None = options.pop("max_size", None)
    return base.merged_with(
        feeds=feeds,
        first_date=first_date.date() if first_date else None,
        timezone=parse_timezone(timezone) if timezone else None,
        keep_case=True if options.pop("keep_case", None) else None,
        max_feed_size=parse_size(max_size) if max_size else None,
        **options,
    )


def _written_lines(written: Sequence[Path], folders: Sequence[Path], out_dir: Path) -> list[str]:
    """One "wrote" line per file, and one per folder of files (people/: 105 calendars)."""
    counts = dict.fromkeys((folder.relative_to(out_dir).as_posix() for folder in folders), 0)
    lines = []
    for path in written:
        inner = path.relative_to(out_dir)
        if len(inner.parts) > 1:
            counts[inner.parts[0]] = counts.get(inner.parts[0], 0) + 1
        else:
            lines.append(f"wrote {path.as_posix()}")
    lines.extend(f"wrote {(out_dir / folder).as_posix()}/ ({count} files)" for folder, count in counts.items())
    return lines


def _report_feeds(loaded: Loaded, *, said_only: bool = False) -> None:
    """Say which reader read each feed and what it says it read (`said_only`: only feeds that say)."""
    for feed in loaded.feeds:
        if feed.program.reading or not said_only:
            _say(f"read {feed.source} as {feed.reader}")
        for line in feed.program.reading:
            _say(f"  {line}")


def _report_reading(loaded: Loaded) -> None:
    program = loaded.program
    _report_feeds(loaded)
    timed = sum(1 for item in program.items if item.start is not None)
    click.echo(
        f"{len(program.items)} items ({timed} timed, {len(program.items) - timed} untimed), "
        f"{len(program.papers)} papers, {len(program.people)} people",
        err=True,
    )


BUILD_WARNINGS_A_CODE = 20
"""Warnings of one code `program build` prints: a large program can give tens of thousands.
`program check` prints every one, and program.json keeps them."""


def _report_problems(problems: Sequence[Problem], stream: Any, *, warnings_a_code: int | None = None) -> None:
    """Print each problem on a line; past `warnings_a_code` warnings of a code, only how many more there are."""
    warned: Counter[str] = Counter()
    for problem in problems:
        if problem.severity.value == "warning":
            warned[problem.code] += 1
            if warnings_a_code is not None and warned[problem.code] > warnings_a_code:
                continue
        print(for_terminal(str(problem) if problem.source else f"program: {problem}"), file=stream)
    for code, count in warned.items():
        if warnings_a_code is not None and count > warnings_a_code:
            print(
                f"program: warning: {count - warnings_a_code:,} more {code} warnings"
                " ('program check' lists them all; program.json keeps them)",
                file=stream,
            )


def _show_warning(
    message: Warning | str, category: type[Warning], filename: str, lineno: int, *_: object, **__: object
) -> None:
    """Print a warning of the library as one line on standard error (no file and line of our code)."""
    _say(f"program: warning: {message}")


@contextlib.contextmanager
def _stops_as_interrupts(received: list[int]) -> Iterator[None]:
    """Treat SIGTERM and SIGHUP (timeout, CI, docker stop, systemd, a closed terminal) as Ctrl-C.

    The build then stops the same clean way: staged files removed, out/ as it was. The
    signals received are appended to `received`, for the exit status (128 + the signal).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, _frame: object) -> None:
        received.append(signum)
        raise KeyboardInterrupt

    stops = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous = {number: signal.signal(number, interrupt) for number in stops}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def main(argv: Sequence[str] | None = None) -> int:  # noqa: PLR0911 (one return per error class, by design)
    """Run the command line and return its exit status; every error is one line, no traceback."""
    from program.errors import (
        InputError,
        MissingExtraError,
        OutputError,
        OutputWarning,
        ParseError,
        ProgramError,
        UsageError,
    )

    received: list[int] = []
    try:
        with _stops_as_interrupts(received), warnings.catch_warnings():
            warnings.simplefilter("always", OutputWarning)
            warnings.showwarning = _show_warning
            cli.main(args=list(argv) if argv is not None else None, prog_name="program", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as error:
        error.show()
        return EXIT_USAGE
    except click.Abort:
        click.echo("program: interrupted; the outputs are all the earlier ones or all new ones", err=True)
        return 128 + (received[-1] if received else signal.SIGINT)
    except MissingExtraError as error:
        _say(f"program: error: {error}")  # the one line says what to do; --help would not
        return EXIT_USAGE
    except UsageError as error:
        _say(f"program: error: {error} (see '{_help_command(argv)}')")
        return EXIT_USAGE
    except InputError as errors:
        _report_problems(errors.problems, sys.stderr)
        _say(f"program: {errors}")
        return EXIT_INPUT_ERROR
    except OutputError as error:
        _say(f"program: error: {error}")
        return EXIT_INPUT_ERROR
    except ParseError as error:
        _say(str(error))
        return EXIT_INPUT_ERROR
    except ProgramError as error:  # a plan's conflicts: one on a line, each line escaped
        _say(str(error), lines=True)
        return EXIT_INPUT_ERROR
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_INPUT_ERROR
    return 0


def _say(message: str, *, err: bool = True, lines: bool = False) -> None:
    """Print a message on one line, its control characters escaped: file names in it may hold ESC or a line break.

    With `lines`, a message of several lines keeps them, each line escaped.
    """
    click.echo("\n".join(map(for_terminal, message.split("\n"))) if lines else for_terminal(message), err=err)


def _help_command(argv: Sequence[str] | None) -> str:
    """The help to point at after a usage error: the subcommand's own ('program ics --help')."""
    args = list(argv) if argv is not None else sys.argv[1:]
    command = next((arg for arg in args if arg in cli.commands), None)
    return f"program {command} --help" if command else "program --help"


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())

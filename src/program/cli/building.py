"""`program build` and `program serve`."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from program.cli.options import (
    EXIT_INPUT_ERROR,
    calendar_options,
    out_option,
    render_options,
    render_options_from,
    settings_from,
    settings_options,
    verbose_option,
)
from program.cli.report import (
    BUILD_WARNINGS_A_CODE,
    progress_shown,
    report_problems,
    report_reading,
    say,
    say_language,
    say_why_no_pdf,
    written_lines,
)

if TYPE_CHECKING:
    from program.pipeline import Built
    from program.serve import Preview


@click.command()
@settings_options
@render_options
@out_option
@click.option("--pdf/--no-pdf", default=None, help="Write program.pdf (default: when Typst is installed).")
@calendar_options
@click.option(
    "--previous",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    help="program.json of the last build: calendar events whose time changed get the next SEQUENCE, "
    "and changes.xml (kept from beside it) gets a version for what changed.",
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
@click.option(
    "--full",
    is_flag=True,
    help="Render every output again (default: only those whose inputs changed since the build in --out).",
)
@verbose_option
def build(
    out_dir: Path, keep_going: bool, pdf: bool | None, previous: Path | None, jobs: int | None, **options: Any
) -> None:
    """Build every output (program.json, calendars, schedule.xml, speaker index, talks) into --out.

    INPUTS are feeds and at most one program file (.toml) that names feeds and settings.
    Nothing is written when the input has errors; earlier outputs stay as they were.
    """
    from program.pipeline import BuildOptions
    from program.pipeline import build as build_program

    full, verbose = options.pop("full"), options.pop("verbose")
    render = render_options_from(options)
    settings = settings_from(twelve_hour=render.twelve_hour, **options)
    with progress_shown() as progress:
        how = BuildOptions(
            keep_going=keep_going,
            render=render,
            pdf=pdf,
            previous=previous,
            progress=progress,
            jobs=jobs,
            incremental=not full,
        )
        built = build_program(settings, out_dir, how)
    report_problems(built.loaded.program.problems, sys.stderr, warnings_a_code=BUILD_WARNINGS_A_CODE)
    report_reading(built.loaded, verbose=verbose)
    say_language(built.loaded.program.locale)
    if built.unchanged:
        say(f"unchanged: {out_dir.as_posix()}/ already holds this build ({len(built.names)} outputs)", err=False)
    for line in [] if built.unchanged else written_lines(built.written_names, built.folders, out_dir):
        say(line, err=False)
    say_why_no_pdf(pdf)
    if built.loaded.program.has_errors:
        sys.exit(EXIT_INPUT_ERROR)


@click.command()
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
    from program.serve import Preview
    from program.watching import Watched, changes, require_watcher

    require_watcher()
    how = {key: options.pop(key) for key in ("keep_going", "pdf", "jobs")}
    render = render_options_from(options)
    watched = [Watched.of(inputs, render.templates)]
    read = [watched[0].stamps()]

    def build_once() -> Built:
        read[0] = watched[0].stamps()
        settings = settings_from(inputs, twelve_hour=render.twelve_hour, **options)
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
            report_problems(error.problems, sys.stderr, warnings_a_code=BUILD_WARNINGS_A_CODE)
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
    report_problems(built.loaded.program.problems, sys.stderr, warnings_a_code=BUILD_WARNINGS_A_CODE)
    what = "nothing changed in" if built.unchanged else "built"
    click.echo(
        f"{what} {len(built.loaded.program.items)} items into {out_dir.as_posix()}/ "
        f"({len(built.names)} files) in {time.perf_counter() - started:.2f} s",
        err=True,
    )
    preview.published(changed=not built.unchanged)

"""What the commands print: problems, what was read, what was written, progress."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from program.terminal import for_terminal

if TYPE_CHECKING:
    from program.loading import Loaded
    from program.model import Problem
    from program.progress import Progress


@contextlib.contextmanager
def progress_shown() -> Iterator[Progress]:
    """Progress shown on stderr when it is a terminal and the work lasts (see program.cli.progress)."""
    from program.cli.progress import terminal_progress
    from program.progress import SILENT

    shown = terminal_progress()
    if shown is None:
        yield SILENT
        return
    with shown:
        yield shown


def say_why_no_pdf(pdf: bool | None) -> None:
    """When the default build wrote no PDF because its extra is missing, say so and how to get it."""
    # Not from the booklet's module: a build that renders nothing imports no writer.
    from program.writers import pdf_available

    if pdf is None and not pdf_available():
        click.echo("program.pdf skipped: python -m pip install '.[pdf]' to print it (or pass --no-pdf)", err=True)


def say_language(locale: str) -> None:
    """Warn when the program's locale has no catalogue: its labels are in English, its dates still its own."""
    from program.i18n import has_catalogue, languages

    if not has_catalogue(locale):
        say(
            f"warning: no catalogue for the locale {locale!r}: labels in English, dates and times in {locale!r} "
            f"(catalogues: {', '.join(languages())}; docs/usage.md says how to add one)"
        )


def written_lines(written: Sequence[str], folders: Sequence[Path], out_dir: Path) -> list[str]:
    """One "wrote" line per file, and one per folder of files (people/: 105 calendars).

    `written`: the files in out/, as text ("people/ada.ics"), in the order to say them. Text,
    not `Path`s: a rebuild writes 8,800 files, and a `Path` of each, made relative, cost a
    tenth of a second.
    """
    counts = dict.fromkeys((folder.relative_to(out_dir).as_posix() for folder in folders), 0)
    lines = []
    for name in written:
        top, slash, _ = name.partition("/")
        if slash:
            counts[top] = counts.get(top, 0) + 1
        else:
            lines.append(f"wrote {(out_dir / name).as_posix()}")  # a few files: the rest are in folders
    lines.extend(f"wrote {(out_dir / folder).as_posix()}/ ({count} files)" for folder, count in counts.items())
    return lines


def report_feeds(loaded: Loaded, *, said_only: bool = False, verbose: bool = False) -> None:
    """Say which reader read each feed and what it says it read (`said_only`: only feeds that say).

    Many skipped lines of one kind are one line, unless `verbose` (program.cli.skipped).
    """
    from program.cli.skipped import summarised

    for feed in loaded.feeds:
        if feed.program.reading or not said_only:
            say(f"read {feed.source} as {feed.reader}")
        for line in feed.program.reading if verbose else summarised(feed.program.reading):
            say(f"  {line}")


def report_reading(loaded: Loaded, *, verbose: bool = False) -> None:
    """Say what each feed gave, then how many items, papers and people the program has."""
    program = loaded.program
    report_feeds(loaded, verbose=verbose)
    timed = sum(1 for item in program.items if item.start is not None)
    click.echo(
        f"{len(program.items)} items ({timed} timed, {len(program.items) - timed} untimed), "
        f"{len(program.papers)} papers, {len(program.people)} people",
        err=True,
    )


BUILD_WARNINGS_A_CODE = 20
"""Warnings of one code `program build` prints: a large program can give tens of thousands.
`program check` prints every one, and program.json keeps them."""


def report_problems(problems: Sequence[Problem], stream: Any, *, warnings_a_code: int | None = None) -> None:
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


def say(message: str, *, err: bool = True, lines: bool = False) -> None:
    """Print a message on one line, its control characters escaped: file names in it may hold ESC or a line break.

    With `lines`, a message of several lines keeps them, each line escaped.
    """
    click.echo("\n".join(map(for_terminal, message.split("\n"))) if lines else for_terminal(message), err=err)

"""The options the commands share, and how they become Settings and RenderOptions."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
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
            "--date",
            "first_date",
            type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M"]),
            help="Date of the first day (YYYY-MM-DD); with the time its first item starts (YYYY-MM-DDTHH:MM) for a "
            "page that gives durations only.",
        ),
        click.option("--timezone", help="IANA time zone of the feed's times, e.g. America/Chicago."),
        click.option("--title", help="Title of the program (default: the program file's, or the feed's name)."),
        click.option("--venue", help="Where the event takes place."),
        click.option("--url", help="The event's web page."),
        click.option("--format", "feed_format", help="Reader for the feeds given here (default: detected)."),
        click.option(
            "--columns",
            "feed_columns",
            metavar="FIELD=COLUMN,…",
            help="Which column holds what in the tables given here, by letter, number or header name (as a "
            "program file's [feeds.columns]), e.g. time=A,title=B,people=C.",
        ),
        click.option("--keep-going", is_flag=True, help="Skip unreadable blocks, report them, and go on."),
        click.option(
            "--locale",
            help="Locale of the outputs' language, dates and clock, and of filing names (default: root, English; "
            "e.g. de, fr, es, sv).",
        ),
        click.option("--keep-case", is_flag=True, default=None, help="Show names as written, even capitals."),
        click.option("--max-size", help="Refuse feeds larger than this, unread (default: 200MB)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


verbose_option = click.option(
    "--verbose", "-v", is_flag=True, help="List every entry the readers skipped, not one line for many alike."
)


def render_options(command: F) -> F:
    """Add the options that choose how human-facing outputs look."""
    options = [
        click.option(
            "--clock",
            type=click.Choice(["12", "24"]),
            default=None,
            help="12- or 24-hour times (default: the locale's; 12 for English, 24 for de, fr, es).",
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
    "-o",  # as `program ics -o`, and as a new user types it first (trials 14 and 15)
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


def render_options_from(options: dict[str, Any]) -> RenderOptions:
    """Take the presentation options out of `options` and return them as RenderOptions."""
    from program.writers.base import RenderOptions

    render = {key: options.pop(key) for key in _RENDER_KEYS if key in options}
    return RenderOptions(
        templates=render.get("templates_dir"),
        twelve_hour=None if render.get("clock") is None else render["clock"] == "12",
        abstracts=not render.get("no_abstracts", False),
        paper=render.get("paper", "a4"),
        calendar_utc=render.get("calendar_utc", False),
        alarm=render.get("alarm"),
        posters_as_events=render.get("posters_as_events", False),
    )


def settings_from(inputs: Sequence[Path], base: Settings | None = None, **options: Any) -> Settings:
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
    written_columns: str | None = options.pop("feed_columns", None)
    columns = parse_columns(written_columns) if written_columns is not None else ()
    feeds = base.feeds + tuple(FeedSpec(path, feed_format, columns) for path in inputs if path not in program_files)
    first_date: datetime | None = options.pop("first_date", None)
    # "2025-06-01T09:00": where a table of durations starts; a plain date (midnight) gives no start
    first_start = first_date.time() if first_date and (first_date.hour, first_date.minute) != (0, 0) else None
    timezone: str | None = options.pop("timezone", None)
    max_size: str | None = options.pop("max_size", None)
    return base.merged_with(
        feeds=feeds,
        first_date=first_date.date() if first_date else None,
        first_start=first_start,
        timezone=parse_timezone(timezone) if timezone else None,
        keep_case=True if options.pop("keep_case", None) else None,
        max_feed_size=parse_size(max_size) if max_size else None,
        **options,
    )


_COLUMN_PAIR = re.compile(r"^\s*(?P<field>[a-z_]+)\s*=\s*(?P<name>[^=]*?)\s*$")


def parse_columns(text: str) -> tuple[tuple[str, str], ...]:
    """`--columns time=A,title=B,people=C`: our fields and the feed's columns, as a `[feeds.columns]` table gives them.

    A column is named by its letter, its number from 1, or its header name; `people=B+C` is one person
    in two columns (given, family name), as `people = ["B", "C"]` in a program file.

    >>> parse_columns("time=A, title=2, people=B+C")
    (('time', 'A'), ('title', '2'), ('people', 'B'), ('people', 'C'))

    Raises:
        UsageError: for a pair that is not FIELD=COLUMN, or a field we do not read.
    """
    from program.errors import UsageError
    from program.model.text import did_you_mean
    from program.readers.tabular.vocabulary import FIELDS

    pairs: list[tuple[str, str]] = []
    for written in (part for part in text.split(",") if part.strip()):
        pair = _COLUMN_PAIR.match(written)
        if pair is None or not pair["name"]:
            raise UsageError(
                f"--columns: expected FIELD=COLUMN pairs separated by commas (time=A,title=B,people=C), found "
                f"{written.strip()[:40]!r}"
            )
        if pair["field"] not in FIELDS:
            hint = did_you_mean(pair["field"], FIELDS) or f"; the fields are {', '.join(FIELDS)}"
            raise UsageError(f"--columns: {pair['field']!r} is not a field{hint}")
        parts = pair["name"].split("+") if pair["field"] == "people" else [pair["name"]]
        pairs.extend((pair["field"], part.strip()) for part in parts if part.strip())
    if not pairs:
        raise UsageError("--columns: expected FIELD=COLUMN pairs separated by commas (time=A,title=B,people=C)")
    return tuple(pairs)
